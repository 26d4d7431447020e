// SPDX-License-Identifier: GPL-3.0-or-later
// "What changed in this step": the events the step recorded, decoded, and the
// state differences it caused (fs::describe_changes), as one readable list.
#pragma once
#include <memory>

#include <QTimer>
#include <QWidget>

#include "core/timeline.h"
#include "ui/timeline/timeline_spans.h"

class QListWidget;
class QLabel;

namespace fsui {

class ChangesView : public QWidget {
  Q_OBJECT
public:
  explicit ChangesView(QWidget* parent = nullptr);

  void setTimeline(std::shared_ptr<const fs::Timeline> t);
  QListWidget* list() const { return list_; }
  void refreshNow(); // rebuilds at once instead of on the next event-loop turn

public slots:
  void setStep(quint64 step);

signals:
  void stepRequested(quint64 step);

private:
  void addHeader(const QString& text);
  void addLine(const QString& text, const QString& tooltip = {});

  std::shared_ptr<const fs::Timeline> timeline_;
  std::vector<fsui::StepActivity> acts_; // which CPU ran each step, even a silent one
  quint64 step_ = 0;
  QLabel* title_;
  QListWidget* list_;
  QTimer refresh_; // coalesces the many setStep calls of fast playback
};

} // namespace fsui
