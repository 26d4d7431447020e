// SPDX-License-Identifier: GPL-3.0-or-later
// Reparent questions: a process exits with children; who is a child's new
// parent? Asked just before the exit starts; the answer is the Reparent event
// exit1's reparent step records (kern_exit.c: orphans go to init, a tracee of
// an exiting debugger goes back to the process that forked it).
#include <algorithm>
#include <unordered_map>

#include "core/classroom/quiz_internal.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::quiz {

void find_reparents(const Trace& t, std::vector<Candidate>& out) {
  std::unordered_map<int, uint32_t> exit_start; // pid -> event that began its exit
  int step_label = -1, step_pid = -1;           // the current step's Step event
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind == EventKind::Step) {
      step_label = e.step_id();
      step_pid = e.pid;
      // An exit without a system call (a fatal signal) starts here.
      if (e.step_id() == EXIT1_WEXIT && !exit_start.contains(e.pid)) exit_start[e.pid] = seq;
    } else if (e.kind == EventKind::Syscall && e.syscall_id() == SYS_EXIT && e.syscall_enter()) {
      exit_start[e.pid] = seq;
    } else if (e.kind == EventKind::Proc) {
      const ProcAction action = e.proc_action();
      if (action == ProcAction::Create)
        exit_start.erase(e.fork_child()); // a reused pid starts afresh
      if (action != ProcAction::Reparent || step_label != EXIT1_REPARENT || e.pid != step_pid)
        continue;
      auto start = exit_start.find(e.pid);
      if (start == exit_start.end()) continue;
      Candidate c;
      c.kind = QuestionKind::Reparent;
      c.ask_step = step_shown(t, start->second) - 1; // before the exit begins
      c.reveal_step = step_shown(t, seq);
      c.variant = e.proc_ppid() == 1 ? "init" : "other";
      c.pid = e.pid;
      c.cpu = e.cpu;
      c.seq = seq;
      c.other = e.proc_target(); // the child
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
  const int new_parent = t.events[c.seq].proc_ppid();
  const bool traced = (a->slflag & PSL_TRACED) != 0;
  const Text xt = proc_text(s, x->pid), at = proc_text(s, a->pid);

  Question q = start_question(c);
  std::vector<Text> kids;
  for (int kid : x->children) {
    const Proc* k = s.proc(kid);
    kids.push_back(
        proc_text(s, kid, k && k->stat == ProcStat::SZOMB ? tr_text("Quiz", "a zombie") : Text()));
  }
  std::vector<Text> prompt{
      tr_text("Quiz", "%1 is about to exit. Its children now: %2.", {xt, join(kids, ", ")})};
  if (traced && a->opptr >= 0 && a->opptr != x->pid)
    prompt.push_back(
        tr_text("Quiz", "%1 is tracing %2, which %3 forked.", {xt, at, proc_text(s, a->opptr)}));
  prompt.push_back(tr_text("Quiz", "Who becomes the parent of %1?", {at}));
  q.prompt = join(prompt, " ");

  // One choice per candidate process, so no two choices name the same one.
  std::vector<int> offered;
  auto offer = [&](int pid, const Text& text) {
    if (pid < 0 || pid == x->pid || pid == a->pid) return;
    for (int o : offered)
      if (o == pid) return;
    offered.push_back(pid);
    add_choice(q.choices, text);
  };
  offer(1, tr_text("Quiz", "init (pid 1)"));
  const bool x_traced = (x->slflag & PSL_TRACED) != 0;
  if (s.proc(x->pptr))
    offer(x->pptr, x_traced ? tr_text("Quiz", "%1, the debugger of %2", {proc_text(s, x->pptr), xt})
                            : tr_text("Quiz", "%1, the parent of %2", {proc_text(s, x->pptr), xt}));
  if (s.proc(x->ppid))
    offer(x->ppid, tr_text("Quiz", "%1, the process that forked %2", {proc_text(s, x->ppid), xt}));
  if (s.proc(a->opptr))
    offer(a->opptr,
          tr_text("Quiz", "%1, the process that forked %2", {proc_text(s, a->opptr), at}));
  // A tracee is killed when its debugger exits, so "nobody" would be half
  // true for it: offered only for plain children.
  if (!traced)
    add_choice(q.choices, tr_text("Quiz", "nobody: it is reaped together with %1", {xt}));
  for (size_t i = 0; i < offered.size(); ++i)
    if (offered[i] == new_parent) q.answer = static_cast<int>(i);
  if (std::find(offered.begin(), offered.end(), new_parent) == offered.end()) {
    if (q.choices.size() >= 5) return std::nullopt;
    q.answer = add_choice(q.choices, proc_text(s, new_parent));
  }

  if (traced) {
    q.explanation = join(
        {tr_text("Quiz", "%1 was tracing %2.", {xt, at}),
         new_parent == 1
             ? tr_text("Quiz",
                       "A debugger's exit detaches each tracee, kills it with SIGKILL and hands it "
                       "back to the process that forked it - init here, because that process is "
                       "gone.")
             : tr_text("Quiz",
                       "A debugger's exit detaches each tracee, kills it with SIGKILL and hands it "
                       "back to the process that forked it - %1 here.",
                       {proc_text(s, new_parent)})},
        " ");
  } else {
    q.explanation = join(
        {tr_text("Quiz", "exit1 gives every child of the exiting process to init: p_pptr and "
                         "p_ppid become 1 and the exit signal goes back to SIGCHLD."),
         tr_text("Quiz", "Nothing moves up to the grandparent, and grandchildren stay with their "
                         "own parents."),
         a->stat == ProcStat::SZOMB
             ? tr_text("Quiz", "%1 is already a zombie, so init reaps it at once.", {at})
             : tr_text("Quiz", "When %1 exits, init will reap it.", {at})},
        " ");
  }
  return q;
}

} // namespace fs::quiz
