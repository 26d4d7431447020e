// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/model/trace_search.h"

namespace fsui {

namespace {
bool isReturn(const fs::Event& e) {
  return e.kind == fs::EventKind::Syscall && e.syscall_phase() == fs::SyscallPhase::Return;
}
} // namespace

std::pair<uint32_t, uint32_t> eventsOfStep(const fs::Trace& t, quint64 step) {
  const auto& idx = t.step_first_event;
  if (step == 0 || step > idx.size()) return {0, 0};
  const uint32_t first = idx[static_cast<size_t>(step - 1)];
  const uint32_t last =
      step < idx.size() ? idx[static_cast<size_t>(step)] : static_cast<uint32_t>(t.events.size());
  return {first, last};
}

std::optional<quint64> nextSyscallReturn(const fs::Trace& t, quint64 from) {
  const auto& idx = t.step_first_event;
  if (from >= idx.size()) return std::nullopt;
  for (uint32_t seq = idx[static_cast<size_t>(from)]; seq < t.events.size(); ++seq)
    if (isReturn(t.events[seq])) return t.step_of_event(seq) + 1;
  return std::nullopt;
}

std::optional<quint64> previousSyscallReturn(const fs::Trace& t, quint64 from) {
  const auto& idx = t.step_first_event;
  if (from <= 1 || idx.empty()) return std::nullopt;
  // Only events of steps strictly before `from`: they end where step `from` begins.
  const quint64 limit = std::min<quint64>(from - 1, idx.size());
  uint32_t seq =
      limit < idx.size() ? idx[static_cast<size_t>(limit)] : static_cast<uint32_t>(t.events.size());
  while (seq-- > 0)
    if (isReturn(t.events[seq])) return t.step_of_event(seq) + 1;
  return std::nullopt;
}

} // namespace fsui

#include <QCoreApplication>
#include <QHash>

#include "core/state/step_table.h"
#include "ui/model/step_frame.h"

namespace fsui {

std::vector<CpuStep> cpuStepsOf(const fs::Trace& t, const fs::KernelState& s, uint32_t end) {
  std::vector<CpuStep> out(s.cpus.size());
  QHash<int, size_t> pending; // pid -> CPU, for the CPUs still looking back
  for (size_t c = 0; c < s.cpus.size(); ++c) {
    const fs::Lwp* l = s.lwp(s.cpus[c].cur);
    if (!l) continue;
    if (l->in_kernel()) { // until a step it executed is found: the one it is about to run
      const int pc = l->frames[static_cast<size_t>(l->depth - 1)].pc;
      out[c].id = pc < fs::step_count() ? pc : -1;
    }
    pending.insert(l->pid, c);
  }
  end = std::min<uint32_t>(end, static_cast<uint32_t>(t.events.size()));
  // The CPU that ran the last step has done it even if it is idle now (the
  // step put its LWP to sleep, or was exit1's last switch): the step table
  // and its CPU card show it, as the narration does.
  for (uint32_t seq = end; seq-- > 0;) {
    const fs::Event& e = t.events[seq];
    if (e.kind != fs::EventKind::Step) continue;
    if (e.cpu >= 0 && static_cast<size_t>(e.cpu) < out.size() &&
        !s.proc(s.cpus[static_cast<size_t>(e.cpu)].cur))
      out[static_cast<size_t>(e.cpu)] = CpuStep{e.step_id(), true};
    break;
  }
  // Bounded: with 8 CPUs an LWP on a CPU runs every few steps; one that
  // slept for long shows the step it is about to run.
  const uint32_t stop = end > 50000 ? end - 50000 : 0;
  for (uint32_t seq = end; seq-- > stop && !pending.isEmpty();) {
    const fs::Event& e = t.events[seq];
    auto it = pending.find(e.pid);
    if (it == pending.end()) continue;
    // User-mode steps are steps too (user.compute, user.syscall): the last
    // Step event of the LWP is always what it executed last.
    if (e.kind == fs::EventKind::Step) {
      out[it.value()] = CpuStep{e.step_id(), true};
      pending.erase(it);
    }
  }
  return out;
}

int stepIdOf(const fs::Trace& t, uint32_t begin, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(t.events.size()));
  for (uint32_t seq = begin; seq < end; ++seq)
    if (t.events[seq].kind == fs::EventKind::Step) return t.events[seq].step_id();
  return -1;
}

QString stepLines(int id) {
  if (id < 0 || id >= fs::step_count()) return {};
  const fs::StepInfo& si = fs::step_info(id);
  if (si.line <= 0) return {};
  return si.line_end > si.line ? QStringLiteral("L%1-%2").arg(si.line).arg(si.line_end)
                               : QStringLiteral("L%1").arg(si.line);
}

QString stepTitle(int id) {
  if (id < 0 || id >= fs::step_count()) return {};
  const QString label = QString::fromLatin1(fs::step_info(id).label);
  const QString lines = stepLines(id);
  return lines.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, lines);
}

namespace {
struct StepHeadline {
  Q_DECLARE_TR_FUNCTIONS(StepHeadline)
};
} // namespace

QString stepHeadline(const StepFrame& f, quint64 total) {
  QString head =
      f.live ? StepHeadline::tr("You are the scheduler · step %1 · tick %2").arg(f.step).arg(f.tick)
             : StepHeadline::tr("Step %1 of %2 · tick %3").arg(f.step).arg(total).arg(f.tick);
  if (f.step == 0) return head;
  if (f.stepId >= 0)
    return StepHeadline::tr("%1 · just executed: %2").arg(head, stepTitle(f.stepId));
  return StepHeadline::tr("%1 · no kernel step (user code, idle or a spin retry)").arg(head);
}

} // namespace fsui
