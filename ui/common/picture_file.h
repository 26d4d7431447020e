// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a picture painted by a callback to a PNG or SVG file (".svg" is
// vector, anything else PNG), atomically: the file appears complete or not
// at all, and an existing file is kept when writing fails.
#pragma once
#include <QSize>
#include <QString>
#include <functional>

class QPainter;
class QWidget;

namespace fsui {

// Returns "" or an error message naming the file.
QString writePicture(const QString& path, QSize size, const QString& title,
                     const std::function<void(QPainter&)>& paint);

// Brings a widget's plots up to date before it is rendered into a picture:
// a plot paints from buffers filled by its last replot, which may still be
// queued right after the step changed.
void prepareForRendering(QWidget* w);

} // namespace fsui
