// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope: the desktop app. Everything but argument handling lives in ui/.
//   forkscope [SCENARIO|TRACE] [--goto STEP] [--screenshot FILE.png] [--presenter]
//             [--lang CODE]
//   forkscope SCENARIO|TRACE --export-pdf FILE.pdf --steps 10,20,30
//   forkscope SCENARIO|TRACE --export-gif FILE.gif [--steps 1-40] [--frame-ms 500]
//   forkscope SCENARIO|TRACE --export-frames DIR [--steps 0-100/5]
// --screenshot renders the main window after loading and going to STEP,
// saves it and exits; the --export options write the chosen steps and exit:
// 0 on success, 2 when the file, the steps or an option cannot be used.
#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QImageWriter>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#include "forkscope_version.h" // generated from project(VERSION)
#include "ui/common/theme.h"
#include "ui/export/run_export.h"
#include "ui/export/step_list.h"
#include "ui/model/session.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"

namespace {
void fail(const QString& message) { std::fprintf(stderr, "forkscope: %s\n", qPrintable(message)); }

// The options that render to a file and exit: no window, no saved settings.
bool rendersToFile(const QByteArray& a) {
  for (const char* o : {"--screenshot", "--export-pdf", "--export-gif", "--export-frames"})
    if (a == o || a.startsWith(QByteArray(o) + '=')) return true;
  return false;
}

// --help, --version and --screenshot need no screen: without a display (an
// ssh session, a CI machine) they run on Qt's offscreen platform instead of
// aborting because xcb cannot connect. Before QApplication, so from argv.
void allowHeadless(int argc, char** argv) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
  if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
      !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
    return;
  for (int i = 1; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" ||
        rendersToFile(a)) {
      qputenv("QT_QPA_PLATFORM", "offscreen");
      return;
    }
  }
#else
  Q_UNUSED(argc);
  Q_UNUSED(argv);
#endif
}
} // namespace

int main(int argc, char** argv) {
  QApplication::setHighDpiScaleFactorRoundingPolicy(
      Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
  allowHeadless(argc, argv);
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Forkscope"));
  QApplication::setApplicationName(QStringLiteral("forkscope"));
  QApplication::setApplicationVersion(QStringLiteral(FORKSCOPE_VERSION));
  // The language first, so that every text (--help included) is translated:
  // --lang, else the saved choice - but a screenshot never depends on the
  // user's settings, so without --lang it uses the system's language.
  const QStringList args = QApplication::arguments();
  QString lang = fsui::languageFromArguments(args);
  const bool shooting = std::any_of(args.begin(), args.end(),
                                    [](const QString& a) { return rendersToFile(a.toUtf8()); });
  if (lang.isEmpty() && shooting) lang = QStringLiteral("system");
  fsui::installTranslators(app, lang);

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate(
      "main", "Watch NetBSD's fork1() run on a simulated SMP machine, step by step."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(
      QStringLiteral("file"),
      QApplication::translate("main", "A scenario, a saved trace, or a bundled scenario name."));
  QCommandLineOption gotoOpt(QStringLiteral("goto"),
                             QApplication::translate("main", "Show the state after STEP steps."),
                             QStringLiteral("STEP"));
  QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                             QApplication::translate("main", "Save a PNG of the window and exit."),
                             QStringLiteral("FILE"));
  QCommandLineOption presenterOpt(QStringLiteral("presenter"),
                                  QApplication::translate("main", "Start in presenter mode."));
  QCommandLineOption darkOpt(QStringLiteral("dark"),
                             QApplication::translate("main", "Use the dark theme."));
  QCommandLineOption sharingOpt(
      QStringLiteral("sharing"),
      QApplication::translate("main", "Show what parent and child share."));
  QCommandLineOption sizeOpt(
      QStringLiteral("size"),
      QApplication::translate("main", "Window size for --screenshot (default 1680x1000), frame "
                                      "size for --export-gif and --export-frames (default "
                                      "1280x720)."),
      QStringLiteral("WIDTHxHEIGHT"));
  QCommandLineOption pdfOpt(
      QStringLiteral("export-pdf"),
      QApplication::translate("main", "Save a PDF with one landscape page per step of --steps "
                                      "and exit."),
      QStringLiteral("FILE"));
  QCommandLineOption gifOpt(
      QStringLiteral("export-gif"),
      QApplication::translate("main", "Save an animated GIF of the steps of --steps (default: the "
                                      "whole run, at most %1 frames) and exit.")
          .arg(fsui::RunExporter::kDefaultFrames),
      QStringLiteral("FILE"));
  QCommandLineOption framesOpt(
      QStringLiteral("export-frames"),
      QApplication::translate("main", "Save one PNG per step of --steps (step-0010.png, ...) "
                                      "into DIR and exit."),
      QStringLiteral("DIR"));
  QCommandLineOption stepsOpt(
      QStringLiteral("steps"),
      QApplication::translate("main", "The steps to export: 10,20,30, ranges 10-20, every fifth "
                                      "step 0-100/5."),
      QStringLiteral("LIST"));
  QCommandLineOption frameMsOpt(
      QStringLiteral("frame-ms"),
      QApplication::translate("main", "How long each GIF frame is shown, in milliseconds "
                                      "(default 500)."),
      QStringLiteral("MS"), QStringLiteral("500"));
  QCommandLineOption langOpt(
      QStringLiteral("lang"),
      QApplication::translate("main", "User-interface language: en, de or system (default: the "
                                      "one chosen under File > Preferences)."),
      QStringLiteral("CODE"));
  parser.addOptions({gotoOpt, shotOpt, presenterOpt, darkOpt, sharingOpt, sizeOpt, langOpt, pdfOpt,
                     gifOpt, framesOpt, stepsOpt, frameMsOpt});
  parser.process(app);

  const QString screenshot = parser.value(shotOpt);
  const bool exporting = parser.isSet(pdfOpt) || parser.isSet(gifOpt) || parser.isSet(framesOpt);
  if (!screenshot.isEmpty() || exporting) {
    // A screenshot must not depend on the user's saved layout or theme.
    QApplication::setOrganizationName(QStringLiteral("Forkscope-screenshot"));
  }
  // The theme before the window: widgets polished with the normal font kept
  // it (menu bar, spin boxes) when presenter mode was switched on before the
  // window was first shown.
  fsui::Theme::instance().setDark(parser.isSet(darkOpt));
  // Presenter mode as it was left (the window restores its layout), or --presenter.
  const bool presenter =
      parser.isSet(presenterOpt) || (screenshot.isEmpty() && !exporting &&
                                     QSettings().value(QStringLiteral("view/presenter")).toBool());
  fsui::Theme::instance().setPresenter(presenter);
  fsui::Theme::instance().apply();
  fsui::MainWindow window;
  if (parser.isSet(darkOpt)) window.actions().darkTheme->setChecked(true);
  if (parser.isSet(presenterOpt)) window.actions().presenter->setChecked(true);
  if (parser.isSet(sharingOpt)) window.actions().showSharing->setChecked(true);

  const QStringList files = parser.positionalArguments();
  bool okGoto = true;
  const quint64 step = parser.isSet(gotoOpt) ? parser.value(gotoOpt).toULongLong(&okGoto) : 0;
  if (!okGoto) {
    fail(QApplication::translate("main", "--goto needs a step number, not '%1'")
             .arg(parser.value(gotoOpt)));
    return 2;
  }
  const QString sizeText = parser.isSet(sizeOpt) ? parser.value(sizeOpt)
                           : exporting           ? QStringLiteral("1280x720")
                                                 : QStringLiteral("1680x1000");
  const QStringList wh = sizeText.split(QLatin1Char('x'));
  const QSize shotSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
  if (!shotSize.isValid() || shotSize.width() < 200 || shotSize.height() < 200 ||
      shotSize.width() > 8000 || shotSize.height() > 8000) {
    fail(QApplication::translate("main", "--size needs WIDTHxHEIGHT, e.g. 1366x768"));
    return 2;
  }
  if (exporting) {
    if (files.isEmpty()) {
      fail(QApplication::translate("main", "--export-pdf, --export-gif and --export-frames need a "
                                           "scenario or trace"));
      return 2;
    }
    if (parser.isSet(pdfOpt) + parser.isSet(gifOpt) + parser.isSet(framesOpt) > 1) {
      fail(QApplication::translate("main", "one export at a time: --export-pdf, --export-gif or "
                                           "--export-frames"));
      return 2;
    }
    bool okMs = true;
    const int frameMs = parser.value(frameMsOpt).toInt(&okMs);
    if (!okMs || frameMs < 10 || frameMs > 60000) {
      fail(QApplication::translate("main", "--frame-ms needs a number of milliseconds from 10 to "
                                           "60000, not '%1'")
               .arg(parser.value(frameMsOpt)));
      return 2;
    }
    if (parser.isSet(pdfOpt) && !parser.isSet(stepsOpt)) {
      fail(QApplication::translate("main", "--export-pdf needs --steps, e.g. --steps 10,20,30"));
      return 2;
    }
    window.openPath(files.first(), true);
    if (!window.lastError().isEmpty() || !window.session()->timeline()) {
      fail(window.lastError());
      return 2;
    }
    const quint64 total = window.session()->totalSteps();
    const int most =
        parser.isSet(pdfOpt) ? fsui::RunExporter::kMaxPages : fsui::RunExporter::kMaxFrames;
    const QString stepsText = parser.isSet(stepsOpt)
                                  ? parser.value(stepsOpt)
                                  : fsui::wholeRunSteps(total, fsui::RunExporter::kDefaultFrames);
    const fsui::StepList steps = fsui::parseStepList(stepsText, total, most);
    if (!steps.ok()) {
      fail(QApplication::translate("main", "--steps %1: %2").arg(stepsText, steps.error));
      return 2;
    }
    fsui::ExportOptions o;
    o.steps = steps.steps;
    o.frameSize = shotSize;
    o.frameMs = frameMs;
    o.showSharing = parser.isSet(sharingOpt);
    fsui::RunExporter exporter(window.session());
    const QString target = parser.isSet(pdfOpt)   ? parser.value(pdfOpt)
                           : parser.isSet(gifOpt) ? parser.value(gifOpt)
                                                  : parser.value(framesOpt);
    const fsui::ExportResult r = parser.isSet(pdfOpt)   ? exporter.writePdf(target, o)
                                 : parser.isSet(gifOpt) ? exporter.writeGif(target, o)
                                                        : exporter.writeFrames(target, o);
    if (!r.ok()) {
      fail(r.error);
      return 2;
    }
    std::printf("%s\n", qPrintable(QApplication::translate("main", "%1: steps %2 (%n step(s))",
                                                           nullptr, r.written)
                                       .arg(target, stepsText)));
    return 0;
  }
  if (!screenshot.isEmpty()) {
    if (files.isEmpty()) {
      fail(QApplication::translate("main", "--screenshot needs a scenario or trace"));
      return 2;
    }
    window.openPath(files.first(), true);
    if (!window.lastError().isEmpty() || !window.session()->timeline()) {
      fail(window.lastError());
      return 2;
    }
    window.setConfinedToScreen(false); // the size asked for, whatever the screen
    window.resize(shotSize);
    window.show();
    window.session()->setStep(step);
    // Let layouts settle and pending refreshes run before grabbing.
    for (int i = 0; i < 10; ++i) {
      QApplication::processEvents();
      QTimer t;
      t.start(30);
      QEventLoop loop;
      QObject::connect(&t, &QTimer::timeout, &loop, &QEventLoop::quit);
      loop.exec();
    }
    const QImage shot = window.grab().toImage();
    QImageWriter writer(screenshot, "png");
    writer.setQuality(0); // for PNG: the strongest zlib compression
    if (!writer.write(shot)) {
      fail(QApplication::translate("main", "cannot write %1").arg(screenshot));
      return 2;
    }
    return 0;
  }

  if (!window.hasSavedGeometry()) window.placeOnFirstLaunch();
  window.show();
  if (!files.isEmpty()) {
    // In the background, as File > Open: a large trace shows its progress
    // in a window that responds (and closes) meanwhile.
    if (parser.isSet(gotoOpt)) {
      auto* once = new QObject(&window);
      QObject::connect(window.session(), &fsui::Session::timelineReady, once,
                       [&window, step, once] {
                         window.session()->setStep(step);
                         once->deleteLater();
                       });
    }
    window.openPath(files.first());
  }
  return app.exec();
}
