// SPDX-License-Identifier: GPL-3.0-or-later
// The printable handout of a step: one page with the title, the step, the
// tree, the timeline and the narration, as PNG or SVG, written atomically (a
// failed export names the file and leaves nothing half-written).
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ui/classroom/handout.h"
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/shell/file_ops.h"
#include "ui/shell/main_window.h"

using fsui::MainWindow;

class TestHandout : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test"));
    fsui::Theme::instance().apply();
  }

  void pngAndSvgOfAStep() {
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    w.session()->setStep(45);
    const fsui::Handout h = w.handout();
    QVERIFY(h.subtitle.contains(QStringLiteral("45")));
    QVERIFY(h.timeline); // visible in the default layout
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("h.png"));
    QCOMPARE(fsui::exportHandout(h, png), QString());
    const QImage img(png);
    QVERIFY(!img.isNull());
    QCOMPARE(img.width(), 1400);
    // Title, tree, timeline and text stacked: taller than the tree alone.
    QVERIFY(img.height() > h.tree->height());
    const QString svg = dir.filePath(QStringLiteral("h.svg"));
    QCOMPARE(fsui::exportHandout(h, svg), QString());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("first") || text.contains("fork")); // the title is in the SVG
    if (const QByteArray shots = qgetenv("FORKSCOPE_SHOT_DIR"); !shots.isEmpty())
      QFile::copy(png, QString::fromUtf8(shots) + QStringLiteral("/handout.png"));
  }

  // File > Export View: the picture of one view, its plots up to date.
  void viewExportIsTheWidgetsSize() {
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    QWidget* tree = w.handout().tree;
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("tree.png"));
    QCOMPARE(fsui::exportWidgetImage(tree, png), QString());
    QCOMPARE(QImage(png).size(), tree->size());
    const QString bad = dir.filePath(QStringLiteral("missing/tree.svg"));
    QVERIFY(fsui::exportWidgetImage(tree, bad).contains(bad));
    QVERIFY(!QFile::exists(bad));
  }

  void unwritablePlaceNamesTheFileAndWritesNothing() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("first-fork"), true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/h.png"));
    const QString err = fsui::exportHandout(w.handout(), path);
    QVERIFY(!err.isEmpty());
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY(!QFile::exists(path));
  }
};

QTEST_MAIN(TestHandout)
#include "test_handout.moc"
