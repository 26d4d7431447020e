// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario op's "expect", checked when its system call returns - the way
// NetBSD's ATF tests assert on fork, wait and ptrace results.
#include "core/kernel/kernel.h"
#include "core/state/names.h"

namespace fs {

namespace {
std::string result_text(int32_t retval, int err) {
  if (err != 0) return errno_name(err);
  return "success (" + std::to_string(retval) + ")";
}
std::string status_text(WaitStatusKind k, int v) {
  switch (k) {
  case WaitStatusKind::Exited: return "exited " + std::to_string(v);
  case WaitStatusKind::Stopped: return "stopped by " + signal_name(v);
  case WaitStatusKind::Signaled: return "killed by " + signal_name(v);
  case WaitStatusKind::None: break;
  }
  return "no status";
}
} // namespace

void Kernel::check_expect(Lwp& l, const Op& op, int32_t retval, int err) {
  if (!op.has_expect) return;
  const Expect& e = op.expect;
  std::string failure;
  auto fail = [&failure](const std::string& m) {
    if (!failure.empty()) failure += "; ";
    failure += m;
  };
  if (e.has_errno && e.errno_value != err)
    fail("errno: expected " + (e.errno_value ? errno_name(e.errno_value) : std::string("success")) +
         ", got " + result_text(retval, err));
  if (e.pid) {
    const Pid want = e.pid->kind == ProcRef::Kind::Pid ? e.pid->pid : resolve(l, *e.pid);
    if (want != retval)
      fail("pid: expected " + std::to_string(want) + ", got " + std::to_string(retval));
  }
  if (e.status_kind != Expect::StatusKind::None) {
    const auto want_kind = static_cast<WaitStatusKind>(static_cast<int>(e.status_kind));
    const auto got_kind = static_cast<WaitStatusKind>(l.wstatus_kind);
    if (err != 0 || want_kind != got_kind || e.status_value != l.wstatus_value)
      fail("status: expected " + status_text(want_kind, e.status_value) + ", got " +
           (err ? errno_name(err) : status_text(got_kind, l.wstatus_value)));
  }
  if (e.report_event && *e.report_event != l.result_report.event)
    fail("report_event: expected " + ptrace_event_name(*e.report_event) + ", got " +
         ptrace_event_name(l.result_report.event));
  if (e.other_pid) {
    const Pid want = resolve(l, *e.other_pid);
    if (want != l.result_report.other)
      fail("other_pid: expected " + std::to_string(want) + ", got " +
           std::to_string(l.result_report.other));
  }
  if (e.fflags && *e.fflags != l.result_fflags)
    fail("fflags: expected " + note_names(*e.fflags) + ", got " + note_names(l.result_fflags));
  if (e.events && *e.events != l.result_events)
    fail("events: expected " + std::to_string(*e.events) + ", got " +
         std::to_string(l.result_events));

  if (e.lwps) { // live LWPs: p_nlwps - p_nzlwps
    const Proc& p = s_.proc_of(l);
    if (*e.lwps != p.nlwps - p.nzlwps)
      fail("lwps: expected " + std::to_string(*e.lwps) + ", got " +
           std::to_string(p.nlwps - p.nzlwps));
  }
  const bool ok = failure.empty();
  if (ok) {
    ++s_.expect_passed;
  } else {
    ++s_.expect_failed;
    if (s_.expect_failures.size() < 100) s_.expect_failures.emplace_back(op.path, failure);
  }
  if (recording())
    emit(EventKind::Expect, 0, intern(op.path), ok ? 1 : 0, intern(ok ? "ok" : failure));
}

} // namespace fs
