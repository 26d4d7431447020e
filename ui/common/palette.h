// SPDX-License-Identifier: GPL-3.0-or-later
// The app's shared colours: the Okabe-Ito palette (distinguishable with the
// common forms of colour blindness) and the colours the timeline and charts
// give to CPU activity, lock spans and fork results. Views that colour CPUs and
// process states build on it in state_colors.h.
#pragma once
#include <QColor>
#include <cstdint>

namespace fsui {

enum class OkabeIto : uint8_t {
  Black,
  Orange,
  SkyBlue,
  BluishGreen,
  Yellow,
  Blue,
  Vermillion,
  ReddishPurple
};
QColor okabeIto(OkabeIto c);

// What a CPU does during a step, as the timeline and the charts classify it.
enum class Activity : uint8_t { User, Kernel, Spin, Idle };
inline constexpr int kActivityCount = 4;
QColor activityColor(Activity a);

QColor lockHeldColor();
QColor lockContendedColor();
// Fork-family results: 0 success, 1 EAGAIN, 2 ENOMEM, 3 EINVAL, 4 other errors.
QColor forkResultColor(int result);

} // namespace fsui
