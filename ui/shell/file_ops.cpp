// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/file_ops.h"

#include <QCoreApplication>
#include <QPainter>
#include <QWidget>

#include "core/trace/trace_io.h"
#include "ui/common/picture_file.h"

namespace fsui {

namespace {
// FileOps::tr(): the context "FileOps" for lupdate and at run time alike.
struct FileOps {
  Q_DECLARE_TR_FUNCTIONS(FileOps)
};
} // namespace

// Both stream the JSON into the file (a trace can be gigabytes).
QString saveTraceJson(const fs::Trace& trace, const QString& path) {
  return QString::fromStdString(fs::save_trace_file(path.toStdString(), trace));
}

QString saveChromeJson(const fs::Trace& trace, const QString& path) {
  return QString::fromStdString(fs::save_chrome_trace_file(path.toStdString(), trace));
}

QString exportWidgetImage(QWidget* widget, const QString& path) {
  if (!widget) return FileOps::tr("Nothing to export.");
  prepareForRendering(widget);
  return writePicture(path, widget->size(), QStringLiteral("Forkscope"), [widget](QPainter& p) {
    widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
  });
}

} // namespace fsui
