// SPDX-License-Identifier: GPL-3.0-or-later
// Saving what the app shows: the trace (forkscope JSON or Chrome Trace Event
// JSON, written atomically by the engine) and a picture of a view (PNG, or
// SVG through QSvgGenerator). Each returns "" or an error message for a box.
#pragma once
#include <QString>

#include "core/trace/trace.h"

class QWidget;

namespace fsui {

QString saveTraceJson(const fs::Trace& trace, const QString& path);
QString saveChromeJson(const fs::Trace& trace, const QString& path);
// The format follows the file name: ".svg" is vector, anything else PNG.
QString exportWidgetImage(QWidget* widget, const QString& path);

} // namespace fsui
