// SPDX-License-Identifier: GPL-3.0-or-later
// "Predict the next step" quizzes: questions found in a recorded run. Each
// question is asked at one step (the app shows the state after ask_step and
// hides everything later) and answered by a later one (reveal_step), so a
// student can guess what the kernel will do, then step forward and check.
// Plain data, no Qt: the CLI prints it, the GUI's quiz panel shows it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/support/text.h"
#include "core/timeline.h"

namespace fs {

enum class QuestionKind : uint8_t {
  SyscallResult,  // what does fork/vfork/__clone return?
  LockContention, // a contended adaptive mutex: take it, spin or sleep?
  Reparent,       // an exiting process's child: who is its new parent?
  FirstStop,      // a fork reported to a debugger / stop-on-fork: who stops first?
  WaitResult,     // what does wait() return?
  VforkWake,      // what wakes the parent sleeping in vfork?
  ThreadedFork    // an LWP of a threaded process forks: the child's LWPs, or what vfork blocks
};
inline constexpr int kQuestionKindCount = 7;

// "syscall_result", "lock_contention", "reparent", "first_stop", "wait_result", "vfork_wake",
// "threaded_fork".
const char* question_kind_name(QuestionKind k);

struct Question {
  QuestionKind kind = QuestionKind::SyscallResult;
  uint64_t ask_step = 0; // the app shows the state after this many steps and hides everything later
  uint64_t reveal_step = 0; // showing the state after this step reveals the answer (> ask_step)
  int pid = -1;             // the process the question is about (-1 none)
  int cpu = -1;             // the CPU it is about (-1 none)
  // The words are Texts so that the app can show them in the user's language
  // (context "Quiz"); .english() gives what the CLI prints.
  Text prompt;               // one or two plain sentences, true at ask_step
  std::vector<Text> choices; // 2..5 plausible, distinct answers, deterministic order
  int answer = 0;            // index into choices
  Text explanation;          // why, in our own words, citing the kern_fork.c line where it applies
  int source_line = 0;       // kern_fork.c line the answer hinges on, 0 when none
};

// Questions for a recorded run, in step order, at most max_questions. Questions
// do not overlap: each one's ask_step is at least min_gap steps after the
// previous one's reveal_step (min_gap 0: it may be that very step), so one
// reveal does not give away the next question. With more candidates than
// max_questions, kinds (and different answers within a kind) are spread
// first. Deterministic: the same timeline and seed give the same questions;
// the seed picks among candidates and orders the choices.
std::vector<Question> make_quiz(const Timeline& timeline, uint64_t seed, size_t max_questions = 10,
                                uint64_t min_gap = 1);

} // namespace fs
