// SPDX-License-Identifier: GPL-3.0-or-later
// make_quiz: gathers candidates from the finders (quiz_*.cpp), picks a spread
// of them that do not overlap, words them and shuffles their choices.
#include "core/classroom/quiz.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "core/classroom/problem_gen.h"
#include "core/classroom/quiz_internal.h"

namespace fs {

const char* question_kind_name(QuestionKind k) {
  switch (k) {
  case QuestionKind::SyscallResult: return "syscall_result";
  case QuestionKind::LockContention: return "lock_contention";
  case QuestionKind::Reparent: return "reparent";
  case QuestionKind::FirstStop: return "first_stop";
  case QuestionKind::WaitResult: return "wait_result";
  case QuestionKind::VforkWake: return "vfork_wake";
  case QuestionKind::ThreadedFork: return "threaded_fork";
  }
  return "?";
}

namespace quiz {

std::vector<SyscallSpan> syscall_spans(const Trace& t) {
  std::vector<SyscallSpan> spans;
  // The open enter of each LWP (two LWPs of a process can be in system calls
  // at once). An LWP that dies inside exit never returns, so a pid that is
  // created again must not inherit its enter.
  std::unordered_map<int, uint32_t> open;
  for (uint32_t seq = 0; seq < t.events.size(); ++seq) {
    const Event& e = t.events[seq];
    if (e.kind == EventKind::Proc && e.proc_action() == ProcAction::Create) {
      open.erase(e.fork_child());
    } else if (e.kind == EventKind::Syscall) {
      const int lid = t.lid_of_event(seq);
      if (e.syscall_enter()) {
        open[lid] = seq;
        continue;
      }
      auto it = open.find(lid);
      // A fork child's return has no enter of its own.
      if (it == open.end() || t.events[it->second].syscall_id() != e.syscall_id()) continue;
      spans.push_back(SyscallSpan{e.pid, lid, e.syscall_id(), it->second, seq});
      open.erase(it);
    }
  }
  return spans;
}

Text proc_text(const KernelState& s, int pid, const Text& note) {
  const Proc* p = s.proc(pid);
  const std::string id = std::to_string(pid);
  const std::string name = p ? p->name : "";
  if (note.empty())
    return name.empty() ? tr_text("Quiz", "pid %1", {id})
                        : tr_text("Quiz", "pid %1 (%2)", {id, name});
  return name.empty() ? tr_text("Quiz", "pid %1 (%2)", {id, note})
                      : tr_text("Quiz", "pid %1 (%2, %3)", {id, name, note});
}

Question start_question(const Candidate& c) {
  Question q;
  q.kind = c.kind;
  q.ask_step = c.ask_step;
  q.reveal_step = c.reveal_step;
  q.pid = c.pid;
  q.cpu = c.cpu;
  return q;
}

int add_choice(std::vector<Text>& choices, const Text& text) {
  const std::string words = text.english();
  auto it = std::find_if(choices.begin(), choices.end(),
                         [&](const Text& c) { return c.english() == words; });
  if (it != choices.end()) return static_cast<int>(it - choices.begin());
  choices.push_back(text);
  return static_cast<int>(choices.size() - 1);
}

namespace {

std::optional<Question> word(const Timeline& tl, const Candidate& c) {
  switch (c.kind) {
  case QuestionKind::SyscallResult: return word_syscall_result(tl, c);
  case QuestionKind::LockContention: return word_lock_contention(tl, c);
  case QuestionKind::Reparent: return word_reparent(tl, c);
  case QuestionKind::FirstStop: return word_first_stop(tl, c);
  case QuestionKind::WaitResult: return word_wait_result(tl, c);
  case QuestionKind::VforkWake: return word_vfork_wake(tl, c);
  case QuestionKind::ThreadedFork: return word_threaded_fork(tl, c);
  }
  return std::nullopt;
}

// The promises of quiz.h that a wording could break: checked, not assumed.
bool well_formed(const Question& q, const Candidate& c) {
  if (q.ask_step != c.ask_step || q.reveal_step != c.reveal_step) return false;
  if (q.ask_step >= q.reveal_step || q.prompt.empty()) return false;
  if (q.choices.size() < 2 || q.choices.size() > 5) return false;
  if (q.answer < 0 || static_cast<size_t>(q.answer) >= q.choices.size()) return false;
  std::vector<std::string> sorted;
  for (const Text& c : q.choices) sorted.push_back(c.english());
  std::sort(sorted.begin(), sorted.end());
  return std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
}

// Fisher-Yates with our own generator, so every platform shuffles alike.
void shuffle_choices(Question& q, uint64_t seed) {
  SplitMix64 rng(seed ^ (q.ask_step * 0x9E3779B97F4A7C15ULL) ^
                 (static_cast<uint64_t>(q.kind) << 56));
  // Choices are distinct in English (well_formed), so the answer is found again by its words.
  const std::string right = q.choices[static_cast<size_t>(q.answer)].english();
  for (size_t i = q.choices.size(); i > 1; --i)
    std::swap(q.choices[i - 1], q.choices[static_cast<size_t>(rng.below(i))]);
  for (size_t i = 0; i < q.choices.size(); ++i)
    if (q.choices[i].english() == right) q.answer = static_cast<int>(i);
}

// Chosen questions as disjoint [ask, reveal] intervals, min_gap apart.
class Schedule {
public:
  explicit Schedule(uint64_t min_gap) : gap_(min_gap) {}
  bool fits(uint64_t ask, uint64_t reveal) const {
    auto next = taken_.lower_bound(ask);
    if (next != taken_.end() && next->first < plus_gap(reveal)) return false;
    if (next == taken_.begin()) return true;
    return ask >= plus_gap(std::prev(next)->second);
  }
  void take(uint64_t ask, uint64_t reveal) { taken_.emplace(ask, reveal); }

private:
  uint64_t plus_gap(uint64_t step) const {
    return step > UINT64_MAX - gap_ ? UINT64_MAX : step + gap_; // a huge min_gap must not wrap
  }
  uint64_t gap_;
  std::map<uint64_t, uint64_t> taken_; // ask -> reveal
};

} // namespace
} // namespace quiz

std::vector<Question> make_quiz(const Timeline& timeline, uint64_t seed, size_t max_questions,
                                uint64_t min_gap) {
  using namespace quiz;
  if (max_questions == 0) return {};
  const Trace& t = timeline.trace();
  const std::vector<SyscallSpan> spans = syscall_spans(t);
  std::vector<Candidate> cands;
  find_syscall_results(t, spans, cands);
  find_lock_contention(t, cands);
  find_reparents(t, cands);
  find_first_stops(t, spans, cands);
  find_wait_results(t, spans, cands);
  find_vfork_wakes(t, cands);
  find_threaded_forks(t, spans, cands);

  // Each candidate gets a random rank; ties between equally good picks go by it.
  SplitMix64 rng(seed);
  std::array<std::vector<size_t>, kQuestionKindCount> by_kind;
  std::vector<uint64_t> rank(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    rank[i] = rng.next();
    by_kind[static_cast<size_t>(cands[i].kind)].push_back(i);
  }
  // Rare kinds pick first, so a run with hundreds of forks still gets its one
  // vfork question; between equally rare kinds, the narrower ones first: a
  // fork question spans the whole call and would crowd out what happens in it.
  std::array<size_t, kQuestionKindCount> order{};
  constexpr std::array<QuestionKind, kQuestionKindCount> kNarrowFirst{
      QuestionKind::VforkWake,    QuestionKind::ThreadedFork,   QuestionKind::FirstStop,
      QuestionKind::Reparent,     QuestionKind::LockContention, QuestionKind::WaitResult,
      QuestionKind::SyscallResult};
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<size_t>(kNarrowFirst[k]);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return by_kind[a].size() < by_kind[b].size(); });
  // A fork in a threaded process is what the run it occurs in is about: it
  // picks before everything else (a vfork_wake would otherwise take its place).
  std::stable_partition(order.begin(), order.end(), [](size_t k) {
    return k == static_cast<size_t>(QuestionKind::ThreadedFork);
  });

  Schedule schedule(min_gap);
  std::map<std::pair<size_t, std::string>, int> variant_uses;
  std::vector<bool> tried(cands.size(), false);
  std::vector<Question> quiz;
  // One question of kind k: the least used answer first, then by rank;
  // `only`: only that answer (variant), if not asked yet. False: none fits.
  auto pick = [&](size_t k, const char* only) {
    while (quiz.size() < max_questions) {
      size_t best = cands.size();
      int best_uses = 0;
      for (size_t i : by_kind[k]) {
        if (tried[i] || !schedule.fits(cands[i].ask_step, cands[i].reveal_step)) continue;
        const int uses = variant_uses[{k, cands[i].variant}];
        if (only && (uses > 0 || cands[i].variant != only)) continue;
        if (best == cands.size() || uses < best_uses ||
            (uses == best_uses && rank[i] < rank[best])) {
          best = i;
          best_uses = uses;
        }
      }
      if (best == cands.size()) return false;
      tried[best] = true;
      std::optional<Question> q = word(timeline, cands[best]);
      if (!q || !well_formed(*q, cands[best])) continue; // try the next best
      schedule.take(q->ask_step, q->reveal_step);
      ++variant_uses[{k, cands[best].variant}];
      quiz.push_back(std::move(*q));
      return true;
    }
    return false;
  };
  // Each way a threaded process forks in the run is asked once before any
  // other kind takes the steps around it, the less familiar first (vfork
  // blocks one LWP, execve ends the others, fork copies one) where two leave
  // no room for each other: in vfork-threaded the vfork (steps 10-123) lost
  // to the later fork on half the seeds, or to a lock question at step 63.
  for (const char* variant : {"vfork", "exec", "fork"})
    pick(static_cast<size_t>(QuestionKind::ThreadedFork), variant);
  // Round robin over the kinds.
  for (bool progress = true; progress && quiz.size() < max_questions;) {
    progress = false;
    for (size_t k : order)
      if (quiz.size() < max_questions && pick(k, nullptr)) progress = true;
  }
  std::sort(quiz.begin(), quiz.end(),
            [](const Question& a, const Question& b) { return a.ask_step < b.ask_step; });
  for (Question& q : quiz) shuffle_choices(q, seed);
  return quiz;
}

} // namespace fs
