// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/explore_dialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/model/session.h"

namespace fsui {

ExploreDialog::ExploreDialog(Session* session, QWidget* parent)
    : QDialog(parent), session_(session) {
  setWindowTitle(tr("What Can Happen?"));
  intro_ = new QLabel(this);
  intro_->setWordWrap(true);
  preemptions_ = new QSpinBox(this);
  preemptions_->setRange(0, 6);
  preemptions_->setValue(2);
  preemptions_->setToolTip(tr("How often a CPU may be taken away from a process that could go on"));
  exploreButton_ = new QPushButton(tr("&Explore"), this);
  cancelButton_ = new QPushButton(tr("&Cancel"), this);
  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0); // busy indicator: the number of states is not known in advance
  busy_->hide();
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  list_ = new QListWidget(this);
  list_->setWordWrap(true);
  list_->setAlternatingRowColors(true);
  showButton_ = new QPushButton(tr("&Show Me"), this);
  showButton_->setToolTip(tr("Step through a schedule that ends this way"));
  stepLabel_ = new QLabel(this);
  nextButton_ = new QPushButton(tr("&Next Step"), this);
  runButton_ = new QPushButton(tr("&Run to the End"), this);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("At most"), this));
  top->addWidget(preemptions_);
  top->addWidget(new QLabel(tr("preemptions"), this));
  top->addStretch(1);
  top->addWidget(exploreButton_);
  top->addWidget(cancelButton_);
  auto* witnessRow = new QHBoxLayout;
  witnessRow->addWidget(showButton_);
  witnessRow->addWidget(stepLabel_, 1);
  witnessRow->addWidget(nextButton_);
  witnessRow->addWidget(runButton_);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro_);
  layout->addLayout(top);
  layout->addWidget(busy_);
  layout->addWidget(status_);
  layout->addWidget(list_, 1);
  layout->addLayout(witnessRow);
  layout->addWidget(close);
  resize(640, 520);

  connect(exploreButton_, &QPushButton::clicked, this, &ExploreDialog::startExplore);
  connect(cancelButton_, &QPushButton::clicked, this, &ExploreDialog::cancelExplore);
  connect(showButton_, &QPushButton::clicked, this, &ExploreDialog::showSelected);
  connect(nextButton_, &QPushButton::clicked, this, &ExploreDialog::nextStep);
  connect(runButton_, &QPushButton::clicked, this, &ExploreDialog::runWitness);
  connect(list_, &QListWidget::currentRowChanged, this, &ExploreDialog::updateButtons);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
  connect(&watcher_, &QFutureWatcher<fs::ExploreReport>::finished, this, &ExploreDialog::finished);

  const auto sc = session_->scenario();
  intro_->setText(
      sc ? tr("<b>%1</b>: the explorer runs this scenario on every order in which the CPUs "
              "can take their steps, and lists every different way it can end.")
               .arg(QString::fromStdString(sc->title).toHtmlEscaped())
         : tr("Open a scenario first."));
  updateButtons();
}

ExploreDialog::~ExploreDialog() {
  if (cancel_) cancel_->store(true);
  watcher_.waitForFinished();
}

int ExploreDialog::rowCount() const { return list_->count(); }

void ExploreDialog::startExplore() {
  const auto sc = session_->scenario();
  if (!sc || running()) return;
  list_->clear();
  rowWitness_.clear();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  fs::ExploreOptions o;
  o.preemptions = preemptions_->value();
  o.outcomes = true;
  o.max_seconds = 120;
  o.cancel = cancel_.get();
  QPointer<ExploreDialog> self(this);
  // Runs on the worker thread: only queued calls reach the widgets.
  o.progress = [self](const fs::ExploreProgress& p) {
    QMetaObject::invokeMethod(
        self,
        [self, p] {
          if (self) self->progress(p.states, p.schedules, p.bound);
        },
        Qt::QueuedConnection);
  };
  auto cancel = cancel_; // kept alive by the task as long as it runs
  watcher_.setFuture(QtConcurrent::run([sc, o, cancel] { return fs::explore(sc, o); }));
  busy_->show();
  status_->setText(tr("Exploring..."));
  updateButtons();
}

void ExploreDialog::cancelExplore() {
  if (cancel_) cancel_->store(true);
}

void ExploreDialog::progress(quint64 states, quint64 schedules, int bound) {
  if (!running()) return;
  status_->setText(tr("Exploring with at most %1 preemptions: %2 states, %3 schedules so far...")
                       .arg(bound)
                       .arg(states)
                       .arg(schedules));
}

void ExploreDialog::finished() {
  busy_->hide();
  report_ = watcher_.result();
  const fs::ExploreReport& r = report_;
  QString how = r.exhaustive
                    ? tr("every schedule with at most %1 preemptions was tried").arg(r.bound)
                    : tr("stopped early (%1): complete up to %2 preemptions")
                          .arg(QString::fromStdString(r.stopped_by))
                          .arg(r.completed_bound);
  status_->setText(
      tr("%1 states, %2 schedules; %3.").arg(r.total_states).arg(r.schedules).arg(how));
  for (const fs::Finding& f : r.findings) {
    auto* item = new QListWidgetItem(tr("Problem (%1): %2")
                                         .arg(QString::fromLatin1(fs::finding_kind_name(f.kind)),
                                              QString::fromStdString(f.message)),
                                     list_);
    item->setForeground(QColor(0xb0, 0x20, 0x20));
    rowWitness_.push_back(f.schedule);
  }
  for (size_t i = 0; i < r.outcomes.size(); ++i) {
    const fs::ObservedOutcome& o = r.outcomes[i];
    QStringList lines;
    for (const std::string& l : o.lines) lines << QStringLiteral("   ") + QString::fromStdString(l);
    new QListWidgetItem(tr("Outcome %1 (%2 schedules)").arg(i + 1).arg(o.schedules) +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                        list_);
    rowWitness_.push_back(o.schedule);
  }
  if (list_->count() > 0) list_->setCurrentRow(0);
  updateButtons();
  Q_EMIT explored();
}

void ExploreDialog::showSelected() {
  const int row = list_->currentRow();
  if (row < 0 || static_cast<size_t>(row) >= rowWitness_.size()) return;
  witness_ = rowWitness_[static_cast<size_t>(row)];
  position_ = 0;
  // Student-as-scheduler mode from the first step: the same live machine the
  // scheduler challenges use, so narration and views follow every choice.
  session_->restartSchedulerAtStart();
  updateButtons();
}

void ExploreDialog::nextStep() {
  if (position_ >= witness_.size() || !session_->schedulerMode()) return;
  session_->stepOnCpu(witness_[position_++]);
  updateButtons();
}

void ExploreDialog::runWitness() {
  while (position_ < witness_.size() && session_->schedulerMode())
    session_->stepOnCpu(witness_[position_++]);
  updateButtons();
}

void ExploreDialog::updateButtons() {
  const bool busy = running();
  exploreButton_->setEnabled(!busy && session_->scenario() != nullptr);
  cancelButton_->setEnabled(busy);
  preemptions_->setEnabled(!busy);
  showButton_->setEnabled(!busy && list_->currentRow() >= 0);
  const bool stepping = !witness_.empty() && position_ < witness_.size();
  nextButton_->setEnabled(stepping);
  runButton_->setEnabled(stepping);
  if (witness_.empty())
    stepLabel_->setText(tr("Pick an outcome, then Show Me."));
  else if (position_ < witness_.size())
    stepLabel_->setText(tr("Step %1 of %2: next on CPU %3")
                            .arg(position_)
                            .arg(witness_.size())
                            .arg(witness_[position_]));
  else
    stepLabel_->setText(tr("All %1 steps taken: this is how it ends.").arg(witness_.size()));
}

} // namespace fsui
