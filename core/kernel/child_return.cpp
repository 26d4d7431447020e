// SPDX-License-Identifier: GPL-3.0-or-later
// child_return() (kern_fork.c L636-659): where a new child first runs. Before
// it returns 0 to user space it reports itself to a debugger that asked for
// fork or vfork events (PSL_TRACEDCHILD, set by fork1 at L522-525).
#include "core/kernel/kernel.h"

namespace fs {

void Kernel::step_child_return(Lwp& l, Frame& f) {
  Proc& p = s_.proc_of(l);
  switch (f.pc) {
  case CHILD_RETURN_TRACE_CHECK:
    f.pc = (p.slflag & (PSL_TRACED | PSL_TRACEDCHILD)) == (PSL_TRACED | PSL_TRACEDCHILD)
               ? CHILD_RETURN_EVENTSWITCHCHILD
               : CHILD_RETURN_MD;
    break;
  case CHILD_RETURN_EVENTSWITCHCHILD: {
    // The event is chosen at the call: PTRACE_VFORK while the parent still waits.
    const int event = (p.lflag & PL_PPWAIT) ? PTRACE_VFORK : PTRACE_FORK;
    f.pc = CHILD_RETURN_MD;
    push(l, Routine::Eventswitchchild, EVSWC_LOCK);
    EventswitchLocals(l.top().v).event = event;
    break;
  }
  case CHILD_RETURN_MD: f.pc = CHILD_RETURN_KTRSYSRET; break;
  case CHILD_RETURN_KTRSYSRET: return ret(l, 0, 0);
  default: break;
  }
}

} // namespace fs
