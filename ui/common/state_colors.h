// SPDX-License-Identifier: GPL-3.0-or-later
// Colours of CPUs and process states, the same in every view so that CPU 1 is
// the same green everywhere. Built on the Okabe-Ito palette (palette.h);
// shapes and labels repeat what the colours say, so nothing depends on colour
// alone.
#pragma once
#include <QColor>
#include <QString>

#include "core/state/kstate.h"
#include "ui/common/palette.h"

namespace fsui {

// What a process node shows, derived from p_stat and the LWP's l_stat.
enum class VisualState { Building, Running, Runnable, Sleeping, Stopped, Zombie, Dying, Ghost };

// A process as drawn: its own state, else its LWP l's (null: none yet).
VisualState visualState(const fs::Proc& p, const fs::Lwp* l);
QString visualStateName(VisualState s); // translated, e.g. "running"

namespace okabe_ito {
inline const QColor Orange = fsui::okabeIto(OkabeIto::Orange);
inline const QColor SkyBlue = fsui::okabeIto(OkabeIto::SkyBlue);
inline const QColor BluishGreen = fsui::okabeIto(OkabeIto::BluishGreen);
inline const QColor Yellow = fsui::okabeIto(OkabeIto::Yellow);
inline const QColor Blue = fsui::okabeIto(OkabeIto::Blue);
inline const QColor Vermillion = fsui::okabeIto(OkabeIto::Vermillion);
inline const QColor ReddishPurple = fsui::okabeIto(OkabeIto::ReddishPurple);
} // namespace okabe_ito

QColor cpuColor(int cpu); // the CPU's colour in every view
QColor stateFill(VisualState s, bool dark);
QColor stateBorder(VisualState s, bool dark);
QColor textOn(const QColor& background); // black or white, whichever reads better

} // namespace fsui
