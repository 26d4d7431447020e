// SPDX-License-Identifier: GPL-3.0-or-later
// Searches over a recorded trace that the controls need: where does the next
// (or previous) system call return? Steps are 1-based as in fs::Timeline: the
// state after step k shows what step k did.
#pragma once
#include <QtGlobal>
#include <optional>

#include "core/trace/trace.h"

namespace fsui {

// The first step after `from` that contains a system call return.
std::optional<quint64> nextSyscallReturn(const fs::Trace& trace, quint64 from);
// The last step before `from` that contains a system call return.
std::optional<quint64> previousSyscallReturn(const fs::Trace& trace, quint64 from);
// Events [first, last) of step k (1-based); empty for step 0 or beyond the run.
std::pair<uint32_t, uint32_t> eventsOfStep(const fs::Trace& trace, quint64 step);

} // namespace fsui
