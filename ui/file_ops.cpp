// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/file_ops.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>
#include <sstream>

#include "core/trace_io.h"

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
  if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(QStringLiteral("Forkscope"));
    QPainter p;
    if (!p.begin(&svg)) return FileOps::tr("Cannot write %1.").arg(path);
    widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    return {};
  }
  const QPixmap pix = widget->grab();
  if (!pix.save(path, "PNG")) return FileOps::tr("Cannot write %1.").arg(path);
  return {};
}

} // namespace fsui
