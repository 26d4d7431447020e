// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/challenge_panel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/scenario/scenario_loader.h"
#include "ui/common/engine_text.h"
#include "ui/common/palette.h"
#include "ui/common/state_colors.h"
#include "ui/model/session.h"

namespace fsui {

namespace {
// The headline a step larger than the panel's font, which presenter mode
// changes. Done in the text's HTML: an application style sheet (presenter
// mode sets one) overrides a font given with setFont().
QString headline(const QFont& base, const QString& html) {
  const double pt = base.pointSizeF() > 0 ? base.pointSizeF() * 1.2 : 12.0;
  return QStringLiteral("<div style=\"font-size:%1pt\">%2</div>").arg(pt, 0, 'f', 1).arg(html);
}

QLabel* wrapped(QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setWordWrap(true);
  l->setTextFormat(Qt::RichText);
  return l;
}

QString banner(fsui::OkabeIto c, const QString& text) {
  return QStringLiteral("<div style=\"color:%1\"><b>%2</b></div>")
      .arg(fsui::okabeIto(c).name(), text);
}
} // namespace

ChallengePanel::ChallengePanel(Session* session, QWidget* parent)
    : QWidget(parent), session_(session) {
  setObjectName(QStringLiteral("challengePanel"));
  picker_ = new QComboBox(this);
  picker_->setObjectName(QStringLiteral("challengePicker"));
  startButton_ = new QPushButton(tr("&Start"), this);
  auto* top = new QHBoxLayout;
  top->addWidget(picker_, 1);
  top->addWidget(startButton_);

  goal_ = wrapped(this);
  checklist_ = new QListWidget(this);
  checklist_->setObjectName(QStringLiteral("challengeChecklist"));
  checklist_->setSelectionMode(QAbstractItemView::NoSelection);
  neverTitle_ = new QLabel(tr("Must not happen first:"), this);
  never_ = new QListWidget(this);
  never_->setSelectionMode(QAbstractItemView::NoSelection);
  status_ = new QLabel(this);
  banner_ = wrapped(this);
  banner_->setObjectName(QStringLiteral("challengeBanner"));
  hints_ = wrapped(this);

  cpuRow_ = new QHBoxLayout;
  undoButton_ = new QPushButton(tr("&Undo"), this);
  undoButton_->setToolTip(tr("Take back the last step you scheduled (Ctrl+Z)"));
  hintButton_ = new QPushButton(tr("&Hint"), this);
  restartButton_ = new QPushButton(tr("&Restart"), this);
  solutionButton_ = new QPushButton(tr("Show a &Solution"), this);
  perClick_ = new QSpinBox(this);
  perClick_->setRange(1, 100);
  perClick_->setValue(1);
  perClick_->setPrefix(tr("steps per click: "));
  perClick_->setToolTip(tr("How many steps a CPU button runs (it stops early when the goal is "
                           "reached or missed); Undo takes the whole click back"));
  auto* tools = new QHBoxLayout;
  for (QPushButton* b : {undoButton_, hintButton_, restartButton_, solutionButton_})
    tools->addWidget(b);
  tools->addStretch();

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(top);
  layout->addWidget(goal_);
  layout->addWidget(checklist_);
  layout->addWidget(neverTitle_);
  layout->addWidget(never_);
  layout->addWidget(banner_);
  layout->addWidget(status_);
  layout->addLayout(cpuRow_);
  layout->addWidget(perClick_, 0, Qt::AlignLeft);
  layout->addLayout(tools);
  layout->addWidget(hints_);
  layout->addStretch();

  connect(startButton_, &QPushButton::clicked, this, &ChallengePanel::startSelected);
  connect(undoButton_, &QPushButton::clicked, this, &ChallengePanel::undoClick);
  connect(hintButton_, &QPushButton::clicked, this, &ChallengePanel::showHint);
  connect(restartButton_, &QPushButton::clicked, this, &ChallengePanel::startLoaded);
  connect(solutionButton_, &QPushButton::clicked, this, &ChallengePanel::showSolution);
  connect(session_, &Session::liveStepped, this, &ChallengePanel::refresh);
  connect(session_, &Session::liveUndone, this, [this] {
    ++undos_;
    refresh();
  });
  connect(session_, &Session::schedulerModeChanged, this, &ChallengePanel::refresh);
  showGoal();
}

void ChallengePanel::setDirectory(const QString& dir) {
  picker_->clear();
  const QFileInfoList files =
      QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  for (const QFileInfo& f : files) {
    const fs::ScenarioLoad load = fs::load_scenario_file(f.absoluteFilePath().toStdString());
    if (!load.scenario || !load.scenario->challenge) continue;
    picker_->addItem(scenarioText(load.scenario->title), f.absoluteFilePath());
    picker_->setItemData(picker_->count() - 1, scenarioText(load.scenario->challenge->goal),
                         Qt::ToolTipRole);
  }
  startButton_->setEnabled(picker_->count() > 0);
  if (picker_->count() == 0) picker_->addItem(tr("(no challenges found in %1)").arg(dir));
}

QStringList ChallengePanel::challengeFiles() const {
  QStringList files;
  for (int i = 0; i < picker_->count(); ++i)
    if (const QString p = picker_->itemData(i).toString(); !p.isEmpty()) files << p;
  return files;
}

void ChallengePanel::startSelected() {
  const QString path = picker_->currentData().toString();
  if (!path.isEmpty()) Q_EMIT openRequested(path);
}

void ChallengePanel::timelineChanged() {
  // A new run: the old challenge (if any) is over; the window restarts one.
  active_ = false;
  challenge_.reset();
  progress_ = {};
  showGoal();
}

void ChallengePanel::startLoaded() {
  auto sc = session_->scenario();
  if (!sc || !sc->challenge) {
    Q_EMIT message(tr("This scenario has no challenge: pick one above."));
    return;
  }
  challenge_ = *sc->challenge;
  batches_.clear();
  hintsShown_ = undos_ = 0;
  solutionShown_ = false;
  hints_->clear();
  active_ = true;
  session_->restartSchedulerAtStart();
  const int i = picker_->findData(QFileInfo(session_->fileName()).absoluteFilePath());
  if (i >= 0) picker_->setCurrentIndex(i);
  rebuildCpuButtons();
  showGoal();
  refresh();
  Q_EMIT message(tr("Challenge started: choose the CPU for every step (keys 0-9 or the CPU "
                    "buttons). Ctrl+Z undoes."));
}

void ChallengePanel::rebuildCpuButtons() {
  while (QLayoutItem* item = cpuRow_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const int cpus = static_cast<int>(session_->state().cpus.size());
  for (int c = 0; c < cpus; ++c) {
    auto* b = new QPushButton(tr("Run CPU %1").arg(c), this);
    b->setToolTip(tr("Execute the next step on CPU %1 (key %1)").arg(c));
    // The CPU's colour, as in every view; a style sheet, because the
    // application's style sheet overrides button palettes.
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: black; padding: 4px; "
                                    "border: 1px solid %2; border-radius: 3px; }"
                                    "QPushButton:disabled { color: #777; }")
                         .arg(cpuColor(c).lighter(140).name(), cpuColor(c).name()));
    connect(b, &QPushButton::clicked, this, [this, c] { runOnCpu(c); });
    cpuRow_->addWidget(b);
  }
}

void ChallengePanel::runOnCpu(int cpu) {
  if (!session_->schedulerMode()) return;
  const size_t before = session_->liveChoices().size();
  for (int i = 0; i < perClick_->value(); ++i) {
    if (!session_->stepOnCpu(cpu)) break;
    if (progress_.done || progress_.failed) break;
  }
  batches_.emplace_back(before, session_->liveChoices().size());
}

void ChallengePanel::undoClick() {
  // The whole last click when it was the last thing scheduled; otherwise
  // (steps taken with the keys 0-9) one step.
  const size_t made = session_->liveChoices().size();
  while (!batches_.empty() && batches_.back().second > made) batches_.pop_back();
  size_t target = made > 0 ? made - 1 : 0;
  if (!batches_.empty() && batches_.back().second == made) {
    target = batches_.back().first;
    batches_.pop_back();
  }
  while (session_->liveChoices().size() > target && session_->undoLiveStep()) {
  }
}

void ChallengePanel::showGoal() {
  const bool on = challenge_.has_value();
  for (QWidget* w :
       std::initializer_list<QWidget*>{checklist_, neverTitle_, never_, status_, undoButton_,
                                       hintButton_, restartButton_, solutionButton_})
    w->setVisible(on);
  checklist_->clear();
  never_->clear();
  banner_->clear();
  if (!on) {
    headlineHtml_.clear();
    goal_->setText(tr("<p><b>You are the scheduler.</b> Each challenge asks you to make "
                      "something happen inside the kernel by choosing which CPU runs each "
                      "step. Pick one and press Start.</p>"));
    return;
  }
  headlineHtml_ = tr("<b>Goal:</b> %1").arg(scenarioText(challenge_->goal).toHtmlEscaped());
  goal_->setText(headline(font(), headlineHtml_));
  for (const fs::GoalEvent& g : challenge_->in_order)
    checklist_->addItem(scenarioText(g.text.empty() ? fs::describe_goal_event(g) : g.text));
  for (const fs::GoalEvent& g : challenge_->never)
    never_->addItem(scenarioText(g.text.empty() ? fs::describe_goal_event(g) : g.text));
  checklist_->setMaximumHeight(
      checklist_->sizeHintForRow(0) * (static_cast<int>(challenge_->in_order.size()) + 1) + 8);
  neverTitle_->setVisible(!challenge_->never.empty());
  never_->setVisible(!challenge_->never.empty());
  never_->setMaximumHeight(never_->sizeHintForRow(0) * (int(challenge_->never.size()) + 1) + 8);
}

void ChallengePanel::refresh() {
  if (!challenge_) return;
  const bool live = session_->schedulerMode() && session_->liveTrace();
  undoButton_->setEnabled(live && !session_->liveChoices().empty());
  hintButton_->setEnabled(hintsShown_ < static_cast<int>(challenge_->hints.size()));
  for (int i = 0; i < cpuRow_->count(); ++i)
    if (QWidget* w = cpuRow_->itemAt(i)->widget()) w->setEnabled(live);
  if (!live) {
    banner_->setText(
        banner(fsui::OkabeIto::Orange, tr("You left scheduler mode. Press Restart to try again.")));
    return;
  }
  progress_ = fs::check_challenge(*challenge_, *session_->liveTrace(), session_->state());
  const QColor done = fsui::okabeIto(fsui::OkabeIto::BluishGreen);
  for (int i = 0; i < checklist_->count(); ++i) {
    QListWidgetItem* item = checklist_->item(i);
    const bool met = static_cast<size_t>(i) < progress_.reached;
    const bool nextUp = static_cast<size_t>(i) == progress_.reached && !progress_.done;
    QString text = scenarioText(challenge_->in_order[size_t(i)].text.empty()
                                    ? fs::describe_goal_event(challenge_->in_order[size_t(i)])
                                    : challenge_->in_order[size_t(i)].text);
    item->setText((met      ? QStringLiteral("✓  ")
                   : nextUp ? QStringLiteral("→  ")
                            : QStringLiteral("○  ")) +
                  text);
    item->setForeground(met ? QBrush(done) : QBrush());
    QFont f = item->font();
    f.setBold(nextUp);
    item->setFont(f);
  }
  for (int i = 0; i < never_->count(); ++i)
    never_->item(i)->setForeground(progress_.failed && progress_.failed_never == size_t(i)
                                       ? QBrush(fsui::okabeIto(fsui::OkabeIto::Vermillion))
                                       : QBrush());
  const size_t steps = session_->liveChoices().size();
  status_->setText(challenge_->par_steps ? tr("Steps scheduled: %1 · par %2 · hints %3 · undos %4")
                                               .arg(steps)
                                               .arg(challenge_->par_steps)
                                               .arg(hintsShown_)
                                               .arg(undos_)
                                         : tr("Steps scheduled: %1 · hints %2 · undos %3")
                                               .arg(steps)
                                               .arg(hintsShown_)
                                               .arg(undos_));
  if (progress_.done) {
    QString praise;
    if (solutionShown_)
      praise = tr("(with the solution shown)");
    else if (challenge_->par_steps && steps <= challenge_->par_steps)
      praise = hintsShown_ ? tr("At or under par.") : tr("At or under par, without hints!");
    else if (challenge_->par_steps)
      praise = tr("Par is %1: can you do it in fewer steps?").arg(challenge_->par_steps);
    banner_->setText(
        banner(fsui::OkabeIto::BluishGreen,
               tr("Goal reached at step %1. %2").arg(progress_.done_step).arg(praise)));
  } else if (progress_.failed) {
    banner_->setText(banner(fsui::OkabeIto::Vermillion,
                            tr("Too late: %1 happened first. Undo (Ctrl+Z) and choose "
                               "another CPU.")
                                .arg(scenarioText(progress_.failure).toHtmlEscaped())));
  } else if (session_->liveRunState() != fs::RunState::Running) {
    banner_->setText(banner(fsui::OkabeIto::Orange,
                            tr("The run is over and the goal was not reached. Undo or Restart.")));
  } else {
    banner_->clear();
  }
}

void ChallengePanel::showHint() {
  if (!challenge_ || hintsShown_ >= static_cast<int>(challenge_->hints.size())) return;
  ++hintsShown_;
  QString html;
  for (int i = 0; i < hintsShown_; ++i)
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Hint %1:").arg(i + 1),
                     scenarioText(challenge_->hints[size_t(i)]).toHtmlEscaped());
  hints_->setText(html);
  refresh();
}

void ChallengePanel::showSolution() {
  if (!challenge_) return;
  QStringList cpus;
  for (int c : challenge_->solution) cpus << QString::number(c);
  solutionShown_ = true;
  hints_->setText(hints_->text() +
                  tr("<p><b>One solution</b> (CPU for each step from the start): %1</p>")
                      .arg(cpus.join(QStringLiteral(" "))));
  refresh();
}

void ChallengePanel::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange && !headlineHtml_.isEmpty())
    goal_->setText(headline(font(), headlineHtml_));
}

} // namespace fsui
