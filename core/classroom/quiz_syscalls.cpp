// SPDX-License-Identifier: GPL-3.0-or-later
// SyscallResult questions: what does fork/vfork/__vfork14/__clone return?
// Asked right after the call enters the kernel; the parent's own steps up to
// the return say which of fork1's checks decided (kern_fork.c L163-L318).
#include <nlohmann/json.hpp>

#include "core/classroom/quiz_internal.h"
#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"

namespace fs::quiz {
namespace {

// What the parent's steps between enter and return tell about the path taken.
struct ForkPath {
  int deciding_step = -1; // the step that failed the call, -1 = it succeeded
  bool rlimit_bypass = false;
  bool vfork_slept = false;
  bool logged_table_full = false;
  int nprocs_after_inc = -1;  // nprocs as fork1 incremented it (L258)
  int proccnt_after_inc = -1; // the real uid's count as chgproccnt left it (L283)
};

ForkPath read_path(const Trace& t, const SyscallSpan& sp) {
  ForkPath path;
  int last_step = -1;
  for (uint32_t seq = sp.enter; seq < sp.ret; ++seq) {
    const Event& e = t.events[seq];
    if (e.pid != sp.pid || t.lid_of_event(seq) != sp.lid) continue; // the calling LWP's own
    if (e.kind == EventKind::Step) {
      last_step = e.step_id();
      if (last_step == FORK1_RLIMIT_BYPASS) path.rlimit_bypass = true;
      if (last_step == FORK1_VFORK_CV_WAIT || last_step == EVSW_VFORK_CV_WAIT)
        path.vfork_slept = true;
    } else if (e.kind == EventKind::Counter) {
      const std::string& name = t.strings.at(e.counter_id());
      if (name == "nprocs" && path.nprocs_after_inc < 0) path.nprocs_after_inc = e.counter_value();
      if (name.rfind("proccnt.", 0) == 0 && path.proccnt_after_inc < 0)
        path.proccnt_after_inc = e.counter_value();
    } else if (e.kind == EventKind::Log) {
      path.logged_table_full = true;
    }
  }
  if (t.events[sp.ret].syscall_retval() < 0) path.deciding_step = last_step;
  return path;
}

// The call as the prompt shows it: "__clone(CLONE_VM|CLONE_VFORK, exit signal SIGCHLD)".
Text clone_call(const std::string& args_json) {
  const auto args = nlohmann::json::parse(args_json, nullptr, false);
  const int flags = args.is_object() ? args.value("flags", 0) : 0;
  std::string s;
  const std::pair<int, const char*> kNames[] = {
      {NB_CLONE_VM, "CLONE_VM"},         {NB_CLONE_FS, "CLONE_FS"},
      {NB_CLONE_FILES, "CLONE_FILES"},   {NB_CLONE_SIGHAND, "CLONE_SIGHAND"},
      {NB_CLONE_PTRACE, "CLONE_PTRACE"}, {NB_CLONE_VFORK, "CLONE_VFORK"}};
  for (const auto& [bit, name] : kNames)
    if (flags & bit) s += std::string(s.empty() ? "" : "|") + name;
  const int sig = flags & NB_CLONE_CSIGNAL;
  const std::string sig_name = sig == 0 ? std::string("0") : signal_name(sig);
  return s.empty() ? tr_text("Quiz", "__clone(exit signal %1)", {sig_name})
                   : tr_text("Quiz", "__clone(%1, exit signal %2)", {s, sig_name});
}

Text explain_failure(const ForkPath& path, const KernelState& s, int err) {
  switch (path.deciding_step) {
  case FORK1_FAIL_EAGAIN:
    return join(
        {tr_text("Quiz",
                 "L258-L264: fork1 raised nprocs to %1 first, and that reached kern.maxproc %2, "
                 "so the table counts as full (even for root).",
                 {std::to_string(path.nprocs_after_inc), std::to_string(s.maxproc)}),
         path.logged_table_full
             ? tr_text("Quiz", "It undid the increment (L272), logged 'table is full' (L273) and "
                               "returned EAGAIN (L277).")
             : tr_text("Quiz", "It undid the increment (L272) and returned EAGAIN (L277).")},
        " ");
  case FORK1_RLIMIT_EAGAIN:
    return tr_text("Quiz",
                   "L283-L284: the real uid's process count became %1, over its RLIMIT_NPROC soft "
                   "limit, and only an effective uid of 0 may exceed it (L285). Both counts were "
                   "given back and fork1 returned EAGAIN (L292).",
                   {std::to_string(path.proccnt_after_inc)});
  case FORK1_UAREA_ENOMEM:
    return tr_text("Quiz",
                   "L301-L305: there was no kernel memory left for the child's U-area (the "
                   "machine allows %1), so both counts were undone and fork1 returned ENOMEM - no "
                   "sleep, no log line.",
                   {std::to_string(s.uarea_limit)});
  case FORK1_PA_EAGAIN:
    return tr_text("Quiz", "L309-L318: proc_alloc() failed (an injected fault), so the U-area was "
                           "freed, the counts undone and fork1 returned EAGAIN.");
  case CLONE_PTRACE_CHECK:
    return tr_text("Quiz",
                   "L163: __clone refuses CLONE_PTRACE with EINVAL before fork1 is ever called.");
  case CLONE_SIGHAND_CHECK:
    return tr_text("Quiz", "L169: CLONE_SIGHAND without CLONE_VM is refused with EINVAL: shared "
                           "handlers would live in memory that is not shared.");
  case CLONE_SIGNAL_CHECK:
    return tr_text("Quiz", "L187: the exit signal in the low 8 bits must be below _NSIG (64), so "
                           "__clone returned EINVAL.");
  default: return tr_text("Quiz", "The call failed with %1.", {errno_name(err)});
  }
}

int failure_line(int step) {
  switch (step) {
  case FORK1_FAIL_EAGAIN: return 264;
  case FORK1_RLIMIT_EAGAIN: return 284;
  case FORK1_UAREA_ENOMEM: return 301;
  case FORK1_PA_EAGAIN: return 309;
  default: return step >= 0 ? step_info(step).line : 0;
  }
}

} // namespace

void find_syscall_results(const Trace& t, const std::vector<SyscallSpan>& spans,
                          std::vector<Candidate>& out) {
  for (const SyscallSpan& sp : spans) {
    if (!is_fork_syscall(sp.sys)) continue;
    const SyscallDetail* d = t.syscall_detail(t.events[sp.ret]);
    const int err = d ? d->error : 0;
    Candidate c;
    c.kind = QuestionKind::SyscallResult;
    c.ask_step = step_shown(t, sp.enter);
    c.reveal_step = step_shown(t, sp.ret);
    c.variant = err == 0 ? "success" : errno_name(err);
    c.pid = sp.pid;
    c.cpu = t.events[sp.enter].cpu;
    c.seq = sp.ret;
    c.seq2 = sp.enter;
    if (c.ask_step < c.reveal_step) out.push_back(std::move(c));
  }
}

std::optional<Question> word_syscall_result(const Timeline& tl, const Candidate& c) {
  const Trace& t = tl.trace();
  const KernelState s = tl.state_at(c.ask_step);
  const Proc* p = s.proc(c.pid);
  if (!p) return std::nullopt;
  const Event& enter = t.events[c.seq2];
  const Event& ret = t.events[c.seq];
  const SyscallDetail* ret_detail = t.syscall_detail(ret);
  const SyscallDetail* enter_detail = t.syscall_detail(enter);
  if (!ret_detail || !enter_detail) return std::nullopt;
  const int err = ret_detail->error;
  const int sys = enter.syscall_id();
  const std::string name = std::string(syscall_name(sys)) + "()";
  const Text call = sys == SYS_CLONE ? clone_call(t.args_of(*enter_detail)) : Text(name);

  Question q = start_question(c);
  // The counts fork1 checks, as clauses of one sentence: "nprocs is 5 of
  // kern.maxproc 10; real uid 100 has 3 processes (RLIMIT_NPROC 4), effective
  // uid 0; U-areas in use: 4 of 8". The separators are the same in German.
  std::vector<Text> counts = {tr_text("Quiz", "nprocs is %1 of kern.maxproc %2",
                                      {std::to_string(s.nprocs), std::to_string(s.maxproc)})};
  for (const UidCount& u : s.proccnt) {
    if (u.uid != p->ruid || p->limit < 0) continue;
    const std::vector<Text> args = {
        std::to_string(u.uid), std::to_string(u.count),
        std::to_string(s.objects[static_cast<size_t>(p->limit)].nproc_cur)};
    counts.push_back("; ");
    counts.push_back(u.count == 1
                         ? tr_text("Quiz", "real uid %1 has %2 process (RLIMIT_NPROC %3)", args)
                         : tr_text("Quiz", "real uid %1 has %2 processes (RLIMIT_NPROC %3)", args));
  }
  if (p->euid != p->ruid) {
    counts.push_back(", ");
    counts.push_back(tr_text("Quiz", "effective uid %1", {std::to_string(p->euid)}));
  }
  if (s.uarea_limit >= 0) {
    counts.push_back("; ");
    counts.push_back(tr_text("Quiz", "U-areas in use: %1 of %2",
                             {std::to_string(s.uareas), std::to_string(s.uarea_limit)}));
  }
  Text counts_sentence("%1.");
  counts_sentence.args = {join(counts, "")};
  q.prompt = join({tr_text("Quiz", "%1 has just called %2.", {proc_text(s, c.pid), call}),
                   counts_sentence, tr_text("Quiz", "What does %1 return?", {name})},
                  " ");

  // Every fork kind can hit the process table, the per-user limit and the
  // U-area allocation; only __clone has argument checks, hence EINVAL.
  const int success =
      add_choice(q.choices, tr_text("Quiz", "success: it returns the new child's pid"));
  add_choice(q.choices, tr_text("Quiz", "it fails with %1", {"EAGAIN"}));
  add_choice(q.choices, tr_text("Quiz", "it fails with %1", {"ENOMEM"}));
  if (sys == SYS_CLONE) add_choice(q.choices, tr_text("Quiz", "it fails with %1", {"EINVAL"}));
  q.answer = err == 0
                 ? success
                 : add_choice(q.choices, tr_text("Quiz", "it fails with %1", {errno_name(err)}));

  const ForkPath path =
      read_path(t, SyscallSpan{c.pid, t.lid_of_event(c.seq2), sys, c.seq2, c.seq});
  if (err != 0) {
    q.explanation = explain_failure(path, s, err);
    q.source_line = failure_line(path.deciding_step);
  } else {
    const std::string nprocs = std::to_string(path.nprocs_after_inc);
    std::vector<Text> why = {
        path.rlimit_bypass
            ? tr_text("Quiz",
                      "Every check passed: nprocs became %1, below kern.maxproc (L264); the uid "
                      "was over RLIMIT_NPROC, but an effective uid of 0 may exceed it (L285); a "
                      "U-area was found (L301).",
                      {nprocs})
            : tr_text("Quiz",
                      "Every check passed: nprocs became %1, below kern.maxproc (L264); the uid "
                      "stayed within RLIMIT_NPROC (L284); a U-area was found (L301).",
                      {nprocs}),
        tr_text("Quiz",
                "From L321 on fork1 cannot fail, and %1 returned %2, the child's pid (L599).",
                {name, std::to_string(ret.syscall_retval())})};
    if (path.vfork_slept)
      why.push_back(tr_text("Quiz", "As a vfork parent it returned only after the child let go of "
                                    "its memory (L621-L622)."));
    q.explanation = join(why, " ");
    q.source_line = path.rlimit_bypass ? 285 : 599;
  }
  return q;
}

} // namespace fs::quiz
