// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the bundled classroom scenarios the way forkscope-cli does, so that
// "forkscope first-fork" works: $FORKSCOPE_SCENARIOS, then next to the
// program (<exe>/../share/forkscope/scenarios, <exe>/../../scenarios for a
// build tree), then the source tree the program was built from.
#pragma once
#include <QString>
#include <QStringList>

namespace fsui {

QStringList scenarioDirectories();
// The first existing scenario directory ("" when none).
QString bundledScenarioDirectory();
// A path as given when it exists; else a bundled scenario by name (with or
// without ".json"); else "".
QString resolveScenario(const QString& nameOrPath);

} // namespace fsui
