// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadedFork questions: an LWP of a process with several LWPs calls fork,
// vfork or execve. For fork: how many LWPs does the child get? (One, a copy
// of the caller: fork1's single lwp_create(l1, p2, ...) at L481.) For vfork:
// what is blocked until the child execs or exits? (Only the calling LWP,
// asleep on its own l_waitcv at L621-L622; its siblings run on.) For execve:
// what becomes of the other LWPs? (execve_runproc ends them with exit_lwps
// past the point of no return; the new program has the caller alone, which
// keeps its LWP ID - NetBSD 10 no longer renumbers it to 1.) Asked just
// before the call enters the kernel; revealed by its return (fork, execve),
// or by the caller going to sleep on its l_waitcv (vfork). An exec that gave
// way to a racing exit never returns, and is not asked about.
#include <unordered_set>

#include "core/classroom/quiz_internal.h"
#include "core/state/syscall_names.h"

namespace fs::quiz {

void find_threaded_forks(const Trace& t, const std::vector<SyscallSpan>& spans,
                         std::vector<Candidate>& out) {
  // Processes that have made a second LWP: only their forks can be asked
  // about (the wording checks the LWPs are still there at ask_step).
  std::unordered_set<int> threaded;
  for (const SyscallSpan& sp : spans)
    if (sp.sys == SYS_LWP_CREATE && t.events[sp.ret].syscall_retval() > 0) threaded.insert(sp.pid);
  if (threaded.empty()) return;
  for (const SyscallSpan& sp : spans) {
    const bool vfork = sp.sys == SYS_VFORK || sp.sys == SYS_VFORK14;
    const bool exec = sp.sys == SYS_EXECVE;
    if ((sp.sys != SYS_FORK && !vfork && !exec) || !threaded.contains(sp.pid)) continue;
    const int64_t rv = t.events[sp.ret].syscall_retval();
    if (exec ? rv != 0 : rv <= 0)
      continue; // a failed fork makes no child; a failed exec ends no LWP
    uint32_t shows = sp.ret;
    if (vfork) { // the caller's sleep on its l_waitcv; none: the child was done first
      shows = 0;
      for (uint32_t seq = sp.enter; seq < sp.ret && !shows; ++seq) {
        const Event& e = t.events[seq];
        if (e.kind == EventKind::Cv && e.cv_action() == CvAction::Wait && e.pid == sp.pid &&
            t.lid_of_event(seq) == sp.lid && t.strings.at(e.cv_id()).rfind("l_waitcv#", 0) == 0)
          shows = seq;
      }
      if (!shows) continue;
    }
    Candidate c;
    c.kind = QuestionKind::ThreadedFork;
    c.ask_step = step_shown(t, sp.enter) - 1; // before the call
    c.reveal_step = step_shown(t, shows);
    c.variant = vfork ? "vfork" : exec ? "exec" : "fork";
    c.pid = sp.pid;
    c.cpu = t.events[sp.enter].cpu;
    c.seq = shows;
    c.seq2 = sp.enter;
    c.other = sp.lid; // the calling LWP
    if (c.ask_step < c.reveal_step) out.push_back(std::move(c));
  }
}

std::optional<Question> word_threaded_fork(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const KernelState s = tl.state_at(c.ask_step);
  const Proc* p = s.proc(c.pid);
  const Lwp* caller = s.lwp(c.other);
  if (!p || !caller || caller->pid != p->pid || p->nlwps - p->nzlwps < 2) return std::nullopt;
  int sibling = -1; // another live LWP of the process, for the prompt and a wrong choice
  s.for_each_lwp(*p, [&](const Lwp& l) {
    if (l.lid != caller->lid && l.lstat != LwpStat::LSZOMB && sibling < 0) sibling = l.lid;
  });
  if (sibling < 0) return std::nullopt;
  const Text pt = proc_text(s, p->pid);
  const std::string me = std::to_string(caller->lid), other = std::to_string(sibling);
  const std::string live = std::to_string(p->nlwps - p->nzlwps);
  const bool vfork = c.variant == "vfork", exec = c.variant == "exec";
  const std::string call = syscall_name(t.events[c.seq2].syscall_id());

  Question q = start_question(c);
  Text ask;
  if (vfork)
    ask = tr_text("Quiz", "LWP %1 calls %2(). Until the child execs or exits, what is blocked?",
                  {me, call});
  else if (exec)
    ask = tr_text("Quiz", "LWP %1 calls %2() and it succeeds. What becomes of LWP %3?",
                  {me, call, other});
  else
    ask = tr_text("Quiz", "LWP %1 calls %2(). How many LWPs will the child have?", {me, call});
  q.prompt = join({tr_text("Quiz", "%1 has %2 LWPs (threads), among them LWP %3 and LWP %4.",
                           {pt, live, me, other}),
                   ask},
                  " ");
  if (exec) {
    q.answer = add_choice(
        q.choices, tr_text("Quiz", "it is made to exit; the new program has LWP %1 alone", {me}));
    add_choice(q.choices, tr_text("Quiz", "it runs on in the new program, from its start"));
    add_choice(q.choices,
               tr_text("Quiz", "it runs on in the old program's code beside the new program"));
    add_choice(q.choices, tr_text("Quiz", "execve fails with EBUSY while LWP %1 exists", {other}));
    q.explanation = join(
        {tr_text("Quiz", "A new program cannot keep threads of the old one. Past exec's point of "
                         "no return, execve_runproc calls exit_lwps (as exit does): each other "
                         "LWP is marked LW_WEXIT, woken if it sleeps interruptibly, and leaves "
                         "through lwp_exit; exec sleeps on p_lwpcv until they are zombies and "
                         "collects them."),
         tr_text("Quiz",
                 "The new program has one LWP, the caller, and it keeps its LWP ID (%1): "
                 "NetBSD 10 draws LWP IDs from the pid table and no longer renumbers it to 1.",
                 {me})},
        " ");
    q.source_line = 0; // kern_exec.c, not kern_fork.c
  } else if (vfork) {
    q.answer = add_choice(q.choices, tr_text("Quiz", "only LWP %1, the caller", {me}));
    add_choice(q.choices, tr_text("Quiz", "every LWP of %1", {pt}));
    add_choice(q.choices, tr_text("Quiz", "only LWP %1, the other LWP", {other}));
    add_choice(q.choices, tr_text("Quiz", "nothing: vfork returns at once, like fork"));
    q.explanation = join(
        {tr_text("Quiz", "vfork blocks the calling LWP only: fork1 sets its l_vforkwaiting and it "
                         "sleeps on its own l_waitcv (L621-L622) until the child's execve or exit "
                         "lets it go."),
         tr_text("Quiz",
                 "LWP %1 is not involved and runs on - it may even fork itself, and "
                 "contend with the vfork for p_lock and proc_lock.",
                 {other})},
        " ");
    q.source_line = 622;
  } else {
    q.answer = add_choice(q.choices, tr_text("Quiz", "1 LWP: a copy of LWP %1, the caller", {me}));
    add_choice(q.choices, tr_text("Quiz", "%1 LWPs: a copy of each", {live}));
    add_choice(q.choices, tr_text("Quiz", "1 LWP: a copy of LWP %1", {other}));
    add_choice(q.choices, tr_text("Quiz", "0 LWPs until the child calls exec"));
    q.explanation = join(
        {tr_text("Quiz", "fork1 gives the child exactly one LWP: lwp_create(l1, p2, ...) at L481 "
                         "copies the calling LWP and nothing else."),
         tr_text("Quiz",
                 "LWP %1 has no copy in the child. A lock it held stays held there "
                 "forever, which is why a threaded program's child should only exec or "
                 "exit (NetBSD's tests/lib/libpthread/t_fork.c checks the single LWP).",
                 {other})},
        " ");
    q.source_line = 481;
  }
  return q;
}

} // namespace fs::quiz
