// SPDX-License-Identifier: GPL-3.0-or-later
// The words of trace format v1: kind and action names as the JSON spells
// them, indexed by the enums of event.h. Shared by the writer and the reader
// so that the two cannot drift apart. Internal to core/.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "core/state/constants.h"

namespace fs::vocab {

inline constexpr std::array<std::string_view, 14> kKinds{
    "step",   "syscall", "lock",  "cv",      "proc", "lwp",    "sched",
    "signal", "ptrace",  "knote", "counter", "log",  "expect", "note"};

inline constexpr std::array<std::string_view, 5> kLockActions{"acquire", "spin", "sleep", "release",
                                                              "wakeup"};
inline constexpr std::array<std::string_view, 3> kCvActions{"wait", "broadcast", "wakeup"};
inline constexpr std::array<std::string_view, 6> kProcActions{"create",   "publish", "state",
                                                              "reparent", "zombie",  "reap"};
inline constexpr std::array<std::string_view, 3> kSchedActions{"switch", "enqueue", "idle"};
inline constexpr std::array<std::string_view, 4> kSignalActions{"post", "stop", "deliver",
                                                                "discard"};
inline constexpr std::array<std::string_view, 2> kPhases{"enter", "return"};

struct NoteFlag {
  std::string_view name;
  uint32_t bit;
};
// Written in this order; bits not listed here are written as one integer.
inline constexpr std::array<NoteFlag, 6> kNoteFlags{{{"NOTE_EXIT", NOTE_EXIT},
                                                     {"NOTE_FORK", NOTE_FORK},
                                                     {"NOTE_EXEC", NOTE_EXEC},
                                                     {"NOTE_TRACK", NOTE_TRACK},
                                                     {"NOTE_TRACKERR", NOTE_TRACKERR},
                                                     {"NOTE_CHILD", NOTE_CHILD}}};

// "step_cpus": one character per step, the CPU that ran it (CPU n is the
// n-th digit: 0-9 read as themselves), kCpuUnknown when it is not known.
// Written kStepCpusPerLine to a string, one string per line.
inline constexpr std::string_view kCpuDigits =
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
inline constexpr char kCpuUnknown = '.';
inline constexpr size_t kStepCpusPerLine = 1024;

// The name at index i, or "" when i is out of range.
inline std::string_view name_at(std::span<const std::string_view> names, int i) {
  return i >= 0 && static_cast<size_t>(i) < names.size() ? names[static_cast<size_t>(i)]
                                                         : std::string_view{};
}

// The index of a name, -1 when unknown.
inline int index_of(std::span<const std::string_view> names, std::string_view name) {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}

} // namespace fs::vocab
