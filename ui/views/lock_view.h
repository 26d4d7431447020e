// SPDX-License-Identifier: GPL-3.0-or-later
// Locks and wait channels: every live mutex with its holder, the LWPs
// spinning for it and the ones asleep on its turnstile (in hand-over order),
// then the condition variables and other channels with their sleepers - e.g.
// the vfork parent on its own l_waitcv.
#pragma once
#include <QTreeWidget>

#include "ui/model/step_frame.h"

namespace fsui {

class LockView : public QTreeWidget {
  Q_OBJECT
public:
  explicit LockView(QWidget* parent = nullptr);
  void setFrame(const StepFrame& frame);
  void setShowIdleLocks(bool on);

protected:
  void resizeEvent(QResizeEvent* e) override;

private:
  void fitColumns();
  void addMutexes(const StepFrame& f);
  void addChannels(const StepFrame& f);
  bool showIdle_ = false;
};

} // namespace fsui
