// SPDX-License-Identifier: GPL-3.0-or-later
// A run exported for slides and handouts: an animated GIF or numbered PNGs
// (one frame per chosen step: the scenario's title, the step's headline, the
// process tree, the CPUs and the timeline), and a PDF or a printout with one
// landscape page per chosen step that adds what the step did in words.
// Files are written atomically (a temporary file renamed at the end); a
// progress callback can cancel, which leaves nothing behind.
#pragma once
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <functional>
#include <memory>

class QPainter;
class QPagedPaintDevice;
class QPrinter;

namespace fsui {

class Session;
class RunStage;

struct ExportOptions {
  QList<quint64> steps;
  QSize frameSize{1280, 720}; // GIF and PNG frames
  int frameMs = 500;          // GIF: how long each frame is shown
  bool showSharing = false;   // the tree's "what parent and child share"
};

// Called after each frame or page; returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportResult {
  QString error; // "" on success
  bool cancelled = false;
  int written = 0; // frames or pages
  bool ok() const { return error.isEmpty() && !cancelled; }
};

class RunExporter {
public:
  // Most frames of an animation and pages of a PDF: beyond that a typo
  // ("0-100000") would render for an hour.
  static constexpr int kMaxFrames = 600;
  static constexpr int kMaxPages = 200;
  // The animation a dialog proposes: at most this many frames.
  static constexpr int kDefaultFrames = 120;

  // The session must hold a recorded run.
  explicit RunExporter(Session* session);
  ~RunExporter();

  ExportResult writeGif(const QString& path, const ExportOptions& o, const ExportProgress& = {});
  // step-0001.png, ... into `dir` (created when missing).
  ExportResult writeFrames(const QString& dir, const ExportOptions& o, const ExportProgress& = {});
  ExportResult writePdf(const QString& path, const ExportOptions& o, const ExportProgress& = {});
  ExportResult print(QPrinter* printer, const ExportOptions& o, const ExportProgress& = {});

  // One frame of the animation, and one page drawn into an image (tests, previews).
  QImage renderFrame(quint64 step, QSize size);
  QImage renderPage(quint64 step, QSize size);
  // The file name of a frame in an image sequence.
  static QString frameFileName(quint64 step);

private:
  QImage viewsImage(QSize logical, qreal dpr);
  void paintPage(QPainter& p, QSizeF logical);
  ExportResult writePages(QPagedPaintDevice* device, const ExportOptions& o,
                          const ExportProgress& progress);
  std::unique_ptr<RunStage> stage_;
};

} // namespace fsui
