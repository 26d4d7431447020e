// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/load_progress.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>
#include <climits>

#include "ui/model/session.h"

namespace fsui {

LoadProgress::LoadProgress(Session* session, QWidget* parent)
    : QWidget(parent), session_(session), label_(new QLabel(this)), bar_(new QProgressBar(this)),
      cancel_(new QToolButton(this)) {
  setObjectName(QStringLiteral("loadProgress"));
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(label_);
  row->addWidget(bar_);
  row->addWidget(cancel_);
  bar_->setTextVisible(true);
  bar_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
  bar_->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Stop opening the file; the run on screen stays."));
  cancel_->setAutoRaise(false);
  hide();
  delay_.setSingleShot(true);
  delay_.setInterval(kShowDelayMs);
  connect(&delay_, &QTimer::timeout, this, &QWidget::show);
  connect(cancel_, &QToolButton::clicked, this, [this] {
    cancel_->setEnabled(false); // the job stops at its next check, within milliseconds
    session_->cancelLoad();
  });
  connect(session_, &Session::loadStarted, this, &LoadProgress::started);
  connect(session_, &Session::loadProgress, this, &LoadProgress::progress);
  connect(session_, &Session::loadFinished, this, &LoadProgress::finished);
}

QString LoadProgress::text() const { return label_->text(); }

void LoadProgress::started(const QString& fileName) {
  name_ = QFileInfo(fileName).fileName();
  label_->setText(tr("Opening %1...").arg(name_));
  bar_->setRange(0, 0); // busy until the first report says how far
  cancel_->setEnabled(true);
  delay_.start();
}

void LoadProgress::progress(LoadPhase phase, quint64 done, quint64 total) {
  if (phase == LoadPhase::Reading)
    label_->setText(tr("Reading %1...").arg(name_));
  else
    label_->setText(tr("Recording %1: %Ln step(s)...", nullptr,
                       static_cast<int>(std::min<quint64>(done, INT_MAX)))
                        .arg(name_));
  if (total > 0) {
    bar_->setRange(0, 1000);
    bar_->setValue(static_cast<int>(std::min<quint64>(1000, done * 1000 / total)));
  } else {
    bar_->setRange(0, 0);
  }
}

void LoadProgress::finished() {
  delay_.stop();
  hide();
}

} // namespace fsui
