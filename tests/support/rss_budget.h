// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a test may hold the process's resident memory to a budget. Under
// AddressSanitizer freed blocks sit in a quarantine (hundreds of MiB) and
// shadow memory grows with every allocation, and Wine's /proc is the Wine
// process's: the budgets hold for the real allocator on Linux, where the
// dev build measures them.
#pragma once
#include <cstring>
#include <fstream>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define FS_RSS_BUDGET_MEASURABLE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FS_RSS_BUDGET_MEASURABLE 0
#endif
#endif
#if !defined(FS_RSS_BUDGET_MEASURABLE) && defined(_WIN32)
#define FS_RSS_BUDGET_MEASURABLE 0
#endif
#ifndef FS_RSS_BUDGET_MEASURABLE
#define FS_RSS_BUDGET_MEASURABLE 1
#endif

constexpr bool kRssBudgetMeasurable = FS_RSS_BUDGET_MEASURABLE != 0;

// VmRSS / VmHWM of this process in MiB from /proc/self/status (-1: none).
inline long proc_status_mb(const char* field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::strlen(field))) / 1024;
  return -1;
}
inline long current_rss_mb() { return proc_status_mb("VmRSS:"); }
// Peak resident memory since the last reset_peak_rss() (Linux: writing 5 to
// clear_refs resets VmHWM, so earlier tests' peaks don't hide this one's).
inline long peak_rss_mb() { return proc_status_mb("VmHWM:"); }
inline void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }
