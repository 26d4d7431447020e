// SPDX-License-Identifier: GPL-3.0-or-later
// The program counter of a process is (list, index) plus a stack of repeat
// levels (core/kernel/user.cpp); this maps it onto the nested op list. "Next" is
// found the way Kernel::user_step walks, without changing anything: the end
// of a repeat body leads to the next iteration or past the repeat, and a
// repeat leads into its body.
#include "core/scenario/program_view.h"

#include "core/state/names.h"

namespace fs {
namespace {

void flatten(const Scenario& sc, int list, int depth, int parent, std::vector<ProgramLine>& out,
             std::vector<std::vector<int>>& line_of) {
  if (list < 0) return;
  auto& ix = line_of[static_cast<size_t>(list)];
  const OpList& l = sc.lists[static_cast<size_t>(list)];
  ix.assign(l.ops.size(), -1);
  for (size_t i = 0; i < l.ops.size(); ++i) {
    const int line = static_cast<int>(out.size());
    ix[i] = line;
    out.push_back(ProgramLine{l.ops[i], depth, parent});
    const Op& op = sc.ops[static_cast<size_t>(l.ops[i])];
    if (op.kind == OpKind::Repeat) flatten(sc, op.body, depth + 1, line, out, line_of);
  }
}

std::string quoted_ref(const ProcRef& r) {
  switch (r.kind) {
  case ProcRef::Kind::Name: return "\"" + r.name + "\"";
  case ProcRef::Kind::Pid: return "pid " + std::to_string(r.pid);
  case ProcRef::Kind::Any: return "any";
  case ProcRef::Kind::Self: break;
  }
  return "self";
}

const char* ptrace_name(PtraceReq r) {
  static const char* const names[] = {
      "PT_TRACE_ME",   "PT_ATTACH",         "PT_DETACH",         "PT_CONTINUE",
      "PT_KILL",       "PT_SET_EVENT_MASK", "PT_GET_EVENT_MASK", "PT_GET_PROCESS_STATE",
      "PT_SET_SIGPASS"};
  return names[static_cast<int>(r)];
}

const char* sysctl_name(SysctlName n) {
  switch (n) {
  case SysctlName::KernMaxproc: return "kern.maxproc";
  case SysctlName::KernForkfsleep: return "kern.forkfsleep";
  case SysctlName::ProcStopfork: return "proc.stopfork";
  case SysctlName::ProcStopexec: return "proc.stopexec";
  }
  return "";
}

} // namespace

std::string op_summary(const Scenario& sc, const Op& op) {
  (void)sc;
  std::string s = op_info(op.kind).name;
  switch (op.kind) {
  case OpKind::Fork:
  case OpKind::Vfork:
  case OpKind::Vfork14:
  case OpKind::Clone:
    s += " -> child";
    if (!op.name.empty()) s += " \"" + op.name + "\"";
    break;
  case OpKind::Exec:
    s += " " + op.exec_path;
    if (op.exec_fail) s += " (fails: " + errno_name(op.exec_fail) + ")";
    break;
  case OpKind::Exit: s += " " + std::to_string(op.status); break;
  case OpKind::Wait:
    if (op.target.kind != ProcRef::Kind::Any) s += " " + quoted_ref(op.target);
    break;
  case OpKind::Raise: s += " " + signal_name(op.signal); break;
  case OpKind::Kill: s += " " + quoted_ref(op.target) + " " + signal_name(op.signal); break;
  case OpKind::Ptrace:
    s += std::string(" ") + ptrace_name(op.request);
    if (op.request != PtraceReq::TraceMe) s += " " + quoted_ref(op.target);
    break;
  case OpKind::Setrlimit:
    s += " RLIMIT_NPROC " + std::to_string(op.rlim_cur) + "/" + std::to_string(op.rlim_max);
    break;
  case OpKind::Setuid:
  case OpKind::Seteuid: s += " " + std::to_string(op.uid); break;
  case OpKind::Sysctl:
    s += std::string(" ") + sysctl_name(op.sysctl);
    if (op.sysctl == SysctlName::ProcStopfork || op.sysctl == SysctlName::ProcStopexec)
      s += " " + quoted_ref(op.target);
    s += " = " + std::to_string(op.value);
    break;
  case OpKind::Ktrace:
  case OpKind::Kqueue: s += " " + quoted_ref(op.target); break;
  case OpKind::Compute:
  case OpKind::Sleep:
    s += " " + std::to_string(op.count) + (op.count == 1 ? " tick" : " ticks");
    break;
  case OpKind::Repeat:
    s += " " + std::to_string(op.count) + (op.count == 1 ? " time" : " times");
    break;
  default: break; // kevent and the others of core/state/syscalls.def without fields
  }
  return s;
}

ProgramPosition program_position(const Scenario& sc, const KernelState& s, Pid pid) {
  ProgramPosition out;
  // The program of the process's first LWP (its only one, unless it made more).
  const Proc* proc = s.proc(pid);
  const Lwp* p = proc ? s.first_lwp(*proc) : nullptr;
  if (!p || p->list < 0) return out;
  // The image's program: the list the outermost repeat sits in, else the current one.
  out.list = p->nrepeats > 0 ? p->repeats[0].list : p->list;
  std::vector<std::vector<int>> line_of(sc.lists.size());
  flatten(sc, out.list, 0, -1, out.lines, line_of);
  auto line_at = [&](int list, int index) {
    if (list < 0 || index < 0) return -1;
    const auto& ix = line_of[static_cast<size_t>(list)];
    return static_cast<size_t>(index) < ix.size() ? ix[static_cast<size_t>(index)] : -1;
  };
  // The enclosing loops as the process has them now.
  std::vector<ProgramPosition::Loop> loops;
  for (int r = 0; r < p->nrepeats; ++r) {
    const RepeatLevel& lv = p->repeats[static_cast<size_t>(r)];
    loops.push_back({line_at(lv.list, lv.index), lv.iter, lv.count});
  }
  const int op_here = [&] {
    const int line = line_at(p->list, p->index);
    return line < 0 ? -1 : out.lines[static_cast<size_t>(line)].op;
  }();

  if (p->cur_op >= 0 && p->cur_op == op_here) { // inside this op's system call
    out.current = line_at(p->list, p->index);
    out.where = ProgramWhere::InSyscall;
  } else if (p->compute_left > 0) { // the compute op was passed on entry
    out.current = line_at(p->list, p->index - 1);
    out.where = ProgramWhere::Computing;
    out.compute_left = p->compute_left;
  } else {
    // The op that runs next, walked as user_step walks. Levels are the
    // state's repeat stack, extended by loops the walk enters.
    struct Level {
      int list, index, iteration, count;
    };
    std::vector<Level> levels;
    for (int r = 0; r < p->nrepeats; ++r) {
      const RepeatLevel& lv = p->repeats[static_cast<size_t>(r)];
      levels.push_back({lv.list, lv.index, lv.iter, lv.count});
    }
    int list = p->list, index = p->index, next = -1;
    for (int guard = 0; guard < 100000 && list >= 0; ++guard) {
      const OpList& l = sc.lists[static_cast<size_t>(list)];
      if (static_cast<size_t>(index) >= l.ops.size()) {
        if (levels.empty()) break; // off the end: the implicit exit
        Level& lv = levels.back();
        if (lv.iteration < lv.count) {
          ++lv.iteration;
          index = 0;
        } else {
          list = lv.list, index = lv.index + 1;
          levels.pop_back();
        }
        continue;
      }
      const Op& op = sc.ops[static_cast<size_t>(l.ops[static_cast<size_t>(index)])];
      if (op.kind == OpKind::Repeat) {
        const bool empty = op.body < 0 || sc.lists[static_cast<size_t>(op.body)].ops.empty();
        if (op.count <= 0 || empty || levels.size() >= p->repeats.size()) {
          ++index;
          continue;
        }
        levels.push_back({list, index, 1, op.count});
        list = op.body, index = 0;
        continue;
      }
      next = line_at(list, index);
      break;
    }
    loops.clear();
    if (next >= 0)
      for (const Level& lv : levels)
        loops.push_back({line_at(lv.list, lv.index), lv.iteration, lv.count});
    out.current = next;
    const bool exited = proc->stat == ProcStat::SZOMB || proc->stat == ProcStat::SDEAD;
    if (next < 0 || exited) {
      out.current = -1;
      loops.clear();
      out.where = ProgramWhere::Ended;
    } else {
      out.where = p->in_kernel() ? ProgramWhere::InKernel : ProgramWhere::Next;
    }
  }
  out.loops = std::move(loops);
  return out;
}

} // namespace fs
