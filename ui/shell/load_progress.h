// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's indicator of a file being opened: what is happening
// (reading, then recording), how far, and Cancel. It appears only when a
// load lasts longer than a moment, so quick opens do not flicker; the
// window stays usable meanwhile (the session on screen is kept until the
// new one is ready).
#pragma once
#include <QTimer>
#include <QWidget>

#include "ui/model/session_load.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace fsui {

class Session;

class LoadProgress : public QWidget {
  Q_OBJECT
public:
  explicit LoadProgress(Session* session, QWidget* parent = nullptr);

  static constexpr int kShowDelayMs = 300;
  QProgressBar* bar() const { return bar_; }
  QToolButton* cancelButton() const { return cancel_; }
  QString text() const;

private:
  void started(const QString& fileName);
  void progress(LoadPhase phase, quint64 done, quint64 total);
  void finished();

  Session* session_;
  QLabel* label_;
  QProgressBar* bar_;
  QToolButton* cancel_;
  QTimer delay_;
  QString name_;
};

} // namespace fsui
