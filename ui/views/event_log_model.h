// SPDX-License-Identifier: GPL-3.0-or-later
// Every trace event as a table row, decoded only when a row is painted: the
// model stores nothing per event, so a million-event trace costs nothing up
// front. Filtering keeps a vector of matching event indices instead of a
// QSortFilterProxyModel (which would map every source row); text filters on
// big traces run incrementally on the GUI thread, in time-boxed slices.
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include "core/timeline.h"

namespace fsui {

class EventLogModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column {
    SeqColumn,
    StepColumn,
    TickColumn,
    CpuColumn,
    PidColumn,
    KindColumn,
    DetailsColumn,
    ColumnCount
  };
  struct Filter {
    std::optional<fs::EventKind> kind;
    std::optional<int> cpu; // -1 = events no CPU executes
    std::optional<int> pid; // acting pid
    QString text;           // case-insensitive, in the kind name and details
    bool active() const { return kind || cpu || pid || !text.isEmpty(); }
  };
  // Above this many events a text filter runs in time-boxed slices so that
  // the UI stays live while a million rows are decoded.
  static constexpr size_t kIncrementalThreshold = 200000;
  void setIncrementalThreshold(size_t events) { incrementalThreshold_ = events; }

  explicit EventLogModel(QObject* parent = nullptr);

  void setTimeline(std::shared_ptr<const fs::Timeline> t);
  const fs::Timeline* timeline() const { return timeline_.get(); }

  void setFilter(const Filter& f);
  const Filter& filter() const { return filter_; }
  bool isFiltering() const { return timer_.isActive(); }
  void finishFiltering(); // completes a running incremental filter now (tests)

  void setCurrentStep(quint64 step); // rows of this step's events are highlighted
  uint32_t seqAt(int row) const;
  int firstRowAtOrAfter(uint32_t seq) const; // -1 when none

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  // Shared decoding (the changes view uses it too).
  static QString kindName(fs::EventKind k);
  static QString describe(const fs::Trace& t, const fs::Event& e);
  // The 1-based step an event was recorded in (0 = while booting); selecting
  // the event shows the state after that step.
  static quint64 stepOfEvent(const fs::Trace& t, uint32_t seq);

signals:
  void filterProgress(int percent);
  void filterFinished();

private:
  bool matches(uint32_t seq) const;
  void filterSlice();
  void rowsChanged(uint32_t first, uint32_t last);

  std::shared_ptr<const fs::Timeline> timeline_;
  Filter filter_;
  bool filtered_ = false;         // rows are matches_, not all events
  std::vector<uint32_t> matches_; // matching seqs, ascending
  uint32_t scanned_ = 0;          // incremental filter progress
  size_t incrementalThreshold_ = kIncrementalThreshold;
  QTimer timer_;
  std::pair<uint32_t, uint32_t> current_{0, 0}; // seqs of the current step's events
};

} // namespace fsui
