// SPDX-License-Identifier: GPL-3.0-or-later
// The one code-text widget of the app: a QPlainTextEdit with a line-number
// gutter that can mark lines with a dot (an error in the scenario editor, a
// breakpoint in the kern_fork.c view) and reports clicks on it.
#pragma once
#include <QPlainTextEdit>
#include <QSet>

namespace fsui {

class CodeEdit : public QPlainTextEdit {
  Q_OBJECT
public:
  explicit CodeEdit(QWidget* parent = nullptr);

  // Lines (1-based) that get a dot in the gutter.
  void setMarkedLines(const QSet<int>& lines);
  QSet<int> markedLines() const { return marked_; }
  int gutterWidth() const;

Q_SIGNALS:
  // A click in the gutter, on line `line` (1-based).
  void gutterClicked(int line);

protected:
  void resizeEvent(QResizeEvent* e) override;

private:
  friend class CodeEditGutter;
  void paintGutter(const QRect& rect);
  void updateMargins();

  QWidget* gutter_;
  QSet<int> marked_;
};

} // namespace fsui
