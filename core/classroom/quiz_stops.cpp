// SPDX-License-Identifier: GPL-3.0-or-later
// FirstStop questions (a fork reported to a debugger, or made with
// stop-on-fork: which process stops first?) and VforkWake questions (what
// ends a vfork parent's sleep on l_waitcv?).
#include <algorithm>
#include <unordered_map>

#include "core/classroom/quiz_internal.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::quiz {
namespace {

// A stop that a fork causes: a PTRACE_FORK/PTRACE_VFORK report (eventswitch
// in the parent, eventswitchchild in the child) or a child born stopped.
struct ForkStop {
  uint32_t seq = 0;
  int pid = -1;   // the process that stops
  int other = -1; // the other half of the fork it stops for
};

std::vector<ForkStop> fork_stops(const Trace& t) {
  std::vector<ForkStop> stops;
  int step_label = -1;
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind == EventKind::Step) {
      step_label = e.step_id();
    } else if (e.kind == EventKind::Ptrace) {
      const PtraceDetail* d = t.ptrace_detail(e);
      if (d && (d->report_event == PTRACE_FORK || d->report_event == PTRACE_VFORK))
        stops.push_back(ForkStop{seq, e.ptrace_target(), d->other_pid});
    } else if (e.kind == EventKind::Proc && step_label == FORK1_CREATE_STOPPED &&
               e.proc_action() == ProcAction::State && e.proc_stat() == ProcStat::SSTOP) {
      stops.push_back(ForkStop{seq, e.proc_target(), e.pid}); // the forking parent is acting
    }
  }
  return stops;
}

// The step label of the Step event that `pid` recorded in the step of seq.
int step_label_of(const Trace& t, uint32_t seq, int pid) {
  for (uint32_t i = seq + 1; i-- > 0;) {
    const Event& e = t.events[i];
    if (e.kind == EventKind::Step && e.pid == pid) return e.step_id();
    if (t.step_of_event(i) != t.step_of_event(seq)) break;
  }
  return -1;
}

} // namespace

void find_first_stops(const Trace& t, const std::vector<SyscallSpan>& spans,
                      std::vector<Candidate>& out) {
  const std::vector<ForkStop> stops = fork_stops(t);
  if (stops.empty()) return;
  for (const SyscallSpan& sp : spans) {
    if (!is_fork_syscall(sp.sys)) continue;
    const int child = t.events[sp.ret].syscall_retval();
    if (child <= 0) continue;
    auto it = std::lower_bound(stops.begin(), stops.end(), sp.enter,
                               [](const ForkStop& s, uint32_t seq) { return s.seq < seq; });
    // The parent can only stop for this fork before its return; the child's
    // first report may come later, when it first runs. Each names the other
    // half, which tells this fork's stops from those of the child's own forks.
    for (; it != stops.end(); ++it)
      if ((it->pid == sp.pid && it->other == child && it->seq < sp.ret) ||
          (it->pid == child && it->other == sp.pid))
        break;
    if (it == stops.end()) continue;
    Candidate c;
    c.kind = QuestionKind::FirstStop;
    c.ask_step = step_shown(t, sp.enter);
    c.reveal_step = step_shown(t, it->seq);
    c.variant = it->pid == sp.pid ? "parent" : "child";
    c.pid = sp.pid;
    c.cpu = t.events[sp.enter].cpu;
    c.seq = it->seq;
    c.seq2 = sp.enter;
    c.other = child;
    if (c.ask_step < c.reveal_step) out.push_back(std::move(c));
  }
}

std::optional<Question> word_first_stop(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const KernelState s = tl.state_at(c.ask_step);
  const Proc* p = s.proc(c.pid);
  if (!p) return std::nullopt;
  const Event& stop = t.events[c.seq];
  const bool stopfork = stop.kind == EventKind::Proc;
  const int stopped = stopfork ? stop.proc_target() : stop.ptrace_target();
  const int sys = t.events[c.seq2].syscall_id();
  const Text pt = proc_text(s, c.pid);

  Question q = start_question(c);
  std::vector<Text> prompt{
      tr_text("Quiz", "%1 has just called %2.", {pt, std::string(syscall_name(sys)) + "()"})};
  const bool traced = (p->slflag & PSL_TRACED) != 0 && s.proc(p->pptr);
  const bool forks = (p->slflag & PSL_TRACEFORK) != 0, vforks = (p->slflag & PSL_TRACEVFORK) != 0;
  if (traced && (forks || vforks)) {
    const Text debugger = proc_text(s, p->pptr);
    prompt.push_back(
        forks && vforks
            ? tr_text("Quiz", "Its debugger %1 asked to be told about forks and vforks.",
                      {debugger})
        : forks ? tr_text("Quiz", "Its debugger %1 asked to be told about forks (PTRACE_FORK).",
                          {debugger})
                : tr_text("Quiz", "Its debugger %1 asked to be told about vforks (PTRACE_VFORK).",
                          {debugger}));
  }
  if (p->sflag & PS_STOPFORK)
    prompt.push_back(tr_text("Quiz", "It has stop-on-fork set (PS_STOPFORK)."));
  prompt.push_back(tr_text("Quiz", "Which process stops first?"));
  q.prompt = join(prompt, " ");
  const int parent = add_choice(q.choices, tr_text("Quiz", "the parent, %1", {pt}));
  const int child = add_choice(q.choices, tr_text("Quiz", "the new child"));
  if (traced) add_choice(q.choices, tr_text("Quiz", "the debugger, %1", {proc_text(s, p->pptr)}));
  add_choice(q.choices, tr_text("Quiz", "none of them: they all keep running"));
  q.answer = stopped == c.pid ? parent : child;

  if (stopfork) {
    q.explanation = join(
        {tr_text("Quiz", "L580-L581: the child inherited PS_STOPFORK (L459), so fork1 - still "
                         "running in the parent - creates it stopped (SSTOP) instead of putting "
                         "it on a run queue."),
         tr_text("Quiz", "The parent itself does not stop.")},
        " ");
    q.source_line = 581;
  } else if (stopped == c.pid) {
    q.explanation = join(
        {tr_text("Quiz", "L609-L611: right after making the child runnable, fork1 - still in the "
                         "parent - reports the fork through eventswitch, which stops the parent "
                         "for the debugger."),
         tr_text("Quiz", "The child reports itself only when it first runs, in child_return "
                         "(L645-L647), and here the parent got to its report first.")},
        " ");
    q.source_line = 611;
  } else {
    q.explanation = join(
        {tr_text("Quiz", "The child was handed to the debugger at L522 and made runnable at L589."),
         tr_text("Quiz", "It ran on a CPU of its own and reached its report in child_return "
                         "(L645-L647) before the parent got to its eventswitch at L611.")},
        " ");
    q.source_line = 647;
  }
  return q;
}

void find_vfork_wakes(const Trace& t, std::vector<Candidate>& out) {
  std::unordered_map<int, uint32_t> sleep_start; // parent pid -> its cv_wait on l_waitcv
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind != EventKind::Cv || t.strings.at(e.cv_id()).rfind("l_waitcv#", 0) != 0) continue;
    const CvAction action = e.cv_action();
    if (action == CvAction::Wait) {
      sleep_start[e.pid] = seq;
      continue;
    }
    if (action != CvAction::Wakeup) continue;
    auto start = sleep_start.find(e.cv_woken());
    if (start == sleep_start.end()) continue;
    const int label = step_label_of(t, seq, e.pid);
    Candidate c;
    c.kind = QuestionKind::VforkWake;
    c.ask_step = step_shown(t, start->second); // asleep by then
    c.reveal_step = step_shown(t, seq);
    c.variant = label == EXEC_VFORK_RELEASE    ? "exec"
                : label == EXIT1_VFORK_RELEASE ? "exit"
                                               : "other";
    c.pid = e.cv_woken();
    c.cpu = e.cpu;
    c.seq = seq;
    c.other = e.pid; // the child that woke it
    sleep_start.erase(start);
    if (c.ask_step < c.reveal_step && c.variant != "other") out.push_back(std::move(c));
  }
}

std::optional<Question> word_vfork_wake(const Timeline& tl, const Candidate& c) {
  const KernelState s = tl.state_at(c.ask_step);
  const Lwp* p = s.lwp(c.pid); // the sleeping LWP (cv_woken names a lid)
  const Proc* child = s.proc(c.other);
  if (!p || !child || p->lstat != LwpStat::LSSLEEP || p->wchan.kind != WchanKind::LWaitcv ||
      child->vforklwp != p->lid)
    return std::nullopt;
  const Text pt = proc_text(s, p->pid);

  Question q = start_question(c);
  q.pid = p->pid;
  q.cpu = -1; // the parent sleeps: no CPU is involved
  q.prompt =
      join({tr_text("Quiz", "%1 is asleep on its l_waitcv inside vfork, waiting for its child %2.",
                    {pt, proc_text(s, c.other)}),
            tr_text("Quiz", "What wakes %1 up?", {pt})},
           " ");
  const int by_exec = add_choice(q.choices, tr_text("Quiz", "the child's execve"));
  const int by_exit = add_choice(q.choices, tr_text("Quiz", "the child's exit"));
  add_choice(q.choices, tr_text("Quiz", "a signal sent to %1", {pt}));
  add_choice(q.choices, tr_text("Quiz", "the debugger's PT_CONTINUE or PT_DETACH"));
  add_choice(q.choices, tr_text("Quiz", "the end of the child's time slice"));
  const bool exec = c.variant == "exec";
  q.answer = exec ? by_exec : by_exit;
  q.explanation = join(
      {exec ? tr_text("Quiz", "Once execve is past its point of no return the child has an "
                              "address space of its own, so under proc_lock it clears PL_PPWAIT "
                              "and the parent's l_vforkwaiting and broadcasts l_waitcv.")
            : tr_text("Quiz", "exit1 releases a vfork parent first thing under proc_lock - before "
                              "the exit signal is posted: it clears PL_PPWAIT and the parent's "
                              "l_vforkwaiting and broadcasts l_waitcv."),
       tr_text("Quiz", "The parent's loop at L621-L622 then sees l_vforkwaiting clear."),
       tr_text("Quiz", "The sleep is not interruptible: no signal or debugger request ends it.")},
      " ");
  q.source_line = 622;
  return q;
}

} // namespace fs::quiz
