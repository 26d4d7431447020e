// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the bundled classroom scenarios the way forkscope-cli does, so that
// "forkscope first-fork" works, with the one search order of
// core/support/data_dirs.h: $FORKSCOPE_SCENARIOS, then relative to the program
// (installed layouts), then the build tree's marker file.
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
