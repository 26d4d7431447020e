// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic saves for every file the project writes (traces, scenarios, exports):
// a crash or a full disk never leaves a half-written file behind.
#pragma once
#include <functional>
#include <iosfwd>
#include <string>

namespace fs {

// Atomic save: writes to a temporary file in the same directory and renames it
// over the target, so a crash never leaves a half-written file. Returns "" on
// success, else an error message naming the file.
std::string save_file_atomically(const std::string& path, const std::string& contents);

// The same, with the contents streamed by `write` (never held whole in
// memory). A failed stream (badbit or a write error) fails the save.
using StreamWriter = std::function<void(std::ostream&)>;
std::string save_file_atomically(const std::string& path, const StreamWriter& write);

} // namespace fs
