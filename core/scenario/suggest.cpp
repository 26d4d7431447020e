// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/support/json_pos.h"

namespace fs {

size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the classic table: the swap needs the row before the last.
  std::vector<size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string closest_name(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.empty()) return {};
  // Case does not count: "Fork" is a typo of "fork", not a different word.
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t limit = lower.size() <= 4 ? 1 : 2;
  std::string_view best;
  size_t best_d = limit + 1;
  for (std::string_view c : candidates) {
    const size_t d = edit_distance(lower, c);
    if (d < best_d) best_d = d, best = c; // first of equals wins: the table's order
  }
  return best_d <= limit ? std::string(best) : std::string();
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string best = closest_name(word, candidates);
  return best.empty() ? std::string() : "; did you mean " + json_quote(best) + "?";
}

} // namespace fs
