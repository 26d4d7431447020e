// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cpu_view.h"

#include <QMouseEvent>
#include <QPainter>

#include "core/step_table.h"
#include "ui/kstate_text.h"
#include "ui/state_colors.h"
#include "ui/theme.h"

namespace fsui {

CpuView::CpuView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("cpuView"));
  setAccessibleName(tr("CPUs"));
  setMinimumHeight(80);
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    updateGeometry();
    update();
  });
}

void CpuView::setFrame(const StepFrame& f) {
  lanes_.clear();
  live_ = f.live;
  if (!f.state) return update();
  const fs::KernelState& s = *f.state;
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    CpuLane lane;
    lane.cpu = static_cast<int>(c);
    const fs::Cpu& cpu = s.cpus[c];
    if (const fs::Proc* p = cpu.cur >= 0 ? s.proc(cpu.cur) : nullptr) {
      lane.pid = p->pid;
      lane.who = procLabel(s, p->pid);
      lane.where = whereText(*p);
      const int id = currentStepId(*p);
      if (id >= 0) lane.step = QString::fromLatin1(fs::step_info(id).label);
      lane.spinning = p->spinning;
      if (p->spinning) {
        const QString lock = f.trace ? lastSpinLock(*f.trace, f.stepEnd, p->pid) : QString();
        lane.status = lock.isEmpty() ? tr("spinning on a lock") : tr("spinning on %1").arg(lock);
      } else {
        lane.status = p->in_kernel() ? tr("running in the kernel") : tr("running user code");
      }
    } else {
      lane.status = tr("idle");
    }
    for (fs::Lid l : cpu.runq) lane.runq << procLabel(s, l);
    if (f.trace)
      for (uint32_t e = f.stepBegin; e < f.stepEnd && e < f.trace->events.size(); ++e)
        if (f.trace->events[e].cpu == lane.cpu) lane.ranThisStep = true;
    lanes_.push_back(lane);
  }
  updateGeometry();
  update();
}

qreal CpuView::laneHeight() const { return fontMetrics().height() * 3.6; }

QSize CpuView::sizeHint() const {
  return QSize(520, static_cast<int>(std::max<size_t>(lanes_.size(), 2) * (laneHeight() + 6) + 8));
}

void CpuView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const bool dark = Theme::instance().dark();
  const qreal lw = Theme::instance().lineScale();
  p.fillRect(rect(), palette().base());
  const qreal h = laneHeight();
  const qreal lineH = fontMetrics().height();
  QFont bold = font();
  bold.setBold(true);
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() * 0.9);
  for (size_t i = 0; i < lanes_.size(); ++i) {
    const CpuLane& lane = lanes_[i];
    const QRectF r(4, 4 + i * (h + 6), width() - 8, h);
    const QColor c = cpuColor(lane.cpu);
    QColor bg = c;
    bg.setAlpha(lane.pid >= 0 ? (dark ? 70 : 45) : (dark ? 25 : 15));
    p.setPen(QPen(c, (lane.ranThisStep ? 3 : 1.5) * lw));
    p.setBrush(bg);
    p.drawRoundedRect(r, 6, 6);
    // The CPU tag on the left, in the CPU's colour.
    const QRectF tag(r.left(), r.top(), 70, h);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(tag, 6, 6);
    p.setPen(textOn(c));
    p.setFont(bold);
    p.drawText(tag, Qt::AlignCenter, tr("CPU %1").arg(lane.cpu));

    const qreal x = tag.right() + 10;
    const qreal w = r.right() - x - 8;
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    const QString head =
        lane.pid >= 0 ? lane.who + QStringLiteral("  —  ") + lane.status : lane.status;
    p.drawText(QRectF(x, r.top() + 4, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(head, Qt::ElideRight, static_cast<int>(w)));
    p.setFont(font());
    if (lane.pid >= 0) {
      const QString where =
          lane.step.isEmpty() ? lane.where : lane.where + QStringLiteral("   ") + lane.step;
      p.drawText(QRectF(x, r.top() + 4 + lineH, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                 fontMetrics().elidedText(where, Qt::ElideRight, static_cast<int>(w)));
    }
    if (lane.spinning) { // a small spinner glyph: contention is what students must notice
      p.setPen(QPen(okabe_ito::Vermillion, 2.5 * lw));
      p.drawArc(QRectF(r.right() - 30, r.top() + 6, 20, 20), 0, 270 * 16);
    }
    p.setFont(small);
    p.setPen(palette().color(QPalette::Text));
    const QString runq = lane.runq.isEmpty()
                             ? tr("run queue: empty")
                             : tr("run queue: %1").arg(lane.runq.join(QStringLiteral(", ")));
    p.drawText(QRectF(x, r.top() + 4 + 2 * lineH, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(small).elidedText(runq, Qt::ElideRight, static_cast<int>(w)));
  }
  if (live_) {
    p.setPen(palette().color(QPalette::Text));
    const QRect area = rect().adjusted(8, 0, -8, -2);
    // Elided, not cut at the left edge when the text is wider than the dock (German).
    p.drawText(area, Qt::AlignRight | Qt::AlignBottom,
               fontMetrics().elidedText(tr("Click a CPU (or press 0-9) to run the next step on it"),
                                        Qt::ElideRight, area.width()));
  }
}

void CpuView::mousePressEvent(QMouseEvent* e) {
  const qreal h = laneHeight();
  const int i = static_cast<int>((e->position().y() - 4) / (h + 6));
  if (i >= 0 && static_cast<size_t>(i) < lanes_.size()) Q_EMIT cpuClicked(lanes_[i].cpu);
}

} // namespace fsui
