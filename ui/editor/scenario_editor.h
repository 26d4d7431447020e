// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario editor that checks as you type: 300 ms after the last edit the
// text goes through the engine's own loader (fs::load_scenario_text), so the
// errors shown are exactly the ones a run would refuse, marked at their
// line:col with a wavy underline, a gutter marker and a clickable list.
#pragma once
#include <vector>

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "core/scenario/scenario_loader.h"

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QToolBar;
namespace fsui {

class CodeEdit;

class ScenarioEditor : public QWidget {
  Q_OBJECT
public:
  explicit ScenarioEditor(QWidget* parent = nullptr);
  ~ScenarioEditor() override;

  // Replaces the whole text (clears undo history and "modified").
  void setText(const QString& text, const QString& fileName = {});
  QString text() const;
  QString fileName() const { return fileName_; }
  bool isModified() const;
  bool isValid() const { return valid_ && !debounce_.isActive(); }
  const std::vector<fs::LoadError>& errors() const { return errors_; }

  // File operations without dialogs (the toolbar wraps them with dialogs).
  bool openFile(const QString& path);
  bool saveFile(const QString& path); // atomic (QSaveFile)
  // Asks whether to save unsaved changes; false when the user cancels.
  bool maybeSave();

  QPlainTextEdit* editor() const;
  QListWidget* errorList() const { return errorList_; }
  QAction* runAction() const { return run_; }
  QAction* undoAction() const { return undo_; }
  QAction* redoAction() const { return redo_; }

public slots:
  void validateNow();
  void open();
  bool save();
  bool saveAs();
  void run();
  void goToError(int index);

signals:
  void runRequested(QString text, QString fileName);
  void modifiedChanged(bool modified);
  void fileNameChanged(const QString& fileName);

private:
  void showErrors();
  void updateTitle();
  void suspendWindowShortcuts(bool suspend);

  fsui::CodeEdit* edit_;
  QListWidget* errorList_;
  QLabel* status_;
  QLabel* fileLabel_;
  QAction* run_;
  QAction* undo_;
  QAction* redo_;
  QTimer debounce_;
  QString fileName_;
  std::vector<fs::LoadError> errors_;
  bool valid_ = false;
  QMetaObject::Connection focusWatch_;
  // Window actions whose keys the editor has while it has the focus.
  std::vector<std::pair<QPointer<QAction>, QList<QKeySequence>>> suspended_;
};

} // namespace fsui
