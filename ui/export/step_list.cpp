// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/step_list.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace fsui {

namespace {
struct StepListText {
  Q_DECLARE_TR_FUNCTIONS(StepList)
};
} // namespace

StepList parseStepList(const QString& text, quint64 totalSteps, int maxSteps) {
  StepList out;
  static const QRegularExpression item(
      QStringLiteral("^\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*(?:/\\s*(\\d+)\\s*)?)?$"));
  const QStringList parts = text.split(QLatin1Char(','));
  QSet<quint64> seen;
  auto fail = [&](const QString& message) {
    out.steps.clear();
    out.error = message;
    return out;
  };
  if (text.trimmed().isEmpty())
    return fail(StepListText::tr("No steps given: write them as 10,20,30 or 10-20."));
  for (const QString& part : parts) {
    const QRegularExpressionMatch m = item.match(part);
    if (!m.hasMatch())
      return fail(StepListText::tr("'%1' is not a step or a range of steps (e.g. 10, 10-20 or "
                                   "0-100/5).")
                      .arg(part.trimmed()));
    bool ok1 = true, ok2 = true, ok3 = true;
    const quint64 first = m.captured(1).toULongLong(&ok1);
    const quint64 last = m.captured(2).isEmpty() ? first : m.captured(2).toULongLong(&ok2);
    const quint64 stride = m.captured(3).isEmpty() ? 1 : m.captured(3).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || stride == 0)
      return fail(StepListText::tr("'%1' is not a step or a range of steps (e.g. 10, 10-20 or "
                                   "0-100/5).")
                      .arg(part.trimmed()));
    if (last < first)
      return fail(
          StepListText::tr("The range %1-%2 goes backwards: write %2-%1.").arg(first).arg(last));
    if (last > totalSteps)
      return fail(StepListText::tr("Step %1 is past the end: the run has %2 steps (0-%2).")
                      .arg(last)
                      .arg(totalSteps));
    for (quint64 s = first; s <= last; s += stride) {
      if (!seen.contains(s)) {
        if (out.steps.size() >= maxSteps)
          return fail(StepListText::tr("More than %1 steps: choose fewer, or a stride such as "
                                       "0-%2/%3.")
                          .arg(maxSteps)
                          .arg(totalSteps)
                          .arg(qMax<quint64>(2, (totalSteps + 1 + maxSteps - 1) / maxSteps)));
        seen.insert(s);
        out.steps << s;
      }
      if (last - s < stride) break; // no overflow past the last step
    }
  }
  return out;
}

QString wholeRunSteps(quint64 totalSteps, int maxSteps) {
  const quint64 count = totalSteps + 1; // step 0, the state before the first step, too
  if (count <= static_cast<quint64>(maxSteps)) return QStringLiteral("0-%1").arg(totalSteps);
  const quint64 stride = (count + maxSteps - 1) / maxSteps;
  return QStringLiteral("0-%1/%2").arg(totalSteps).arg(stride);
}

} // namespace fsui
