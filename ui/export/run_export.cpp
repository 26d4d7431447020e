// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/run_export.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include "ui/common/theme.h"
#include "ui/export/gif_writer.h"
#include "ui/export/run_stage.h"
#include "ui/model/session.h"

namespace fsui {

namespace {
struct RunExport {
  Q_DECLARE_TR_FUNCTIONS(RunExport)
};

// A page is laid out on this many units across, whatever the paper or the
// printer's resolution, and scaled to the paper: type sizes below are in them.
constexpr qreal kPageUnits = 1600;

QFont pixelFont(qreal px, bool bold = false) {
  QFont f;
  f.setPixelSize(std::max(1, qRound(px)));
  f.setBold(bold);
  return f;
}

// Draws one line, elided to `width`; returns its height.
qreal drawLine(QPainter& p, const QFont& font, const QString& text, QPointF at, qreal width) {
  p.setFont(font);
  const QFontMetricsF fm(font);
  p.drawText(QRectF(at, QSizeF(width, fm.height())), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(text, Qt::ElideRight, width));
  return fm.height();
}

bool tooLarge(const ExportOptions& o, int most, ExportResult& r) {
  if (o.steps.isEmpty())
    r.error = RunExport::tr("No steps to export.");
  else if (o.steps.size() > most)
    r.error = RunExport::tr("%1 steps are more than the %2 an export holds: choose fewer.")
                  .arg(o.steps.size())
                  .arg(most);
  return !r.error.isEmpty();
}
} // namespace

RunExporter::RunExporter(Session* session) : stage_(std::make_unique<RunStage>(session)) {}
RunExporter::~RunExporter() = default;

QString RunExporter::frameFileName(quint64 step) {
  return QStringLiteral("step-%1.png").arg(step, 4, 10, QLatin1Char('0'));
}

QImage RunExporter::viewsImage(QSize logical, qreal dpr) {
  stage_->setViewSize(logical);
  QImage img(logical * dpr, QImage::Format_ARGB32_Premultiplied);
  img.setDevicePixelRatio(dpr);
  img.fill(onPaper(stage_.get()) ? QColor(Qt::white) : stage_->palette().color(QPalette::Window));
  QPainter p(&img);
  p.setRenderHint(QPainter::Antialiasing);
  stage_->renderViews(p, QPointF(0, 0));
  return img;
}

// A frame: the title and the step's headline above the views, sized to the
// picture so that a 1280x720 GIF reads like a slide.
QImage RunExporter::renderFrame(quint64 step, QSize size) {
  stage_->showStep(step);
  QImage img(size, QImage::Format_RGB32);
  const QColor bg = stage_->palette().color(QPalette::Window);
  img.fill(bg);
  QPainter p(&img);
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
  const qreal margin = std::max(6, size.height() / 60);
  const qreal width = size.width() - 2 * margin;
  const qreal unit = std::clamp(size.height() / 720.0, 0.6, 2.0);
  qreal y = margin;
  p.setPen(stage_->palette().color(QPalette::WindowText));
  y += drawLine(p, pixelFont(26 * unit, true), stage_->title(), QPointF(margin, y), width);
  y += drawLine(p, pixelFont(18 * unit), stage_->headline(), QPointF(margin, y), width);
  y += margin / 2;
  // The views laid out as on a 720-line screen, then scaled: a 1080p frame
  // shows the same picture larger, not more of it in small type.
  const QSizeF views(width, std::max(1.0, size.height() - y - margin));
  p.drawImage(QRectF(QPointF(margin, y), views), viewsImage((views / unit).toSize(), unit));
  return img;
}

// A page: title, headline, the views and what the step did, on kPageUnits
// across; the painter is already scaled to the paper.
void RunExporter::paintPage(QPainter& p, QSizeF logical) {
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
  const qreal width = logical.width();
  qreal y = 0;
  p.setPen(Qt::black);
  y += drawLine(p, pixelFont(32, true), stage_->title(), QPointF(0, y), width);
  y += drawLine(p, pixelFont(22), stage_->headline(), QPointF(0, y), width);
  y += 12;
  const qreal rest = logical.height() - y;

  // What the step did, without the headline that the header already shows.
  // The narration's own HTML names point sizes: the default font rules.
  static const QRegularExpression pointSizes(QStringLiteral("font-size:[^;\"]*;?"));
  const QString html = stage_->explanationHtml().remove(pointSizes);
  QTextDocument doc;
  doc.setTextWidth(width);
  auto layOut = [&](qreal px) {
    doc.setDefaultFont(pixelFont(px));
    doc.setHtml(html);
    if (doc.firstBlock().text().trimmed() == stage_->headline().trimmed()) {
      QTextCursor c(doc.firstBlock());
      c.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
      c.removeSelectedText();
    }
    return doc.size().height();
  };
  // The views get what the text leaves, between 55% and 82% of the page; a
  // long explanation gets smaller type, then is cut.
  const qreal gap = 16;
  const qreal viewsHeight = std::clamp(rest - gap - layOut(20), rest * 0.55, rest * 0.82);
  const QSizeF views(width, viewsHeight);
  // The views laid out as on a screen 1.7 times smaller (type that reads on
  // paper and projectors) and drawn as a picture of about 225 dpi on A4,
  // which does not depend on how the device treats widget fonts.
  constexpr qreal zoom = 1.7;
  p.drawImage(QRectF(QPointF(0, y), views), viewsImage((views / zoom).toSize(), 1.5 * zoom));
  p.setPen(QPen(QColor(0xc0, 0xc4, 0xc8), 1));
  p.drawRect(QRectF(QPointF(0, y), views));
  y += views.height() + gap;
  const qreal room = logical.height() - y;
  for (qreal px = 20; px > 12 && layOut(px) > room; px -= 1) {
  }
  p.save();
  p.translate(0, y);
  QAbstractTextDocumentLayout::PaintContext ctx;
  ctx.clip = QRectF(0, 0, width, room);
  ctx.palette.setColor(QPalette::Text, Qt::black);
  p.setClipRect(ctx.clip);
  doc.documentLayout()->draw(&p, ctx);
  p.restore();
}

QImage RunExporter::renderPage(quint64 step, QSize size) {
  stage_->showStep(step);
  QImage img(size, QImage::Format_RGB32);
  img.fill(Qt::white);
  QPainter p(&img);
  const qreal scale = size.width() / kPageUnits;
  p.scale(scale, scale);
  stage_->setOnPaper(true);
  paintPage(p, QSizeF(kPageUnits, size.height() / scale));
  stage_->setOnPaper(false);
  return img;
}

ExportResult RunExporter::writePages(QPagedPaintDevice* device, const ExportOptions& o,
                                     const ExportProgress& progress) {
  ExportResult r;
  QPainter p;
  if (!p.begin(device)) {
    r.error = RunExport::tr("Cannot start drawing the pages.");
    return r;
  }
  const qreal scale = device->width() / kPageUnits;
  const QSizeF logical(kPageUnits, device->height() / scale);
  stage_->setShowSharing(o.showSharing);
  stage_->setOnPaper(true); // paper is light whatever the app's theme
  for (int i = 0; i < o.steps.size(); ++i) {
    if (i > 0 && !device->newPage()) {
      r.error = RunExport::tr("Cannot add page %1.").arg(i + 1);
      break;
    }
    stage_->showStep(o.steps[i]);
    p.save();
    p.scale(scale, scale);
    paintPage(p, logical);
    p.restore();
    r.written = i + 1;
    if (progress && !progress(i + 1, static_cast<int>(o.steps.size()))) {
      r.cancelled = true;
      break;
    }
  }
  p.end();
  stage_->setOnPaper(false);
  return r;
}

ExportResult RunExporter::writePdf(const QString& path, const ExportOptions& o,
                                   const ExportProgress& progress) {
  ExportResult r;
  if (tooLarge(o, kMaxPages, r)) return r;
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    r.error = RunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    return r;
  }
  {
    QPdfWriter pdf(&file);
    pdf.setCreator(QStringLiteral("Forkscope"));
    pdf.setTitle(stage_->title());
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    pdf.setResolution(300);
    r = writePages(&pdf, o, progress);
  }
  if (!r.ok()) {
    file.cancelWriting();
    return r;
  }
  if (!file.commit()) r.error = RunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
  return r;
}

ExportResult RunExporter::print(QPrinter* printer, const ExportOptions& o,
                                const ExportProgress& progress) {
  ExportResult r;
  if (tooLarge(o, kMaxPages, r)) return r;
  return writePages(printer, o, progress);
}

ExportResult RunExporter::writeGif(const QString& path, const ExportOptions& o,
                                   const ExportProgress& progress) {
  ExportResult r;
  if (tooLarge(o, kMaxFrames, r)) return r;
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    r.error = RunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    return r;
  }
  stage_->setShowSharing(o.showSharing);
  GifWriter gif(&file, o.frameSize);
  for (int i = 0; i < o.steps.size(); ++i) {
    if (!gif.addFrame(renderFrame(o.steps[i], o.frameSize), o.frameMs)) {
      r.error = RunExport::tr("Cannot write %1: %2").arg(path, gif.errorString());
      break;
    }
    r.written = i + 1;
    if (progress && !progress(i + 1, static_cast<int>(o.steps.size()))) {
      r.cancelled = true;
      break;
    }
  }
  if (r.ok() && !gif.finish())
    r.error = RunExport::tr("Cannot write %1: %2").arg(path, gif.errorString());
  if (!r.ok()) {
    file.cancelWriting();
    return r;
  }
  if (!file.commit()) r.error = RunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
  return r;
}

ExportResult RunExporter::writeFrames(const QString& dir, const ExportOptions& o,
                                      const ExportProgress& progress) {
  ExportResult r;
  if (tooLarge(o, kMaxFrames, r)) return r;
  if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
    r.error = RunExport::tr("Cannot write into the folder %1.").arg(dir);
    return r;
  }
  stage_->setShowSharing(o.showSharing);
  QStringList written;
  for (int i = 0; i < o.steps.size(); ++i) {
    const QString path = QDir(dir).filePath(frameFileName(o.steps[i]));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !renderFrame(o.steps[i], o.frameSize).save(&file, "PNG") || !file.commit()) {
      r.error = RunExport::tr("Cannot write %1: %2").arg(path, file.errorString());
      break;
    }
    written << path;
    r.written = i + 1;
    if (progress && !progress(i + 1, static_cast<int>(o.steps.size()))) {
      r.cancelled = true;
      break;
    }
  }
  // All or nothing: a half sequence would pass for a whole one.
  if (!r.ok())
    for (const QString& f : std::as_const(written)) QFile::remove(f);
  return r;
}

} // namespace fsui
