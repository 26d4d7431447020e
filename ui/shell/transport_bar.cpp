// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/transport_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include "ui/model/session.h"

namespace fsui {

TransportBar::TransportBar(Session* session, QWidget* parent)
    : QWidget(parent), session_(session), scrubber_(new QSlider(Qt::Horizontal, this)),
      stepBox_(new QSpinBox(this)), total_(new QLabel(this)), speed_(new QComboBox(this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 0, 4, 0);
  scrubber_->setObjectName(QStringLiteral("scrubber"));
  scrubber_->setAccessibleName(tr("Step scrubber"));
  scrubber_->setMinimumWidth(200);
  scrubber_->setFocusPolicy(Qt::NoFocus); // arrow keys belong to the step actions
  stepBox_->setObjectName(QStringLiteral("stepBox"));
  stepBox_->setAccessibleName(tr("Step"));
  stepBox_->setKeyboardTracking(false);
  stepBox_->setPrefix(tr("step "));
  speed_->setAccessibleName(tr("Playback speed"));
  speed_->setToolTip(tr("Playback speed in steps per second"));
  speed_->setFocusPolicy(Qt::NoFocus);
  for (double s : {1.0, 2.0, 4.0, 10.0, 30.0, 100.0, 1000.0, 10000.0})
    speed_->addItem(tr("%n step(s)/s", nullptr, static_cast<int>(s)), s);
  speed_->setCurrentIndex(2);
  layout->addWidget(scrubber_, 1);
  layout->addWidget(stepBox_);
  layout->addWidget(total_);
  layout->addWidget(speed_);
  onTimeline();

  connect(session_, &Session::timelineReady, this, [this] { onTimeline(); });
  connect(session_, &Session::stepChanged, this, &TransportBar::onStep);
  connect(scrubber_, &QSlider::valueChanged, this, [this](int v) {
    if (!syncing_) session_->setStep(static_cast<quint64>(v));
  });
  connect(stepBox_, &QSpinBox::valueChanged, this, [this](int v) {
    if (!syncing_) session_->setStep(static_cast<quint64>(v));
  });
  connect(speed_, &QComboBox::currentIndexChanged, this,
          [this](int i) { session_->setSpeed(speed_->itemData(i).toDouble()); });
  connect(session_, &Session::schedulerModeChanged, this, [this](bool on) {
    scrubber_->setEnabled(!on);
    stepBox_->setEnabled(!on);
  });
}

void TransportBar::onTimeline() {
  // QSlider and QSpinBox are int-based; runs beyond INT_MAX steps are clamped.
  const int total = static_cast<int>(std::min<quint64>(session_->totalSteps(), INT_MAX));
  syncing_ = true;
  scrubber_->setRange(0, total);
  scrubber_->setPageStep(std::max(1, total / 20));
  stepBox_->setRange(0, total);
  total_->setText(tr("of %1").arg(total));
  syncing_ = false;
  onStep(session_->step());
}

void TransportBar::onStep(quint64 step) {
  syncing_ = true;
  scrubber_->setValue(static_cast<int>(std::min<quint64>(step, INT_MAX)));
  stepBox_->setValue(static_cast<int>(std::min<quint64>(step, INT_MAX)));
  syncing_ = false;
}

void TransportBar::focusStepBox() {
  stepBox_->setFocus();
  stepBox_->selectAll();
}

} // namespace fsui
