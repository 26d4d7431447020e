// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/scenario_editor.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

#include "ui/common/code_edit.h"
#include "ui/common/palette.h"
#include "ui/editor/json_highlighter.h"

namespace fsui {

namespace {

// The document position of a loader error: columns count code points.
int positionOf(QTextDocument* doc, int line, int col) {
  const QTextBlock b = doc->findBlockByNumber(std::max(0, line - 1));
  if (!b.isValid()) return std::max(0, doc->characterCount() - 1);
  const QString t = b.text();
  int i = 0;
  for (int cp = 1; cp < col && i < t.size(); ++cp) i += t.at(i).isHighSurrogate() ? 2 : 1;
  return b.position() + std::min<int>(i, static_cast<int>(t.size()));
}

// How much to underline at pos: a whole string, or up to the next delimiter.
int tokenLength(const QString& line, int i) {
  if (i >= line.size()) return 0;
  int j = i + 1;
  if (line.at(i) == QLatin1Char('"')) {
    while (j < line.size() && line.at(j) != QLatin1Char('"'))
      j += line.at(j) == QLatin1Char('\\') ? 2 : 1;
    return std::min<int>(static_cast<int>(line.size()), j + 1) - i;
  }
  while (j < line.size() && !QStringLiteral(",:{}[] \t").contains(line.at(j))) ++j;
  return j - i;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent) : QWidget(parent), edit_(new fsui::CodeEdit(this)) {
  edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  edit_->setLineWrapMode(QPlainTextEdit::NoWrap);
  edit_->setTabStopDistance(edit_->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
  new JsonHighlighter(edit_->document());

  auto* bar = new QToolBar(this);
  bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
    QAction* a = bar->addAction(text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
  };
  // Run first: in a narrow dock (or a longer language) the toolbar's
  // overflow menu takes the last buttons, and Run is the one that matters.
  run_ = add(tr("Run"), QKeySequence(Qt::CTRL | Qt::Key_R), &ScenarioEditor::run);
  run_->setEnabled(false);
  bar->addSeparator();
  add(tr("Open..."), QKeySequence::Open, &ScenarioEditor::open);
  add(tr("Save"), QKeySequence::Save, &ScenarioEditor::save);
  add(tr("Save As..."), QKeySequence::SaveAs, &ScenarioEditor::saveAs);
  bar->addSeparator();
  undo_ = add(tr("Undo"), QKeySequence::Undo, [this] { edit_->undo(); });
  redo_ = add(tr("Redo"), QKeySequence::Redo, [this] { edit_->redo(); });
  undo_->setEnabled(false);
  redo_->setEnabled(false);
  connect(edit_, &QPlainTextEdit::undoAvailable, undo_, &QAction::setEnabled);
  connect(edit_, &QPlainTextEdit::redoAvailable, redo_, &QAction::setEnabled);
  bar->addSeparator();
  fileLabel_ = new QLabel;
  bar->addWidget(fileLabel_);

  errorList_ = new QListWidget;
  status_ = new QLabel;
  status_->setWordWrap(true); // a long hint must not widen the dock (and the window)
  auto* bottom = new QWidget;
  auto* bl = new QVBoxLayout(bottom);
  bl->setContentsMargins(0, 0, 0, 0);
  bl->addWidget(status_);
  bl->addWidget(errorList_, 1);
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(edit_);
  split->addWidget(bottom);
  split->setStretchFactor(0, 4);
  split->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(bar);
  layout->addWidget(split, 1);

  debounce_.setSingleShot(true);
  debounce_.setInterval(300);
  connect(&debounce_, &QTimer::timeout, this, &ScenarioEditor::validateNow);
  connect(edit_, &QPlainTextEdit::textChanged, &debounce_, qOverload<>(&QTimer::start));
  connect(edit_->document(), &QTextDocument::modificationChanged, this, [this](bool m) {
    updateTitle();
    emit modifiedChanged(m);
  });
  connect(errorList_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* it) { goToError(errorList_->row(it)); });
  connect(errorList_, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* it) { goToError(errorList_->row(it)); });
  updateTitle();
  validateNow();
  focusWatch_ = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
    suspendWindowShortcuts(now && isAncestorOf(now));
  });
}

ScenarioEditor::~ScenarioEditor() {
  // Before ~QWidget moves the focus away and the lambda would run on a half-destroyed editor.
  disconnect(focusWatch_);
  suspendWindowShortcuts(false);
}

// The window's own Ctrl+S (Save Trace), Ctrl+O, Ctrl+R, Ctrl+Z and
// Ctrl+Shift+S are the editor's Save, Open, Run, Undo and Save As too. Two
// enabled shortcuts for one key are ambiguous to Qt, which then runs neither
// ("QAction::event: Ambiguous shortcut overload"). While the focus is in the
// editor, the window's actions with one of the editor's keys give it up, so
// the key does what the editor's tooltip says; it gets it back when the
// focus leaves.
void ScenarioEditor::suspendWindowShortcuts(bool suspend) {
  if (!suspend) {
    for (auto& [action, keys] : suspended_)
      if (action) action->setShortcuts(keys);
    suspended_.clear();
    return;
  }
  if (!suspended_.empty() || !window()) return;
  const QList<QAction*> mine = actions();
  QList<QKeySequence> keys;
  for (QAction* a : mine) keys += a->shortcuts();
  for (QAction* a : window()->findChildren<QAction*>()) {
    if (mine.contains(a) || a->shortcutContext() == Qt::WidgetShortcut) continue;
    const QList<QKeySequence> theirs = a->shortcuts();
    const bool clash = std::any_of(theirs.begin(), theirs.end(),
                                   [&](const QKeySequence& k) { return keys.contains(k); });
    if (!clash) continue;
    suspended_.emplace_back(a, theirs);
    QList<QKeySequence> rest;
    for (const QKeySequence& k : theirs)
      if (!keys.contains(k)) rest << k;
    a->setShortcuts(rest);
  }
}

QPlainTextEdit* ScenarioEditor::editor() const { return edit_; }
QString ScenarioEditor::text() const { return edit_->toPlainText(); }
bool ScenarioEditor::isModified() const { return edit_->document()->isModified(); }

void ScenarioEditor::setText(const QString& text, const QString& fileName) {
  edit_->setPlainText(text); // also resets the undo stack
  edit_->document()->setModified(false);
  if (fileName_ != fileName) {
    fileName_ = fileName;
    emit fileNameChanged(fileName_);
  }
  updateTitle();
  validateNow();
}

void ScenarioEditor::validateNow() {
  debounce_.stop();
  const QString name = fileName_.isEmpty() ? tr("untitled.json") : QFileInfo(fileName_).fileName();
  if (text().trimmed().isEmpty()) {
    // Nothing typed yet is not a mistake: no "1:1 expected a JSON value".
    errors_.clear();
    valid_ = false;
    run_->setEnabled(false);
    status_->setText(tr("Type a scenario here, open one, or start from File > New Scenario from "
                        "Template."));
    showErrors();
    return;
  }
  const fs::ScenarioLoad r = fs::load_scenario_text(text().toStdString(), name.toStdString());
  errors_ = r.errors;
  valid_ = errors_.empty() && r.scenario.has_value();
  run_->setEnabled(valid_);
  if (valid_) {
    status_->setText(tr("<span style=\"color:%1\">&#10004;</span> Valid scenario: %2")
                         .arg(fsui::okabeIto(fsui::OkabeIto::BluishGreen).name(),
                              QString::fromStdString(r.scenario->title).toHtmlEscaped()));
  } else {
    status_->setText(tr("<span style=\"color:%1\">&#10008;</span> %n error(s): fix them to run",
                        nullptr, static_cast<int>(errors_.size()))
                         .arg(fsui::okabeIto(fsui::OkabeIto::Vermillion).name()));
  }
  showErrors();
}

void ScenarioEditor::showErrors() {
  QList<QTextEdit::ExtraSelection> marks;
  QSet<int> lines;
  errorList_->clear();
  QTextCharFormat wavy;
  wavy.setUnderlineStyle(QTextCharFormat::WaveUnderline);
  wavy.setUnderlineColor(QColor(Qt::red));
  for (const fs::LoadError& e : errors_) {
    QString where = e.line > 0 ? tr("%1:%2").arg(e.line).arg(e.col) : tr("(document)");
    auto* item = new QListWidgetItem(
        QStringLiteral("%1  %2  %3")
            .arg(where, QString::fromStdString(e.json_path), QString::fromStdString(e.message)),
        errorList_);
    item->setForeground(fsui::okabeIto(fsui::OkabeIto::Vermillion).darker(130));
    if (e.line <= 0) continue;
    lines.insert(e.line);
    QTextCursor c(edit_->document());
    const int pos = positionOf(edit_->document(), e.line, e.col);
    c.setPosition(pos);
    const QTextBlock b = c.block();
    int len = tokenLength(b.text(), pos - b.position());
    if (len == 0 && pos > b.position()) { // at the end of a line: mark the last character
      c.setPosition(pos - 1);
      len = 1;
    }
    const int last =
        edit_->document()->characterCount() - 1; // the final paragraph mark is not text
    c.setPosition(std::min(c.position() + std::max(len, 1), last), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection sel;
    sel.cursor = c;
    sel.format = wavy;
    sel.format.setToolTip(QString::fromStdString(e.message));
    marks.append(sel);
  }
  edit_->setExtraSelections(marks);
  edit_->setMarkedLines(lines);
}

void ScenarioEditor::goToError(int index) {
  if (index < 0 || static_cast<size_t>(index) >= errors_.size()) return;
  const fs::LoadError& e = errors_[static_cast<size_t>(index)];
  QTextCursor c = edit_->textCursor();
  c.setPosition(positionOf(edit_->document(), std::max(1, e.line), std::max(1, e.col)));
  edit_->setTextCursor(c);
  edit_->centerCursor();
  edit_->setFocus();
}

void ScenarioEditor::updateTitle() {
  const QString name = fileName_.isEmpty() ? tr("untitled") : QFileInfo(fileName_).fileName();
  fileLabel_->setText(isModified() ? tr("%1 <b>(modified)</b>").arg(name.toHtmlEscaped())
                                   : name.toHtmlEscaped());
  setWindowModified(isModified());
}

void ScenarioEditor::run() {
  if (debounce_.isActive()) validateNow(); // never run text that was not checked
  if (valid_) emit runRequested(text(), fileName_);
}

bool ScenarioEditor::openFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    status_->setText(tr("Cannot open %1: %2").arg(path, f.errorString()).toHtmlEscaped());
    return false;
  }
  setText(QString::fromUtf8(f.readAll()), path);
  return true;
}

bool ScenarioEditor::saveFile(const QString& path) {
  // QSaveFile writes a temporary file and renames it over the target on
  // commit, so a crash or full disk never leaves a half-written scenario.
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(text().toUtf8()) < 0 || !f.commit()) {
    QMessageBox::warning(this, tr("Save scenario"),
                         tr("Cannot save %1: %2").arg(path, f.errorString()));
    return false;
  }
  edit_->document()->setModified(false);
  if (fileName_ != path) {
    fileName_ = path;
    emit fileNameChanged(fileName_);
  }
  updateTitle();
  return true;
}

bool ScenarioEditor::maybeSave() {
  if (!isModified()) return true;
  const auto b = QMessageBox::question(
      this, tr("Unsaved changes"), tr("The scenario has unsaved changes. Save them?"),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (b == QMessageBox::Save) return save();
  return b == QMessageBox::Discard;
}

void ScenarioEditor::open() {
  if (!maybeSave()) return;
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open scenario"), QFileInfo(fileName_).path(),
                                   tr("Scenarios (*.json);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

bool ScenarioEditor::save() { return fileName_.isEmpty() ? saveAs() : saveFile(fileName_); }

bool ScenarioEditor::saveAs() {
  QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"), fileName_,
                                              tr("Scenarios (*.json);;All files (*)"));
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
  return saveFile(path);
}

} // namespace fsui
