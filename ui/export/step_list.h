// SPDX-License-Identifier: GPL-3.0-or-later
// The steps to export, as a teacher types them: "10,20,30", ranges "10-20",
// and a stride for ranges, "0-100/5" (every fifth step). Checked against the
// run: every step must exist (0 .. total), ranges go forwards, and a list
// holds at most a given number of steps, so that a typo ("1-100000") is an
// error message and not an hour of rendering.
#pragma once
#include <QList>
#include <QString>

namespace fsui {

struct StepList {
  QList<quint64> steps; // in the order given, duplicates removed
  QString error;        // "" when the text was valid
  bool ok() const { return error.isEmpty(); }
};

StepList parseStepList(const QString& text, quint64 totalSteps, int maxSteps);

// "0-120" or "0-1200/10": the whole run, thinned evenly to at most maxSteps steps.
QString wholeRunSteps(quint64 totalSteps, int maxSteps);

} // namespace fsui
