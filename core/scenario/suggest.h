// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean ...?" for names a user typed: the closest known name by
// edit distance, so that the loader's message is the same in the CLI and the
// app (the app shows the engine's text as it is).
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace fs {

// Optimal-string-alignment distance: insertions, deletions, substitutions and
// swaps of two neighbouring characters each cost 1 ("frok" -> "fork" is 1).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to word, or "" when none is close enough to be a
// typo of it (at most 1 edit for words of up to 4 characters, 2 above).
std::string closest_name(std::string_view word, std::span<const std::string_view> candidates);

// "; did you mean \"fork\"?" or "" - to append to an "unknown ..." message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace fs
