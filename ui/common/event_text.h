// SPDX-License-Identifier: GPL-3.0-or-later
// One trace event in plain words, for the narration ("pid 3 takes proc_lock",
// "fork returns 4 to pid 3"). Step events are described by the step table.
#pragma once
#include <QString>

#include "core/trace/trace.h"

namespace fsui {

QString describeEvent(const fs::Trace& trace, const fs::Event& e);

} // namespace fsui
