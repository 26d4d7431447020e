// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/kstate.h"

namespace fs {

std::string mutex_name(const KernelState& s, int32_t slot) {
  if (slot < 0 || static_cast<size_t>(slot) >= s.mutexes.size()) return "?";
  const Mutex& mx = s.mutexes[static_cast<size_t>(slot)];
  switch (mx.cls) {
  case LockClass::ProcLock: return "proc_lock";
  case LockClass::KtraceLock: return "ktrace_lock";
  case LockClass::PLock: return "p_lock#" + std::to_string(mx.serial);
  case LockClass::PStmutex: return "p_stmutex#" + std::to_string(mx.serial);
  case LockClass::LwpLock: return "lwp_lock#" + std::to_string(mx.serial);
  }
  return "?";
}

} // namespace fs
