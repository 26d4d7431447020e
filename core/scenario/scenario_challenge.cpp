// SPDX-License-Identifier: GPL-3.0-or-later
// The optional top-level "challenge" of a scenario (docs/scenario-extensions.md):
// a goal the student reaches by choosing which CPU runs each step. Checked
// with the same care as the rest of the file; its normalized form is written
// only when the file has one, so traces of other scenarios do not change.
#include "core/scenario/scenario_check.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::detail {
namespace {

using Kind = GoalEvent::Kind;

bool is_lock_kind(Kind k) {
  return k == Kind::LockSpin || k == Kind::LockSleep || k == Kind::LockAcquire;
}

class ChallengeLoader {
public:
  ChallengeLoader(Checker& ck, OpCompiler& ops, int max_cpu)
      : ck_(ck), ops_(ops), max_cpu_(max_cpu) {}

  void load(const Json& v, Challenge& c, Json& norm);

private:
  std::optional<GoalEvent> event(const Json& v, const std::string& ptr, Json& norm);
  // A field that only some event kinds use: reported when present on another kind.
  const Json* field(const Json& v, const std::string& ptr, const char* key, bool used,
                    const char* users);
  void events(const Json* arr, const std::string& ptr, bool non_empty, std::vector<GoalEvent>& out,
              Json& norm);

  Checker& ck_;
  OpCompiler& ops_;
  int max_cpu_;
};

const Json* ChallengeLoader::field(const Json& v, const std::string& ptr, const char* key,
                                   bool used, const char* users) {
  const Json* f = Checker::get(v, key);
  if (f && !used)
    ck_.key_error(at(ptr, key), "\"" + std::string(key) + "\" is only used with " + users);
  return used ? f : nullptr;
}

std::optional<GoalEvent> ChallengeLoader::event(const Json& v, const std::string& ptr, Json& norm) {
  if (!ck_.object(v, ptr)) return std::nullopt;
  ck_.known_keys(
      v, ptr, {"event", "cpu", "proc", "lock", "cv", "syscall", "errno", "signal", "step", "text"});
  const Json* ev = ck_.require(v, ptr, "event");
  if (!ev) return std::nullopt;
  auto name = ck_.one_of(*ev, at(ptr, "event"),
                         {"lock_spin", "lock_sleep", "lock_acquire", "cv_wait", "stop", "exit",
                          "runs", "syscall_return", "step"});
  if (!name) return std::nullopt;
  GoalEvent g;
  g.kind = *goal_event_kind_by_name(*name);
  norm = Json{{"event", *name}};
  bool ok = true;
  if (const Json* f = Checker::get(v, "cpu")) {
    if (auto i = ck_.integer(*f, at(ptr, "cpu"), 0, max_cpu_))
      g.cpu = static_cast<int>(*i), norm["cpu"] = *i;
    else
      ok = false;
  }
  if (const Json* f = Checker::get(v, "proc")) {
    if (auto s = ck_.string(*f, at(ptr, "proc"))) {
      ops_.use(*s, at(ptr, "proc")); // resolved with the programs' names
      g.proc = *s, norm["proc"] = *s;
    } else {
      ok = false;
    }
  }
  if (const Json* f = field(v, ptr, "lock", is_lock_kind(g.kind), "lock_* events")) {
    if (auto s = ck_.string(*f, at(ptr, "lock"))) g.lock = *s, norm["lock"] = *s;
  }
  if (const Json* f = field(v, ptr, "cv", g.kind == Kind::CvWait, "cv_wait")) {
    if (auto s = ck_.string(*f, at(ptr, "cv"))) g.cv = *s, norm["cv"] = *s;
  }
  const bool sys = g.kind == Kind::SyscallReturn;
  if (const Json* f = field(v, ptr, "syscall", sys, "syscall_return")) {
    if (auto s = ck_.string(*f, at(ptr, "syscall"))) {
      if (syscall_id(*s) < 0)
        ck_.error(at(ptr, "syscall"), "unknown system call " + json_quote(*s));
      g.syscall = *s, norm["syscall"] = *s;
    }
  }
  if (const Json* f = field(v, ptr, "errno", sys, "syscall_return")) {
    const std::string p = at(ptr, "errno");
    if (f->is_null())
      g.error = 0;
    else if (!f->is_string())
      ck_.error(p, "expected null or an errno name (found " + describe(*f) + ")");
    else if (auto e = errno_by_name(f->get_ref<const std::string&>()))
      g.error = *e;
    else
      ck_.error(p, "unknown errno " + json_quote(f->get_ref<const std::string&>()));
    norm["errno"] = *f;
  }
  if (const Json* f = field(v, ptr, "signal", g.kind == Kind::Stop, "stop")) {
    const std::string p = at(ptr, "signal");
    std::optional<int> sig;
    if (f->is_string()) {
      sig = signal_by_name(f->get_ref<const std::string&>());
      if (!sig) ck_.error(p, "unknown signal " + json_quote(f->get_ref<const std::string&>()));
    } else if (auto i = ck_.integer(*f, p, 1, 63)) {
      sig = static_cast<int>(*i);
    }
    if (sig) g.signal = *sig, norm["signal"] = *f;
  }
  if (const Json* f = field(v, ptr, "step", g.kind == Kind::Step, "step")) {
    if (auto s = ck_.string(*f, at(ptr, "step"))) {
      if (find_step(*s) < 0) ck_.error(at(ptr, "step"), "unknown step label " + json_quote(*s));
      g.step = *s, norm["step"] = *s;
    }
  }
  if (const Json* f = Checker::get(v, "text")) {
    if (auto s = ck_.string(*f, at(ptr, "text"))) g.text = *s;
  }
  // Every item has a checklist line: the file's own, or one made from its fields.
  if (g.text.empty()) g.text = describe_goal_event(g);
  norm["text"] = g.text;
  if (!ok) return std::nullopt;
  return g;
}

void ChallengeLoader::events(const Json* arr, const std::string& ptr, bool non_empty,
                             std::vector<GoalEvent>& out, Json& norm) {
  norm = Json::array();
  if (!arr || !ck_.array(*arr, ptr)) return;
  if (non_empty && arr->empty()) ck_.error(ptr, "at least one event is required");
  for (std::size_t i = 0; i < arr->size(); ++i) {
    Json n;
    if (auto g = event((*arr)[i], at(ptr, i), n)) out.push_back(std::move(*g));
    norm.push_back(std::move(n));
  }
}

void ChallengeLoader::load(const Json& v, Challenge& c, Json& norm) {
  const std::string ptr = "/challenge";
  if (!ck_.object(v, ptr)) return;
  ck_.known_keys(v, ptr, {"goal", "in_order", "never", "hints", "par_steps", "solution"});
  if (const Json* g = ck_.require(v, ptr, "goal")) {
    if (auto s = ck_.string(*g, at(ptr, "goal"))) {
      if (s->empty()) ck_.error(at(ptr, "goal"), "the goal must not be empty");
      c.goal = *s;
    }
  }
  Json in_order, never;
  events(ck_.require(v, ptr, "in_order"), at(ptr, "in_order"), true, c.in_order, in_order);
  events(Checker::get(v, "never"), at(ptr, "never"), false, c.never, never);
  if (const Json* h = Checker::get(v, "hints"); h && ck_.array(*h, at(ptr, "hints"))) {
    for (std::size_t i = 0; i < h->size(); ++i)
      if (auto s = ck_.string((*h)[i], at(at(ptr, "hints"), i))) c.hints.push_back(*s);
  }
  if (const Json* p = Checker::get(v, "par_steps"))
    if (auto i = ck_.integer(*p, at(ptr, "par_steps"), 0, 2000000000))
      c.par_steps = static_cast<uint64_t>(*i);
  if (const Json* s = Checker::get(v, "solution"); s && ck_.array(*s, at(ptr, "solution"))) {
    const std::string sp = at(ptr, "solution");
    if (s->size() > kMaxScript)
      ck_.error(sp, "a solution has at most " + std::to_string(kMaxScript) + " entries");
    else
      for (std::size_t i = 0; i < s->size(); ++i)
        if (auto cpu = ck_.integer((*s)[i], at(sp, i), 0, max_cpu_))
          c.solution.push_back(static_cast<int>(*cpu));
  }
  norm = Json{{"goal", c.goal},   {"in_order", std::move(in_order)}, {"never", std::move(never)},
              {"hints", c.hints}, {"par_steps", c.par_steps},        {"solution", c.solution}};
}

} // namespace

void load_challenge(Checker& ck, OpCompiler& ops, const Json& v, int max_cpu, Scenario& sc,
                    Json& norm) {
  Challenge c;
  ChallengeLoader(ck, ops, max_cpu).load(v, c, norm);
  sc.challenge = std::move(c);
}

std::string challenge_cpus_fit(const Challenge& c, int cpus) {
  auto refuse = [&](int cpu, const std::string& where) {
    return "--cpus " + std::to_string(cpus) + ": the scenario's challenge uses CPU " +
           std::to_string(cpu) + " (" + where + ")";
  };
  for (const auto* goals : {&c.in_order, &c.never})
    for (const GoalEvent& g : *goals)
      if (g.cpu >= cpus) return refuse(g.cpu, g.text);
  for (std::size_t i = 0; i < c.solution.size(); ++i)
    if (c.solution[i] >= cpus) return refuse(c.solution[i], "solution entry " + std::to_string(i));
  return "";
}

} // namespace fs::detail
