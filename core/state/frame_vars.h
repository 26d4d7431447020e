// SPDX-License-Identifier: GPL-3.0-or-later
// What the locals of a kernel routine's frame (Frame::v) mean, for code that
// reads frames from outside the kernel (the invariant checker, the app's views).
#pragma once

namespace fs {

// Values of Frame::v per routine.
namespace fv {
inline constexpr int FLAGS = 0, EXITSIG = 1, TNPROCS = 2, UID = 3, COUNT = 4, CHILD = 5,
                     RESERVED = 6, OP = 7, PARENT = 8, AUX = 9;
} // namespace fv
// Values of Frame::v of eventswitch() and eventswitchchild() (kern_sig.c).
namespace ev {
inline constexpr int CODE = 0, EVENT = 1, OTHER = 2;
} // namespace ev
inline constexpr int RES_NPROCS = 1, RES_PROCCNT = 2, RES_UAREA = 4;
inline constexpr int ERESTART_ = -1; // internal: restart the system call after userret

} // namespace fs
