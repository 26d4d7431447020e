// SPDX-License-Identifier: GPL-3.0-or-later
// The transport controls that live in the toolbar: a scrubber over all
// steps, a step spin box, and the playback speed. They follow the session and
// ask it to move; they never hold a step of their own.
#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace fsui {

class Session;

class TransportBar : public QWidget {
  Q_OBJECT
public:
  TransportBar(Session* session, QWidget* parent = nullptr);
  QSlider* scrubber() const { return scrubber_; }
  QSpinBox* stepBox() const { return stepBox_; }
  void focusStepBox();

private:
  void onTimeline();
  void onStep(quint64 step);
  Session* session_;
  QSlider* scrubber_;
  QSpinBox* stepBox_;
  QLabel* total_;
  QComboBox* speed_;
  bool syncing_ = false;
};

} // namespace fsui
