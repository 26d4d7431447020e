// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/scenario_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <filesystem>

#include "core/support/data_dirs.h"

namespace fsui {

QStringList scenarioDirectories() {
  // One search order for the app and forkscope-cli: core/support/data_dirs.h.
  QStringList dirs;
  const QString exe = QCoreApplication::applicationDirPath();
  const std::filesystem::path exeDir =
      exe.isEmpty() ? std::filesystem::path() : std::filesystem::path(exe.toStdU16String());
  for (const std::filesystem::path& d : fs::scenario_search_dirs(exeDir))
    dirs << QDir::cleanPath(QString::fromStdU16String(d.generic_u16string()));
  return dirs;
}

QString bundledScenarioDirectory() {
  for (const QString& d : scenarioDirectories())
    if (QFileInfo(d).isDir()) return d;
  return {};
}

QString resolveScenario(const QString& nameOrPath) {
  if (nameOrPath.isEmpty()) return {};
  if (QFileInfo(nameOrPath).isFile()) return nameOrPath;
  const QString file = nameOrPath.endsWith(QLatin1String(".json"))
                           ? nameOrPath
                           : nameOrPath + QLatin1String(".json");
  if (file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\'))) return {};
  for (const QString& d : scenarioDirectories()) {
    const QString candidate = QDir(d).filePath(file);
    if (QFileInfo(candidate).isFile()) return candidate;
  }
  return {};
}

} // namespace fsui
