// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/file_ops.h"

#include <QCoreApplication>
#include <QPainter>
#include <QWidget>
#include <sstream>

#include "core/trace_io.h"
#include "ui/picture_file.h"

namespace fsui {

namespace {
// FileOps::tr(): the context "FileOps" for lupdate and at run time alike.
struct FileOps {
  Q_DECLARE_TR_FUNCTIONS(FileOps)
};
QString save(const QString& path, const std::string& text) {
  const std::string err = fs::save_file_atomically(path.toStdString(), text);
  return QString::fromStdString(err);
}
} // namespace

QString saveTraceJson(const fs::Trace& trace, const QString& path) {
  return save(path, fs::trace_to_string(trace));
}

QString saveChromeJson(const fs::Trace& trace, const QString& path) {
  std::ostringstream out;
  fs::write_chrome_trace(out, trace);
  return save(path, out.str());
}

QString exportWidgetImage(QWidget* widget, const QString& path) {
  if (!widget) return FileOps::tr("Nothing to export.");
  prepareForRendering(widget);
  return writePicture(path, widget->size(), QStringLiteral("Forkscope"), [widget](QPainter& p) {
    widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
  });
}

} // namespace fsui
