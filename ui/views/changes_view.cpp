// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/changes_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/state/step_table.h"
#include "ui/common/engine_text.h"
#include "ui/common/kstate_text.h"
#include "ui/common/palette.h"
#include "ui/views/event_log_model.h"

namespace fsui {

ChangesView::ChangesView(QWidget* parent) : QWidget(parent) {
  title_ = new QLabel;
  title_->setWordWrap(true);
  auto* prev = new QToolButton;
  prev->setText(tr("< Previous step"));
  auto* next = new QToolButton;
  next->setText(tr("Next step >"));
  connect(prev, &QToolButton::clicked, this, [this] {
    if (step_ > 0) emit stepRequested(step_ - 1);
  });
  connect(next, &QToolButton::clicked, this, [this] {
    if (timeline_ && step_ < timeline_->total_steps()) emit stepRequested(step_ + 1);
  });
  // The title above the buttons, not beside them: side by side their minimum
  // widths added up and, in presenter mode, made the window wider than a
  // 1366-pixel projector.
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(prev);
  buttons->addWidget(next);
  buttons->addStretch(1);
  auto* bar = new QVBoxLayout;
  bar->addWidget(title_);
  bar->addLayout(buttons);

  list_ = new QListWidget;
  list_->setWordWrap(true);
  list_->setSelectionMode(QAbstractItemView::NoSelection);
  list_->setUniformItemSizes(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(list_, 1);

  refresh_.setSingleShot(true);
  refresh_.setInterval(0);
  connect(&refresh_, &QTimer::timeout, this, &ChangesView::refreshNow);
}

void ChangesView::setTimeline(std::shared_ptr<const fs::Timeline> t) {
  timeline_ = std::move(t);
  acts_ = timeline_ ? fsui::classify_steps(timeline_->trace()) : std::vector<fsui::StepActivity>{};
  step_ = 0;
  refreshNow();
}

void ChangesView::setStep(quint64 step) {
  step_ = step;
  refresh_.start();
}

void ChangesView::addHeader(const QString& text) {
  auto* item = new QListWidgetItem(text, list_);
  QFont f = item->font();
  f.setBold(true);
  item->setFont(f);
}

void ChangesView::addLine(const QString& text, const QString& tooltip) {
  auto* item = new QListWidgetItem(QStringLiteral("    ") + text, list_);
  item->setToolTip(tooltip);
}

void ChangesView::refreshNow() {
  refresh_.stop();
  list_->clear();
  if (!timeline_) {
    title_->setText(tr("No run loaded."));
    return;
  }
  const fs::Trace& t = timeline_->trace();
  if (step_ == 0) {
    title_->setText(tr("Before step 1: the machine has just booted."));
    addHeader(tr("Nothing has run yet. Step forward to see the first step."));
    return;
  }
  const auto [first, last] = timeline_->events_of_step(step_);
  // The step's own Step event names the kernel statement it models.
  QString what;
  int cpu = -1, pid = -1;
  for (uint32_t s = first; s < last; ++s) {
    const fs::Event& e = t.events[s];
    if (cpu < 0) cpu = e.cpu, pid = e.pid;
    if (e.kind == fs::EventKind::Step && what.isEmpty()) {
      what = EventLogModel::describe(t, e);
      cpu = e.cpu, pid = e.pid;
    }
  }
  const fsui::StepActivity act = step_ - 1 < acts_.size() ? acts_[step_ - 1] : fsui::StepActivity{};
  if (cpu < 0) cpu = act.cpu;
  const QString who = pid >= 0 ? tr("CPU %1, pid %2").arg(cpu).arg(pid) : tr("CPU %1").arg(cpu);
  title_->setText(tr("<b>Step %1</b> of %2 (tick %3): %4 %5")
                      .arg(step_)
                      .arg(timeline_->total_steps())
                      .arg(t.tick_of_step(step_ - 1))
                      .arg(who, what.toHtmlEscaped()));

  addHeader(tr("Events recorded in this step (%1)").arg(last - first));
  if (first == last && act.activity == static_cast<uint8_t>(fsui::Activity::Spin))
    addLine(tr("(none: CPU %1 retries mutex_enter() while another CPU holds the lock; the engine "
               "records only the first spin)")
                .arg(act.cpu));
  else if (first == last)
    addLine(tr("(none)"));
  for (uint32_t s = first; s < last; ++s) {
    const fs::Event& e = t.events[s];
    QString tip;
    if (e.kind == fs::EventKind::Step && e.step_id() >= 0 && e.step_id() < fs::step_count())
      tip = fsui::stepNarration(e.step_id());
    addLine(QStringLiteral("%1: %2").arg(EventLogModel::kindName(e.kind),
                                         EventLogModel::describe(t, e)),
            tip);
  }

  const std::vector<fs::Text> changes =
      fs::describe_changes(timeline_->state_at(step_ - 1), timeline_->state_at(step_));
  addHeader(tr("What changed in the kernel state (%1)").arg(changes.size()));
  if (changes.empty()) addLine(tr("(no visible change)"));
  for (const fs::Text& c : changes) addLine(fsui::engineText(c));
}

} // namespace fsui
