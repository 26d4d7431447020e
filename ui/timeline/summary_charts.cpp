// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/summary_charts.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGridLayout>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "core/state/names.h"
#include "core/state/syscall_names.h"
#include "ui/common/palette.h"
#include "ui/common/theme.h"

namespace fsui {

namespace {

QChartView* makeView(const QString& title) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setAnimationOptions(QChart::NoAnimation); // playback redraws often
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setMargins(QMargins(4, 4, 4, 4));
  auto* view = new QChartView(chart);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(260, 220);
  return view;
}

QBarSet* barSet(const QString& label, const QColor& color) {
  auto* set = new QBarSet(label);
  set->setColor(color);
  set->setBorderColor(color.darker(130));
  return set;
}

// A count axis from 0 with whole-number ticks at a 1/2/5 x 10^n interval
// (Qt Charts' default spacing would label 1.8 as "1" with an integer format),
// at most `intervals` of them.
QValueAxis* countAxis(int max, int intervals) {
  auto* y = new QValueAxis;
  const double raw = std::max(1.0, max / static_cast<double>(std::max(1, intervals)));
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double m = raw / mag;
  const double step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * mag;
  y->setTickType(QValueAxis::TicksDynamic);
  y->setTickAnchor(0);
  y->setTickInterval(step);
  y->setRange(0, std::ceil((max + 0.5) / step) * step);
  y->setLabelFormat(QStringLiteral("%d"));
  return y;
}

// Qt Charts' own themes would also replace our Okabe-Ito series colours, so
// the dark theme is applied to the chart's chrome only: background, title,
// legend and axes. The text takes the widget's font, which follows the app
// font (presenter mode's larger type): Qt Charts keeps its own fonts otherwise.
void styleChart(QChart* c, const QFont& font) {
  const bool dark = fsui::Theme::instance().dark();
  const QColor background = dark ? QColor(0x16, 0x19, 0x1d) : Qt::white;
  const QColor ink = dark ? QColor(0xe6, 0xe9, 0xed) : QColor(0x20, 0x20, 0x20);
  const QColor grid = dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xdd, 0xdd, 0xdd);
  c->setBackgroundBrush(background);
  c->setTitleBrush(ink);
  c->legend()->setLabelColor(ink);
  QFont title = font;
  title.setBold(true);
  c->setTitleFont(title);
  c->legend()->setFont(font);
  for (QAbstractSeries* s : c->series())
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
      for (QBarSet* set : bars->barSets()) set->setLabelFont(font);
  for (QAbstractAxis* a : c->axes()) {
    a->setLabelsFont(font);
    a->setTitleFont(font);
    a->setLabelsColor(ink);
    a->setTitleBrush(ink);
    a->setLinePenColor(ink);
    a->setGridLineColor(grid);
  }
}

// How many tick intervals a chart's count axis has room for: Qt Charts cuts
// every label of a vertical axis to "..." once labels stand closer than their
// own height, which presenter mode's type did in the short lock chart. The
// plot is what the title, the category labels and the legend (about five
// lines) leave; each interval gets two lines.
int intervalsFor(const QChartView* view, const QFont& font) {
  const int line = QFontMetrics(font).height();
  const int plot = view->height() - 5 * line;
  return std::clamp(plot / (2 * line), 1, 4);
}

void resetChart(QChart* c) {
  c->removeAllSeries();
  for (QAbstractAxis* a : c->axes()) {
    c->removeAxis(a);
    delete a;
  }
}

} // namespace

SummaryCharts::Summary SummaryCharts::compute(const fs::Timeline& tl,
                                              const std::vector<fsui::StepActivity>& acts,
                                              uint64_t steps) {
  Summary s;
  const fs::Trace& t = tl.trace();
  const auto& sfe = t.step_first_event;
  steps = std::min<uint64_t>(steps, sfe.size());
  // Events up to and including step `steps` (those before the next step began).
  const size_t end = steps < sfe.size() ? sfe[steps] : t.events.size();

  std::unordered_set<int32_t> entered; // pids inside a fork-family call
  std::vector<SummaryCharts::LockStats> locks(static_cast<size_t>(t.strings.size()));
  for (size_t i = 0; i < end; ++i) {
    const fs::Event& e = t.events[i];
    if (e.kind == fs::EventKind::Syscall && fs::is_fork_syscall(e.syscall_id())) {
      if (e.syscall_enter()) {
        entered.insert(e.pid);
      } else if (entered.erase(e.pid)) { // the child's own "return 0" never entered
        const fs::SyscallDetail* d = t.syscall_detail(e);
        const int err = d ? d->error : 0;
        const std::string name = fs::errno_name(err);
        const int slot = err == 0           ? 0
                         : name == "EAGAIN" ? 1
                         : name == "ENOMEM" ? 2
                         : name == "EINVAL" ? 3
                                            : 4;
        ++s.forks[slot];
      }
    } else if (e.kind == fs::EventKind::Lock && e.lock_id() >= 0 &&
               e.lock_id() < t.strings.size()) {
      LockStats& l = locks[static_cast<size_t>(e.lock_id())];
      switch (e.lock_action()) {
      case fs::LockAction::Acquire: ++l.acquires; break;
      case fs::LockAction::Spin: ++l.spins; break;
      case fs::LockAction::Sleep: ++l.sleeps; break;
      default: break;
      }
    }
  }
  for (size_t i = 0; i < locks.size(); ++i) {
    if (locks[i].acquires + locks[i].spins + locks[i].sleeps == 0) continue;
    locks[i].name = t.strings.at(static_cast<int>(i));
    s.locks.push_back(locks[i]);
  }
  std::stable_sort(s.locks.begin(), s.locks.end(), [](const LockStats& a, const LockStats& b) {
    const int ca = a.spins + a.sleeps, cb = b.spins + b.sleeps;
    return ca != cb ? ca > cb : a.acquires > b.acquires;
  });

  // Utilisation per tick: a CPU that ran k steps in a tick splits that tick
  // between their activities; a CPU that ran none was idle for it.
  const int ncpu = std::max(1, tl.scenario().machine.cpus);
  std::vector<std::array<double, fsui::kActivityCount>> sum(static_cast<size_t>(ncpu));
  // The tick index lists only ticks that hold steps; the ticks between them
  // (skipped idle time) count as idle for every CPU.
  const fs::TickIndex& ticks = t.ticks;
  const uint64_t nticks = steps == 0 ? 0 : t.tick_of_step(steps - 1) + 1;
  std::vector<int> per(static_cast<size_t>(ncpu));
  for (size_t i = 0; i < ticks.size() && ticks.entry(i).first_step < steps; ++i) {
    const uint64_t a = ticks.entry(i).first_step;
    const uint64_t b = std::min<uint64_t>(ticks.end_of(i, steps), steps);
    std::fill(per.begin(), per.end(), 0);
    for (uint64_t k = a; k < b && k < acts.size(); ++k)
      if (acts[k].cpu >= 0 && acts[k].cpu < ncpu) ++per[static_cast<size_t>(acts[k].cpu)];
    for (uint64_t k = a; k < b && k < acts.size(); ++k) {
      const int c = acts[k].cpu;
      if (c < 0 || c >= ncpu) continue;
      sum[static_cast<size_t>(c)][acts[k].activity % fsui::kActivityCount] +=
          1.0 / per[static_cast<size_t>(c)];
    }
    for (int c = 0; c < ncpu; ++c)
      if (per[static_cast<size_t>(c)] == 0)
        sum[static_cast<size_t>(c)][static_cast<size_t>(Activity::Idle)] += 1;
    ++s.ticks;
  }
  if (nticks > static_cast<uint64_t>(s.ticks)) {
    const auto idle = static_cast<double>(nticks - static_cast<uint64_t>(s.ticks));
    for (int c = 0; c < ncpu; ++c)
      sum[static_cast<size_t>(c)][static_cast<size_t>(Activity::Idle)] += idle;
    s.ticks = static_cast<decltype(s.ticks)>(nticks);
  }
  for (int c = 0; c < ncpu; ++c) {
    const auto& v = sum[static_cast<size_t>(c)];
    const double n = s.ticks ? 100.0 / static_cast<double>(s.ticks) : 0.0;
    s.cpus.push_back({v[0] * n, v[1] * n, v[2] * n, v[3] * n});
  }
  return s;
}

SummaryCharts::SummaryCharts(QWidget* parent) : QWidget(parent) {
  whole_ = new QCheckBox(tr("Whole run (otherwise: up to the current step)"));
  forks_ = makeView(tr("Fork-family calls by result"));
  locks_ = makeView(tr("Lock contention (busiest locks)"));
  cpus_ = makeView(tr("CPU utilisation (% of ticks)"));
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(6, 4, 6, 0); // the check box clear of the window edge
  grid->addWidget(whole_, 0, 0, 1, 2);
  grid->addWidget(forks_, 1, 0);
  grid->addWidget(cpus_, 1, 1);
  grid->addWidget(locks_, 2, 0, 1, 2);
  refresh_.setSingleShot(true);
  refresh_.setInterval(100);
  connect(&refresh_, &QTimer::timeout, this, &SummaryCharts::refreshNow);
  connect(whole_, &QCheckBox::toggled, this, &SummaryCharts::refreshNow);
  connect(&fsui::Theme::instance(), &fsui::Theme::changed, this, &SummaryCharts::refreshNow);
}

// How many locks the lock chart has room to name: Qt Charts cuts a category
// label that is wider than its bar group to "...", and presenter mode's type
// made "p_lock#10" one of them in a 1366-pixel window.
int SummaryCharts::locksThatFit() const {
  const QFontMetrics fm(font());
  const int room =
      std::max(200, locks_->width() - fm.horizontalAdvance(QStringLiteral("00000")) - 60);
  int n = static_cast<int>(std::min<size_t>(summary_.locks.size(), 8));
  auto need = [&](int count) {
    int widest = 0;
    for (int i = 0; i < count; ++i)
      widest = std::max(widest, fm.horizontalAdvance(QString::fromStdString(
                                    summary_.locks[static_cast<size_t>(i)].name)));
    return count * (widest + fm.horizontalAdvance(QLatin1Char('M')) * 2);
  };
  while (n > 1 && need(n) > room) --n;
  return n;
}

void SummaryCharts::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  if (!refresh_.isActive()) refresh_.start(); // how many locks fit may change
}

void SummaryCharts::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange)
    for (QChartView* v : {forks_, locks_, cpus_}) styleChart(v->chart(), font());
}

QChart* SummaryCharts::forkChart() const { return forks_->chart(); }
QChart* SummaryCharts::lockChart() const { return locks_->chart(); }
QChart* SummaryCharts::cpuChart() const { return cpus_->chart(); }
bool SummaryCharts::wholeRun() const { return whole_->isChecked(); }
void SummaryCharts::setWholeRun(bool whole) {
  whole_->setChecked(whole);
  refreshNow();
}

void SummaryCharts::setTimeline(std::shared_ptr<const fs::Timeline> t) {
  timeline_ = std::move(t);
  acts_ = timeline_ ? fsui::classify_steps(timeline_->trace()) : std::vector<fsui::StepActivity>{};
  step_ = 0;
  refreshNow();
}

void SummaryCharts::setStep(quint64 step) {
  step_ = step;
  if (!whole_->isChecked() && !refresh_.isActive()) refresh_.start();
}

void SummaryCharts::refreshNow() {
  refresh_.stop();
  summary_ = {};
  if (timeline_)
    summary_ = compute(*timeline_, acts_, whole_->isChecked() ? timeline_->total_steps() : step_);
  rebuildForks();
  rebuildLocks();
  rebuildCpus();
  for (QChartView* v : {forks_, locks_, cpus_}) styleChart(v->chart(), font());
}

void SummaryCharts::rebuildForks() {
  QChart* c = forks_->chart();
  resetChart(c);
  const QString names[] = {tr("success"), tr("EAGAIN"), tr("ENOMEM"), tr("EINVAL"), tr("other")};
  auto* series = new QBarSeries;
  int max = 1;
  for (int i = 0; i < 5; ++i) {
    if (i == 4 && summary_.forks[4] == 0) continue; // "other" only when it happened
    QBarSet* set = barSet(names[i], fsui::forkResultColor(i));
    *set << summary_.forks[i];
    series->append(set);
    max = std::max(max, summary_.forks[i]);
  }
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
  series->setLabelsFormat(QStringLiteral("@value"));
  for (QBarSet* set : series->barSets()) set->setLabelColor(Qt::black);
  c->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(tr("fork family"));
  QValueAxis* y = countAxis(max, intervalsFor(forks_, font()));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
}

void SummaryCharts::rebuildLocks() {
  QChart* c = locks_->chart();
  resetChart(c);
  QBarSet* acq = barSet(tr("acquires"), fsui::okabeIto(fsui::OkabeIto::SkyBlue));
  QBarSet* spin = barSet(tr("spins"), fsui::activityColor(Activity::Spin));
  QBarSet* sleep = barSet(tr("sleeps"), fsui::okabeIto(fsui::OkabeIto::ReddishPurple));
  auto* x = new QBarCategoryAxis;
  int max = 1;
  const size_t shown = static_cast<size_t>(locksThatFit());
  for (size_t i = 0; i < shown; ++i) {
    const LockStats& l = summary_.locks[i];
    *acq << l.acquires;
    *spin << l.spins;
    *sleep << l.sleeps;
    x->append(QString::fromStdString(l.name));
    max = std::max({max, l.acquires, l.spins, l.sleeps});
  }
  if (shown == 0) x->append(tr("(no lock traffic yet)"));
  auto* series = new QBarSeries;
  series->append({acq, spin, sleep});
  c->addSeries(series);
  QValueAxis* y = countAxis(max, intervalsFor(locks_, font()));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
}

void SummaryCharts::rebuildCpus() {
  QChart* c = cpus_->chart();
  resetChart(c);
  QBarSet* sets[4] = {barSet(tr("user"), activityColor(Activity::User)),
                      barSet(tr("kernel"), activityColor(Activity::Kernel)),
                      barSet(tr("spin"), activityColor(Activity::Spin)),
                      barSet(tr("idle"), activityColor(Activity::Idle))};
  auto* x = new QBarCategoryAxis;
  for (size_t i = 0; i < summary_.cpus.size(); ++i) {
    const CpuUtil& u = summary_.cpus[i];
    *sets[0] << u.user;
    *sets[1] << u.kernel;
    *sets[2] << u.spin;
    *sets[3] << u.idle;
    x->append(QString::number(i)); // "CPU 7" under each bar did not fit at presenter size
  }
  x->setTitleText(tr("CPU"));
  auto* series = new QStackedBarSeries;
  for (QBarSet* s : sets) series->append(s);
  c->addSeries(series);
  auto* y = new QValueAxis;
  y->setRange(0, 100);
  y->setLabelFormat(QStringLiteral("%d%%"));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
}

} // namespace fsui
