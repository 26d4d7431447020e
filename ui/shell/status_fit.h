// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's step, tick and outcome labels are permanent widgets: a
// temporary message ("Held at step 79 until you answer.") gets only the room
// they leave, and is cut off where it does not fit - in presenter mode at
// 1366x768 the German quiz message lost its last word. StatusFit watches the
// bar's width and its message and, while a message would not fit beside the
// outcome's full text ("outcome: completed · expectations 2 passed, 0
// failed"), shows the outcome's short form ("completed · 2 passed, 0
// failed") with the full text as its tooltip.
#pragma once
#include <QList>
#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace fsui {

class StatusFit : public QObject {
public:
  // `others`: the permanent labels besides the outcome, in the bar already.
  StatusFit(QStatusBar* bar, QList<QLabel*> others, QLabel* outcome);

  void setOutcome(const QString& full, const QString& compact);
  // Chooses the outcome's form for the bar's width and message.
  void refit();

protected:
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  QStatusBar* bar_;
  QList<QLabel*> others_;
  QLabel* outcome_;
  QString full_, compact_;
};

} // namespace fsui
