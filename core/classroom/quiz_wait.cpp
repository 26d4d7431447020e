// SPDX-License-Identifier: GPL-3.0-or-later
// WaitResult questions: what does wait() return? Asked right after the call
// enters the kernel, with the caller's children as they are at that moment;
// the answer is the recorded return value and status (kern_exit.c).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/classroom/quiz_internal.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::quiz {
namespace {

// The flag names are the same in every language; only "no options" is not.
Text options_text(int options) {
  std::string s;
  const std::pair<int, const char*> kNames[] = {{NB_WNOHANG, "WNOHANG"},
                                                {NB_WUNTRACED, "WUNTRACED"},
                                                {NB_WALTSIG, "WALTSIG"},
                                                {NB_WALLSIG, "WALLSIG"}};
  for (const auto& [bit, name] : kNames)
    if (options & bit) s += std::string(s.empty() ? "" : "|") + name;
  return s.empty() ? tr_text("Quiz", "no options") : Text(s);
}

Text child_state(const Proc& c) {
  switch (c.stat) {
  case ProcStat::SZOMB: return tr_text("Quiz", "a zombie");
  case ProcStat::SSTOP: return tr_text("Quiz", "stopped");
  case ProcStat::SIDL: return tr_text("Quiz", "being created");
  default: return tr_text("Quiz", "alive");
  }
}

Text reaped_text(const Text& who) { return tr_text("Quiz", "it returns %1: it exited", {who}); }
Text killed_text(const Text& who) {
  return tr_text("Quiz", "it returns %1: it was killed by a signal", {who});
}
Text stopped_text(const Text& who) { return tr_text("Quiz", "it returns %1: it stopped", {who}); }
Text zero_text() { return tr_text("Quiz", "it returns 0: nothing to report yet"); }
Text echild_text() { return tr_text("Quiz", "it fails with ECHILD: no child to wait for"); }

} // namespace

void find_wait_results(const Trace& t, const std::vector<SyscallSpan>& spans,
                       std::vector<Candidate>& out) {
  for (const SyscallSpan& sp : spans) {
    if (sp.sys != SYS_WAIT6) continue;
    const Event& ret = t.events[sp.ret];
    const SyscallDetail& d = t.syscall_details[static_cast<size_t>(ret.syscall_detail())];
    Candidate c;
    c.kind = QuestionKind::WaitResult;
    c.ask_step = step_shown(t, sp.enter);
    c.reveal_step = step_shown(t, sp.ret);
    if (d.error != 0)
      c.variant = errno_name(d.error);
    else if (ret.syscall_retval() == 0)
      c.variant = "nothing";
    else
      c.variant = d.status_kind == WaitStatusKind::Stopped ? "stopped" : "reaped";
    c.pid = sp.pid;
    c.cpu = t.events[sp.enter].cpu;
    c.seq = sp.ret;
    c.seq2 = sp.enter;
    if (c.ask_step < c.reveal_step) out.push_back(std::move(c));
  }
}

std::optional<Question> word_wait_result(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const KernelState s = tl.state_at(c.ask_step);
  const Proc* p = s.proc(c.pid);
  if (!p) return std::nullopt;
  const Event& ret = t.events[c.seq];
  const SyscallDetail& d = t.syscall_details[static_cast<size_t>(ret.syscall_detail())];
  const auto args = nlohmann::json::parse(
      t.args_of(t.syscall_details[static_cast<size_t>(t.events[c.seq2].syscall_detail())]), nullptr,
      false);
  const int target = args.is_object() ? args.value("pid", -1) : -1;
  const int options = args.is_object() ? args.value("options", 0) : 0;

  Question q = start_question(c);
  const Text caller = proc_text(s, c.pid);
  const Text called = target > 0 ? tr_text("Quiz", "%1 has just called wait(pid %2, %3).",
                                           {caller, std::to_string(target), options_text(options)})
                                 : tr_text("Quiz", "%1 has just called wait(any child, %2).",
                                           {caller, options_text(options)});
  std::vector<Text> kids;
  // A child's exit signal is part of the question: a plain wait passes over
  // children whose exit signal is not SIGCHLD.
  for (Pid k : p->children)
    if (const Proc* ch = s.proc(k))
      kids.push_back(proc_text(s, k,
                               ch->exitsig == NB_SIGCHLD
                                   ? child_state(*ch)
                                   : join({child_state(*ch), tr_text("Quiz", "exit signal %1",
                                                                     {signal_name(ch->exitsig)})},
                                          ", ")));
  // Children a debugger took away still count for wait (they make it block).
  for (const Proc& o : s.procs)
    if (o.alive() && o.opptr == c.pid && o.pptr != c.pid && (o.slflag & PSL_TRACED))
      kids.push_back(proc_text(
          s, o.pid, tr_text("Quiz", "held by its debugger, pid %1", {std::to_string(o.pptr)})));
  q.prompt = join({called,
                   kids.empty() ? tr_text("Quiz", "It has no children now.")
                                : tr_text("Quiz", "Its children now: %1.", {join(kids, ", ")}),
                   tr_text("Quiz", "What does %1 return?", {"wait()"})},
                  " ");

  const Text who = proc_text(s, ret.syscall_retval());
  Text right;
  if (d.error == NB_ECHILD)
    right = echild_text();
  else if (d.error != 0)
    right = tr_text("Quiz", "it fails with %1", {errno_name(d.error)});
  else if (ret.syscall_retval() == 0)
    right = zero_text();
  else if (d.status_kind == WaitStatusKind::Stopped)
    right = stopped_text(who);
  else if (d.status_kind == WaitStatusKind::Signaled)
    right = killed_text(who);
  else
    right = reaped_text(who);
  add_choice(q.choices, right);
  add_choice(q.choices, echild_text());
  add_choice(q.choices, zero_text());
  // The outcomes a student might expect from the children there are now.
  for (Pid k : p->children) {
    if (q.choices.size() >= 5) break;
    if (target > 0 && k != target) continue;
    const Proc* ch = s.proc(k);
    if (!ch) continue;
    const Text label = proc_text(s, k);
    if (k == ret.syscall_retval()) { // the same child, the other way round
      add_choice(q.choices, d.status_kind == WaitStatusKind::Stopped ? reaped_text(label)
                                                                     : stopped_text(label));
    } else {
      add_choice(q.choices, ch->stat == ProcStat::SSTOP ? stopped_text(label) : reaped_text(label));
    }
  }
  q.answer = add_choice(q.choices, right);

  std::vector<Text> why;
  if (d.error == NB_ECHILD) {
    const bool passed_over = std::any_of(p->children.begin(), p->children.end(), [&](Pid k) {
      const Proc* ch = s.proc(k);
      return ch && (target <= 0 || k == target) && !wait_selects_by_signal(*ch, options);
    });
    if (passed_over)
      why.push_back(tr_text("Quiz", "Without WALTSIG or WALLSIG, wait only looks at children "
                                    "whose exit signal is SIGCHLD (WALTSIG: only the others, "
                                    "WALLSIG: all of them)."));
    why.push_back(tr_text("Quiz", "No child matches the pid and options, and no child is held by "
                                  "a debugger, so wait fails at once with ECHILD instead of "
                                  "sleeping."));
  } else if (d.error != 0) {
    why.push_back(tr_text("Quiz", "wait failed with %1.", {errno_name(d.error)}));
  } else if (ret.syscall_retval() == 0) {
    why.push_back(tr_text("Quiz", "WNOHANG: a matching child exists but has nothing to report "
                                  "(no zombie, no unreported stop), so wait returns 0 at once "
                                  "instead of sleeping."));
  } else if (d.status_kind == WaitStatusKind::Stopped) {
    why.push_back(tr_text("Quiz", "%1 was stopped by %2 and that stop had not been reported yet.",
                          {who, signal_name(d.status_value)}));
    why.push_back(tr_text("Quiz", "wait reports a stop once, to a debugger always and to a parent "
                                  "only with WUNTRACED; the child is not reaped."));
  } else {
    why.push_back(
        d.status_kind == WaitStatusKind::Signaled
            ? tr_text("Quiz", "%1 was killed by %2.", {who, signal_name(d.status_value)})
            : tr_text("Quiz", "%1 exited with status %2.", {who, std::to_string(d.status_value)}));
    why.push_back(tr_text("Quiz", "wait found it as a zombie, returned its pid and status and "
                                  "reaped it: its pid is freed and nprocs goes down."));
  }
  bool slept = false;
  for (uint32_t seq = c.seq2; seq < c.seq; ++seq) {
    const Event& e = t.events[seq];
    slept |= e.kind == EventKind::Step && e.pid == c.pid && e.step_id() == WAIT_SLEEP;
  }
  if (slept)
    why.push_back(tr_text("Quiz", "Nothing was ready at first, so wait slept on its p_waitcv "
                                  "until a child changed state."));
  q.explanation = join(why, " ");
  return q;
}

} // namespace fs::quiz
