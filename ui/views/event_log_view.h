// SPDX-License-Identifier: GPL-3.0-or-later
// The event log: a table of every trace event with a filter bar (kind, CPU,
// pid, text). The current step's events are highlighted and kept in view;
// choosing a row asks to go to the state after that event's step.
#pragma once
#include <memory>

#include <QTimer>
#include <QWidget>

#include "core/timeline.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fsui {

class EventLogModel;

class EventLogView : public QWidget {
  Q_OBJECT
public:
  explicit EventLogView(QWidget* parent = nullptr);

  void setTimeline(std::shared_ptr<const fs::Timeline> t);
  EventLogModel* model() const { return model_; }
  QTableView* table() const { return table_; }

public slots:
  void setStep(quint64 step);

signals:
  void stepRequested(quint64 step);

private:
  void applyFilter();
  void scrollToStep();

  EventLogModel* model_;
  QTableView* table_;
  QComboBox* kind_;
  QComboBox* cpu_;
  QLineEdit* pid_;
  QLineEdit* text_;
  QLabel* status_;
  QTimer textDebounce_;
  quint64 step_ = 0;
};

} // namespace fsui
