// SPDX-License-Identifier: GPL-3.0-or-later
// Every kern_fork.c step covers a range of lines (line..line_end), so that a
// breakpoint on any line a teacher points at stops the run. These tests check
// the ranges against a real kern_fork.c rev 1.231 named by the environment
// variable FORKSCOPE_KERN_FORK_C (ctest sets it to ../shared/seed/kern_fork.c;
// Forkscope never ships NetBSD's text, so without the file they are skipped):
//  - each range starts on the statement its label names (a keyword per step);
//  - ranges lie inside the function the step names and do not overlap;
//  - every line of the modelled functions that does something is in a range.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/state/step_table.h"

namespace fs {
namespace {

bool in_kern_fork(const StepInfo& s) { return std::strcmp(s.file, "kern_fork.c") == 0; }

// Text every step's first line must contain: the statement the label names.
// A new kern_fork.c step must be added here, which makes its author look at
// the line it claims.
const std::map<std::string, std::string>& first_line_keywords() {
  static const std::map<std::string, std::string> k{
      {"sys_fork.fork1", "fork1("},
      {"sys_vfork.fork1", "fork1("},
      {"sys___vfork14.fork1", "fork1("},
      {"sys___clone.ptrace_check", "CLONE_PTRACE"},
      {"sys___clone.sighand_check", "CLONE_SIGHAND"},
      {"sys___clone.map_flags", "flags = 0"},
      {"sys___clone.exit_signal", "CLONE_CSIGNAL"},
      {"sys___clone.signal_check", "_NSIG"},
      {"sys___clone.fork1", "fork1("},
      {"fork1.getuid", "l_proc"}, // notes the calling process, then its uid
      {"fork1.nprocs_inc", "atomic_inc_uint_nv"},
      {"fork1.maxproc_check", "maxproc"},
      {"fork1.kauth_fork", "kauth_authorize_process"},
      {"fork1.fail_nprocs_dec", "if (error)"}, // the failure path, then the decrement
      {"fork1.ratecheck", "ratecheck"},
      {"fork1.tablefull", "tablefull("},
      {"fork1.forkfsleep", "forkfsleep"},
      {"fork1.kpause_forkmx", "kpause(\"forkmx\""},
      {"fork1.fail_eagain", "EAGAIN"},
      {"fork1.chgproccnt", "chgproccnt(uid, 1)"},
      {"fork1.rlimit_check", "RLIMIT_NPROC"},
      {"fork1.rlimit_bypass", "KAUTH_PROCESS_RLIMIT"},
      {"fork1.rlimit_undo_proccnt", "chgproccnt(uid, -1)"},
      {"fork1.rlimit_undo_nprocs", "atomic_dec_uint(&nprocs)"},
      {"fork1.rlimit_sleep", "forkfsleep"},
      {"fork1.kpause_forkulim", "kpause(\"forkulim\""},
      {"fork1.rlimit_eagain", "EAGAIN"},
      {"fork1.uarea_alloc", "uvm_uarea_alloc"},
      {"fork1.uarea_undo_proccnt", "chgproccnt(uid, -1)"},
      {"fork1.uarea_undo_nprocs", "atomic_dec_uint(&nprocs)"},
      {"fork1.uarea_enomem", "ENOMEM"},
      {"fork1.proc_alloc", "proc_alloc"},
      {"fork1.proc_alloc_fail_uarea_free", "uvm_uarea_free"},
      {"fork1.proc_alloc_fail_p_lock", "mutex_enter(p1->p_lock)"},
      {"fork1.proc_alloc_fail_uid", "kauth_cred_getuid"},
      {"fork1.proc_alloc_fail_proccnt", "chgproccnt(uid, -1)"},
      {"fork1.proc_alloc_fail_p_unlock", "mutex_exit(p1->p_lock)"},
      {"fork1.proc_alloc_fail_nprocs", "atomic_dec_uint(&nprocs)"},
      {"fork1.proc_alloc_fail_eagain", "EAGAIN"},
      {"fork1.zero_copy", "memset"},
      {"fork1.inherit_flags", "p_flag"},
      {"fork1.system_flags", "FORK_SYSTEM"},
      {"fork1.init_locks", "mutex_init"},
      {"fork1.p_lock", "FORK_SHARESIGS"},
      {"fork1.cred", "kauth_proc_fork"},
      {"fork1.textvp", "p_textvp"},
      {"fork1.files", "FORK_SHAREFILES"},
      {"fork1.cwd", "FORK_SHARECWD"},
      {"fork1.limits", "p_limit"},
      {"fork1.ppwait", "FORK_PPWAIT"},
      {"fork1.parent", "FORK_NOWAIT"},
      {"fork1.ktrace_check", "KTRFAC_INHERIT"},
      {"fork1.ktrace_lock", "mutex_enter(&ktrace_lock)"},
      {"fork1.ktrace_copy", "p_traceflag"},
      {"fork1.ktrace_unlock", "mutex_exit(&ktrace_lock)"},
      {"fork1.sigacts", "sigactsinit"},
      {"fork1.parent_p_lock", "mutex_enter(p1->p_lock)"},
      {"fork1.stop_flags", "p_sflag"},
      {"fork1.sched_proc_fork", "sched_proc_fork"},
      {"fork1.parent_p_unlock", "mutex_exit(p1->p_lock)"},
      {"fork1.stats", "p_stflag"},
      {"fork1.uvm_proc_fork", "uvm_proc_fork"},
      {"fork1.lwp_create", "lwp_create"},
      {"fork1.lwp_private", "l_private"},
      {"fork1.emul_fork_hook", "e_proc_fork"},
      {"fork1.forkhooks", "doforkhooks"},
      {"fork1.sdt_create", "SDT_PROBE"},
      {"fork1.proc_lock", "mutex_enter(&proc_lock)"},
      {"fork1.controlt", "PL_CONTROLT"},
      {"fork1.children_insert", "p_children"},
      {"fork1.trace_reparent", "tracefork"},
      {"fork1.proc_changeparent", "proc_changeparent"},
      {"fork1.oppid", "p_oppid"},
      {"fork1.pglist", "p_pglist"},
      {"fork1.trace_enabled", "trace_is_enabled"},
      {"fork1.counters", "KPREEMPT_DISABLE"},
      {"fork1.ktrpoint", "ktrpoint"},
      {"fork1.knote_check", "p_klist"},
      {"fork1.knote_unlock", "mutex_exit(&proc_lock)"},
      {"fork1.knote_fork", "knote_proc_fork"},
      {"fork1.knote_relock", "mutex_enter(&proc_lock)"},
      {"fork1.child_p_lock", "mutex_enter(p2->p_lock)"},
      {"fork1.profil", "PST_PROFIL"},
      {"fork1.start_time", "getmicrotime"},
      {"fork1.lwp_lock", "lwp_lock"},
      {"fork1.stopfork_check", "PS_STOPFORK"},
      {"fork1.create_stopped", "p_nrlwps = 0"},
      {"fork1.make_runnable", "p_nrlwps = 1"},
      {"fork1.setrunnable", "setrunnable"},
      {"fork1.retval", "retval"},
      {"fork1.child_p_unlock", "mutex_exit(p2->p_lock)"},
      {"fork1.trace_event_check", "tracefork"},
      {"fork1.trace_p_lock", "mutex_enter(p1->p_lock)"},
      {"fork1.eventswitch", "eventswitch"},
      {"fork1.trace_proc_lock", "mutex_enter(&proc_lock)"},
      {"fork1.vfork_wait_check", "l_vforkwaiting"},
      {"fork1.vfork_cv_wait", "cv_wait"},
      {"fork1.vfork_wakeup", "cv_wait"},
      {"fork1.vforkdone_check", "tracevforkdone"},
      {"fork1.vforkdone_p_lock", "mutex_enter(p1->p_lock)"},
      {"fork1.vforkdone_eventswitch", "PTRACE_VFORK_DONE"},
      {"fork1.proc_unlock", "mutex_exit(&proc_lock)"},
      {"fork1.return", "return 0"},
      {"child_return.trace_check", "PSL_TRACEDCHILD"},
      {"child_return.eventswitchchild", "eventswitchchild"},
      {"child_return.md_child_return", "md_child_return"},
      {"child_return.ktrsysret", "ktrsysret"},
  };
  return k;
}

// Steps that model one statement in several moments and so share its lines:
// cv_wait sleeps (and drops proc_lock), then wakes and retakes the lock.
const std::set<std::pair<std::string, std::string>> kSharedRanges{
    {"fork1.vfork_cv_wait", "fork1.vfork_wakeup"}};

// Lines with an effect that no step covers on purpose (by their text, so the
// list reads without the file). Empty today: the declarations with an
// initialiser at the top of child_return only name the current LWP and
// process, which is what every step already acts on.
const std::set<std::string> kUncoveredOnPurpose{};

const char* const kModelledFunctions[] = {"sys_fork",    "sys_vfork", "sys___vfork14",
                                          "sys___clone", "fork1",     "child_return"};

struct Source {
  std::vector<std::string> lines; // lines[0] is line 1
  const std::string& at(int line) const { return lines.at(static_cast<size_t>(line - 1)); }
  int size() const { return static_cast<int>(lines.size()); }
};

struct Body {
  int open = 0, close = 0; // the lines of the function's opening and closing brace
};

// The file named by FORKSCOPE_KERN_FORK_C, or a reason to skip.
std::optional<Source> load_kern_fork(std::string& why_not) {
  const char* path = std::getenv("FORKSCOPE_KERN_FORK_C");
  if (!path || !*path) {
    why_not = "FORKSCOPE_KERN_FORK_C is not set: point it at NetBSD's kern_fork.c rev 1.231 "
              "(ctest does: ../shared/seed/kern_fork.c)";
    return std::nullopt;
  }
  std::ifstream in(path);
  if (!in) {
    why_not = std::string("FORKSCOPE_KERN_FORK_C names ") + path + ", which cannot be read";
    return std::nullopt;
  }
  Source s;
  for (std::string l; std::getline(in, l);) s.lines.push_back(l);
  const bool right_revision = std::any_of(s.lines.begin(), s.lines.end(), [](const auto& l) {
    return l.find("kern_fork.c,v 1.231 ") != std::string::npos;
  });
  if (!right_revision) {
    why_not = std::string(path) + " is not kern_fork.c revision 1.231: its lines differ";
    return std::nullopt;
  }
  return s;
}

#define LOAD_OR_SKIP(src)                                                                          \
  std::string why_not;                                                                             \
  const std::optional<Source> src = load_kern_fork(why_not);                                       \
  if (!src) GTEST_SKIP() << why_not

// A function definition starts in column 0 with its name and '('; its body is
// the first "{" line in column 0 after that up to the next "}" in column 0.
std::map<std::string, Body> function_bodies(const Source& src) {
  std::map<std::string, Body> out;
  for (const char* name : kModelledFunctions) {
    const std::string head = std::string(name) + "(";
    for (int l = 1; l <= src.size(); ++l) {
      if (src.at(l).rfind(head, 0) != 0) continue;
      Body b;
      for (int m = l + 1; m <= src.size() && !b.close; ++m) {
        if (!b.open && src.at(m) == "{")
          b.open = m;
        else if (b.open && src.at(m) == "}")
          b.close = m;
      }
      out[name] = b;
      break;
    }
  }
  return out;
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  const auto b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

// The lines of a body that do something. Not counted: blank lines, comments,
// preprocessor lines, lines of braces and `else` only, and declarations (a
// type, then names, perhaps with an initialiser).
std::vector<int> effectful_lines(const Source& src, Body b) {
  static const std::regex kBracesAndElse(R"(^[{}]?\s*(else)?\s*[{}]?$)");
  static const std::regex kDeclaration(
      R"(^(static\s+)?(const\s+)?(struct\s+\w+|int|uid_t|vaddr_t|size_t|bool)\s+\**\w+.*;$)");
  std::vector<int> out;
  bool in_comment = false;
  for (int l = b.open + 1; l < b.close; ++l) {
    std::string t = trim(src.at(l));
    if (in_comment) {
      const auto end = t.find("*/");
      if (end == std::string::npos) continue;
      in_comment = false;
      t = trim(t.substr(end + 2));
    }
    if (t.rfind("/*", 0) == 0) {
      if (t.find("*/") == std::string::npos) in_comment = true;
      continue;
    }
    if (t.empty() || t.rfind("//", 0) == 0 || t[0] == '#') continue;
    if (std::regex_match(t, kBracesAndElse) || std::regex_match(t, kDeclaration)) continue;
    if (kUncoveredOnPurpose.count(t)) continue;
    out.push_back(l);
  }
  return out;
}

std::vector<int> kern_fork_steps() {
  std::vector<int> ids;
  for (int id = 0; id < step_count(); ++id)
    if (in_kern_fork(step_info(id))) ids.push_back(id);
  return ids;
}

// Needs no source: the shape of the table itself.
TEST(StepRanges, EveryStepHasAWellFormedRange) {
  for (int id = 0; id < step_count(); ++id) {
    const StepInfo& s = step_info(id);
    SCOPED_TRACE(s.label);
    if (s.line == 0) {
      EXPECT_EQ(s.line_end, 0) << "a step without a line has no range";
      continue;
    }
    EXPECT_GE(s.line_end, s.line);
  }
  // kern_fork.c steps are in source order within each function.
  const std::vector<int> ids = kern_fork_steps();
  for (size_t i = 1; i < ids.size(); ++i) {
    const StepInfo& a = step_info(ids[i - 1]);
    const StepInfo& b = step_info(ids[i]);
    if (std::strcmp(a.func, b.func) == 0) {
      EXPECT_LE(a.line, b.line) << a.label << " " << b.label;
    }
  }
}

TEST(StepRanges, EveryKernForkStepHasAFirstLineKeyword) {
  for (int id : kern_fork_steps())
    EXPECT_TRUE(first_line_keywords().count(step_info(id).label))
        << step_info(id).label << ": add the statement it names to first_line_keywords()";
}

TEST(StepRanges, EachRangeStartsOnTheStatementItsLabelNames) {
  LOAD_OR_SKIP(src);
  for (int id : kern_fork_steps()) {
    const StepInfo& s = step_info(id);
    SCOPED_TRACE(s.label);
    ASSERT_LE(s.line_end, src->size());
    const auto k = first_line_keywords().find(s.label);
    if (k == first_line_keywords().end()) continue; // reported above
    EXPECT_NE(src->at(s.line).find(k->second), std::string::npos)
        << "L" << s.line << " does not mention " << k->second;
  }
}

TEST(StepRanges, RangesLieInTheirFunctionAndDoNotOverlap) {
  LOAD_OR_SKIP(src);
  const auto bodies = function_bodies(*src);
  ASSERT_EQ(bodies.size(), std::size(kModelledFunctions));
  const std::vector<int> ids = kern_fork_steps();
  for (int id : ids) {
    const StepInfo& s = step_info(id);
    const auto body = bodies.find(s.func);
    ASSERT_NE(body, bodies.end()) << s.label << ": unknown function " << s.func;
    EXPECT_GT(s.line, body->second.open) << s.label;
    EXPECT_LT(s.line_end, body->second.close) << s.label;
  }
  for (size_t i = 0; i < ids.size(); ++i)
    for (size_t j = i + 1; j < ids.size(); ++j) {
      const StepInfo& a = step_info(ids[i]);
      const StepInfo& b = step_info(ids[j]);
      const bool overlap = a.line <= b.line_end && b.line <= a.line_end;
      if (!overlap || kSharedRanges.count({a.label, b.label})) continue;
      ADD_FAILURE() << a.label << " (L" << a.line << "-" << a.line_end << ") overlaps " << b.label
                    << " (L" << b.line << "-" << b.line_end << ")";
    }
}

TEST(StepRanges, EveryEffectfulLineOfTheModelledFunctionsIsInARange) {
  LOAD_OR_SKIP(src);
  const auto bodies = function_bodies(*src);
  const std::vector<int> ids = kern_fork_steps();
  for (const auto& [name, body] : bodies) {
    ASSERT_GT(body.open, 0) << name;
    ASSERT_GT(body.close, body.open) << name;
    for (int line : effectful_lines(*src, body)) {
      const bool covered = std::any_of(ids.begin(), ids.end(), [&](int id) {
        return step_covers_line(step_info(id), "kern_fork.c", line);
      });
      EXPECT_TRUE(covered) << name << ": L" << line << " \"" << trim(src->at(line))
                           << "\" has an effect but no step covers it";
    }
  }
}

// The lines issue 9 named as unreachable by a breakpoint: each is now in
// exactly the step that models it.
TEST(StepRanges, LinesTeachersPointAtHaveTheirStep) {
  const std::pair<int, const char*> cases[] = {
      {591, "fork1.setrunnable"},
      {584, "fork1.create_stopped"},
      {582, "fork1.create_stopped"},
      {587, "fork1.create_stopped"},
      {274, "fork1.tablefull"},
      {276, "fork1.kpause_forkmx"},
      {291, "fork1.kpause_forkulim"},
      {523, "fork1.proc_changeparent"},
      {600, "fork1.retval"},
      {601, "fork1.retval"},
      {431, "fork1.ppwait"},
      {436, "fork1.parent"},
      {541, "fork1.counters"},
      {549, "fork1.ktrpoint"},
      {164, "sys___clone.ptrace_check"},
      {171, "sys___clone.sighand_check"},
      {188, "sys___clone.signal_check"},
      {175, "sys___clone.map_flags"},
      {184, "sys___clone.map_flags"},
  };
  for (const auto& [line, label] : cases) {
    std::vector<std::string> covering;
    for (int id : kern_fork_steps())
      if (step_covers_line(step_info(id), "kern_fork.c", line))
        covering.push_back(step_info(id).label);
    ASSERT_EQ(covering.size(), 1u) << "L" << line;
    EXPECT_EQ(covering[0], label) << "L" << line;
  }
}

} // namespace
} // namespace fs
