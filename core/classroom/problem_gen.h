// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random process-tree problems in the spirit of OSTEP's fork.py: a
// seed gives the same action list on every platform and standard library
// (the generator is our own splitmix64, never a std:: distribution), so a
// teacher can hand out "seed 17" and grade against one answer key.
#pragma once
#include <cstdint>
#include <string>

namespace fs {

// Deterministic 64-bit generator (splitmix64).
class SplitMix64 {
public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1), 53 bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, n), n >= 1 (modulo bias is irrelevant here and portable).
  uint64_t below(uint64_t n) { return next() % n; }

private:
  uint64_t state_;
};

// The name of the n-th forked process: 1 -> "b", ..., 25 -> "z", 26 -> "aa", 27 -> "ab", ...
std::string forkpy_name(uint64_t n);

// `actions` actions, comma-separated ("a+b,b+c,c-"): each is a fork (with
// probability fork_percentage) from a random live process, or the exit of a
// random live process other than the root "a". Only "a" alive: a fork;
// max_processes alive: an exit. Throws std::invalid_argument on out-of-range
// arguments (actions 1..1000, fork_percentage 0..1, max_processes 2..100).
std::string generate_forkpy_actions(uint64_t seed, int actions, double fork_percentage = 0.7,
                                    int max_processes = 8);

} // namespace fs
