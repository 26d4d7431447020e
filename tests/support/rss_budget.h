// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a test may hold the process's resident memory to a budget. Under
// AddressSanitizer freed blocks sit in a quarantine (hundreds of MiB) and
// shadow memory grows with every allocation, and Wine's /proc is the Wine
// process's: the budgets hold for the real allocator on Linux, where the
// dev build measures them.
#pragma once

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
