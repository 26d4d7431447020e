// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/export/step_list.h"

namespace fsui {

ExportStepsDialog::ExportStepsDialog(Kind kind, quint64 totalSteps, const QString& defaultSteps,
                                     QWidget* parent)
    : QDialog(parent), kind_(kind), total_(totalSteps), steps_(new QLineEdit(defaultSteps, this)),
      summary_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
  setObjectName(QStringLiteral("exportStepsDialog"));
  setWindowTitle(kind == Kind::Animation ? tr("Export Animation")
                 : kind == Kind::Pdf     ? tr("Export Steps as PDF")
                                         : tr("Print Steps"));
  auto* form = new QFormLayout;
  steps_->setObjectName(QStringLiteral("exportSteps"));
  steps_->setPlaceholderText(tr("e.g. 10,20,30 or 10-20 or 0-100/5"));
  steps_->setMinimumWidth(steps_->fontMetrics().averageCharWidth() * 32);
  form->addRow(tr("&Steps:"), steps_);
  auto* hint = new QLabel(tr("Step 0 is the machine before the first step; this run has %n "
                             "step(s). A range with /5 takes every fifth step.",
                             nullptr, static_cast<int>(std::min<quint64>(totalSteps, INT_MAX))),
                          this);
  hint->setWordWrap(true);
  form->addRow(QString(), hint);
  if (const qsizetype slash = defaultSteps.indexOf(QLatin1Char('/')); slash > 0) {
    // The whole run was thinned: say so, rather than leave the user to wonder
    // why step 1 is followed by step 12.
    auto* thinned = new QLabel(
        tr("The whole run would be more than %1 frames, so only one step in %2 is taken. Change "
           "the steps to show part of the run step by step.")
            .arg(RunExporter::kDefaultFrames)
            .arg(defaultSteps.mid(slash + 1)),
        this);
    thinned->setObjectName(QStringLiteral("exportThinned"));
    thinned->setWordWrap(true);
    form->addRow(QString(), thinned);
  }
  if (kind == Kind::Animation) {
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->addItem(tr("Animated GIF"));
    format_->addItem(tr("Numbered PNG images in a folder"));
    form->addRow(tr("&Format:"), format_);
    frameMs_ = new QSpinBox(this);
    frameMs_->setObjectName(QStringLiteral("exportFrameMs"));
    frameMs_->setRange(50, 10000);
    frameMs_->setSingleStep(50);
    frameMs_->setValue(500);
    frameMs_->setSuffix(tr(" ms"));
    form->addRow(tr("Each frame &shows for:"), frameMs_);
    size_ = new QComboBox(this);
    size_->setObjectName(QStringLiteral("exportSize"));
    size_->addItem(tr("1280 x 720 (slides, 16:9)"), QSize(1280, 720));
    size_->addItem(tr("1920 x 1080 (full HD)"), QSize(1920, 1080));
    size_->addItem(tr("1024 x 768 (4:3 projector)"), QSize(1024, 768));
    size_->addItem(tr("800 x 450 (small, for the web)"), QSize(800, 450));
    form->addRow(tr("Frame si&ze:"), size_);
    connect(frameMs_, &QSpinBox::valueChanged, this, &ExportStepsDialog::updateSummary);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportStepsDialog::updateSummary);
  }
  summary_->setObjectName(QStringLiteral("exportSummary"));
  summary_->setWordWrap(true);
  summary_->setTextFormat(Qt::PlainText);
  buttons_->button(QDialogButtonBox::Ok)
      ->setText(kind == Kind::Print ? tr("&Print...") : tr("&Export..."));
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(steps_, &QLineEdit::textChanged, this, &ExportStepsDialog::updateSummary);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(summary_);
  layout->addStretch(1);
  layout->addWidget(buttons_);
  updateSummary();
}

int ExportStepsDialog::mostSteps() const {
  return kind_ == Kind::Animation ? RunExporter::kMaxFrames : RunExporter::kMaxPages;
}

QString ExportStepsDialog::stepsText() const { return steps_->text(); }

bool ExportStepsDialog::pngSequence() const { return format_ && format_->currentIndex() == 1; }

ExportOptions ExportStepsDialog::options() const {
  ExportOptions o;
  o.steps = parseStepList(steps_->text(), total_, mostSteps()).steps;
  if (frameMs_) o.frameMs = frameMs_->value();
  if (size_) o.frameSize = size_->currentData().toSize();
  return o;
}

void ExportStepsDialog::updateSummary() {
  const StepList list = parseStepList(steps_->text(), total_, mostSteps());
  QPalette pal = summary_->palette();
  pal.setColor(QPalette::WindowText,
               list.ok() ? palette().color(QPalette::WindowText) : QColor(0xb0, 0x20, 0x20));
  summary_->setPalette(pal);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(list.ok());
  if (!list.ok()) {
    summary_->setText(list.error);
    return;
  }
  const int n = static_cast<int>(list.steps.size());
  if (kind_ != Kind::Animation) {
    summary_->setText(tr("%n page(s), one step on each, landscape.", nullptr, n));
  } else if (pngSequence()) {
    summary_->setText(tr("%n PNG image(s), one per step.", nullptr, n));
  } else {
    summary_->setText(tr("%n frame(s), %1 s in all; the animation loops.", nullptr, n)
                          .arg(QLocale().toString(n * frameMs_->value() / 1000.0, 'f', 1)));
  }
}

QString ExportStepsDialog::defaultAnimationSteps(quint64 totalSteps, quint64 current,
                                                 std::optional<quint64> breakpointStep) {
  if (breakpointStep && *breakpointStep > current &&
      *breakpointStep - current < static_cast<quint64>(RunExporter::kDefaultFrames))
    return QStringLiteral("%1-%2").arg(current).arg(*breakpointStep);
  return wholeRunSteps(totalSteps, RunExporter::kDefaultFrames);
}

} // namespace fsui
