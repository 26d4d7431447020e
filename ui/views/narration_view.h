// SPDX-License-Identifier: GPL-3.0-or-later
// The current step explained in large, readable text: what each CPU just did
// (the step table's narration), what else happened (events in plain words),
// the scenario's latest note, and what each CPU will do next.
#pragma once
#include <QTextBrowser>

#include "ui/model/step_frame.h"

namespace fsui {

class NarrationView : public QTextBrowser {
  Q_OBJECT
public:
  explicit NarrationView(QWidget* parent = nullptr);
  void setFrame(const StepFrame& frame);
  void setTotalSteps(quint64 total) { total_ = total; }
  // A quiz question is open: no "Next, on each CPU" (it would name the answer).
  void setHideLookAhead(bool on) { hideLookAhead_ = on; }

private:
  QString latestNote(const StepFrame& f) const;
  quint64 total_ = 0;
  bool hideLookAhead_ = false;
};

} // namespace fsui
