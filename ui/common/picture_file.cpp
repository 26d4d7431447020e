// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/picture_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

namespace fsui {

namespace {
struct PictureFile {
  Q_DECLARE_TR_FUNCTIONS(PictureFile)
};
} // namespace

QString writePicture(const QString& path, QSize size, const QString& title,
                     const std::function<void(QPainter&)>& paint) {
  if (size.isEmpty()) return PictureFile::tr("Nothing to export.");
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return PictureFile::tr("Cannot write %1: %2").arg(path, file.errorString());
  if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    QPainter p;
    if (!p.begin(&svg)) return PictureFile::tr("Cannot write %1.").arg(path);
    paint(p);
    p.end();
  } else {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
      QPainter p(&image);
      p.setRenderHint(QPainter::Antialiasing);
      paint(p);
    }
    if (!image.save(&file, "PNG")) {
      file.cancelWriting();
      return PictureFile::tr("Cannot write %1.").arg(path);
    }
  }
  if (!file.commit()) return PictureFile::tr("Cannot write %1: %2").arg(path, file.errorString());
  return {};
}

void prepareForRendering(QWidget* w) {
  if (!w) return;
  for (QCustomPlot* plot : w->findChildren<QCustomPlot*>()) plot->replot();
  if (auto* plot = qobject_cast<QCustomPlot*>(w)) plot->replot();
}

} // namespace fsui
