// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/export_commands.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>

#include "ui/export/export_dialog.h"
#include "ui/model/session.h"
#include "ui/shell/main_window.h"

namespace fsui {

namespace {
struct ExportCommands {
  Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

// A recorded run to export, or a message box saying why there is none.
bool canExport(MainWindow* w) {
  Session* s = w->session();
  QString why;
  if (!s->timeline())
    why = ExportCommands::tr("Open a scenario first.");
  else if (s->schedulerMode())
    why = ExportCommands::tr("Leave Student as Scheduler first: an export shows the recorded run.");
  else if (s->horizon())
    why = ExportCommands::tr("Answer the quiz question first: an export would show the answer.");
  if (why.isEmpty()) return true;
  QMessageBox::information(w, ExportCommands::tr("Nothing to export"), why);
  return false;
}

QString baseName(MainWindow* w) {
  const QString base = QFileInfo(w->session()->fileName()).completeBaseName();
  return base.isEmpty() ? QStringLiteral("forkscope") : base;
}

// Runs an export under a progress dialog; reports the outcome.
void runWithProgress(MainWindow* w, const QString& label, int total,
                     const std::function<ExportResult(const ExportProgress&)>& job,
                     const QString& done) {
  QProgressDialog progress(label, ExportCommands::tr("Cancel"), 0, total, w);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  const ExportResult r = job([&](int n, int) {
    progress.setValue(n); // a modal progress dialog also processes events here
    return !progress.wasCanceled();
  });
  progress.reset();
  if (r.cancelled)
    return w->statusBar()->showMessage(ExportCommands::tr("Export cancelled."), 5000);
  if (!r.error.isEmpty())
    return void(QMessageBox::warning(w, ExportCommands::tr("Cannot export"), r.error));
  w->statusBar()->showMessage(done, 8000);
}

ExportOptions optionsFrom(MainWindow* w, const ExportStepsDialog& d) {
  ExportOptions o = d.options();
  o.showSharing = w->actions().showSharing->isChecked();
  return o;
}
} // namespace

void exportAnimation(MainWindow* w) {
  if (!canExport(w)) return;
  Session* s = w->session();
  const auto hit = s->breakpoints().firstHit(s->timeline()->trace(), s->step(), s->totalSteps());
  ExportStepsDialog d(
      ExportStepsDialog::Kind::Animation, s->totalSteps(),
      ExportStepsDialog::defaultAnimationSteps(
          s->totalSteps(), s->step(), hit ? std::optional<quint64>(hit->step) : std::nullopt),
      w);
  if (d.exec() != QDialog::Accepted) return;
  const ExportOptions o = optionsFrom(w, d);
  QString path;
  if (d.pngSequence()) {
    path = QFileDialog::getExistingDirectory(w, ExportCommands::tr("Folder for the PNG images"));
  } else {
    path = QFileDialog::getSaveFileName(w, ExportCommands::tr("Export Animation"),
                                        baseName(w) + QStringLiteral(".gif"),
                                        ExportCommands::tr("Animated GIF (*.gif)"));
  }
  if (path.isEmpty()) return;
  RunExporter exporter(s);
  const bool png = d.pngSequence();
  runWithProgress(
      w, ExportCommands::tr("Rendering %n frame(s)...", nullptr, static_cast<int>(o.steps.size())),
      static_cast<int>(o.steps.size()),
      [&](const ExportProgress& p) {
        return png ? exporter.writeFrames(path, o, p) : exporter.writeGif(path, o, p);
      },
      ExportCommands::tr("Exported %1").arg(path));
}

void exportStepsPdf(MainWindow* w) {
  if (!canExport(w)) return;
  Session* s = w->session();
  ExportStepsDialog d(ExportStepsDialog::Kind::Pdf, s->totalSteps(), QString::number(s->step()), w);
  if (d.exec() != QDialog::Accepted) return;
  const ExportOptions o = optionsFrom(w, d);
  const QString path = QFileDialog::getSaveFileName(w, ExportCommands::tr("Export Steps as PDF"),
                                                    baseName(w) + QStringLiteral(".pdf"),
                                                    ExportCommands::tr("PDF document (*.pdf)"));
  if (path.isEmpty()) return;
  RunExporter exporter(s);
  runWithProgress(
      w, ExportCommands::tr("Rendering %n page(s)...", nullptr, static_cast<int>(o.steps.size())),
      static_cast<int>(o.steps.size()),
      [&](const ExportProgress& p) { return exporter.writePdf(path, o, p); },
      ExportCommands::tr("Exported %1").arg(path));
}

void printSteps(MainWindow* w) {
  if (!canExport(w)) return;
  Session* s = w->session();
  ExportStepsDialog d(ExportStepsDialog::Kind::Print, s->totalSteps(), QString::number(s->step()),
                      w);
  if (d.exec() != QDialog::Accepted) return;
  const ExportOptions o = optionsFrom(w, d);
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageOrientation(QPageLayout::Landscape);
  printer.setDocName(baseName(w));
  QPrintDialog dialog(&printer, w);
  dialog.setWindowTitle(ExportCommands::tr("Print Steps"));
  if (dialog.exec() != QDialog::Accepted) return;
  RunExporter exporter(s);
  runWithProgress(
      w, ExportCommands::tr("Printing %n page(s)...", nullptr, static_cast<int>(o.steps.size())),
      static_cast<int>(o.steps.size()),
      [&](const ExportProgress& p) { return exporter.print(&printer, o, p); },
      ExportCommands::tr("Sent %n page(s) to the printer.", nullptr,
                         static_cast<int>(o.steps.size())));
}

} // namespace fsui
