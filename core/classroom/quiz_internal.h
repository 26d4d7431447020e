// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the quiz finders (quiz_*.cpp); internal to core/. Finding and
// wording are two passes: a finder scans the trace once and leaves cheap
// Candidates (steps and event numbers only); make_quiz picks some and only
// then asks for their wording, which needs the (replayed) state at ask_step.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/quiz.h"

namespace fs::quiz {

struct Candidate {
  QuestionKind kind = QuestionKind::SyscallResult;
  uint64_t ask_step = 0;
  uint64_t reveal_step = 0;
  std::string variant; // the kind of answer ("EAGAIN", "spin"): picks spread over these
  int pid = -1, cpu = -1;
  uint32_t seq = 0;  // the event that shows the answer
  uint32_t seq2 = 0; // a second event the wording needs (a syscall's enter, ...)
  int other = -1;    // kind-specific: the child, the new parent, ...
};

// A system call from its enter to its return, in the calling LWP.
struct SyscallSpan {
  int pid = -1;
  int lid = -1; // the LWP (the pid, in a single-threaded process)
  int sys = -1;
  uint32_t enter = 0, ret = 0; // event seqs
};

// Every completed system call, in order of return. A fork child's first
// return (which has no enter of its own) is left out.
std::vector<SyscallSpan> syscall_spans(const Trace& t);

// The step whose state first shows event seq (1-based, as Timeline::state_at
// counts); the state just before it is step_shown(seq) - 1.
inline uint64_t step_shown(const Trace& t, uint32_t seq) { return t.step_of_event(seq) + 1; }

// "pid 7 (w#3)"; just "pid 7" when the process is unknown in s. With a note:
// "pid 7 (w#3, a zombie)", the note translated like the rest.
Text proc_text(const KernelState& s, int pid, const Text& note = {});

// A question with the candidate's kind, steps, pid and cpu filled in.
Question start_question(const Candidate& c);

// Builds a choice list: adds text unless one with the same English words is
// already there; returns its index.
int add_choice(std::vector<Text>& choices, const Text& text);

// Finders: append the candidates of one kind.
void find_syscall_results(const Trace& t, const std::vector<SyscallSpan>& spans,
                          std::vector<Candidate>& out);
void find_wait_results(const Trace& t, const std::vector<SyscallSpan>& spans,
                       std::vector<Candidate>& out);
void find_lock_contention(const Trace& t, std::vector<Candidate>& out);
void find_reparents(const Trace& t, std::vector<Candidate>& out);
void find_first_stops(const Trace& t, const std::vector<SyscallSpan>& spans,
                      std::vector<Candidate>& out);
void find_vfork_wakes(const Trace& t, std::vector<Candidate>& out);
void find_threaded_forks(const Trace& t, const std::vector<SyscallSpan>& spans,
                         std::vector<Candidate>& out);

// Wording: the question with its correct answer among the choices (in any
// order; make_quiz shuffles), or nullopt when the state at ask_step does not
// bear the question out (make_quiz then tries another candidate).
std::optional<Question> word_syscall_result(const Timeline& tl, const Candidate& c);
std::optional<Question> word_wait_result(const Timeline& tl, const Candidate& c);
std::optional<Question> word_lock_contention(const Timeline& tl, const Candidate& c);
std::optional<Question> word_reparent(const Timeline& tl, const Candidate& c);
std::optional<Question> word_first_stop(const Timeline& tl, const Candidate& c);
std::optional<Question> word_vfork_wake(const Timeline& tl, const Candidate& c);
std::optional<Question> word_threaded_fork(const Timeline& tl, const Candidate& c);

} // namespace fs::quiz
