// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/forkpy_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <stdexcept>

#include "core/classroom/forkpy.h"
#include "core/classroom/problem_gen.h"

namespace fsui {

namespace {
QPlainTextEdit* monoText(QWidget* parent) {
  auto* t = new QPlainTextEdit(parent);
  t->setReadOnly(true);
  t->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  t->setLineWrapMode(QPlainTextEdit::NoWrap);
  return t;
}
} // namespace

ForkpyDialog::ForkpyDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("forkpyDialog"));
  setWindowTitle(tr("fork.py Problems"));
  auto* form = new QFormLayout;
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 999999);
  seed_->setValue(1);
  seed_->setToolTip(tr("The same seed gives the same problem on every computer"));
  count_ = new QSpinBox(this);
  count_->setRange(1, 30);
  count_->setValue(5);
  forkPercent_ = new QDoubleSpinBox(this);
  forkPercent_->setRange(0.0, 1.0);
  forkPercent_->setSingleStep(0.1);
  forkPercent_->setValue(0.7);
  maxProcs_ = new QSpinBox(this);
  maxProcs_->setRange(2, 20);
  maxProcs_->setValue(8);
  localReparent_ = new QCheckBox(tr("fork.py -R (orphans go to the local parent)"), this);
  auto* seedRow = new QHBoxLayout;
  seedRow->addWidget(seed_, 1);
  auto* gen = new QPushButton(tr("&Generate"), this);
  auto* next = new QPushButton(tr("&Next Seed"), this);
  seedRow->addWidget(gen);
  seedRow->addWidget(next);
  // Rows whose field is a layout need their label's buddy set by hand, or
  // the '&' would be shown instead of giving an Alt shortcut.
  auto* seedLabel = new QLabel(tr("&Seed:"), this);
  seedLabel->setBuddy(seed_);
  form->addRow(seedLabel, seedRow);
  form->addRow(tr("&Actions:"), count_);
  form->addRow(tr("Fork &probability:"), forkPercent_);
  form->addRow(tr("&Max processes:"), maxProcs_);
  form->addRow(QString(), localReparent_);
  typed_ = new QLineEdit(this);
  typed_->setPlaceholderText(tr("or type fork.py actions, e.g. a+b,b+c,c-,a+d"));
  auto* typedRow = new QHBoxLayout;
  typedRow->addWidget(typed_, 1);
  auto* use = new QPushButton(tr("&Use"), this);
  typedRow->addWidget(use);
  auto* typedLabel = new QLabel(tr("Your &own:"), this);
  typedLabel->setBuddy(typed_);
  form->addRow(typedLabel, typedRow);

  problemTitle_ = new QLabel(this);
  problemTitle_->setWordWrap(true);
  problem_ = monoText(this);
  problem_->setObjectName(QStringLiteral("forkpyProblem"));
  answer_ = monoText(this);
  answer_->setObjectName(QStringLiteral("forkpyAnswer"));
  answer_->setPlaceholderText(
      tr("Draw the process tree after each action on paper, then press Show Answer."));
  error_ = new QLabel(this);
  error_->setStyleSheet(QStringLiteral("color: #d55e00"));
  error_->setWordWrap(true);
  error_->hide();

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  answerButton_ = buttons->addButton(tr("Show &Answer"), QDialogButtonBox::ActionRole);
  runButton_ = buttons->addButton(tr("&Watch It Run"), QDialogButtonBox::ActionRole);
  runButton_->setToolTip(tr("Open the problem as a scenario in the main window"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(problemTitle_);
  layout->addWidget(problem_, 2);
  layout->addWidget(new QLabel(tr("Answer key (NetBSD's tree | fork.py's tree):"), this));
  layout->addWidget(answer_, 3);
  layout->addWidget(buttons);

  connect(gen, &QPushButton::clicked, this, &ForkpyDialog::generate);
  connect(next, &QPushButton::clicked, this, &ForkpyDialog::nextSeed);
  connect(use, &QPushButton::clicked, this, &ForkpyDialog::useTyped);
  connect(typed_, &QLineEdit::returnPressed, this, &ForkpyDialog::useTyped);
  connect(answerButton_, &QPushButton::clicked, this, &ForkpyDialog::showAnswer);
  connect(runButton_, &QPushButton::clicked, this, [this] {
    if (!scenarioJson_.isEmpty())
      Q_EMIT runRequested(scenarioJson_, tr("fork.py %1.json").arg(origin_));
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  resize(760, 680);
  generate();
}

QString ForkpyDialog::actions() const { return actions_; }
QString ForkpyDialog::problemText() const { return problem_->toPlainText(); }
QString ForkpyDialog::answerText() const { return answer_->toPlainText(); }

void ForkpyDialog::generate() {
  try {
    const std::string a =
        fs::generate_forkpy_actions(static_cast<uint64_t>(seed_->value()), count_->value(),
                                    forkPercent_->value(), maxProcs_->value());
    setActions(QString::fromStdString(a), tr("seed %1").arg(seed_->value()));
  } catch (const std::invalid_argument& e) {
    error_->setText(QString::fromStdString(e.what()));
    error_->show();
  }
}

void ForkpyDialog::nextSeed() {
  seed_->setValue(seed_->value() + 1);
  generate();
}

void ForkpyDialog::useTyped() {
  const QString text = typed_->text().trimmed();
  if (text.isEmpty()) return;
  setActions(text, tr("typed"));
}

void ForkpyDialog::setActions(const QString& actions, const QString& origin) {
  fs::ForkpyOptions opt;
  opt.local_reparent = localReparent_->isChecked();
  opt.origin = origin.toStdString();
  const fs::ForkpyImport imp = fs::import_forkpy(actions.toStdString(), opt);
  if (!imp.errors.empty()) {
    // Keep the previous problem on screen: a typo must not wipe the work.
    QStringList lines;
    for (const std::string& e : imp.errors) lines << QString::fromStdString(e);
    error_->setText(tr("Cannot use these actions:\n%1").arg(lines.join(QLatin1Char('\n'))));
    error_->show();
    return;
  }
  error_->hide();
  actions_ = actions;
  origin_ = origin;
  scenarioJson_ = QString::fromStdString(imp.scenario_json);
  answerText_ = QString::fromStdString(imp.answer);
  const fs::ForkpyParse parsed = fs::parse_forkpy_actions(actions.toStdString());
  QStringList lines;
  int n = 0;
  for (const fs::ForkpyAction& act : parsed.actions) {
    const QString actor = QString::fromStdString(act.actor);
    lines << (act.fork
                  ? tr("%1. %2 forks %3").arg(++n).arg(actor, QString::fromStdString(act.child))
                  : tr("%1. %2 exits").arg(++n).arg(actor));
  }
  problemTitle_->setText(
      tr("<b>Problem (%1):</b> <tt>%2</tt><br>Process a is running. What does the process tree "
         "look like after each action? Who adopts the children of a process that exits?")
          .arg(origin.toHtmlEscaped(), actions.toHtmlEscaped()));
  problem_->setPlainText(lines.join(QLatin1Char('\n')));
  answer_->clear();
  answerShown_ = false;
  answerButton_->setEnabled(true);
}

void ForkpyDialog::showAnswer() {
  answer_->setPlainText(answerText_);
  answerShown_ = true;
  answerButton_->setEnabled(false);
}

} // namespace fsui
