// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fsui {

QStringList scenarioDirectories() {
  QStringList dirs;
  const QString env = qEnvironmentVariable("FORKSCOPE_SCENARIOS");
  if (!env.isEmpty()) dirs << env;
  const QString exe = QCoreApplication::applicationDirPath();
  if (!exe.isEmpty()) {
    dirs << QDir(exe).filePath(QStringLiteral("../share/forkscope/scenarios"));
    dirs << QDir(exe).filePath(QStringLiteral("../../scenarios"));
  }
  dirs << QStringLiteral(FORKSCOPE_SCENARIO_DIR);
  for (QString& d : dirs) d = QDir::cleanPath(d);
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
