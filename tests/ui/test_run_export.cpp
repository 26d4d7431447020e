// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting a run (issue #11): the step lists a teacher types, the PDF (one
// landscape page per step), the GIF and PNG frames (one per step, showing
// that step), cancelling and unwritable paths (nothing left behind), the
// dialog's summary and OK button, and the File menu's commands.
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ui/common/theme.h"
#include "ui/export/export_dialog.h"
#include "ui/export/run_export.h"
#include "ui/export/step_list.h"
#include "ui/model/session.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"

using fsui::ExportOptions;
using fsui::ExportStepsDialog;
using fsui::RunExporter;
using fsui::Session;

namespace {
const QString kFirstFork = QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios/first-fork.json");

int pdfPages(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const QByteArray pdf = f.readAll();
  if (!pdf.startsWith("%PDF-")) return -2;
  // Page objects, not the /Pages tree.
  static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
  return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

// The share of pixels that differ by more than a little: GIF colours are
// quantized, so "the same picture" allows small differences.
double differingShare(const QImage& a, const QImage& b) {
  if (a.size() != b.size()) return 1;
  qint64 differ = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x) {
      const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
      if (std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
              std::abs(qBlue(p) - qBlue(q)) >
          48)
        ++differ;
    }
  return static_cast<double>(differ) / (a.width() * a.height());
}
} // namespace

class TestRunExport : public QObject {
  Q_OBJECT
  Session session_;

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test"));
    fsui::installTranslators(*qApp, QStringLiteral("en")); // "21 frames", not "21 frame(s)"
    fsui::Theme::instance().apply();
    session_.setSynchronous(true);
    session_.openFile(kFirstFork);
    QVERIFY(session_.timeline());
    QVERIFY(session_.totalSteps() > 60);
  }

  void stepLists() {
    using fsui::parseStepList;
    QCOMPARE(parseStepList(QStringLiteral("10,20,30"), 100, 50).steps,
             QList<quint64>({10, 20, 30}));
    QCOMPARE(parseStepList(QStringLiteral(" 3 - 6 "), 100, 50).steps, QList<quint64>({3, 4, 5, 6}));
    QCOMPARE(parseStepList(QStringLiteral("0-100/25"), 100, 50).steps,
             QList<quint64>({0, 25, 50, 75, 100}));
    QCOMPARE(parseStepList(QStringLiteral("5,1-6,5"), 100, 50).steps,
             QList<quint64>({5, 1, 2, 3, 4, 6})); // as given, each once
    QVERIFY(
        parseStepList(QStringLiteral("20-10"), 100, 50).error.contains(QLatin1String("backwards")));
    QVERIFY(parseStepList(QStringLiteral("101"), 100, 50)
                .error.contains(QLatin1String("past the end")));
    QVERIFY(parseStepList(QStringLiteral("10,x"), 100, 50).error.contains(QLatin1String("'x'")));
    QVERIFY(
        parseStepList(QStringLiteral("1-5/0"), 100, 50).error.contains(QLatin1String("'1-5/0'")));
    QVERIFY(!parseStepList(QString(), 100, 50).ok());
    QVERIFY(!parseStepList(QStringLiteral("10,,20"), 100, 50).ok());
    QVERIFY(parseStepList(QStringLiteral("0-60"), 100, 50).error.contains(QLatin1String("50")));
    QCOMPARE(parseStepList(QStringLiteral("0-60"), 100, 61).steps.size(), 61);
    // The whole run, thinned to at most so many steps.
    QCOMPARE(fsui::wholeRunSteps(100, 120), QStringLiteral("0-100"));
    QCOMPARE(fsui::wholeRunSteps(1000, 120), QStringLiteral("0-1000/9"));
    QVERIFY(parseStepList(fsui::wholeRunSteps(1000, 120), 1000, 120).steps.size() <= 120);
    QVERIFY(parseStepList(fsui::wholeRunSteps(14004, 120), 14004, 120).ok());
  }

  void pdfHasOnePagePerStepAndLeavesTheShownStep() {
    session_.setStep(7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.pdf"));
    RunExporter exporter(&session_);
    ExportOptions o;
    o.steps = {10, 20, 30};
    const fsui::ExportResult r = exporter.writePdf(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.written, 3);
    QCOMPARE(pdfPages(path), 3);
    QCOMPARE(session_.step(), quint64(7)); // the step on screen did not move
    // Nothing but the PDF in the folder: the temporary file was renamed.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("steps.pdf")}));
  }

  void aPageShowsItsStep() {
    RunExporter exporter(&session_);
    const QImage p10 = exporter.renderPage(10, QSize(1200, 850));
    const QImage p30 = exporter.renderPage(30, QSize(1200, 850));
    QCOMPARE(p10.size(), QSize(1200, 850));
    // Different steps, different pages; and a page is not mostly blank.
    QVERIFY(differingShare(p10, p30) > 0.002);
    int ink = 0;
    for (int y = 0; y < p10.height(); y += 4)
      for (int x = 0; x < p10.width(); x += 4) ink += qGray(p10.pixel(x, y)) < 200;
    QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
  }

  // Paper is light whatever the app's theme: a page drawn while the app is
  // dark has the light theme's backgrounds (the tree, the CPU cards, the
  // timeline), not the dark ones.
  void pagesAreLightInTheDarkTheme() {
    RunExporter exporter(&session_);
    auto darkShare = [](const QImage& img) {
      qint64 dark = 0, all = 0;
      for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3, ++all) dark += qGray(img.pixel(x, y)) < 70;
      return static_cast<double>(dark) / static_cast<double>(all);
    };
    const double light = darkShare(exporter.renderPage(40, QSize(1200, 850)));
    fsui::Theme::instance().setDark(true);
    const QImage page = exporter.renderPage(40, QSize(1200, 850));
    // The frames of an animation follow the app's theme (slides may be dark).
    const QImage frame = exporter.renderFrame(40, QSize(640, 360));
    fsui::Theme::instance().setDark(false);
    const double dark = darkShare(page);
    qInfo("dark pixels: %.3f light theme, %.3f dark theme, frame %.3f", light, dark,
          darkShare(frame));
    QVERIFY2(dark < 0.08 && dark < light + 0.01,
             qPrintable(QStringLiteral("%1 of the page is dark").arg(dark)));
    QVERIFY(darkShare(frame) > 0.5);
    // The middle of the tree, where a dark theme's background would be.
    const QRgb middle = page.pixel(page.width() / 3, page.height() / 3);
    QVERIFY2(qGray(middle) > 200, qPrintable(QString::number(qGray(middle))));
  }

  void gifHasOneFrameShowingEachStep() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.gif"));
    RunExporter exporter(&session_);
    ExportOptions o;
    o.steps = {0, 1, 2, 30, 31};
    o.frameSize = QSize(640, 360);
    o.frameMs = 300;
    const fsui::ExportResult r = exporter.writeGif(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QImageReader reader(path, "gif");
    QList<QImage> frames;
    QImage img;
    while (reader.read(&img)) {
      QCOMPARE(reader.nextImageDelay(), 300);
      frames << img.convertToFormat(QImage::Format_RGB32);
    }
    QCOMPARE(frames.size(), 5);
    for (const QImage& f : frames) QCOMPARE(f.size(), QSize(640, 360));
    // Each decoded frame is the picture of its step (up to the GIF palette),
    // and not that of another step.
    RunExporter again(&session_);
    for (int i = 0; i < o.steps.size(); ++i) {
      const QImage want = again.renderFrame(o.steps[i], o.frameSize);
      QVERIFY2(
          differingShare(frames[i], want) < 0.01,
          qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(differingShare(frames[i], want))));
    }
    QVERIFY(differingShare(frames[2], frames[3]) > 0.002);
  }

  void pngFramesAreNumberedBySteps() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    RunExporter exporter(&session_);
    ExportOptions o;
    o.steps = {5, 40};
    o.frameSize = QSize(800, 450);
    const fsui::ExportResult r = exporter.writeFrames(folder, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList({QStringLiteral("step-0005.png"), QStringLiteral("step-0040.png")}));
    QCOMPARE(QImage(folder + QStringLiteral("/step-0040.png")).size(), QSize(800, 450));
  }

  void cancellingLeavesTheOldFileAndNothingElse() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.gif"));
    {
      QFile old(path);
      QVERIFY(old.open(QIODevice::WriteOnly));
      old.write("old");
    }
    RunExporter exporter(&session_);
    ExportOptions o;
    o.steps = {1, 2, 3, 4};
    o.frameSize = QSize(320, 200);
    int calls = 0;
    const fsui::ExportResult r = exporter.writeGif(path, o, [&](int done, int total) {
      ++calls;
      return !(done == 2 && total == 4);
    });
    QVERIFY(r.cancelled);
    QCOMPARE(calls, 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    // A cancelled image sequence takes its frames away again.
    const QString folder = dir.filePath(QStringLiteral("frames"));
    const fsui::ExportResult r2 =
        exporter.writeFrames(folder, o, [](int done, int) { return done < 3; });
    QVERIFY(r2.cancelled);
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
  }

  void unwritablePathsAndTooManyStepsAreErrors() {
    RunExporter exporter(&session_);
    ExportOptions o;
    o.steps = {1};
    const fsui::ExportResult r =
        exporter.writePdf(QStringLiteral("/nonexistent-dir/x/steps.pdf"), o);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("/nonexistent-dir/x/steps.pdf")));
    QVERIFY(!exporter.writeGif(QStringLiteral("/nonexistent-dir/x.gif"), o).ok());
    QVERIFY(!exporter.writeFrames(QStringLiteral("/proc/forkscope-frames"), o).ok());
    o.steps.clear();
    QVERIFY(!exporter.writePdf(QDir::temp().filePath(QStringLiteral("never.pdf")), o).ok());
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("never.pdf"))));
    for (int i = 0; i <= RunExporter::kMaxPages; ++i) o.steps << 1;
    QVERIFY(!exporter.writePdf(QDir::temp().filePath(QStringLiteral("never.pdf")), o).ok());
  }

  void dialogSaysWhatItWritesAndRefusesBadSteps() {
    ExportStepsDialog d(ExportStepsDialog::Kind::Animation, 100, QStringLiteral("0-20"));
    QPushButton* ok = d.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("21 frames")));
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("10.5 s")));
    QVERIFY(ok->isEnabled());
    d.stepsEdit()->setText(QStringLiteral("20-5"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("backwards")));
    d.stepsEdit()->setText(QStringLiteral("1-3"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(d.options().steps, QList<quint64>({1, 2, 3}));
    QCOMPARE(d.options().frameSize, QSize(1280, 720));
    ExportStepsDialog pdf(ExportStepsDialog::Kind::Pdf, 100, QStringLiteral("10,20"));
    QVERIFY(pdf.summaryLabel()->text().contains(QLatin1String("2 pages")));
    // The default animation: up to the next breakpoint, else the whole run,
    // thinned - and then the dialog says why.
    QCOMPARE(ExportStepsDialog::defaultAnimationSteps(100, 10, 40), QStringLiteral("10-40"));
    QCOMPARE(ExportStepsDialog::defaultAnimationSteps(100, 10, std::nullopt),
             QStringLiteral("0-100"));
    const QString thinned = ExportStepsDialog::defaultAnimationSteps(5000, 10, std::nullopt);
    QVERIFY(thinned.startsWith(QLatin1String("0-5000/")));
    ExportStepsDialog big(ExportStepsDialog::Kind::Animation, 5000, thinned);
    auto* note = big.findChild<QLabel*>(QStringLiteral("exportThinned"));
    QVERIFY(note);
    QVERIFY(note->text().contains(
        QStringLiteral("one step in %1").arg(thinned.mid(thinned.indexOf(QLatin1Char('/')) + 1))));
  }

  void fileMenuHasTheExportsAndCtrlPPrints() {
    fsui::MainWindow w;
    const fsui::AppActions& a = w.actions();
    QCOMPARE(a.print->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(a.print->shortcut().toString(), QStringLiteral("Ctrl+P"));
    QMenu* file = w.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(a.exportAnimation));
    QVERIFY(file->actions().contains(a.exportPdf));
    QVERIFY(file->actions().contains(a.print));
    // No other action of the window answers Ctrl+P.
    for (QAction* other : w.findChildren<QAction*>())
      if (other != a.print)
        QVERIFY2(!other->shortcuts().contains(a.print->shortcut()), qPrintable(other->text()));
  }
};

QTEST_MAIN(TestRunExport)
#include "test_run_export.moc"
