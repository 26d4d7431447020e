// SPDX-License-Identifier: GPL-3.0-or-later
// Reparent questions: a process exits with children; who is a child's new
// parent? Asked just before the exit starts; the answer is the Reparent event
// exit1's reparent step records (kern_exit.c: orphans go to init, a tracee of
// an exiting debugger goes back to the process that forked it).
#include <algorithm>
#include <unordered_map>

#include "core/quiz_internal.h"
#include "core/step_table.h"
#include "core/syscall_names.h"

namespace fs::quiz {

void find_reparents(const Trace& t, std::vector<Candidate>& out) {
  std::unordered_map<int, uint32_t> exit_start; // pid -> event that began its exit
  int step_label = -1, step_pid = -1;           // the current step's Step event
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind == EventKind::Step) {
      step_label = e.a;
      step_pid = e.pid;
      // An exit without a system call (a fatal signal) starts here.
      if (e.a == EXIT1_WEXIT && !exit_start.contains(e.pid)) exit_start[e.pid] = seq;
    } else if (e.kind == EventKind::Syscall && e.a == SYS_EXIT &&
               e.action == static_cast<uint8_t>(SyscallPhase::Enter)) {
      exit_start[e.pid] = seq;
    } else if (e.kind == EventKind::Proc) {
      const auto action = static_cast<ProcAction>(e.action);
      if (action == ProcAction::Create) exit_start.erase(e.a); // a reused pid starts afresh
      if (action != ProcAction::Reparent || step_label != EXIT1_REPARENT || e.pid != step_pid)
        continue;
      auto start = exit_start.find(e.pid);
      if (start == exit_start.end()) continue;
      Candidate c;
      c.kind = QuestionKind::Reparent;
      c.ask_step = step_shown(t, start->second) - 1; // before the exit begins
      c.reveal_step = step_shown(t, seq);
      c.variant = e.b == 1 ? "init" : "other";
      c.pid = e.pid;
      c.cpu = e.cpu;
      c.seq = seq;
      c.other = e.a; // the child
      if (c.ask_step < c.reveal_step) out.push_back(std::move(c));
    }
  }
}

std::optional<Question> word_reparent(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const KernelState s = tl.state_at(c.ask_step);
  const Proc* x = s.proc(c.pid);
  const Proc* a = s.proc(c.other);
  if (!x || !a || a->pptr != x->pid) return std::nullopt;
  const int new_parent = t.events[c.seq].b;
  const bool traced = (a->slflag & PSL_TRACED) != 0;
  const std::string xl = proc_label(s, x->pid), al = proc_label(s, a->pid);

  Question q = start_question(c);
  q.prompt = xl + " is about to exit. Its children now:";
  for (size_t i = 0; i < x->children.size(); ++i) {
    const Proc* k = s.proc(x->children[i]);
    q.prompt = q.prompt.english() + (i ? ", " : " ") +
               proc_label(s, x->children[i], k && k->stat == ProcStat::SZOMB ? "a zombie" : "");
  }
  q.prompt = q.prompt.english() + ".";
  if (traced && a->opptr >= 0 && a->opptr != x->pid)
    q.prompt = q.prompt.english() + " " + xl + " is tracing " + al + ", which " +
               proc_label(s, a->opptr) + " forked.";
  q.prompt = q.prompt.english() + " Who becomes the parent of " + al + "?";

  // One choice per candidate process, so no two choices name the same one.
  std::vector<int> offered;
  auto offer = [&](int pid, const std::string& text) {
    if (pid < 0 || pid == x->pid || pid == a->pid) return;
    for (int o : offered)
      if (o == pid) return;
    offered.push_back(pid);
    add_choice(q.choices, text);
  };
  offer(1, "init (pid 1)");
  const bool x_traced = (x->slflag & PSL_TRACED) != 0;
  if (s.proc(x->pptr))
    offer(x->pptr,
          proc_label(s, x->pptr) + (x_traced ? ", the debugger of " : ", the parent of ") + xl);
  if (s.proc(x->ppid)) offer(x->ppid, proc_label(s, x->ppid) + ", the process that forked " + xl);
  if (s.proc(a->opptr))
    offer(a->opptr, proc_label(s, a->opptr) + ", the process that forked " + al);
  // A tracee is killed when its debugger exits, so "nobody" would be half
  // true for it: offered only for plain children.
  if (!traced) add_choice(q.choices, "nobody: it is reaped together with " + xl);
  for (size_t i = 0; i < offered.size(); ++i)
    if (offered[i] == new_parent) q.answer = static_cast<int>(i);
  if (std::find(offered.begin(), offered.end(), new_parent) == offered.end()) {
    if (q.choices.size() >= 5) return std::nullopt;
    q.answer = add_choice(q.choices, proc_label(s, new_parent));
  }

  if (traced) {
    q.explanation = xl + " was tracing " + al +
                    ". A debugger's exit detaches each tracee, kills it with SIGKILL and hands "
                    "it back to the process that forked it - " +
                    (new_parent == 1 ? std::string("init here, because that process is gone.")
                                     : proc_label(s, new_parent) + " here.");
  } else {
    q.explanation = "exit1 gives every child of the exiting process to init: p_pptr and p_ppid "
                    "become 1 and the exit signal goes back to SIGCHLD. Nothing moves up to the "
                    "grandparent, and grandchildren stay with their own parents.";
    if (a->stat == ProcStat::SZOMB)
      q.explanation =
          q.explanation.english() + " " + al + " is already a zombie, so init reaps it at once.";
    else
      q.explanation = q.explanation.english() + " When " + al + " exits, init will reap it.";
  }
  return q;
}

} // namespace fs::quiz
