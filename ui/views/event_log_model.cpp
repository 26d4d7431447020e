// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/event_log_model.h"

#include <algorithm>

#include <QBrush>
#include <QColor>

#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"
#include "ui/common/engine_text.h"
#include "ui/common/kstate_text.h"

using fs::Event;
using fs::EventKind;

namespace fsui {

namespace {

QString str(const fs::Trace& t, int id) {
  return id >= 0 && id < t.strings.size() ? QString::fromStdString(t.strings.at(id)) : QString();
}

QString lockAction(uint8_t a) {
  switch (static_cast<fs::LockAction>(a)) {
  case fs::LockAction::Acquire: return EventLogModel::tr("acquire");
  case fs::LockAction::Spin: return EventLogModel::tr("spin");
  case fs::LockAction::Sleep: return EventLogModel::tr("sleep");
  case fs::LockAction::Release: return EventLogModel::tr("release");
  case fs::LockAction::Wakeup: return EventLogModel::tr("hand over");
  }
  return QString::number(a);
}

QString procAction(uint8_t a) {
  static const char* const kNames[] = {QT_TRANSLATE_NOOP("fsui::EventLogModel", "create"),
                                       QT_TRANSLATE_NOOP("fsui::EventLogModel", "publish"),
                                       QT_TRANSLATE_NOOP("fsui::EventLogModel", "state"),
                                       QT_TRANSLATE_NOOP("fsui::EventLogModel", "reparent"),
                                       QT_TRANSLATE_NOOP("fsui::EventLogModel", "zombie"),
                                       QT_TRANSLATE_NOOP("fsui::EventLogModel", "reap")};
  return a < 6 ? EventLogModel::tr(kNames[a]) : QString::number(a);
}

QString syscallText(const fs::Trace& t, const Event& e) {
  const char* n = fs::syscall_name(e.syscall_id());
  const QString name = n ? QString::fromLatin1(n) : QString::number(e.syscall_id());
  const fs::SyscallDetail* d = t.syscall_detail(e);
  if (e.syscall_enter()) {
    const QString args = d && d->args_id >= 0 ? QString::fromStdString(t.args_of(*d)) : QString();
    return EventLogModel::tr("%1 enter %2").arg(name, args).trimmed();
  }
  if (d && d->error != 0)
    return EventLogModel::tr("%1 failed %2")
        .arg(name, QString::fromStdString(fs::errno_name(d->error)));
  QString s = EventLogModel::tr("%1 returned %2").arg(name).arg(e.syscall_retval());
  if (d) {
    switch (d->status_kind) {
    case fs::WaitStatusKind::Exited:
      s += EventLogModel::tr(" (exited %1)").arg(d->status_value);
      break;
    case fs::WaitStatusKind::Stopped:
      s += EventLogModel::tr(" (stopped %1)")
               .arg(QString::fromStdString(fs::signal_name(d->status_value)));
      break;
    case fs::WaitStatusKind::Signaled:
      s += EventLogModel::tr(" (signaled %1)")
               .arg(QString::fromStdString(fs::signal_name(d->status_value)));
      break;
    case fs::WaitStatusKind::None: break;
    }
  }
  return s;
}

} // namespace

EventLogModel::EventLogModel(QObject* parent) : QAbstractTableModel(parent) {
  timer_.setInterval(0);
  connect(&timer_, &QTimer::timeout, this, &EventLogModel::filterSlice);
}

void EventLogModel::setTimeline(std::shared_ptr<const fs::Timeline> t) {
  timer_.stop();
  beginResetModel();
  timeline_ = std::move(t);
  filter_ = {};
  filtered_ = false;
  matches_.clear();
  current_ = {0, 0};
  endResetModel();
}

quint64 EventLogModel::stepOfEvent(const fs::Trace& t, uint32_t seq) {
  if (t.step_first_event.empty() || seq < t.step_first_event.front()) return 0;
  return t.step_of_event(seq) + 1;
}

QString EventLogModel::kindName(EventKind k) {
  static const char* const kNames[] = {
      QT_TR_NOOP("step"),   QT_TR_NOOP("syscall"), QT_TR_NOOP("lock"),    QT_TR_NOOP("cv"),
      QT_TR_NOOP("proc"),   QT_TR_NOOP("lwp"),     QT_TR_NOOP("sched"),   QT_TR_NOOP("signal"),
      QT_TR_NOOP("ptrace"), QT_TR_NOOP("knote"),   QT_TR_NOOP("counter"), QT_TR_NOOP("log"),
      QT_TR_NOOP("expect"), QT_TR_NOOP("note")};
  const auto i = static_cast<size_t>(k);
  return i < std::size(kNames) ? tr(kNames[i]) : QString::number(i);
}

QString EventLogModel::describe(const fs::Trace& t, const Event& e) {
  switch (e.kind) {
  case EventKind::Step: {
    if (e.step_id() < 0 || e.step_id() >= fs::step_count()) return tr("step %1").arg(e.step_id());
    const fs::StepInfo& si = fs::step_info(e.step_id());
    if (si.line_end > si.line)
      return QStringLiteral("%1:%2-%3 %4").arg(si.func).arg(si.line).arg(si.line_end).arg(si.label);
    if (si.line > 0) return QStringLiteral("%1:%2 %3").arg(si.func).arg(si.line).arg(si.label);
    return QStringLiteral("%1 %2").arg(si.func, si.label);
  }
  case EventKind::Syscall: return syscallText(t, e);
  case EventKind::Lock:
    return e.lock_owner() >= 0 ? tr("lock %1 %2 (owner %3)")
                                     .arg(str(t, e.lock_id()), lockAction(e.action))
                                     .arg(e.lock_owner())
                               : tr("lock %1 %2").arg(str(t, e.lock_id()), lockAction(e.action));
  case EventKind::Cv: {
    static const char* const kAct[] = {QT_TR_NOOP("wait"), QT_TR_NOOP("broadcast"),
                                       QT_TR_NOOP("wakeup")};
    const QString act = e.action < 3 ? tr(kAct[e.action]) : QString::number(e.action);
    return e.cv_woken() >= 0 ? tr("cv %1 %2 lwp %3").arg(str(t, e.cv_id()), act).arg(e.cv_woken())
                             : tr("cv %1 %2").arg(str(t, e.cv_id()), act);
  }
  case EventKind::Proc:
    return tr("proc %1 pid %2 (ppid %3) %4")
        .arg(procAction(e.action))
        .arg(e.proc_target())
        .arg(e.proc_ppid())
        .arg(QString::fromLatin1(fs::proc_stat_name(e.proc_stat())));
  case EventKind::Lwp: {
    QString s = tr("lwp %1 %2")
                    .arg(e.lwp_target())
                    .arg(QString::fromLatin1(fs::lwp_stat_name(e.lwp_stat())));
    if (e.lwp_wchan() >= 0) s += tr(" on %1").arg(str(t, e.lwp_wchan()));
    return s;
  }
  case EventKind::Sched: {
    auto who = [](int lid) { return lid < 0 ? tr("idle") : tr("lwp %1").arg(lid); };
    switch (e.sched_action()) {
    case fs::SchedAction::Switch:
      return tr("switch %1 -> %2").arg(who(e.sched_from()), who(e.sched_to()));
    case fs::SchedAction::Enqueue:
      return tr("enqueue lwp %1 on CPU %2").arg(e.sched_to()).arg(e.sched_runq_cpu());
    case fs::SchedAction::Idle: return tr("CPU idle (was %1)").arg(who(e.sched_from()));
    }
    return tr("sched %1").arg(e.action);
  }
  case EventKind::Signal: {
    static const char* const kAct[] = {QT_TR_NOOP("post"), QT_TR_NOOP("stop"),
                                       QT_TR_NOOP("deliver"), QT_TR_NOOP("discard")};
    const QString act = e.action < 4 ? tr(kAct[e.action]) : QString::number(e.action);
    return tr("signal %1 %2 to pid %3")
        .arg(act, QString::fromStdString(fs::signal_name(e.signal_number())))
        .arg(e.signal_target());
  }
  case EventKind::Ptrace: {
    QString s = tr("ptrace stop pid %1 (tracer %2)").arg(e.ptrace_target()).arg(e.ptrace_tracer());
    if (const fs::PtraceDetail* pd = t.ptrace_detail(e)) {
      const fs::PtraceDetail& d = *pd;
      s += QStringLiteral(" %1 %2").arg(QString::fromStdString(fs::signal_name(d.signal)),
                                        QString::fromLatin1(fs::si_code_name(d.code)));
      if (d.report_event)
        s += QStringLiteral(" %1").arg(
            QString::fromStdString(fs::ptrace_event_name(d.report_event)));
      if (d.other_pid) s += tr(" other pid %1").arg(d.other_pid);
    }
    return s;
  }
  case EventKind::Knote:
    return tr("knote watcher %1 target %2 fflags 0x%3")
        .arg(e.knote_watcher())
        .arg(e.knote_target())
        .arg(static_cast<uint32_t>(e.knote_fflags()), 0, 16);
  case EventKind::Counter:
    return QStringLiteral("%1 = %2").arg(str(t, e.counter_id())).arg(e.counter_value());
  case EventKind::Log: return str(t, e.log_text());
  case EventKind::Expect:
    return e.expect_ok()
               ? tr("expect %1 ok").arg(str(t, e.expect_op()))
               : tr("expect %1 FAILED: %2").arg(str(t, e.expect_op()), str(t, e.expect_message()));
  case EventKind::Note:
    return tr("note %1: %2")
        .arg(str(t, e.note_op()), fsui::scenarioText(str(t, e.note_text()).toStdString()));
  }
  return {};
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !timeline_) return 0;
  return static_cast<int>(filtered_ ? matches_.size() : timeline_->trace().events.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

uint32_t EventLogModel::seqAt(int row) const {
  return filtered_ ? matches_[static_cast<size_t>(row)] : static_cast<uint32_t>(row);
}

int EventLogModel::firstRowAtOrAfter(uint32_t seq) const {
  if (!timeline_) return -1;
  if (!filtered_) return seq < timeline_->trace().events.size() ? static_cast<int>(seq) : -1;
  auto it = std::lower_bound(matches_.begin(), matches_.end(), seq);
  return it == matches_.end() ? -1 : static_cast<int>(it - matches_.begin());
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
      !timeline_)
    return {};
  const fs::Trace& t = timeline_->trace();
  const uint32_t seq = seqAt(index.row());
  const Event& e = t.events[seq];
  if (role == Qt::BackgroundRole) {
    if (seq >= current_.first && seq < current_.second) return QBrush(QColor(0xFF, 0xF3, 0xB0));
    return {};
  }
  if (role == Qt::TextAlignmentRole)
    return index.column() == DetailsColumn || index.column() == KindColumn
               ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole && e.kind == EventKind::Step && e.step_id() >= 0 &&
      e.step_id() < fs::step_count())
    return fsui::stepNarration(e.step_id());
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
  case SeqColumn: return seq;
  case StepColumn: return static_cast<qulonglong>(stepOfEvent(t, seq));
  case TickColumn: return static_cast<qulonglong>(t.tick_of_event(seq));
  case CpuColumn: return e.cpu < 0 ? QVariant(QStringLiteral("-")) : QVariant(e.cpu);
  case PidColumn: return e.pid < 0 ? QVariant(QStringLiteral("-")) : QVariant(e.pid);
  case KindColumn: return kindName(e.kind);
  case DetailsColumn: {
    const int32_t lid = t.lid_of_event(seq); // a second LWP's event says which
    return lid == e.pid ? describe(t, e) : tr("LWP %1: %2").arg(lid).arg(describe(t, e));
  }
  }
  return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation o, int role) const {
  if (o != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, o, role);
  switch (section) {
  case SeqColumn: return tr("seq");
  case StepColumn: return tr("step");
  case TickColumn: return tr("tick");
  case CpuColumn: return tr("CPU");
  case PidColumn: return tr("pid");
  case KindColumn: return tr("kind");
  case DetailsColumn: return tr("details");
  }
  return {};
}

bool EventLogModel::matches(uint32_t seq) const {
  const fs::Trace& t = timeline_->trace();
  const Event& e = t.events[seq];
  if (filter_.kind && e.kind != *filter_.kind) return false;
  if (filter_.cpu && e.cpu != *filter_.cpu) return false;
  if (filter_.pid && e.pid != *filter_.pid) return false;
  if (filter_.text.isEmpty()) return true;
  return describe(t, e).contains(filter_.text, Qt::CaseInsensitive) ||
         kindName(e.kind).contains(filter_.text, Qt::CaseInsensitive);
}

void EventLogModel::setFilter(const Filter& f) {
  timer_.stop();
  beginResetModel();
  filter_ = f;
  filtered_ = timeline_ && f.active();
  matches_.clear();
  scanned_ = 0;
  if (filtered_) {
    const size_t n = timeline_->trace().events.size();
    // Field comparisons are cheap even for millions of rows; only decoding
    // text for a big trace is worth spreading over several event-loop turns.
    if (f.text.isEmpty() || n <= incrementalThreshold_) {
      for (uint32_t s = 0; s < n; ++s)
        if (matches(s)) matches_.push_back(s);
      scanned_ = static_cast<uint32_t>(n);
    }
  }
  endResetModel();
  if (filtered_ && scanned_ < timeline_->trace().events.size()) {
    timer_.start();
  } else {
    emit filterFinished();
  }
}

void EventLogModel::filterSlice() {
  const auto n = static_cast<uint32_t>(timeline_->trace().events.size());
  QElapsedTimer clock;
  clock.start();
  std::vector<uint32_t> found;
  uint32_t s = scanned_;
  while (s < n) {
    if (matches(s)) found.push_back(s);
    ++s;
    if ((s & 1023) == 0 && clock.elapsed() >= 15) break; // keep each slice under a frame
  }
  scanned_ = s;
  if (!found.empty()) {
    const int first = static_cast<int>(matches_.size());
    beginInsertRows({}, first, first + static_cast<int>(found.size()) - 1);
    matches_.insert(matches_.end(), found.begin(), found.end());
    endInsertRows();
  }
  emit filterProgress(static_cast<int>(100.0 * scanned_ / std::max(1u, n)));
  if (scanned_ >= n) {
    timer_.stop();
    emit filterFinished();
  }
}

void EventLogModel::finishFiltering() {
  while (timer_.isActive()) filterSlice();
}

void EventLogModel::rowsChanged(uint32_t first, uint32_t last) {
  if (first >= last) return;
  const int a = firstRowAtOrAfter(first);
  if (a < 0) return;
  const int b = firstRowAtOrAfter(last);
  const int end = (b < 0 ? rowCount() : b) - 1;
  if (end >= a) emit dataChanged(index(a, 0), index(end, ColumnCount - 1), {Qt::BackgroundRole});
}

void EventLogModel::setCurrentStep(quint64 step) {
  if (!timeline_) return;
  const auto old = current_;
  current_ = timeline_->events_of_step(step);
  if (old == current_) return;
  rowsChanged(old.first, old.second);
  rowsChanged(current_.first, current_.second);
}

} // namespace fsui
