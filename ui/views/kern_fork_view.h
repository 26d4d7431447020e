// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own copy of kern_fork.c, read-only, with line numbers, the line
// each CPU is executing highlighted in its colour, and a breakpoint gutter.
// Forkscope does not ship NetBSD's text: the user opens their own file. A
// banner warns when its $NetBSD$ id is not the modelled revision 1.231.
#pragma once
#include <QPlainTextEdit>
#include <QSet>

#include "ui/common/code_edit.h"
#include "ui/model/breakpoints.h"
#include "ui/model/step_frame.h"

class QLabel;
class QStackedWidget;

namespace fsui {

class KernForkEditor;

class KernForkView : public QWidget {
  Q_OBJECT
public:
  explicit KernForkView(QWidget* parent = nullptr);
  // Loads the file; returns an error message, or "" on success.
  QString loadFile(const QString& path);
  bool hasFile() const;
  QString revision() const { return revision_; } // "1.231", or "" when no id was found
  void setFrame(const StepFrame& frame);
  void setBreakpoints(const Breakpoints& b);
  static QString revisionOf(const QString& text);
  // The line the text cursor is on while the file view has the focus (F9
  // toggles a breakpoint there), else 0.
  int lineAtCursor() const;
  QList<int> highlightedLines() const; // sorted: every line of every CPU's current step

  // Without a file: the page that says how to get one (for tests).
  bool showsHowTo() const;

Q_SIGNALS:
  void toggleBreakpointRequested(const Breakpoint& b);
  void openDialogRequested();                  // the page's Open button
  void openFileRequested(const QString& path); // a file dropped onto the view

protected:
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dropEvent(QDropEvent* e) override;

private:
  QWidget* makeHowToPage();
  KernForkEditor* editor_;
  QStackedWidget* stack_ = nullptr;
  QLabel* banner_;
  QString revision_;
};

// The text area: the shared code view (line numbers, breakpoint dots in the
// gutter) with each CPU's current line highlighted in the CPU's colour.
class KernForkEditor : public CodeEdit {
  Q_OBJECT
public:
  explicit KernForkEditor(QWidget* parent = nullptr);
  // focusLine > 0: centre that line (the active CPU's); 0: do not scroll.
  void setCpuLines(const QHash<int, QList<int>>& lineToCpus, int focusLine = -1);
  void setBreakpointLines(const QSet<int>& lines) { setMarkedLines(lines); }
  QList<int> highlightedLines() const;

private:
  void updateHighlights();
  QHash<int, QList<int>> cpuLines_;
  int focusLine_ = -1; // -1: the first highlighted line
};

} // namespace fsui
