// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timeline_view.h"

#include <algorithm>
#include <cmath>

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "ui/common/palette.h"
#include "ui/timeline/timeline_lanes.h"

#include "ui/common/theme.h"
#include "ui/timeline/timeline_ticker.h"

#include <QEvent>
#include <QFontMetrics>

namespace fsui {

namespace {

// One legend entry: a coloured square and its meaning, never split across lines.
QString swatch(const QColor& c, const QString& text) {
  return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
      .arg(c.name(), text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent) {
  // One wrapping label, not a row of labels: a row's minimum width is the sum
  // of its entries, which in German or in presenter mode made the whole window
  // wider than a 1366-pixel projector.
  const QString gap = QStringLiteral(" &nbsp; ");
  auto* legend = new QLabel(QStringList{swatch(activityColor(Activity::User), tr("user")),
                                        swatch(activityColor(Activity::Kernel), tr("kernel")),
                                        swatch(activityColor(Activity::Spin), tr("spinning")),
                                        swatch(activityColor(Activity::Idle), tr("idle")),
                                        swatch(fsui::lockHeldColor(), tr("lock held")),
                                        swatch(fsui::lockContendedColor(), tr("held, contended"))}
                                .join(gap),
                            this);
  legend->setObjectName(QStringLiteral("timelineLegend"));
  legend->setTextFormat(Qt::RichText);
  legend->setWordWrap(true);

  plot_ = new QCustomPlot(this);
  // A tooltip, not a label: the legend must fit a 1366-pixel projector.
  plot_->setToolTip(tr("Wheel: zoom. Drag: pan. Click: go to that step. Double-click: show all."));
  plot_->setNoAntialiasingOnDrag(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(legend);
  layout->addWidget(plot_, 1);

  lanesRect_ = plot_->axisRect();
  countRect_ = new QCPAxisRect(plot_);
  plot_->plotLayout()->addElement(1, 0, countRect_);
  auto* margins = new QCPMarginGroup(plot_);
  lanesRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
  countRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

  // Top rect: lanes (y = lane index, CPU 0 on top), clock ticks on the top axis.
  lanesRect_->axis(QCPAxis::atLeft)->setRangeReversed(true);
  lanesRect_->axis(QCPAxis::atLeft)->grid()->setVisible(false);
  lanesRect_->axis(QCPAxis::atBottom)->setTickLabels(false);
  lanesRect_->axis(QCPAxis::atTop)->setVisible(true);
  lanes_ = new fsui::TimelineLanes(lanesRect_->axis(QCPAxis::atBottom),
                                   lanesRect_->axis(QCPAxis::atLeft));

  // Bottom rect: nprocs as a step graph on the same step axis.
  QCPAxis* cy = countRect_->axis(QCPAxis::atLeft);
  // The name sits inside the rect: a rotated axis label would make the rect as
  // tall as the word, which a short window cannot afford.
  auto* name = new QCPItemText(plot_);
  nprocsName_ = name;
  name->setClipAxisRect(countRect_);
  name->position->setType(QCPItemPosition::ptAxisRectRatio);
  name->position->setAxisRect(countRect_);
  name->position->setCoords(0.005, 0.0);
  name->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  name->setText(tr("nprocs"));
  name->setClipToAxisRect(true);
  // A short axis: few, whole-number ticks (process counts are integers).
  auto counts = QSharedPointer<fsui::IntegerTicker>::create();
  counts->setTickCount(3);
  cy->setTicker(counts);
  cy->setNumberFormat(QStringLiteral("f"));
  cy->setNumberPrecision(0);
  cy->setSubTicks(false);
  // Steps are whole numbers: an empty run's axis read "0 0 0 1 1 1".
  countRect_->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<fsui::IntegerTicker>::create());
  countRect_->axis(QCPAxis::atBottom)->setNumberFormat(QStringLiteral("f")); // 1000000, not 1.10^6
  countRect_->axis(QCPAxis::atBottom)->setNumberPrecision(0);
  nprocs_ = plot_->addGraph(countRect_->axis(QCPAxis::atBottom), cy);
  nprocs_->setLineStyle(QCPGraph::lsStepLeft);
  // A 1-pixel cosmetic pen without antialiasing: measured with 1.3M events
  // (20k nprocs changes), a wide antialiased pen or a fill costs 80-240 ms a
  // frame against ~1 ms for this; the fill is only switched on when few
  // points are visible (see onRangeChanged).
  nprocs_->setPen(QPen(fsui::okabeIto(fsui::OkabeIto::Blue), 1));
  nprocs_->setAntialiased(false);
  nprocs_->setAntialiasedFill(false);

  // The axis titles sit in the left margin, level with their tick labels
  // (above the lanes, below nprocs): as axis labels they each took a text
  // line, and a short plot (a projector in presenter mode) had to drop them.
  auto title = [this](QCPAxisRect* r, double y, Qt::Alignment align, const QString& text) {
    auto* t = new QCPItemText(plot_);
    t->setClipToAxisRect(false);
    t->position->setType(QCPItemPosition::ptAxisRectRatio);
    t->position->setAxisRect(r);
    t->position->setCoords(0, y);
    t->setPositionAlignment(Qt::AlignRight | align);
    t->setPadding(QMargins(0, 0, 8, 0));
    t->setText(text);
    t->setSelectable(false);
    return t;
  };
  tickTitle_ = title(lanesRect_, 0, Qt::AlignBottom, tr("tick"));
  stepTitle_ = title(countRect_, 1, Qt::AlignTop, tr("step"));

  for (QCPAxisRect* r : {lanesRect_, countRect_}) {
    r->setRangeDrag(Qt::Horizontal);
    r->setRangeZoom(Qt::Horizontal);
    r->setRangeDragAxes(r->axis(QCPAxis::atBottom), nullptr);
    r->setRangeZoomAxes(r->axis(QCPAxis::atBottom), nullptr);
    connect(r->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TimelineView::onRangeChanged);
  }
  plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

  auto cursor = [this](QCPAxisRect* r) {
    auto* line = new QCPItemStraightLine(plot_);
    line->setClipAxisRect(r);
    for (QCPItemPosition* p : {line->point1, line->point2})
      p->setAxes(r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft));
    line->setPen(QPen(Qt::black, 2));
    line->setSelectable(false);
    return line;
  };
  cursorTop_ = cursor(lanesRect_);
  cursorBottom_ = cursor(countRect_);
  // Before any run: a line of text, not empty axes with two stray cursor lines.
  empty_ = new QLabel(tr("No run yet: open a scenario to see its timeline."), this);
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setWordWrap(true);
  layout->addWidget(empty_, 1);
  legend_ = legend;
  showPlot(false);

  // A click is a press and release without a drag in between; QCustomPlot
  // pans on drag, so the distance tells the two apart.
  connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { pressPos_ = e->pos(); });
  connect(plot_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) {
    if (!timeline_ || live_ || (e->pos() - pressPos_).manhattanLength() > 3) return;
    if (!plot_->axisRectAt(e->pos())) return;
    const double x = lanesRect_->axis(QCPAxis::atBottom)->pixelToCoord(e->pos().x());
    // The span [k, k+1) is step k+1: clicking it shows the state after it.
    const double s =
        std::clamp(std::floor(x) + 1.0, 0.0, static_cast<double>(timeline_->total_steps()));
    emit stepRequested(static_cast<quint64>(s));
  });
  connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetZoom(); });
  setMinimumHeight(200);
  connect(&fsui::Theme::instance(), &fsui::Theme::changed, this, &TimelineView::applyTheme);
  applyTheme();
}

// QCustomPlot draws with its own colours, not the widget palette: a dark
// theme must repaint the background, the axes, the grid and the cursor, or
// the timeline stays a white block in a dark window.
void TimelineView::applyTheme() {
  const bool dark = fsui::paintsDark(this);
  const QColor background = dark ? QColor(0x16, 0x19, 0x1d) : Qt::white;
  const QColor ink = dark ? QColor(0xe6, 0xe9, 0xed) : Qt::black;
  const QColor grid = dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xc8, 0xc8, 0xc8);
  plot_->setBackground(background);
  for (QCPAxisRect* rect : {lanesRect_, countRect_}) {
    rect->setBackground(background);
    for (QCPAxis* axis : rect->axes()) {
      axis->setBasePen(QPen(ink, 1));
      axis->setTickPen(QPen(ink, 1));
      axis->setSubTickPen(QPen(ink, 1));
      axis->setTickLabelColor(ink);
      axis->setLabelColor(ink);
      axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
  }
  for (QCPItemStraightLine* l : {cursorTop_, cursorBottom_}) l->setPen(QPen(ink, 2));
  nprocsName_->setColor(ink);
  for (QCPItemText* t : {tickTitle_, stepTitle_}) t->setColor(ink);
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTimeline(std::shared_ptr<const fs::Timeline> t) {
  timeline_ = std::move(t);
  live_.reset();
  build();
}

void TimelineView::setLiveTrace(std::shared_ptr<const fs::Trace> trace, int cpus,
                                int initialNprocs) {
  const bool wasLive = live_ != nullptr;
  live_ = std::move(trace);
  liveCpus_ = cpus;
  liveNprocs_ = initialNprocs;
  if (!live_ && !wasLive) return;
  const QCPRange r = lanesRect_->axis(QCPAxis::atBottom)->range();
  const double shownAll = std::max(8.0, static_cast<double>(data_.total_steps));
  build();
  if (live_) {
    // Keep a zoom the student chose while the run grows; show its newest step.
    step_ = data_.total_steps;
    if (wasLive && r.size() + 0.5 < shownAll)
      setVisibleRange(std::max(0.0, step_ - r.size() * 0.9), step_ + r.size() * 0.1);
    placeCursor();
  }
}

void TimelineView::showPlot(bool on) {
  plot_->setVisible(on);
  legend_->setVisible(on);
  empty_->setVisible(!on);
}

void TimelineView::build() {
  showPlot(timeline_ || live_);
  data_ = {};
  std::shared_ptr<const fs::Trace> trace = live_;
  if (live_) {
    data_ = fsui::build_timeline_data(*live_, live_->step_first_event.size(), liveCpus_,
                                      liveNprocs_, maxLockLanes_);
  } else if (timeline_) {
    const fs::KernelState boot = timeline_->state_at(0);
    data_ =
        fsui::build_timeline_data(timeline_->trace(), timeline_->total_steps(),
                                  timeline_->scenario().machine.cpus, boot.nprocs, maxLockLanes_);
    trace = std::shared_ptr<const fs::Trace>(timeline_, &timeline_->trace());
  }
  std::vector<fsui::TimelineLanes::LaneStyle> styles;
  auto labels = QSharedPointer<QCPAxisTickerText>::create();
  for (const fsui::Lane& l : data_.cpu_lanes) {
    fsui::TimelineLanes::LaneStyle s;
    s.spans = &l.spans;
    for (int c = 0; c < fsui::kActivityCount; ++c)
      s.colors[static_cast<size_t>(c)] = activityColor(static_cast<Activity>(c));
    s.background = activityColor(Activity::Idle);
    labels->addTick(static_cast<double>(styles.size()),
                    tr("CPU %1").arg(static_cast<int>(styles.size())));
    styles.push_back(s);
  }
  // A blank lane between the groups, when there is room for one.
  if (!data_.lock_lanes.empty() && maxLockLanes_ > 2) styles.push_back({});
  for (const fsui::Lane& l : data_.lock_lanes) {
    fsui::TimelineLanes::LaneStyle s;
    s.spans = &l.spans;
    s.colors.fill(fsui::lockHeldColor());
    s.colors[fsui::LockContended] = fsui::lockContendedColor();
    const QString name = l.name == "others" ? tr("other locks") : QString::fromStdString(l.name);
    labels->addTick(static_cast<double>(styles.size()), name);
    styles.push_back(s);
  }
  const double end = std::max<double>(1.0, static_cast<double>(data_.total_steps));
  lanes_->setLanes(std::move(styles), end);
  QCPAxis* ly = lanesRect_->axis(QCPAxis::atLeft);
  ly->setTicker(labels);
  fitLaneLabelFont();
  fitLeftMargin();
  ly->setRange(-0.5, std::max(1, lanes_->laneCount()) - 0.5);
  lanesRect_->axis(QCPAxis::atTop)->setTicker(QSharedPointer<fsui::TimelineTicker>::create(trace));

  QVector<double> x(data_.nprocs_x.begin(), data_.nprocs_x.end());
  QVector<double> y(data_.nprocs_y.begin(), data_.nprocs_y.end());
  nprocs_->setData(x, y, true); // already sorted by step: no sort pass
  const double ymax = y.isEmpty() ? 1.0 : *std::max_element(y.begin(), y.end());
  // Head room for the "nprocs" name in the rect's top corner: the curve
  // stays in the lower 55% (presenter type in a short rect put the name on
  // the line).
  countRect_->axis(QCPAxis::atLeft)->setRange(0, ymax / 0.55 + 1);

  // The lanes (one text line each, or their names overprint each other, plus
  // their axis) get three quarters of the height, nprocs the rest;
  // lockLanesThatFit() keeps the lanes within the widget's height.
  const double lanes = std::max(2, lanes_->laneCount());
  const int laneRowPx = QFontMetrics(font()).height() + 2;
  plot_->plotLayout()->setRowStretchFactors({lanes + 2.5, (lanes + 2.5) / 3});
  lanesRect_->setMinimumSize(0, static_cast<int>(lanes) * laneRowPx);
  setMinimumHeight(std::max(200, static_cast<int>(lanes) * laneRowPx + 110));

  step_ = std::min<quint64>(step_, data_.total_steps);
  resetZoom();
}

// QCustomPlot copies the widget font into its axes once; presenter mode and
// theme changes must reach the axis labels, or their margins are computed for
// the old size and long lane names are clipped.
void TimelineView::applyFont() {
  const QFont f = font();
  for (QCPAxisRect* rect : {lanesRect_, countRect_})
    for (QCPAxis* axis : rect->axes()) {
      axis->setTickLabelFont(f);
      axis->setLabelFont(f);
    }
  for (QCPItemText* t : {tickTitle_, stepTitle_, nprocsName_}) t->setFont(f);
  maxLockLanes_ = lockLanesThatFit();
  if (timeline_) build();
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

// As many lock lanes as fit one text line each under the CPU lanes; a small
// window (a projector in presenter mode) folds the rest into "other locks"
// instead of overprinting the lane names.
int TimelineView::lockLanesThatFit() const {
  const int rowPx = std::max(1, QFontMetrics(font()).height() + 2);
  const int cpus = live_ ? liveCpus_ : timeline_ ? timeline_->scenario().machine.cpus : 1;
  // Text rows of the plot minus the axes (ticks and titles, top and bottom)
  // and the smallest useful nprocs plot: about seven rows.
  const int rows = plot_->height() / rowPx - 7;
  // CPU lanes, the blank separator, and the "other locks" lane come first.
  return std::clamp(rows - cpus - 2, 1, 8);
}

void TimelineView::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  const int fit = lockLanesThatFit();
  if (fit != maxLockLanes_) {
    maxLockLanes_ = fit;
    if (timeline_) build();
  } else if (fitLaneLabelFont()) {
    fitLeftMargin();
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
}

// Still too short for a text line per lane (8 CPUs on a projector): the lane
// names get a smaller font rather than overprinting each other. Returns
// whether the font changed.
bool TimelineView::fitLaneLabelFont() {
  QCPAxis* ly = lanesRect_->axis(QCPAxis::atLeft);
  const int rowPx = QFontMetrics(font()).height() + 2;
  const double lanes = std::max(2, lanes_->laneCount());
  const double perLane = (plot_->height() * 0.75 - 2.5 * rowPx) / lanes;
  QFont f = font();
  // Never under presenter mode's 18 px: a name's glyphs take about two thirds
  // of its line, so names that close still do not touch.
  if (perLane < rowPx && f.pointSizeF() > 0)
    f.setPointSizeF(fsui::Theme::instance().atLeastMin(
        std::max(6.0, f.pointSizeF() * std::max(perLane, 1.0) / rowPx)));
  if (f == ly->tickLabelFont()) return false;
  ly->setTickLabelFont(f);
  return true;
}

// The left margin is set from the longest lane name in the font the names
// are drawn with (and the nprocs axis below them): QCustomPlot's automatic
// margin follows the labels it drew last, which clipped long lock names after
// a font change (presenter mode). Called whenever that font changes.
void TimelineView::fitLeftMargin() {
  QCPAxis* ly = lanesRect_->axis(QCPAxis::atLeft);
  const auto labels = ly->ticker().dynamicCast<QCPAxisTickerText>();
  const QFontMetrics fm(ly->tickLabelFont());
  int widest = fm.horizontalAdvance(QStringLiteral("00000"));
  // The axis titles share the margin with the lane names.
  for (QCPItemText* t : {tickTitle_, stepTitle_})
    widest = std::max(widest, QFontMetrics(t->font()).horizontalAdvance(t->text()));
  if (labels)
    for (const QString& name : labels->ticks())
      widest = std::max(widest, fm.horizontalAdvance(name));
  const QFontMetrics lm(countRect_->axis(QCPAxis::atLeft)->labelFont());
  const int left = widest + ly->tickLabelPadding() + ly->padding() + lm.height() + 24;
  for (QCPAxisRect* rect : {lanesRect_, countRect_}) {
    rect->setAutoMargins(QCP::msTop | QCP::msRight | QCP::msBottom);
    QMargins m = rect->margins();
    m.setLeft(left);
    rect->setMargins(m);
  }
}

QList<QPair<QString, QFont>> TimelineView::labelFonts() const {
  QList<QPair<QString, QFont>> out;
  for (QCPAxisRect* rect : {lanesRect_, countRect_})
    for (QCPAxis* axis : rect->axes()) {
      if (!axis->visible()) continue;
      const QString name = QStringLiteral("axis %1").arg(int(axis->axisType()));
      if (axis->tickLabels()) out.append({name + QStringLiteral(" ticks"), axis->tickLabelFont()});
      if (!axis->label().isEmpty())
        out.append({name + QStringLiteral(" label"), axis->labelFont()});
    }
  for (QCPItemText* t : {tickTitle_, stepTitle_, nprocsName_}) out.append({t->text(), t->font()});
  if (legend_->isVisible()) out.append({QStringLiteral("legend"), legend_->font()});
  return out;
}

void TimelineView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange) applyFont();
}

void TimelineView::resetZoom() {
  setVisibleRange(0, std::max<double>(1.0, static_cast<double>(data_.total_steps)));
}

void TimelineView::setVisibleRange(double firstStep, double lastStep) {
  lanesRect_->axis(QCPAxis::atBottom)->setRange(firstStep, lastStep);
  placeCursor();
}

void TimelineView::onRangeChanged(const QCPRange& r) {
  if (syncing_) return;
  syncing_ = true;
  // Keep the window inside the run and at least a few steps wide.
  const double total = std::max<double>(1.0, static_cast<double>(data_.total_steps));
  double size = std::clamp(r.size(), std::min(8.0, total), total);
  double lower = std::clamp(r.lower, 0.0, total - size);
  if (r.size() > size) lower = std::clamp(r.center() - size / 2, 0.0, total - size);
  const QCPRange fixed(lower, lower + size);
  for (QCPAxisRect* rect : {lanesRect_, countRect_}) {
    rect->axis(QCPAxis::atBottom)->setRange(fixed);
    rect->axis(QCPAxis::atTop)->setRange(fixed);
  }
  const auto& xs = data_.nprocs_x;
  const auto visible = std::upper_bound(xs.begin(), xs.end(), fixed.upper) -
                       std::lower_bound(xs.begin(), xs.end(), fixed.lower);
  QColor fill = fsui::okabeIto(fsui::OkabeIto::SkyBlue);
  fill.setAlpha(80);
  nprocs_->setBrush(visible < 1500 ? QBrush(fill) : QBrush(Qt::NoBrush));
  syncing_ = false;
}

void TimelineView::setStep(quint64 step, bool follow) {
  step_ = step;
  const QCPRange r = lanesRect_->axis(QCPAxis::atBottom)->range();
  const double x = static_cast<double>(step);
  // Re-centre only when the cursor leaves the middle half, so that stepping
  // moves the cursor and playing scrolls the lanes in calm jumps.
  if (follow && (x < r.lower + r.size() / 4 || x > r.upper - r.size() / 4))
    setVisibleRange(x - r.size() / 2, x + r.size() / 2);
  placeCursor();
}

void TimelineView::placeCursor() {
  const auto x = static_cast<double>(step_);
  for (QCPItemStraightLine* l : {cursorTop_, cursorBottom_}) {
    l->point1->setCoords(x, 0);
    l->point2->setCoords(x, 1);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

double TimelineView::lastReplotMs() const { return plot_->replotTime(); }

double TimelineView::replotNow() {
  plot_->replot(QCustomPlot::rpImmediateRefresh);
  return plot_->replotTime();
}

size_t TimelineView::lastDrawnSpans() const { return lanes_->lastDrawnSpans(); }

int TimelineView::pixelOfStep(double step) const {
  return qRound(lanesRect_->axis(QCPAxis::atBottom)->coordToPixel(step));
}

} // namespace fsui
