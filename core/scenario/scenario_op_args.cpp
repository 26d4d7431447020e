// SPDX-License-Identifier: GPL-3.0-or-later
// The arguments of operations that need more than a range check: process
// references, signals, name lists, clone/ptrace/sysctl fields and "expect".
#include "core/scenario/scenario_check.h"

#include <algorithm>
#include <array>
#include <limits>

namespace fs::detail {
namespace {

// A "<name>.<n>" (n >= 1) or "<name>#<n>" suffix digit string.
bool suffix_number(std::string_view digits, bool allow_zero) {
  if (digits.empty() || digits.size() > 9) return false;
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  if (digits[0] == '0') return allow_zero && digits.size() == 1;
  return true;
}

} // namespace

void OpCompiler::child_name(const Json& v, const std::string& ptr, Op& o, Json& norm) {
  const Json* n = Checker::get(v, "name");
  if (!n) return;
  const std::string p = at(ptr, "name");
  auto s = ck_.string(*n, p);
  if (!s) return;
  if (!is_valid_name(*s)) {
    ck_.error(p, "invalid name " + json_quote(*s) + " (names match [A-Za-z_][A-Za-z0-9_.-]*)");
  } else if (*s == "init" || *s == "any") {
    ck_.error(p, "the name " + json_quote(*s) + " is reserved");
  } else {
    declared_.insert(*s);
    o.name = *s;
    norm["name"] = *s;
  }
}

std::optional<ProcRef> OpCompiler::proc(const Json& v, const std::string& ptr, bool allow_any,
                                        int min_pid) {
  ProcRef r;
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (s == "any") {
      if (!allow_any) {
        ck_.error(ptr, "\"any\" is only allowed as the pid of a wait");
        return std::nullopt;
      }
      r.kind = ProcRef::Kind::Any;
      return r;
    }
    uses_.emplace_back(s, ptr);
    r.kind = ProcRef::Kind::Name;
    r.name = s;
    return r;
  }
  if (!v.is_number_integer()) {
    ck_.error(ptr, "expected a process name or a pid (found " + describe(v) + ")");
    return std::nullopt;
  }
  auto i = ck_.integer(v, ptr, min_pid, kInt32Max);
  if (!i) return std::nullopt;
  r.kind = ProcRef::Kind::Pid;
  r.pid = static_cast<int>(*i);
  return r;
}

std::optional<int> OpCompiler::signal(const Json& v, const std::string& ptr, int lo, int hi) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    auto sig = signal_by_name(s);
    if (!sig) ck_.error(ptr, "unknown signal " + json_quote(s));
    return sig;
  }
  if (!v.is_number()) {
    ck_.error(ptr, "expected a signal name or number (found " + describe(v) + ")");
    return std::nullopt;
  }
  auto i = ck_.integer(v, ptr, lo, hi);
  if (!i) return std::nullopt;
  return static_cast<int>(*i);
}

std::optional<uint32_t> OpCompiler::mask(const Json& v, const std::string& ptr, Lookup lookup,
                                         const char* what, bool non_empty) {
  if (!ck_.array(v, ptr)) return std::nullopt;
  if (non_empty && v.empty()) {
    ck_.error(ptr, std::string("at least one ") + what + " is required");
    return std::nullopt;
  }
  uint32_t bits = 0;
  bool ok = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    auto s = ck_.string(v[i], at(ptr, i));
    if (!s) {
      ok = false;
    } else if (auto b = lookup(*s)) {
      bits |= *b;
    } else {
      ck_.error(at(ptr, i), std::string("unknown ") + what + " " + json_quote(*s));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return bits;
}

bool OpCompiler::known(std::string_view name) const {
  for (;;) {
    if (declared_.count(std::string(name))) return true;
    const std::size_t cut = name.find_last_of(".#");
    if (cut == std::string_view::npos) return false;
    if (!suffix_number(name.substr(cut + 1), name[cut] == '#')) return false;
    name = name.substr(0, cut);
  }
}

void OpCompiler::resolve_names() {
  for (const auto& [name, ptr] : uses_)
    if (!known(name)) ck_.error(ptr, "unknown process " + json_quote(name));
}

void OpCompiler::clone_fields(const Json& v, const std::string& ptr, int repeat_depth, Op& o,
                              Json& norm) {
  child_name(v, ptr, o, norm);
  Json n;
  o.child = list(Checker::get(v, "child"), at(ptr, "child"), repeat_depth, n);
  norm["child"] = std::move(n);
  int flags = 0;
  if (const Json* f = Checker::get(v, "flags")) {
    const std::string p = at(ptr, "flags");
    if (f->is_array()) {
      auto lookup = [](std::string_view s) -> std::optional<uint32_t> {
        if (auto c = clone_flag_by_name(s)) return static_cast<uint32_t>(*c);
        return std::nullopt;
      };
      if (auto m = mask(*f, p, lookup, "clone flag", false)) flags = static_cast<int>(*m);
    } else if (f->is_number()) {
      if (auto i = ck_.integer(*f, p, 0, kInt32Max)) flags = static_cast<int>(*i);
    } else {
      ck_.error(p, "expected a list of CLONE_* names or an integer (found " + describe(*f) + ")");
    }
    norm["flags"] = *f;
  } else {
    norm["flags"] = Json::array();
  }
  int sig = NB_SIGCHLD;
  if (const Json* s = Checker::get(v, "signal")) {
    // 64..255 loads: the kernel itself refuses them with EINVAL, a lesson.
    if (auto i = signal(*s, at(ptr, "signal"), 0, 255)) sig = *i;
    norm["signal"] = *s;
  } else {
    norm["signal"] = "SIGCHLD";
  }
  o.clone_flags = (flags & ~NB_CLONE_CSIGNAL) | sig;
}

void OpCompiler::ptrace_fields(const Json& v, const std::string& ptr, Op& o, Json& norm) {
  static constexpr std::array<std::pair<std::string_view, PtraceReq>, 9> kRequests{{
      {"PT_TRACE_ME", PtraceReq::TraceMe},
      {"PT_ATTACH", PtraceReq::Attach},
      {"PT_DETACH", PtraceReq::Detach},
      {"PT_CONTINUE", PtraceReq::Continue},
      {"PT_KILL", PtraceReq::Kill},
      {"PT_SET_EVENT_MASK", PtraceReq::SetEventMask},
      {"PT_GET_EVENT_MASK", PtraceReq::GetEventMask},
      {"PT_GET_PROCESS_STATE", PtraceReq::GetProcessState},
      {"PT_SET_SIGPASS", PtraceReq::SetSigpass},
  }};
  const Json* r = ck_.require(v, ptr, "request");
  if (!r) return;
  auto name = ck_.one_of(*r, at(ptr, "request"),
                         {"PT_TRACE_ME", "PT_ATTACH", "PT_DETACH", "PT_CONTINUE", "PT_KILL",
                          "PT_SET_EVENT_MASK", "PT_GET_EVENT_MASK", "PT_GET_PROCESS_STATE",
                          "PT_SET_SIGPASS"});
  if (!name) return;
  for (const auto& [n, req] : kRequests)
    if (n == *name) o.request = req;
  norm["request"] = *name;
  // Each of the other fields belongs to some requests only.
  auto field = [&](const char* key, bool used, bool required, const char* users) -> const Json* {
    const Json* f = Checker::get(v, key);
    if (f && !used)
      ck_.key_error(at(ptr, key), "\"" + std::string(key) + "\" is only used with " + users);
    else if (!f && required)
      ck_.error(ptr, "missing required field \"" + std::string(key) + "\" (" + *name + ")");
    return used ? f : nullptr;
  };
  const bool traceme = o.request == PtraceReq::TraceMe;
  if (const Json* p = field("pid", !traceme, !traceme, "requests other than PT_TRACE_ME")) {
    if (auto ref = proc(*p, at(ptr, "pid"), false, 1)) o.target = *ref;
    norm["pid"] = *p;
  }
  const bool set_mask = o.request == PtraceReq::SetEventMask;
  if (const Json* e = field("events", set_mask, set_mask, "PT_SET_EVENT_MASK")) {
    auto lookup = [](std::string_view s) -> std::optional<uint32_t> {
      if (auto ev = ptrace_event_by_name(s)) return static_cast<uint32_t>(*ev);
      return std::nullopt;
    };
    if (auto m = mask(*e, at(ptr, "events"), lookup, "ptrace event", false))
      o.events = static_cast<int>(*m);
    norm["events"] = *e;
  }
  const bool sigpass = o.request == PtraceReq::SetSigpass;
  if (const Json* ss = field("signals", sigpass, sigpass, "PT_SET_SIGPASS")) {
    const std::string p = at(ptr, "signals");
    if (ck_.array(*ss, p)) {
      for (std::size_t i = 0; i < ss->size(); ++i)
        if (auto sig = signal((*ss)[i], at(p, i), 1, NSIG_ - 1))
          o.sigset |= uint64_t{1} << (*sig - 1);
    }
    norm["signals"] = *ss;
  }
  const bool resumes = o.request == PtraceReq::Continue || o.request == PtraceReq::Detach;
  if (const Json* s = field("signal", resumes, false, "PT_CONTINUE and PT_DETACH")) {
    if (auto sig = signal(*s, at(ptr, "signal"), 0, NSIG_ - 1)) o.signal = *sig;
    norm["signal"] = *s;
  } else if (resumes) {
    norm["signal"] = 0;
  }
}

void OpCompiler::sysctl_fields(const Json& v, const std::string& ptr, Op& o, Json& norm) {
  std::optional<std::string> name;
  if (const Json* n = ck_.require(v, ptr, "name")) {
    name = ck_.one_of(*n, at(ptr, "name"),
                      {"kern.maxproc", "kern.forkfsleep", "proc.stopfork", "proc.stopexec"});
    if (name) {
      o.sysctl = *name == "kern.maxproc"      ? SysctlName::KernMaxproc
                 : *name == "kern.forkfsleep" ? SysctlName::KernForkfsleep
                 : *name == "proc.stopfork"   ? SysctlName::ProcStopfork
                                              : SysctlName::ProcStopexec;
      norm["name"] = *name;
    }
  }
  const Json* p = Checker::get(v, "pid");
  if (name && name->rfind("proc.", 0) == 0) {
    if (!p) ck_.error(ptr, "missing required field \"pid\" (" + *name + ")");
  } else if (name && p) {
    ck_.key_error(at(ptr, "pid"), "\"pid\" is only used with proc.* names");
    p = nullptr;
  }
  if (p) {
    if (auto r = proc(*p, at(ptr, "pid"), false, 1)) o.target = *r;
    norm["pid"] = *p;
  }
  // Any value loads: kern.maxproc 30000 is the kernel's EINVAL to show.
  if (const Json* val = ck_.require(v, ptr, "value"))
    if (auto i = ck_.integer(*val, at(ptr, "value"), std::numeric_limits<int64_t>::min(),
                             std::numeric_limits<int64_t>::max()))
      o.value = *i, norm["value"] = *i;
}

void OpCompiler::expect(const Json& v, const std::string& ptr, Op& o, Json& norm) {
  if (!ck_.object(v, ptr)) return;
  ck_.known_keys(
      v, ptr, {"errno", "pid", "status", "report_event", "other_pid", "events", "fflags", "lwps"});
  o.has_expect = true;
  Expect& e = o.expect;
  Json n = Json::object();
  if (const Json* er = Checker::get(v, "errno")) {
    const std::string p = at(ptr, "errno");
    if (er->is_null()) {
      e.has_errno = true;
    } else if (!er->is_string()) {
      ck_.error(p, "expected null or an errno name (found " + describe(*er) + ")");
    } else if (auto val = errno_by_name(er->get_ref<const std::string&>())) {
      e.has_errno = true;
      e.errno_value = *val;
    } else {
      ck_.error(p, "unknown errno " + json_quote(er->get_ref<const std::string&>()));
    }
    n["errno"] = *er;
  }
  if (const Json* p = Checker::get(v, "pid")) {
    e.pid = proc(*p, at(ptr, "pid"), false, 0);
    n["pid"] = *p;
  }
  if (const Json* s = Checker::get(v, "status")) status(*s, at(ptr, "status"), o, n);
  if (const Json* r = Checker::get(v, "report_event")) {
    const std::string p = at(ptr, "report_event");
    if (r->is_string() && ptrace_event_by_name(r->get_ref<const std::string&>()))
      e.report_event = ptrace_event_by_name(r->get_ref<const std::string&>());
    else if (r->is_number_integer() && r->get<int64_t>() == 0)
      e.report_event = 0;
    else if (r->is_string())
      ck_.error(p, "unknown ptrace event " + json_quote(r->get_ref<const std::string&>()));
    else
      ck_.error(p, "expected a PTRACE_* name or 0 (found " + describe(*r) + ")");
    n["report_event"] = *r;
  }
  if (const Json* p = Checker::get(v, "other_pid")) {
    e.other_pid = proc(*p, at(ptr, "other_pid"), false, 0);
    n["other_pid"] = *p;
  }
  if (const Json* ev = Checker::get(v, "events")) {
    auto lookup = [](std::string_view s) -> std::optional<uint32_t> {
      if (auto x = ptrace_event_by_name(s)) return static_cast<uint32_t>(*x);
      return std::nullopt;
    };
    if (auto m = mask(*ev, at(ptr, "events"), lookup, "ptrace event", false))
      e.events = static_cast<int>(*m);
    n["events"] = *ev;
  }
  if (const Json* ff = Checker::get(v, "fflags")) { // kevent: exactly these NOTE_* flags
    auto lookup = [](std::string_view s) { return note_by_name(s); };
    if (auto m = mask(*ff, at(ptr, "fflags"), lookup, "kqueue note", false)) e.fflags = *m;
    n["fflags"] = *ff;
  }
  if (const Json* nl = Checker::get(v, "lwps")) { // live LWPs of the caller's process
    if (auto i = ck_.integer(*nl, at(ptr, "lwps"), 1, kInt32Max)) e.lwps = static_cast<int>(*i);
    n["lwps"] = *nl;
  }
  norm["expect"] = std::move(n);
}

void OpCompiler::status(const Json& v, const std::string& ptr, Op& o, Json& norm) {
  if (!ck_.object(v, ptr)) return;
  ck_.known_keys(v, ptr, {"exited", "stopped", "signaled"});
  const char* kind = nullptr;
  int count = 0;
  for (const char* k : {"exited", "stopped", "signaled"})
    if (Checker::get(v, k)) kind = k, ++count;
  if (count != 1) {
    ck_.error(ptr, "expected exactly one of \"exited\", \"stopped\" or \"signaled\"");
    return;
  }
  const Json& val = *Checker::get(v, kind);
  const std::string p = at(ptr, kind);
  Expect& e = o.expect;
  if (kind[0] == 'e') {
    if (auto i = ck_.integer(val, p, 0, 255)) {
      e.status_kind = Expect::StatusKind::Exited;
      e.status_value = static_cast<int>(*i);
    }
  } else if (auto sig = signal(val, p, 1, NSIG_ - 1)) {
    e.status_kind = kind[0] == 's' && kind[1] == 't' ? Expect::StatusKind::Stopped
                                                     : Expect::StatusKind::Signaled;
    e.status_value = *sig;
  }
  norm["status"] = Json::object({{kind, val}});
}

} // namespace fs::detail
