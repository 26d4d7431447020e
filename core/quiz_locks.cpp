// SPDX-License-Identifier: GPL-3.0-or-later
// LockContention questions: an LWP wants an adaptive mutex (proc_lock, a
// p_lock, ktrace_lock) that another LWP holds. Does it spin or sleep? Asked
// just before the attempt that the trace records as a spin or a sleep.
#include <cstring>

#include "core/names.h"
#include "core/quiz_internal.h"
#include "core/step_table.h"

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

const char* kTakes = "it takes the lock at once";
const char* kSpins = "it spins: the owner is running on a CPU and should let go soon";
const char* kSleeps = "it sleeps on the lock's turnstile: the owner is not running";
const char* kFails = "mutex_enter gives up and the system call fails with EBUSY";

} // namespace

void find_lock_contention(const Trace& t, std::vector<Candidate>& out) {
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Lock || e.pid < 0 || e.cpu < 0) continue;
    const auto action = static_cast<LockAction>(e.action);
    if (action != LockAction::Spin && action != LockAction::Sleep) continue;
    if (!is_adaptive_name(t.strings.at(e.a))) continue;
    Candidate c;
    c.kind = QuestionKind::LockContention;
    c.reveal_step = step_shown(t, seq);
    c.ask_step = c.reveal_step - 1; // just before the step that tries the lock
    c.variant = action == LockAction::Spin ? "spin" : "sleep";
    c.pid = e.pid;
    c.cpu = e.cpu;
    c.seq = seq;
    c.other = e.b; // the owner
    out.push_back(std::move(c));
  }
}

std::optional<Question> word_lock_contention(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const Event& e = t.events[c.seq];
  const std::string lock = t.strings.at(e.a);
  const KernelState s = tl.state_at(c.ask_step);
  const int32_t slot = mutex_slot(s, lock);
  const Proc* p = s.proc(c.pid);
  const Proc* owner = s.proc(c.other);
  // The prompt names the owner and its LWP state as they are at ask_step;
  // that must be what the attempt then finds, or the question would lie.
  if (slot < 0 || !p || !owner || s.mutexes[static_cast<size_t>(slot)].owner != owner->pid)
    return std::nullopt;
  const bool owner_running = owner->lstat == LwpStat::LSONPROC;
  const bool spins = static_cast<LockAction>(e.action) == LockAction::Spin;
  if (owner_running != spins) return std::nullopt;

  Question q = start_question(c);
  q.prompt = "On CPU " + std::to_string(c.cpu) + ", " + proc_label(s, c.pid) +
             (p->spinning ? " has been spinning on " : " is about to take ") + lock + ". " +
             proc_label(s, owner->pid) + " holds it; its LWP is " + lwp_stat_name(owner->lstat);
  if (owner_running) q.prompt += " on CPU " + std::to_string(owner->cpu);
  q.prompt += ". What does " + proc_label(s, c.pid) + " do next?";
  add_choice(q.choices, kTakes);
  add_choice(q.choices, kSpins);
  add_choice(q.choices, kSleeps);
  add_choice(q.choices, kFails);
  q.answer = add_choice(q.choices, spins ? kSpins : kSleeps);

  // Where the contender wanted the lock: its step in the same kernel step.
  const auto [first, last] = tl.events_of_step(c.reveal_step);
  std::string where;
  for (uint32_t seq = first; seq < last; ++seq) {
    const Event& st = t.events[seq];
    if (st.kind != EventKind::Step || st.pid != c.pid) continue;
    const StepInfo& info = step_info(st.a);
    if (std::strcmp(info.file, "kern_fork.c") == 0 && info.line > 0) {
      q.source_line = info.line;
      where = "L" + std::to_string(info.line) + " (" + info.label + "): ";
    }
  }
  q.explanation = where + lock +
                  " is an adaptive mutex. mutex_enter spins while the owner's LWP is running on "
                  "a CPU (LSONPROC), because it will probably release the lock within a few "
                  "instructions; when the owner is not running, spinning could last a whole "
                  "time slice, so the contender blocks on the lock's turnstile and is woken when "
                  "the lock is released. Here the owner is " +
                  lwp_stat_name(owner->lstat) + (spins ? ", so it spins." : ", so it sleeps.") +
                  " mutex_enter never fails.";
  return q;
}

} // namespace fs::quiz
