// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/forkpy.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "core/classroom/forkpy_tree.h"
#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"

namespace fs {

namespace {

using Json = nlohmann::ordered_json;

std::string qt(std::string_view s) { return "\"" + std::string(s) + "\""; }

// The generated program of every process, with the sleep before each action
// (and before the final exit) as the knobs that calibration turns.
struct Plan {
  const std::vector<ForkpyAction>* actions = nullptr;
  int gap = 200;
  std::vector<int64_t> sleep_before;           // per action
  std::map<std::string, int64_t> sleep_to_end; // per process alive after the last action

  int64_t target(size_t i) const { return static_cast<int64_t>(i + 1) * gap; }
  int64_t end_time() const { return static_cast<int64_t>(actions->size() + 1) * gap; }

  static void add_sleep(Json& prog, int64_t ticks) {
    if (ticks >= 1) prog.push_back(Json{{"op", "sleep"}, {"ticks", ticks}});
  }

  // The program of `name`, which starts right after action `from` (0 = boot).
  Json program(const std::string& name, size_t from) const {
    Json prog = Json::array();
    const auto& acts = *actions;
    for (size_t i = from; i < acts.size(); ++i) {
      const ForkpyAction& a = acts[i];
      if (a.actor != name) continue;
      add_sleep(prog, sleep_before[i]);
      const std::string note = "action " + std::to_string(i + 1) + ": " + a.text;
      if (!a.fork) {
        prog.push_back(Json{{"op", "exit"}, {"note", note}, {"status", 0}});
        return prog;
      }
      Json op{{"op", "fork"}, {"name", a.child}, {"note", note}};
      op["expect"] = Json{{"errno", nullptr}, {"pid", a.child}};
      op["child"] = program(a.child, i + 1);
      prog.push_back(std::move(op));
    }
    add_sleep(prog, sleep_to_end.at(name));
    prog.push_back(Json{{"op", "exit"}, {"note", "end: " + name + " exits"}, {"status", 0}});
    return prog;
  }
};

std::string describe(std::string_view text, const ForkpyOptions& opt) {
  std::string d = "Imported from an OSTEP `fork.py` problem";
  if (!opt.origin.empty()) d += " (" + opt.origin + ")";
  d += ": `" + std::string(text) + "`.\n\nAction *i* happens at tick *i* x " +
       std::to_string(opt.gap) + " (`a+b`: a forks b; `b-`: b exits); at the end every live " +
       "process exits.\n\n**Watch for:**\n\n- When a process exits, its children are reparented "
       "to **init** (pid 1), not to `a` as fork.py draws it" +
       (opt.local_reparent ? std::string(" (nor to the exiting process's parent, fork.py -R)")
                           : std::string()) +
       ".\n- An exited process stays a **zombie** until its parent waits; nobody here waits, so "
       "zombies linger until their parent exits and init reaps them.\n- Only the dead process's "
       "direct children move: grandchildren stay with their own parents.";
  return d;
}

} // namespace

ForkpyImport import_forkpy(std::string_view text, const ForkpyOptions& opt) {
  ForkpyImport out;
  ForkpyParse parsed = parse_forkpy_actions(text);
  out.errors = parsed.errors;
  if (opt.cpus < 1 || opt.cpus > 64) out.errors.push_back("cpus must be 1..64");
  if (opt.gap < 50 || opt.gap > 100000) out.errors.push_back("gap must be 50..100000 ticks");
  if (!out.errors.empty()) return out;
  const std::vector<ForkpyAction>& acts = parsed.actions;
  std::string canonical;
  for (const ForkpyAction& a : acts) canonical += (canonical.empty() ? "" : ",") + a.text;

  // The fork.py side, and who is alive after the last action.
  forkpy::PyModel model(opt.local_reparent);
  std::vector<forkpy::TreeNode> py_trees;
  std::set<std::string> live{"a"};
  Plan plan;
  plan.actions = &acts;
  plan.gap = opt.gap;
  std::map<std::string, int64_t> last_time{{"a", 0}};
  std::map<std::string, int> last_action{{"a", -1}}; // action before which `name` sleeps next
  std::vector<int> prev(acts.size());                // the action that ends before action i's sleep
  for (size_t i = 0; i < acts.size(); ++i) {
    const ForkpyAction& a = acts[i];
    model.apply(a);
    py_trees.push_back(model.tree());
    plan.sleep_before.push_back(plan.target(i) - last_time[a.actor]);
    last_time[a.actor] = plan.target(i);
    prev[i] = last_action[a.actor];
    last_action[a.actor] = static_cast<int>(i);
    if (a.fork) last_action[a.child] = static_cast<int>(i);
    if (a.fork)
      live.insert(a.child), last_time[a.child] = plan.target(i);
    else
      live.erase(a.actor);
  }
  for (const std::string& n : live) plan.sleep_to_end[n] = plan.end_time() - last_time[n];

  Json doc;
  auto build = [&] {
    doc = Json{{"format", "forkscope-scenario"},
               {"version", 1},
               {"title", "fork.py: " +
                             (canonical.size() > 60 ? canonical.substr(0, 57) + "..." : canonical)},
               {"description", describe(canonical, opt)},
               {"tags", Json{"fork", "exit", "orphans", "fork.py", "classroom"}}};
    const uint64_t ticks = static_cast<uint64_t>(plan.end_time()) + 10000;
    doc["machine"] = Json{{"cpus", opt.cpus}, {"max_steps", ticks * 4 * opt.cpus + 1000000}};
    // Nobody waits, so zombies linger and count against kern.maxproc and
    // RLIMIT_NPROC: raise both when the defaults (1044, 160) could refuse a fork.
    const auto forks = std::count_if(acts.begin(), acts.end(), [](auto& a) { return a.fork; });
    if (forks + 20 > 160) {
      doc["machine"]["maxproc"] = std::max<int64_t>(1044, forks + 20);
      doc["machine"]["maxuprc"] = forks + 20;
    }
    doc["x-forkpy"] =
        Json{{"actions", canonical}, {"gap", opt.gap}, {"local_reparent", opt.local_reparent}};
    if (!opt.origin.empty()) doc["x-forkpy"]["origin"] = opt.origin;
    doc["processes"] =
        Json::array({Json{{"name", "a"}, {"uid", 1000}, {"program", plan.program("a", 0)}}});
  };
  auto load = [&]() -> std::shared_ptr<const Scenario> {
    ScenarioLoad l = load_scenario_text(doc.dump(), "forkpy.json");
    for (const LoadError& e : l.errors) out.errors.push_back("internal: " + e.str());
    return l.scenario ? std::make_shared<const Scenario>(std::move(*l.scenario)) : nullptr;
  };

  // Calibrate: run, see when each action really began, shorten the sleep before
  // it by the delay (fork and wake-up latencies add up along a process's life),
  // until every action begins at exactly tick (i+1)*gap.
  std::unique_ptr<Timeline> tl;
  std::vector<uint32_t> note_seq(acts.size());
  for (int iter = 0;; ++iter) {
    build();
    auto sc = load();
    if (!sc) return out;
    tl = std::make_unique<Timeline>(sc);
    const Trace& t = tl->trace();
    std::map<std::string, uint32_t> by_text;
    for (uint32_t s = 0; s < t.events.size(); ++s)
      if (t.events[s].kind == EventKind::Note)
        by_text.emplace(t.strings.at(t.events[s].note_text()), s);
    bool exact = true, missing = false;
    std::vector<int64_t> drift(acts.size(), 0);
    for (size_t i = 0; i < acts.size(); ++i) {
      auto it = by_text.find("action " + std::to_string(i + 1) + ": " + acts[i].text);
      if (it == by_text.end()) {
        missing = true;
        continue;
      }
      note_seq[i] = it->second;
      drift[i] = static_cast<int64_t>(t.tick_of_event(it->second)) - plan.target(i);
    }
    if (missing) {
      out.errors.push_back("internal: an action never ran (outcome " +
                           std::string(run_state_name(tl->final_state())) + ")");
      return out;
    }
    // Shortening the sleep before action i by c moves action i, and every
    // later action of its process and its descendants, by -c: so c accounts
    // for the move its predecessor gets in this round (shift[prev]).
    std::vector<int64_t> shift(acts.size(), 0);
    for (size_t i = 0; i < acts.size(); ++i) {
      const int64_t before = prev[i] < 0 ? 0 : shift[static_cast<size_t>(prev[i])];
      int64_t c = drift[i] + before;
      if (drift[i] != 0) exact = false;
      c = std::min(c, plan.sleep_before[i] - 1);
      plan.sleep_before[i] -= c;
      shift[i] = before - c;
    }
    for (auto& [name, ticks] : plan.sleep_to_end) {
      const int last = last_action[name];
      if (last >= 0) ticks = std::max<int64_t>(1, ticks - shift[static_cast<size_t>(last)]);
    }
    if (exact || iter >= 8) break;
  }
  if (tl->final_state() != RunState::Completed) {
    out.errors.push_back("internal: the generated scenario ended in " +
                         std::string(run_state_name(tl->final_state())));
    return out;
  }
  out.scenario_json = doc.dump(2) + "\n";

  // The NetBSD side: the state once action i completed and before action i+1 began.
  const Trace& t = tl->trace();
  std::vector<uint32_t> end_notes;
  for (uint32_t s = 0; s < t.events.size(); ++s)
    if (t.events[s].kind == EventKind::Note &&
        t.strings.at(t.events[s].note_text()).rfind("end: ", 0) == 0)
      end_notes.push_back(s);
  const uint32_t first_end = end_notes.empty()
                                 ? static_cast<uint32_t>(t.events.size())
                                 : *std::min_element(end_notes.begin(), end_notes.end());
  std::vector<forkpy::TreeNode> bsd_trees;
  for (size_t i = 0; i < acts.size(); ++i) {
    const Event& note = t.events[note_seq[i]];
    const Pid actor = note.pid;
    const ProcAction want = acts[i].fork ? ProcAction::Publish : ProcAction::Zombie;
    uint32_t done = note_seq[i];
    for (; done < t.events.size(); ++done) {
      const Event& e = t.events[done];
      if (e.kind == EventKind::Proc && e.proc_action() == want &&
          (acts[i].fork ? e.proc_ppid() == actor : e.proc_target() == actor))
        break;
    }
    const uint32_t next = i + 1 < acts.size() ? note_seq[i + 1] : first_end;
    if (done >= next || t.step_of_event(done) >= t.step_of_event(next)) {
      out.errors.push_back("action " + std::to_string(i + 1) + " " + qt(acts[i].text) +
                           " did not complete before the next one began: use a larger gap");
      out.scenario_json.clear();
      return out;
    }
    bsd_trees.push_back(forkpy::netbsd_tree(tl->state_at(t.step_of_event(next))));
    ForkpyStep st{
        acts[i].text, forkpy::compact(bsd_trees.back()), forkpy::compact(py_trees[i]), {}};
    const auto bsd_parents = forkpy::live_parents(bsd_trees.back());
    for (const auto& [name, parent] : forkpy::live_parents(py_trees[i])) {
      auto it = bsd_parents.find(name);
      if (it == bsd_parents.end() || it->second != parent) st.moved.push_back(name);
    }
    out.steps.push_back(std::move(st));
  }
  out.answer = forkpy::render_answer(canonical, acts, bsd_trees, py_trees, out.steps, opt);
  return out;
}

} // namespace fs
