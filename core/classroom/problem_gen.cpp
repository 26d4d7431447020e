// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/problem_gen.h"

#include <stdexcept>
#include <vector>

namespace fs {

std::string forkpy_name(uint64_t n) {
  // Bijective base 26 of n + 1 with a = 1: 2 -> "b", 26 -> "z", 27 -> "aa".
  std::string s;
  for (uint64_t v = n + 1; v > 0; v = (v - 1) / 26)
    s.insert(s.begin(), static_cast<char>('a' + (v - 1) % 26));
  return s;
}

std::string generate_forkpy_actions(uint64_t seed, int actions, double fork_percentage,
                                    int max_processes) {
  if (actions < 1 || actions > 1000) throw std::invalid_argument("actions must be 1..1000");
  if (!(fork_percentage >= 0.0 && fork_percentage <= 1.0))
    throw std::invalid_argument("fork percentage must be 0..1");
  if (max_processes < 2 || max_processes > 100)
    throw std::invalid_argument("max processes must be 2..100");
  SplitMix64 rng(seed);
  std::vector<std::string> live{"a"}; // creation order, as fork.py's process list
  uint64_t forked = 0;
  std::string out;
  for (int i = 0; i < actions; ++i) {
    const bool coin = rng.uniform() < fork_percentage;
    const bool fork =
        live.size() == 1 || (coin && live.size() < static_cast<size_t>(max_processes));
    std::string action;
    if (fork) {
      const std::string& parent = live[rng.below(live.size())];
      std::string child = forkpy_name(++forked);
      while (child == "any" || child == "init") child = forkpy_name(++forked);
      action = parent + "+" + child;
      live.push_back(std::move(child));
    } else {
      const size_t victim = 1 + rng.below(live.size() - 1);
      action = live[victim] + "-";
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(victim));
    }
    out += (out.empty() ? "" : ",") + action;
  }
  return out;
}

} // namespace fs
