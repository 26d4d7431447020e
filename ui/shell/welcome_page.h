// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows before any scenario is open: the bundled scenarios
// (with their descriptions), the recent files, and buttons to open a file,
// start from a template or read the manual. It takes the process tree's
// place until a run is loaded, so a first launch never opens on an empty
// tree, an editor error or a blank timeline.
#pragma once
#include <QWidget>

class QListWidget;
class QMenu;
class QPushButton;

namespace fsui {

class ScenarioBrowser;

class WelcomePage : public QWidget {
  Q_OBJECT
public:
  explicit WelcomePage(QWidget* parent = nullptr);
  void setScenarioDirectory(const QString& dir);
  void setRecentFiles(const QStringList& paths);
  void setTemplateMenu(QMenu* menu);
  ScenarioBrowser* browser() const { return browser_; }
  QListWidget* recentList() const { return recent_; }

Q_SIGNALS:
  void openPathRequested(const QString& path); // a bundled scenario or a recent file
  void openDialogRequested();
  void manualRequested();

private:
  ScenarioBrowser* browser_;
  QListWidget* recent_;
  QPushButton* templates_;
};

} // namespace fsui
