// SPDX-License-Identifier: GPL-3.0-or-later
// What must hold between any two steps of any interleaving: process and
// reservation counts, lock ownership, tree links, LWP states. Tests and the
// explorer run it after every step.
#pragma once
#include <string>

namespace fs {

struct KernelState;

// "" when every invariant holds, else a description of the first violation
// naming the rule and the objects involved.
std::string check_invariants(const KernelState& s);

} // namespace fs
