// SPDX-License-Identifier: GPL-3.0-or-later
// LockContention questions: an LWP wants an adaptive mutex (proc_lock, a
// p_lock, ktrace_lock) that another LWP holds. Does it spin or sleep? Asked
// just before the attempt that the trace records as a spin or a sleep.
#include <cstring>

#include "core/classroom/quiz_internal.h"
#include "core/state/names.h"
#include "core/state/step_table.h"

namespace fs::quiz {
namespace {

// The adaptive mutexes: spin mutexes (p_stmutex, lwp_lock) never sleep, so
// asking about them would teach nothing.
bool is_adaptive_name(const std::string& n) {
  return n == "proc_lock" || n == "ktrace_lock" || n.rfind("p_lock#", 0) == 0;
}

// The mutex slot with this trace name in s, -1 when none.
int32_t mutex_slot(const KernelState& s, const std::string& name) {
  for (size_t i = 0; i < s.mutexes.size(); ++i)
    if (s.mutexes[i].refcnt > 0 && mutex_name(s, static_cast<int32_t>(i)) == name)
      return static_cast<int32_t>(i);
  return -1;
}

Text takes() { return tr_text("Quiz", "it takes the lock at once"); }
Text spins_choice() {
  return tr_text("Quiz", "it spins: the owner is running on a CPU and should let go soon");
}
Text sleeps_choice() {
  return tr_text("Quiz", "it sleeps on the lock's turnstile: the owner is not running");
}
Text fails() {
  return tr_text("Quiz", "mutex_enter gives up and the system call fails with EBUSY");
}

} // namespace

void find_lock_contention(const Trace& t, std::vector<Candidate>& out) {
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Lock || e.pid < 0 || e.cpu < 0) continue;
    const LockAction action = e.lock_action();
    if (action != LockAction::Spin && action != LockAction::Sleep) continue;
    if (!is_adaptive_name(t.strings.at(e.lock_id()))) continue;
    Candidate c;
    c.kind = QuestionKind::LockContention;
    c.reveal_step = step_shown(t, seq);
    c.ask_step = c.reveal_step - 1; // just before the step that tries the lock
    c.variant = action == LockAction::Spin ? "spin" : "sleep";
    c.pid = e.pid;
    c.cpu = e.cpu;
    c.seq = seq;
    c.other = e.lock_owner();
    out.push_back(std::move(c));
  }
}

std::optional<Question> word_lock_contention(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const Event& e = t.events[c.seq];
  const std::string lock = t.strings.at(e.lock_id());
  const KernelState s = tl.state_at(c.ask_step);
  const int32_t slot = mutex_slot(s, lock);
  const Proc* proc = s.proc(c.pid);
  const Lwp* p = proc ? s.first_lwp(*proc) : nullptr;
  const Lwp* owner = s.lwp(c.other); // lock owners are LWPs
  // The prompt names the owner and its LWP state as they are at ask_step;
  // that must be what the attempt then finds, or the question would lie.
  if (slot < 0 || !p || !owner || s.mutexes[static_cast<size_t>(slot)].owner != owner->lid)
    return std::nullopt;
  const bool owner_running = owner->lstat == LwpStat::LSONPROC;
  const bool spins = e.lock_action() == LockAction::Spin;
  if (owner_running != spins) return std::nullopt;

  Question q = start_question(c);
  const Text who = proc_text(s, c.pid), holder = proc_text(s, owner->pid);
  const std::string cpu = std::to_string(c.cpu), owner_state = lwp_stat_name(owner->lstat);
  q.prompt = join(
      {p->spinning ? tr_text("Quiz", "On CPU %1, %2 has been spinning on %3.", {cpu, who, lock})
                   : tr_text("Quiz", "On CPU %1, %2 is about to take %3.", {cpu, who, lock}),
       owner_running ? tr_text("Quiz", "%1 holds it; its LWP is %2 on CPU %3.",
                               {holder, owner_state, std::to_string(owner->cpu)})
                     : tr_text("Quiz", "%1 holds it; its LWP is %2.", {holder, owner_state}),
       tr_text("Quiz", "What does %1 do next?", {who})},
      " ");
  add_choice(q.choices, takes());
  add_choice(q.choices, spins_choice());
  add_choice(q.choices, sleeps_choice());
  add_choice(q.choices, fails());
  q.answer = add_choice(q.choices, spins ? spins_choice() : sleeps_choice());

  // Where the contender wanted the lock: its step in the same kernel step.
  const auto [first, last] = tl.events_of_step(c.reveal_step);
  Text where;
  for (uint32_t seq = first; seq < last; ++seq) {
    const Event& st = t.events[seq];
    if (st.kind != EventKind::Step || st.pid != c.pid) continue;
    const StepInfo& info = step_info(st.step_id());
    if (std::strcmp(info.file, "kern_fork.c") == 0 && info.line > 0) {
      q.source_line = info.line;
      where = tr_text("Quiz", "L%1 (%2): ", {std::to_string(info.line), info.label});
    }
  }
  const Text why = tr_text(
      "Quiz",
      "%1 is an adaptive mutex. mutex_enter spins while the owner's LWP is running on a CPU "
      "(LSONPROC), because it will probably release the lock within a few instructions; when the "
      "owner is not running, spinning could last a whole time slice, so the contender blocks on "
      "the lock's turnstile and is woken when the lock is released.",
      {lock});
  const Text outcome =
      spins ? tr_text("Quiz", "Here the owner is %1, so it spins. mutex_enter never fails.",
                      {owner_state})
            : tr_text("Quiz", "Here the owner is %1, so it sleeps. mutex_enter never fails.",
                      {owner_state});
  q.explanation = Text("%1%2 %3");
  q.explanation.args = {where, why, outcome};
  return q;
}

} // namespace fs::quiz
