// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadedFork questions: an LWP of a process with several LWPs calls fork or
// vfork. For fork: how many LWPs does the child get? (One, a copy of the
// caller: fork1's single lwp_create(l1, p2, ...) at L481.) For vfork: what is
// blocked until the child execs or exits? (Only the calling LWP, asleep on
// its own l_waitcv at L621-L622; its siblings run on.) Asked just before the
// call enters the kernel; revealed by its return in the parent (fork), or by
// the caller going to sleep on its l_waitcv (vfork).
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
    if ((sp.sys != SYS_FORK && !vfork) || !threaded.contains(sp.pid)) continue;
    if (t.events[sp.ret].syscall_retval() <= 0) continue; // a failed fork makes no child
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
    c.variant = vfork ? "vfork" : "fork";
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
  const bool vfork = c.variant == "vfork";
  const std::string call = syscall_name(t.events[c.seq2].syscall_id());

  Question q = start_question(c);
  q.prompt = join({tr_text("Quiz", "%1 has %2 LWPs (threads), among them LWP %3 and LWP %4.",
                           {pt, live, me, other}),
                   vfork ? tr_text("Quiz",
                                   "LWP %1 calls %2(). Until the child execs or exits, what is "
                                   "blocked?",
                                   {me, call})
                         : tr_text("Quiz", "LWP %1 calls %2(). How many LWPs will the child have?",
                                   {me, call})},
                  " ");
  if (vfork) {
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
