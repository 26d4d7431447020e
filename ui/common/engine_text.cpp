// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/engine_text.h"

#include <QCoreApplication>

namespace fsui {

QString engineText(const fs::Text& text) {
  const auto lookup = [](const char* context, const std::string& english) {
    return QCoreApplication::translate(context, english.c_str()).toStdString();
  };
  return QString::fromStdString(fs::render(text, lookup));
}

QString scenarioText(const std::string& english) {
  if (english.empty()) return {};
  return QCoreApplication::translate("Scenario", english.c_str());
}

} // namespace fsui
