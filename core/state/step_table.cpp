// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/step_table.h"

#include <array>

namespace fs {
namespace {
const std::array<StepInfo, STEP_COUNT> kSteps{{
#define FS_STEP(id, label, func, file, line, line_end, text)                                       \
  {label, func, file, line, line_end, text},
#include "core/state/steps/all_steps.def"
#undef FS_STEP
}};
} // namespace

const StepInfo& step_info(int id) { return kSteps[static_cast<size_t>(id)]; }
int step_count() { return STEP_COUNT; }
int find_step(std::string_view label) {
  for (int i = 0; i < STEP_COUNT; ++i)
    if (label == kSteps[static_cast<size_t>(i)].label) return i;
  return -1;
}
bool step_covers_line(const StepInfo& info, std::string_view file, int line) {
  return info.line > 0 && file == info.file && line >= info.line && line <= info.line_end;
}

} // namespace fs
