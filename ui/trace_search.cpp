// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trace_search.h"

namespace fsui {

namespace {
bool isReturn(const fs::Event& e) {
  return e.kind == fs::EventKind::Syscall &&
         static_cast<fs::SyscallPhase>(e.action) == fs::SyscallPhase::Return;
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

#include "ui/step_frame.h"

namespace fsui {

QString lastSpinLock(const fs::Trace& t, uint32_t end, int pid) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(t.events.size()));
  const uint32_t stop = end > 20000 ? end - 20000 : 0;
  for (uint32_t seq = end; seq-- > stop;) {
    const fs::Event& e = t.events[seq];
    if (e.kind == fs::EventKind::Lock && e.pid == pid &&
        static_cast<fs::LockAction>(e.action) == fs::LockAction::Spin)
      return QString::fromStdString(t.strings.at(e.a));
  }
  return {};
}

int activeCpuOf(const fs::Trace& t, uint32_t begin, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(t.events.size()));
  for (uint32_t seq = begin; seq < end; ++seq)
    if (t.events[seq].kind == fs::EventKind::Step && t.events[seq].cpu >= 0)
      return t.events[seq].cpu;
  for (uint32_t seq = begin; seq < end; ++seq)
    if (t.events[seq].cpu >= 0) return t.events[seq].cpu;
  return -1;
}

} // namespace fsui
