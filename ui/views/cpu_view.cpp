// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/cpu_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

#include "core/state/step_table.h"
#include "core/trace/step_facts.h"
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"

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
    if (const fs::Lwp* p = cpu.cur >= 0 ? s.lwp(cpu.cur) : nullptr) {
      lane.pid = p->pid;
      lane.who = lwpLabel(s, p->lid); // names the LWP when its process has several
      // The step this CPU last executed (the one step N ran, on the active
      // CPU), or the one it is about to run when it has executed none yet.
      const CpuStep cs = c < f.cpuSteps.size() ? f.cpuSteps[c] : CpuStep{currentStepId(*p), false};
      const bool compact = Theme::instance().presenter();
      lane.where =
          p->in_kernel() && cs.id >= 0 ? whereOfStep(cs.id, compact) : whereText(*p, compact);
      if (cs.id >= 0)
        lane.step = cs.executed ? tr("did %1").arg(QLatin1String(fs::step_info(cs.id).label))
                                : tr("next: %1").arg(QLatin1String(fs::step_info(cs.id).label));
      lane.spinning = p->spinning;
      if (p->spinning) {
        const int32_t m = fs::spin_mutex_of(s, p->lid);
        const QString lock = m >= 0 ? mutexName(s, m) : QString();
        lane.status = lock.isEmpty() ? tr("spinning on a lock") : tr("spinning on %1").arg(lock);
        lane.shortStatus = tr("spinning");
      } else {
        lane.status = p->in_kernel() ? tr("running in the kernel") : tr("running user code");
        lane.shortStatus = p->in_kernel() ? tr("in the kernel") : tr("user code");
      }
    } else {
      lane.status = tr("idle");
      // It went idle with the step just executed (exit1's last switch, a
      // sleep): that step is still what it did.
      if (c < f.cpuSteps.size() && f.cpuSteps[c].executed && f.cpuSteps[c].id >= 0)
        lane.step = tr("did %1").arg(QLatin1String(fs::step_info(f.cpuSteps[c].id).label));
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

qreal CpuView::laneHeight(int lines) const { return fontMetrics().height() * (lines + 0.6); }

int CpuView::tagWidth() const {
  QFont bold = font();
  bold.setBold(true);
  return QFontMetrics(bold).horizontalAdvance(tr("CPU %1").arg(88)) + 14;
}

CpuView::Grid CpuView::grid() const {
  const int n = static_cast<int>(lanes_.size());
  if (n == 0) return {};
  // A card narrower than this cannot say who runs and what it does.
  const int minCard = tagWidth() + fontMetrics().averageCharWidth() * 22;
  const int maxColumns = std::max(1, std::min(n, (width() - 8) / std::max(1, minCard)));
  auto fits = [&](int columns, int lines) {
    const int rows = (n + columns - 1) / columns;
    return rows * (laneHeight(lines) + 6) + 2 <= height();
  };
  // Full cards first, then fewer lines before more columns: a lane reads
  // better wide.
  for (int lines : {3, 2, 1})
    for (int columns = 1; columns <= maxColumns; ++columns)
      if (fits(columns, lines)) return {columns, lines};
  return {maxColumns, 1}; // squeezed: every card still inside the widget
}

int CpuView::linesPerLane() const { return grid().lines; }

int CpuView::heightFor(int cpus, int lines) const {
  return static_cast<int>(cpus * (laneHeight(lines) + 6) + 4);
}

QList<QRectF> CpuView::laneRects() const {
  QList<QRectF> out;
  const int n = static_cast<int>(lanes_.size());
  if (n == 0) return out;
  const Grid g = grid();
  const int rows = (n + g.columns - 1) / g.columns;
  const qreal cw = (width() - 8 - (g.columns - 1) * 6.0) / g.columns;
  const qreal h = std::min(laneHeight(g.lines), (height() - 4) / qreal(rows) - 6);
  for (int i = 0; i < n; ++i) {
    const int col = i / rows, row = i % rows; // CPUs run down the first column, then the next
    out << QRectF(4 + col * (cw + 6), 4 + row * (h + 6), cw, std::max<qreal>(h, 4));
  }
  return out;
}

QSize CpuView::sizeHint() const {
  return QSize(520, static_cast<int>(std::max<size_t>(lanes_.size(), 2) * (laneHeight() + 6) + 8));
}

QSize CpuView::minimumSizeHint() const {
  // Two columns of one-line cards: eight CPUs in four rows.
  const int n = std::max<int>(static_cast<int>(lanes_.size()), 1);
  const int rows = n > 2 ? (n + 1) / 2 : n;
  return QSize(tagWidth() + fontMetrics().averageCharWidth() * 14,
               static_cast<int>(rows * (laneHeight(1) + 6) + 8));
}

namespace {
// `text` broken into lines of at most `width` (at word boundaries, or
// anywhere in a word too long for a line).
QStringList wrapped(const QString& text, const QFont& font, qreal width) {
  QTextLayout layout(text, font);
  QTextOption o;
  o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
  layout.setTextOption(o);
  QStringList out;
  layout.beginLayout();
  for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
    l.setLineWidth(width);
    out << text.mid(l.textStart(), l.textLength()).trimmed();
  }
  layout.endLayout();
  return out;
}
} // namespace

// The card's lines, most important first: who runs and what it does, where
// in kern_fork.c and the step, the run queue. Each item takes the longest of
// its wordings that fits one line; lines left over let a long item wrap
// instead (the full status over two lines). Only when not even the shortest
// head fits is a line elided.
QVector<CpuView::Line> CpuView::composeLane(const CpuLane& lane, qreal width, int lines) const {
  QFont bold = font();
  bold.setBold(true);
  QFont small = font();
  small.setPointSizeF(Theme::instance().atLeastMin(font().pointSizeF() * 0.9));
  struct Item {
    QStringList wordings; // longest first
    bool bold = false, small = false;
  };
  QVector<Item> items;
  const QString dash = QStringLiteral("  —  ");
  if (lane.pid >= 0) {
    QStringList head{lane.who + dash + lane.status};
    if (!lane.shortStatus.isEmpty()) // a narrow card: the short status, closer
      head << lane.who + dash + lane.shortStatus
           << lane.who + QStringLiteral(" — ") + lane.shortStatus;
    head << lane.who;
    items.push_back({head, true, false});
    if (lines >= 2) {
      const QString both =
          lane.step.isEmpty() ? lane.where : lane.where + QStringLiteral("   ") + lane.step;
      if (QFontMetricsF(font()).horizontalAdvance(both) <= width || lane.step.isEmpty()) {
        items.push_back({{both}, false, false});
      } else {
        items.push_back({{lane.where}, false, false});
        items.push_back({{lane.step}, false, false});
      }
    }
  } else {
    items.push_back({{lane.status}, true, false});
    if (lines >= 2 && !lane.step.isEmpty()) items.push_back({{lane.step}, false, false});
  }
  if (lines >= 3) {
    const QString runq = lane.runq.isEmpty()
                             ? tr("run queue: empty")
                             : tr("run queue: %1").arg(lane.runq.join(QStringLiteral(", ")));
    items.push_back({{runq}, false, true});
  }
  auto fontOf = [&](const Item& it) { return it.bold ? bold : it.small ? small : font(); };
  auto oneLine = [&](const Item& it) -> int { // the longest wording on one line, or -1
    const QFontMetricsF fm(fontOf(it));
    for (int i = 0; i < it.wordings.size(); ++i)
      if (fm.horizontalAdvance(it.wordings[i]) <= width) return i;
    return -1;
  };
  // First pass: one line each, in order of importance, while lines are left.
  QVector<QStringList> chosen(items.size());
  int used = 0;
  for (int i = 0; i < items.size(); ++i) {
    if (used >= lines) break;
    int w = oneLine(items[i]);
    // Who runs without what it does: with three lines or more, the status
    // on a second line says more than the run queue would.
    if (i == 0 && lane.pid >= 0 && w == items[0].wordings.size() - 1 && lines >= 3) {
      const QStringList two = wrapped(items[0].wordings[w - 1], bold, width);
      if (two.size() == 2) {
        chosen[0] = two;
        used = 2;
        continue;
      }
    }
    if (w >= 0) {
      chosen[i] = {items[i].wordings[w]};
      ++used;
    } else {
      const QStringList wrap = wrapped(items[i].wordings.last(), fontOf(items[i]), width);
      if (used + wrap.size() <= lines) {
        chosen[i] = wrap;
        used += static_cast<int>(wrap.size());
      } else if (i == 0) { // the head, whatever it takes
        chosen[i] = {items[i].wordings.last()};
        ++used;
      }
    }
  }
  // Second pass: lines left over give a shortened item its full wording.
  for (int i = 0; i < items.size(); ++i) {
    if (chosen[i].isEmpty() || chosen[i].join(QLatin1Char(' ')) == items[i].wordings.first())
      continue;
    const QStringList full = wrapped(items[i].wordings.first(), fontOf(items[i]), width);
    if (used - chosen[i].size() + full.size() <= lines) {
      used += static_cast<int>(full.size() - chosen[i].size());
      chosen[i] = full;
    }
  }
  QVector<Line> out;
  for (int i = 0; i < items.size(); ++i)
    for (const QString& t : std::as_const(chosen[i])) {
      const QFontMetricsF fm(fontOf(items[i]));
      Line l{t, items[i].bold, items[i].small, false};
      if (fm.horizontalAdvance(t) > width) {
        l.text = QFontMetrics(fontOf(items[i])).elidedText(t, Qt::ElideRight, int(width));
        l.elided = true;
      }
      out.push_back(l);
    }
  return out;
}

void CpuView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const bool dark = paintsDark(this);
  const qreal lw = Theme::instance().lineScale();
  // On paper the light theme's colours, whatever the application's palette.
  const QColor base = onPaper(this) ? QColor(Qt::white) : palette().color(QPalette::Base);
  const QColor ink = onPaper(this) ? QColor(Qt::black) : palette().color(QPalette::Text);
  p.fillRect(rect(), base);
  const qreal lineH = fontMetrics().height();
  QFont bold = font();
  bold.setBold(true);
  QFont small = font();
  small.setPointSizeF(Theme::instance().atLeastMin(font().pointSizeF() * 0.9));
  const QList<QRectF> rects = laneRects();
  drawn_.clear();
  const int tagW = tagWidth();
  for (size_t i = 0; i < lanes_.size(); ++i) {
    const CpuLane& lane = lanes_[i];
    const QRectF r = rects[static_cast<int>(i)];
    const QColor c = cpuColor(lane.cpu);
    QColor bg = c;
    bg.setAlpha(lane.pid >= 0 ? (dark ? 70 : 45) : (dark ? 25 : 15));
    p.setPen(QPen(c, (lane.ranThisStep ? 3 : 1.5) * lw));
    p.setBrush(bg);
    p.drawRoundedRect(r, 6, 6);
    // The CPU tag on the left, in the CPU's colour.
    const QRectF tag(r.left(), r.top(), tagW, r.height());
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(tag, 6, 6);
    p.setPen(textOn(c));
    p.setFont(bold);
    p.drawText(tag, Qt::AlignCenter, tr("CPU %1").arg(lane.cpu));

    const qreal x = tag.right() + 8;
    const qreal w = r.right() - x - (lane.spinning ? 30 : 6);
    // As many lines as the card has room for (a full card: three).
    const int room = std::max(1, static_cast<int>((r.height() - 4) / lineH));
    const QVector<Line> text = composeLane(lane, w, room);
    const int shown = static_cast<int>(text.size());
    // Lines are centred in the card when it has more room than they need.
    const qreal top = r.top() + std::max<qreal>(2, (r.height() - shown * lineH) / 2);
    p.setPen(ink);
    for (int k = 0; k < shown; ++k) {
      const Line& l = text[k];
      p.setFont(l.bold ? bold : l.small ? small : font());
      p.drawText(QRectF(x, top + k * lineH, w + 2, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                 l.text);
      drawn_.push_back({lane.cpu, l.text, l.elided});
    }
    if (lane.spinning) { // a small spinner glyph: contention is what students must notice
      p.setPen(QPen(okabe_ito::Vermillion, 2.5 * lw));
      p.drawArc(QRectF(r.right() - 26, r.top() + (r.height() - 20) / 2, 20, 20), 0, 270 * 16);
    }
  }
  if (live_) {
    p.setPen(ink);
    const QRect area = rect().adjusted(8, 0, -8, -2);
    // Elided, not cut at the left edge when the text is wider than the dock (German).
    p.drawText(area, Qt::AlignRight | Qt::AlignBottom,
               fontMetrics().elidedText(tr("Click a CPU (or press 0-9) to run the next step on it"),
                                        Qt::ElideRight, area.width()));
  }
}

void CpuView::mousePressEvent(QMouseEvent* e) {
  const QList<QRectF> rects = laneRects();
  for (int i = 0; i < rects.size(); ++i)
    if (rects[i].contains(e->position()))
      return Q_EMIT cpuClicked(lanes_[static_cast<size_t>(i)].cpu);
}

} // namespace fsui
