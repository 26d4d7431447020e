// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/narration_view.h"

#include <QApplication>

#include "core/state/step_table.h"
#include "ui/common/event_text.h"
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"

namespace fsui {

namespace {
QString chip(int cpu) {
  const QColor c = cpuColor(cpu);
  return QStringLiteral(
             "<span style='background:%1;color:%2;font-weight:bold'>&nbsp;CPU %3&nbsp;</span>")
      .arg(c.name(), textOn(c).name())
      .arg(cpu);
}
QString esc(const QString& s) { return s.toHtmlEscaped(); }

// A step's name ("child_return.trace_check") may break after its dot, not in
// the middle of a word, when a narrow presenter column has to wrap it.
QString stepName(const char* label) {
  return QString::fromLatin1(label).replace(QLatin1Char('.'), QStringLiteral(".\u200b"));
}
} // namespace

NarrationView::NarrationView(QWidget* parent) : QTextBrowser(parent) {
  setObjectName(QStringLiteral("narrationView"));
  setAccessibleName(tr("Narration"));
  setOpenLinks(false);
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    QFont f = font();
    f.setPointSizeF(QApplication::font().pointSizeF() * 1.15);
    setFont(f);
  });
  QFont f = font();
  f.setPointSizeF(f.pointSizeF() * 1.15);
  setFont(f);
}

QString NarrationView::latestNote(const StepFrame& f) const {
  if (!f.trace) return {};
  const uint32_t end = std::min<uint32_t>(f.stepEnd, static_cast<uint32_t>(f.trace->events.size()));
  const uint32_t stop = end > 200000 ? end - 200000 : 0;
  for (uint32_t seq = end; seq-- > stop;) {
    const fs::Event& e = f.trace->events[seq];
    if (e.kind == fs::EventKind::Note)
      return QStringLiteral("%1: %2").arg(tr("pid %1").arg(e.pid), describeEvent(*f.trace, e));
  }
  return {};
}

void NarrationView::setFrame(const StepFrame& f) {
  if (!f.state) return clear();
  const fs::KernelState& s = *f.state;
  QString html;
  // One meaning of "current step" everywhere: the step just executed.
  html += QStringLiteral("<p><b>%1</b></p>").arg(esc(stepHeadline(f, total_)));

  QStringList done, other;
  if (f.trace) {
    for (uint32_t i = f.stepBegin; i < f.stepEnd && i < f.trace->events.size(); ++i) {
      const fs::Event& e = f.trace->events[i];
      if (e.kind == fs::EventKind::Step) {
        const fs::StepInfo& si = fs::step_info(e.step_id());
        QString where = QLatin1String(si.file);
        if (si.line > 0) where += QStringLiteral(":%1").arg(si.line);
        if (si.line_end > si.line) where += QStringLiteral("-%1").arg(si.line_end);
        done << QStringLiteral(
                    "<p>%1 <b>%2</b> &nbsp;<code>%3()</code> %4 &nbsp;<i>%5</i><br>%6</p>")
                    .arg(e.cpu >= 0 ? chip(e.cpu) : QString(),
                         esc(actorLabel(s, e.pid, f.trace->lid_of_event(i))),
                         QLatin1String(si.func), esc(where), stepName(si.label),
                         esc(stepNarration(e.step_id())));
      } else if (e.kind != fs::EventKind::Counter && e.kind != fs::EventKind::Note) {
        other << esc(describeEvent(*f.trace, e));
      }
    }
  }
  if (f.step == 0 && !f.live)
    html += tr("<p>The machine has just booted. Press <b>→</b> (or Space to play) to execute the "
               "first step.</p>");
  else if (done.isEmpty()) {
    // A spin retry records nothing: it repeats the same mutex_enter.
    QStringList spinning;
    for (size_t c = 0; c < s.cpus.size(); ++c)
      if (const fs::Lwp* p = s.lwp(s.cpus[c].cur); p && p->spinning)
        spinning << tr("%1 <b>%2</b> keeps spinning: it retries the same <code>mutex_enter</code> "
                       "while the owner runs on another CPU.")
                        .arg(chip(static_cast<int>(c)), esc(lwpLabel(s, p->lid)));
    html += spinning.isEmpty()
                ? tr("<p>No kernel step in this step: the CPUs ran user code or were idle.</p>")
                : QStringLiteral("<p>%1</p>").arg(spinning.join(QStringLiteral("<br>")));
  }
  html += done.join(QString());
  if (!other.isEmpty())
    html += QStringLiteral("<ul><li>%1</li></ul>").arg(other.join(QStringLiteral("</li><li>")));

  // The scenario's note often stays the same over many steps: after the
  // explanation of this step, never above it.
  if (const QString note = latestNote(f); !note.isEmpty())
    html += QStringLiteral("<table width='100%' cellpadding='6' style='background:%1'><tr><td>"
                           "<b>%2</b> %3</td></tr></table>")
                .arg(paintsDark(this) ? QStringLiteral("#3a3320") : QStringLiteral("#fff6d5"),
                     tr("Scenario note:"), esc(note));

  if (hideLookAhead_) return setHtml(html);
  QStringList next;
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    const fs::Lwp* p = s.lwp(s.cpus[c].cur);
    if (!p) {
      next << QStringLiteral("%1 %2").arg(chip(static_cast<int>(c)), tr("idle"));
      continue;
    }
    const int id = currentStepId(*p);
    next << QStringLiteral("%1 <b>%2</b>: %3")
                .arg(chip(static_cast<int>(c)), esc(lwpLabel(s, p->lid)),
                     id >= 0 ? QStringLiteral("<i>%1</i> (%2)")
                                   .arg(stepName(fs::step_info(id).label), esc(whereText(*p)))
                             : tr("user code"));
  }
  html += tr("<h3>Next, on each CPU</h3>") + next.join(QStringLiteral("<br>"));
  setHtml(html);
}

} // namespace fsui
