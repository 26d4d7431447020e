// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope: the desktop app. Everything but argument handling lives in ui/.
//   forkscope [SCENARIO|TRACE] [--goto STEP] [--screenshot FILE.png] [--presenter]
//             [--lang CODE]
// --screenshot renders the main window after loading and going to STEP,
// saves it and exits: 0 on success, 2 when the file cannot be used.
#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QImageWriter>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#include "forkscope_version.h" // generated from project(VERSION)
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/session.h"
#include "ui/theme.h"

namespace {
void fail(const QString& message) { std::fprintf(stderr, "forkscope: %s\n", qPrintable(message)); }

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
        a == "--screenshot" || a.startsWith("--screenshot=")) {
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
  const bool shooting = std::any_of(args.begin(), args.end(), [](const QString& a) {
    return a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot="));
  });
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
      QApplication::translate("main", "Window size for --screenshot (default 1680x1000)."),
      QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1680x1000"));
  QCommandLineOption langOpt(
      QStringLiteral("lang"),
      QApplication::translate("main", "User-interface language: en, de or system (default: the "
                                      "one chosen under File > Preferences)."),
      QStringLiteral("CODE"));
  parser.addOptions({gotoOpt, shotOpt, presenterOpt, darkOpt, sharingOpt, sizeOpt, langOpt});
  parser.process(app);

  const QString screenshot = parser.value(shotOpt);
  if (!screenshot.isEmpty()) {
    // A screenshot must not depend on the user's saved layout or theme.
    QApplication::setOrganizationName(QStringLiteral("Forkscope-screenshot"));
  }
  // The theme before the window: widgets polished with the normal font kept
  // it (menu bar, spin boxes) when presenter mode was switched on before the
  // window was first shown.
  fsui::Theme::instance().setDark(parser.isSet(darkOpt));
  // Presenter mode as it was left (the window restores its layout), or --presenter.
  const bool presenter =
      parser.isSet(presenterOpt) ||
      (screenshot.isEmpty() && QSettings().value(QStringLiteral("view/presenter")).toBool());
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
  const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
  const QSize shotSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
  if (!shotSize.isValid() || shotSize.width() < 200 || shotSize.height() < 200) {
    fail(QApplication::translate("main", "--size needs WIDTHxHEIGHT, e.g. 1366x768"));
    return 2;
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
