// SPDX-License-Identifier: GPL-3.0-or-later
// Validation and compilation of operations (the "Operations" table of the
// scenario format). Each op becomes one Scenario::ops entry, in document
// order, and a normalized JSON object with every default filled in. Which
// ops exist and which keys each takes is core/state/syscalls.def.
#include "core/scenario/scenario_check.h"
#include "core/scenario/suggest.h"

#include <algorithm>
#include <array>
#include <limits>

namespace fs::detail {
namespace {

// "; did you mean \"fork\"?" for a misspelt op name, "" when nothing is close.
std::string op_suggestion(std::string_view name) {
  std::array<std::string_view, kOpCount> names;
  for (int i = 0; i < kOpCount; ++i) names[static_cast<size_t>(i)] = op_info(OpKind(i)).name;
  return did_you_mean(name, names);
}

// Copies member key of v into norm when present, else the default (if any).
void keep(const Json& v, Json& norm, const char* key, const Json* dflt = nullptr) {
  if (const Json* f = Checker::get(v, key))
    norm[key] = *f;
  else if (dflt)
    norm[key] = *dflt;
}

} // namespace

int OpCompiler::list(const Json* arr, const std::string& ptr, int repeat_depth, Json& norm) {
  const int index = static_cast<int>(sc_.lists.size());
  sc_.lists.push_back(OpList{{}, ptr});
  norm = Json::array();
  if (!arr || !ck_.array(*arr, ptr)) return index;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    if (op_count_ >= kMaxOps) {
      if (op_count_++ == kMaxOps)
        ck_.error(at(ptr, i), "more than " + std::to_string(kMaxOps) + " operations in the file");
      return index;
    }
    Json n;
    const int o = op((*arr)[i], at(ptr, i), repeat_depth, n);
    sc_.lists[static_cast<std::size_t>(index)].ops.push_back(o);
    norm.push_back(std::move(n));
  }
  return index;
}

int OpCompiler::op(const Json& v, const std::string& ptr, int repeat_depth, Json& norm) {
  ++op_count_;
  const int index = static_cast<int>(sc_.ops.size());
  sc_.ops.emplace_back();
  Op o;
  o.path = ptr;
  norm = Json::object();
  const OpInfo* info = nullptr;
  if (ck_.object(v, ptr)) {
    if (const Json* name = ck_.require(v, ptr, "op")) {
      if (auto s = ck_.string(*name, at(ptr, "op"))) {
        info = find_op(*s);
        if (!info)
          ck_.error(at(ptr, "op"), "unknown operation " + json_quote(*s) + op_suggestion(*s));
      }
    }
  }
  if (info) {
    o.kind = info->kind;
    norm["op"] = info->name;
    ck_.known_keys(v, ptr, {"op", "note", "expect"}, info->fields);
    if (const Json* note = Checker::get(v, "note")) {
      if (auto s = ck_.string(*note, at(ptr, "note"))) o.note = *s, norm["note"] = *s;
    }
    fields(v, ptr, repeat_depth, o, norm);
    if (const Json* e = Checker::get(v, "expect")) {
      if (info->syscall())
        expect(*e, at(ptr, "expect"), o, norm);
      else
        ck_.key_error(at(ptr, "expect"), std::string("\"expect\" is not allowed on ") + info->name +
                                             " (it returns nothing)");
    }
  }
  sc_.ops[static_cast<std::size_t>(index)] = std::move(o);
  return index;
}

void OpCompiler::fields(const Json& v, const std::string& ptr, int repeat_depth, Op& o,
                        Json& norm) {
  auto field = [&](const char* key) { return at(ptr, key); };
  auto sub_list = [&](const char* key, bool required, int depth) {
    const Json* arr = required ? ck_.require(v, ptr, key) : Checker::get(v, key);
    Json n;
    const int l = list(arr, field(key), depth, n);
    norm[key] = std::move(n);
    return l;
  };
  switch (o.kind) {
  case OpKind::Fork:
  case OpKind::Vfork:
  case OpKind::Vfork14:
    child_name(v, ptr, o, norm);
    o.child = sub_list("child", false, repeat_depth);
    break;
  case OpKind::Clone: clone_fields(v, ptr, repeat_depth, o, norm); break;
  case OpKind::LwpCreate:
    if (const Json* n = Checker::get(v, "name"))
      if (auto s = ck_.string(*n, field("name"))) o.name = *s, norm["name"] = *s;
    o.child = sub_list("program", true, repeat_depth);
    break;
  case OpKind::Exec:
    if (const Json* p = ck_.require(v, ptr, "path"))
      if (auto s = ck_.string(*p, field("path"))) o.exec_path = *s, norm["path"] = *s;
    o.child = sub_list("program", false, repeat_depth);
    if (const Json* f = Checker::get(v, "fail")) {
      if (auto s = ck_.string(*f, field("fail"))) {
        if (auto e = errno_by_name(*s))
          o.exec_fail = *e, norm["fail"] = *s;
        else
          ck_.error(field("fail"), "unknown errno " + json_quote(*s));
      }
    }
    break;
  case OpKind::Exit:
    if (const Json* s = Checker::get(v, "status"))
      if (auto i = ck_.integer(*s, field("status"), 0, 255)) o.status = static_cast<int>(*i);
    norm["status"] = o.status;
    break;
  case OpKind::Wait: {
    o.target.kind = ProcRef::Kind::Any;
    if (const Json* p = Checker::get(v, "pid"))
      if (auto r = proc(*p, field("pid"), true, 1)) o.target = *r;
    const Json any = "any", none = Json::array();
    keep(v, norm, "pid", &any);
    if (const Json* opts = Checker::get(v, "options")) {
      auto lookup = [](std::string_view n) -> std::optional<uint32_t> {
        if (n == "WNOHANG" || n == "WUNTRACED" || n == "WALTSIG" || n == "WALLSIG")
          if (auto w = wait_option_by_name(n)) return static_cast<uint32_t>(*w);
        return std::nullopt;
      };
      if (auto m = mask(*opts, field("options"), lookup, "wait option", false))
        o.wait_options = static_cast<int>(*m);
    }
    keep(v, norm, "options", &none);
    break;
  }
  case OpKind::Raise:
  case OpKind::Kill:
    if (o.kind == OpKind::Kill) {
      if (const Json* p = ck_.require(v, ptr, "pid"))
        if (auto r = proc(*p, field("pid"), false, 1)) o.target = *r;
      keep(v, norm, "pid");
    }
    if (const Json* s = ck_.require(v, ptr, "signal"))
      if (auto sig = signal(*s, field("signal"), o.kind == OpKind::Raise ? 1 : 0, NSIG_ - 1))
        o.signal = *sig;
    keep(v, norm, "signal");
    break;
  case OpKind::Ptrace: ptrace_fields(v, ptr, o, norm); break;
  case OpKind::Setrlimit:
    if (const Json* r = ck_.require(v, ptr, "resource"))
      if (ck_.one_of(*r, field("resource"), {"RLIMIT_NPROC"})) norm["resource"] = *r;
    for (const char* key : {"cur", "max"}) {
      if (const Json* n = ck_.require(v, ptr, key)) {
        if (auto i = ck_.integer(*n, field(key), 0, std::numeric_limits<int64_t>::max())) {
          (key[0] == 'c' ? o.rlim_cur : o.rlim_max) = *i;
          norm[key] = *i;
        }
      }
    }
    break;
  case OpKind::Setuid:
  case OpKind::Seteuid:
    if (const Json* u = ck_.require(v, ptr, "uid"))
      if (auto i = ck_.integer(*u, field("uid"), 0, kInt32Max))
        o.uid = static_cast<int>(*i), norm["uid"] = *i;
    break;
  case OpKind::Sysctl: sysctl_fields(v, ptr, o, norm); break;
  case OpKind::Ktrace: {
    if (const Json* p = Checker::get(v, "pid"))
      if (auto r = proc(*p, field("pid"), false, 1)) o.target = *r;
    keep(v, norm, "pid");
    if (const Json* b = Checker::get(v, "inherit"))
      if (auto i = ck_.boolean(*b, field("inherit"))) o.inherit = *i;
    norm["inherit"] = o.inherit;
    break;
  }
  case OpKind::Kqueue: {
    if (const Json* p = ck_.require(v, ptr, "pid"))
      if (auto r = proc(*p, field("pid"), false, 1)) o.target = *r;
    keep(v, norm, "pid");
    auto lookup = [](std::string_view n) -> std::optional<uint32_t> {
      if (n == "NOTE_FORK" || n == "NOTE_TRACK" || n == "NOTE_EXIT" || n == "NOTE_EXEC")
        return note_by_name(n);
      return std::nullopt;
    };
    if (const Json* f = ck_.require(v, ptr, "fflags"))
      if (auto m = mask(*f, field("fflags"), lookup, "kqueue note", true)) o.fflags = *m;
    keep(v, norm, "fflags");
    break;
  }
  case OpKind::Compute:
  case OpKind::Sleep:
    if (const Json* t = ck_.require(v, ptr, "ticks"))
      if (auto i = ck_.integer(*t, field("ticks"), 1, 10000000))
        o.count = static_cast<int>(*i), norm["ticks"] = *i;
    break;
  case OpKind::Repeat:
    if (repeat_depth + 1 == kMaxRepeatNesting + 1)
      ck_.error(ptr, "repeat nesting deeper than " + std::to_string(kMaxRepeatNesting));
    if (const Json* c = ck_.require(v, ptr, "count"))
      if (auto i = ck_.integer(*c, field("count"), 0, 1000000))
        o.count = static_cast<int>(*i), norm["count"] = *i;
    o.body = sub_list("body", true, repeat_depth + 1);
    break;
  default: break; // kevent and the others of core/state/syscalls.def without fields
  }
}

} // namespace fs::detail
