// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Manual, Help > Keyboard Shortcuts and Help > Third-Party Licences.
// The manual is the project's own Markdown (README and docs/, compiled into
// the resources, so it matches the build) in one non-modal window; the
// shortcut list is generated from the window's QActions, so it cannot drift
// from the keys that work.
#pragma once
#include <QDialog>
#include <QList>

class QAction;
class QListWidget;
class QTextBrowser;

namespace fsui {

class HelpWindow : public QDialog {
  Q_OBJECT
public:
  explicit HelpWindow(QWidget* parent = nullptr);
  // The pages, as their resource names ("README.md", "teaching-guide.md", ...).
  QStringList pages() const;
  void showPage(const QString& name);
  QString currentPage() const { return current_; }
  QTextBrowser* browser() const { return text_; }

  // A page's Markdown as shown: screenshots (not bundled) become a line of text.
  static QString pageMarkdown(const QString& name);

private:
  void openLink(const QUrl& url);
  QListWidget* list_;
  QTextBrowser* text_;
  QString current_;
};

// "Ctrl+S" etc. for every action with a shortcut, grouped by the menu it is
// in (actions in no menu last), as an HTML table. Texts lose their '&'.
// editorActions: the Scenario Editor's own keys, listed apart (they act while it has the focus).
QString shortcutTableHtml(const QList<QAction*>& menuBarActions,
                          const QList<QAction*>& windowActions,
                          const QList<QAction*>& editorActions = {});
// The third-party components and their licences (Qt, QCustomPlot, nlohmann/json).
QString thirdPartyLicencesHtml();

} // namespace fsui
