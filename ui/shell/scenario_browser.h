// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled scenarios: a filterable list (by text and by tag) with the
// selected scenario's description rendered as Markdown. Every file goes
// through the engine's loader, so a broken file is listed with its error
// instead of silently missing.
#pragma once
#include <vector>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace fsui {

class ScenarioBrowser : public QWidget {
  Q_OBJECT
public:
  struct Entry {
    QString path;
    QString title; // the file name when the file does not load
    QString description;
    QStringList tags;
    QString error; // empty when the file is a valid scenario
  };

  explicit ScenarioBrowser(QWidget* parent = nullptr);

  void setDirectory(const QString& dir);
  QString directory() const { return dir_; }
  const std::vector<Entry>& entries() const { return entries_; }
  QListWidget* list() const { return list_; }
  QString selectedPath() const;
  void selectPath(const QString& path);

public slots:
  void rescan();

signals:
  void scenarioChosen(QString path);

private:
  void applyFilter();
  void showCurrent();
  void chooseCurrent();

  QString dir_;
  std::vector<Entry> entries_;
  QLineEdit* search_;
  QComboBox* tag_;
  QListWidget* list_;
  QTextBrowser* details_;
  QPushButton* open_;
};

} // namespace fsui
