// SPDX-License-Identifier: GPL-3.0-or-later
// The document level of a scenario: format and version, machine, processes,
// the normalized form, and command-line overrides. Operations are compiled in
// scenario_ops.cpp. Every problem is collected (document order); a scenario is
// returned only when there is none.
#include "core/scenario/scenario_check.h"
#include "core/support/located_error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <type_traits>

namespace fs {
namespace {

using detail::at;
using detail::Checker;
using detail::Json;

const char* schedule_name(ScheduleKind k) {
  return k == ScheduleKind::Random ? "random" : "round-robin";
}

Json schedule_json(const MachineConfig& m) {
  if (m.schedule != ScheduleKind::Script) return schedule_name(m.schedule);
  return Json{{"script", m.script}, {"then", schedule_name(m.script_then)}};
}

Json machine_json(const MachineConfig& m) {
  Json j = Json::object();
  j["cpus"] = m.cpus;
  j["maxproc"] = m.maxproc;
  j["maxuprc"] = m.maxuprc;
  j["pid_alloc"] = m.pid_sequential ? "sequential" : "netbsd";
  j["uarea_limit"] = m.uarea_limit ? Json(*m.uarea_limit) : Json(nullptr);
  j["forkfsleep_ms"] = m.forkfsleep_ms;
  j["hz"] = m.hz;
  j["seed"] = m.seed;
  j["schedule"] = schedule_json(m);
  j["max_steps"] = m.max_steps;
  j["max_ticks"] = m.max_ticks;
  j["quantum"] = m.quantum;
  j["inject_proc_alloc_failure"] = m.inject_proc_alloc_failure;
  j["kpreempt"] = m.kpreempt;
  return j;
}

void load_schedule(Checker& ck, const Json& v, const std::string& ptr, MachineConfig& m,
                   bool cpus_ok) {
  if (v.is_string()) {
    if (auto s = ck.one_of(v, ptr, {"round-robin", "random"}))
      m.schedule = *s == "random" ? ScheduleKind::Random : ScheduleKind::RoundRobin;
    return;
  }
  if (!v.is_object()) {
    ck.error(ptr, "expected \"round-robin\", \"random\" or {\"script\": [...]} (found " +
                      detail::describe(v) + ")");
    return;
  }
  ck.known_keys(v, ptr, {"script", "then"});
  if (const Json* t = Checker::get(v, "then"))
    if (auto s = ck.one_of(*t, at(ptr, "then"), {"round-robin", "random"}))
      m.script_then = *s == "random" ? ScheduleKind::Random : ScheduleKind::RoundRobin;
  const Json* script = ck.require(v, ptr, "script");
  if (!script) return;
  const std::string sp = at(ptr, "script");
  if (!ck.array(*script, sp)) return;
  if (script->empty() || script->size() > detail::kMaxScript) {
    ck.error(sp, "a script needs 1.." + std::to_string(detail::kMaxScript) + " entries (found " +
                     std::to_string(script->size()) + ")");
    return;
  }
  m.schedule = ScheduleKind::Script;
  m.script.reserve(script->size());
  const int hi = cpus_ok ? m.cpus - 1 : 63;
  for (std::size_t i = 0; i < script->size(); ++i)
    if (auto c = ck.integer((*script)[i], at(sp, i), 0, hi))
      m.script.push_back(static_cast<int>(*c));
}

// Returns whether machine.cpus is usable for range checks elsewhere.
bool load_machine(Checker& ck, const Json& v, MachineConfig& m) {
  const std::string ptr = "/machine";
  if (!ck.object(v, ptr)) return false;
  ck.known_keys(v, ptr,
                {"cpus", "maxproc", "maxuprc", "pid_alloc", "uarea_limit", "forkfsleep_ms", "hz",
                 "seed", "schedule", "max_steps", "max_ticks", "quantum",
                 "inject_proc_alloc_failure", "kpreempt"});
  auto int_field = [&](const char* key, auto& out, int64_t lo, int64_t hi) {
    const Json* f = Checker::get(v, key);
    if (!f) return true;
    auto i = ck.integer(*f, at(ptr, key), lo, hi);
    if (i) out = static_cast<std::remove_reference_t<decltype(out)>>(*i);
    return i.has_value();
  };
  const bool cpus_ok = int_field("cpus", m.cpus, 1, 64);
  int_field("maxproc", m.maxproc, 1, 29999);
  int_field("maxuprc", m.maxuprc, 0, detail::kInt32Max);
  if (const Json* f = Checker::get(v, "pid_alloc"))
    if (auto s = ck.one_of(*f, at(ptr, "pid_alloc"), {"netbsd", "sequential"}))
      m.pid_sequential = *s == "sequential";
  if (const Json* f = Checker::get(v, "uarea_limit"); f && !f->is_null()) {
    if (auto i = ck.integer(*f, at(ptr, "uarea_limit"), 1, 1000000))
      m.uarea_limit = static_cast<int>(*i);
  }
  int_field("forkfsleep_ms", m.forkfsleep_ms, 0, 20000);
  int_field("hz", m.hz, 1, 10000);
  if (const Json* f = Checker::get(v, "seed"))
    if (auto u = ck.unsigned_integer(*f, at(ptr, "seed"))) m.seed = *u;
  if (const Json* f = Checker::get(v, "schedule"))
    load_schedule(ck, *f, at(ptr, "schedule"), m, cpus_ok);
  int_field("max_steps", m.max_steps, 1, 2000000000);
  int_field("max_ticks", m.max_ticks, 1, kMaxTicksLimit);
  int_field("quantum", m.quantum, 1, 1000);
  if (const Json* f = Checker::get(v, "inject_proc_alloc_failure"))
    if (auto b = ck.boolean(*f, at(ptr, "inject_proc_alloc_failure")))
      m.inject_proc_alloc_failure = *b;
  if (const Json* f = Checker::get(v, "kpreempt"))
    if (auto b = ck.boolean(*f, at(ptr, "kpreempt"))) m.kpreempt = *b;
  return cpus_ok;
}

void load_process(Checker& ck, detail::OpCompiler& ops, const Json& v, const std::string& ptr,
                  Scenario& sc, Json& norm) {
  ProcessSpec p;
  p.rlimit_nproc = sc.machine.maxuprc;
  if (!ck.object(v, ptr)) return;
  ck.known_keys(
      v, ptr,
      {"name", "uid", "euid", "svuid", "rlimit_nproc", "stopfork", "ktrace_inherit", "program"});
  if (const Json* n = ck.require(v, ptr, "name")) {
    const std::string np = at(ptr, "name");
    if (auto s = ck.string(*n, np)) {
      if (!detail::is_valid_name(*s))
        ck.error(np, "invalid name " + json_quote(*s) + " (names match [A-Za-z_][A-Za-z0-9_.-]*)");
      else if (*s == "init" || *s == "any")
        ck.error(np, "the name " + json_quote(*s) + " is reserved");
      else if (std::any_of(sc.processes.begin(), sc.processes.end(),
                           [&](const ProcessSpec& q) { return q.name == *s; }))
        ck.error(np, "duplicate process name " + json_quote(*s));
      p.name = *s;
      ops.declare(*s);
    }
  }
  bool euid_set = false;
  if (const Json* f = Checker::get(v, "uid"))
    if (auto i = ck.integer(*f, at(ptr, "uid"), 0, detail::kInt32Max)) p.uid = static_cast<int>(*i);
  if (const Json* f = Checker::get(v, "euid"))
    if (auto i = ck.integer(*f, at(ptr, "euid"), 0, detail::kInt32Max))
      p.euid = static_cast<int>(*i), euid_set = true;
  if (!euid_set) p.euid = p.uid;
  // The saved uid is the effective uid, as exec's credexec leaves it, unless
  // the scenario says otherwise (a process that already changed its ids).
  p.svuid = p.euid;
  bool svuid_set = false;
  if (const Json* f = Checker::get(v, "svuid"))
    if (auto i = ck.integer(*f, at(ptr, "svuid"), 0, detail::kInt32Max))
      p.svuid = static_cast<int>(*i), svuid_set = true;
  if (const Json* f = Checker::get(v, "rlimit_nproc"))
    if (auto i = ck.integer(*f, at(ptr, "rlimit_nproc"), 0, detail::kInt32Max)) p.rlimit_nproc = *i;
  if (const Json* f = Checker::get(v, "stopfork"))
    if (auto b = ck.boolean(*f, at(ptr, "stopfork"))) p.stopfork = *b;
  if (const Json* f = Checker::get(v, "ktrace_inherit"))
    if (auto b = ck.boolean(*f, at(ptr, "ktrace_inherit"))) p.ktrace_inherit = *b;
  Json program;
  p.program = ops.list(ck.require(v, ptr, "program"), at(ptr, "program"), 0, program);
  norm = Json{{"name", p.name}, {"uid", p.uid}, {"euid", p.euid}};
  if (svuid_set && p.svuid != p.euid) norm["svuid"] = p.svuid; // older files stay byte-identical
  norm.update(Json{{"rlimit_nproc", p.rlimit_nproc},
                   {"stopfork", p.stopfork},
                   {"ktrace_inherit", p.ktrace_inherit},
                   {"program", std::move(program)}});
  sc.processes.push_back(std::move(p));
}

// Checks the document; fills sc and norm as far as it can.
void load_document(Checker& ck, const Json& root, Scenario& sc, Json& norm) {
  if (!ck.object(root, "")) return;
  // Nothing else means anything in another format or version: stop there.
  const std::size_t before = ck.error_count();
  if (const Json* f = ck.require(root, "", "format"))
    if (auto s = ck.string(*f, "/format"); s && *s != "forkscope-scenario")
      ck.error("/format",
               "not a Forkscope scenario (format must be \"forkscope-scenario\", found " +
                   json_quote(*s) + ")");
  if (const Json* v = ck.require(root, "", "version")) {
    auto i = ck.integer(*v, "/version", std::numeric_limits<int64_t>::min(),
                        std::numeric_limits<int64_t>::max());
    if (i && *i != 1)
      ck.error("/version",
               "unsupported version " + std::to_string(*i) + " (this build reads version 1)");
  }
  if (ck.error_count() != before) return;

  ck.known_keys(root, "",
                {"format", "version", "title", "description", "tags", "machine", "expect_outcome",
                 "processes", "challenge", "explore"});
  if (const Json* t = ck.require(root, "", "title")) {
    if (auto s = ck.string(*t, "/title")) {
      if (s->empty()) ck.error("/title", "the title must not be empty");
      sc.title = *s;
    }
  }
  if (const Json* d = Checker::get(root, "description"))
    if (auto s = ck.string(*d, "/description")) sc.description = *s;
  if (const Json* t = Checker::get(root, "tags"); t && ck.array(*t, "/tags")) {
    for (std::size_t i = 0; i < t->size(); ++i)
      if (auto s = ck.string((*t)[i], at("/tags", i))) sc.tags.push_back(*s);
  }
  bool cpus_ok = true;
  if (const Json* m = Checker::get(root, "machine")) cpus_ok = load_machine(ck, *m, sc.machine);
  if (const Json* e = Checker::get(root, "expect_outcome"))
    if (auto s =
            ck.one_of(*e, "/expect_outcome", {"completed", "deadlock", "step_limit", "tick_limit"}))
      sc.expect_outcome = *s;

  if (const Json* x = Checker::get(root, "explore"); x && ck.object(*x, "/explore")) {
    ck.known_keys(*x, "/explore", {"expectations"});
    if (const Json* e = Checker::get(*x, "expectations"))
      if (auto s = ck.one_of(*e, "/explore/expectations", {"every_schedule", "some_schedule"}))
        sc.expectations_some_schedule = *s == "some_schedule";
  }

  detail::OpCompiler ops(ck, sc);
  ops.declare("init");
  Json procs = Json::array();
  if (const Json* ps = ck.require(root, "", "processes"); ps && ck.array(*ps, "/processes")) {
    if (ps->empty())
      ck.error("/processes", "at least one process is required");
    else if (ps->size() > detail::kMaxProcesses)
      ck.error("/processes", "more than " + std::to_string(detail::kMaxProcesses) + " processes");
    else
      for (std::size_t i = 0; i < ps->size(); ++i) {
        Json p;
        load_process(ck, ops, (*ps)[i], at("/processes", i), sc, p);
        procs.push_back(std::move(p));
      }
  }
  Json challenge; // stays null when the file has none
  if (const Json* c = Checker::get(root, "challenge"))
    detail::load_challenge(ck, ops, *c, cpus_ok ? sc.machine.cpus - 1 : 63, sc, challenge);
  ops.resolve_names();

  norm = Json::object();
  norm["format"] = "forkscope-scenario";
  norm["version"] = 1;
  norm["title"] = sc.title;
  norm["description"] = sc.description;
  norm["tags"] = sc.tags;
  norm["machine"] = machine_json(sc.machine);
  norm["expect_outcome"] = sc.expect_outcome;
  norm["processes"] = std::move(procs);
  if (!challenge.is_null()) norm["challenge"] = std::move(challenge);
  // Only when the file has it, so every other scenario's trace stays byte-identical.
  if (Checker::get(root, "explore"))
    norm["explore"] = {
        {"expectations", sc.expectations_some_schedule ? "some_schedule" : "every_schedule"}};
}

} // namespace

std::string LoadError::str() const {
  return format_located_error(file, line, col, json_path, message);
}

ScenarioLoad load_scenario_text(std::string_view text, const std::string& file) {
  ScenarioLoad out;
  JsonParseResult parsed = parse_json_with_positions(text);
  if (!parsed.ok) {
    out.errors.push_back(
        LoadError{file, parsed.error_pos.line, parsed.error_pos.col, "", parsed.error});
    return out;
  }
  Checker ck(parsed.doc, file);
  Scenario sc;
  sc.file = file;
  Json norm;
  load_document(ck, parsed.doc.value, sc, norm);
  out.errors = ck.take_errors();
  if (out.errors.empty()) {
    sc.normalized = std::move(norm);
    out.scenario = std::move(sc);
  }
  return out;
}

ScenarioLoad load_scenario_file(const std::string& path) {
  auto fail = [&](const std::string& why) {
    ScenarioLoad out;
    out.errors.push_back(LoadError{path, 0, 0, "", why});
    return out;
  };
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return fail("cannot open " + path + ": " + std::strerror(errno));
  std::string text;
  char buf[65536];
  for (;;) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f.get());
    text.append(buf, n);
    if (text.size() > kJsonMaxBytes) return fail("cannot load " + path + ": larger than 16 MiB");
    if (n < sizeof buf) break;
  }
  if (std::ferror(f.get())) return fail("cannot read " + path + ": " + std::strerror(errno));
  return load_scenario_text(text, path);
}

std::string apply_overrides(Scenario& s, const ScenarioOverrides& o) {
  MachineConfig m = s.machine;
  if (o.cpus) {
    if (*o.cpus < 1 || *o.cpus > 64)
      return "--cpus " + std::to_string(*o.cpus) + " is out of range 1..64";
    m.cpus = *o.cpus;
  }
  if (o.seed) m.seed = *o.seed;
  if (o.schedule) {
    if (*o.schedule != "round-robin" && *o.schedule != "random")
      return "--schedule must be \"round-robin\" or \"random\" (found " + json_quote(*o.schedule) +
             ")";
    m.schedule = *o.schedule == "random" ? ScheduleKind::Random : ScheduleKind::RoundRobin;
    m.script.clear();
  }
  if (o.max_steps) {
    if (*o.max_steps < 1 || *o.max_steps > 2000000000)
      return "--max-steps " + std::to_string(*o.max_steps) + " is out of range 1..2000000000";
    m.max_steps = *o.max_steps;
  }
  if (m.schedule == ScheduleKind::Script) {
    for (std::size_t i = 0; i < m.script.size(); ++i)
      if (m.script[i] >= m.cpus)
        return "--cpus " + std::to_string(m.cpus) + ": the scenario's schedule script uses CPU " +
               std::to_string(m.script[i]) + " (entry " + std::to_string(i) + ")";
  }
  if (s.challenge)
    if (std::string msg = detail::challenge_cpus_fit(*s.challenge, m.cpus); !msg.empty())
      return msg;
  s.machine = std::move(m);
  if (s.normalized.is_object()) s.normalized["machine"] = machine_json(s.machine);
  return "";
}

} // namespace fs
