// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: open a scenario, step with the arrow keys and see the step
// label follow; a broken scenario shows an error and the window stays usable.
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/shell/main_window.h"
#include "ui/views/proc_tree_view.h"

using fsui::MainWindow;

class TestMainWindow : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test"));
    fsui::Theme::instance().apply();
  }

  void arrowKeysStep() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json"), true);
    QVERIFY(w.lastError().isEmpty());
    const quint64 total = w.session()->totalSteps();
    QCOMPARE(w.stepLabel()->text(), QStringLiteral("Step 0 / %1").arg(total));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.stepLabel()->text(), QStringLiteral("Step 1 / %1").arg(total));
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.session()->step(), quint64(3));
    QTest::keyClick(&w, Qt::Key_Left);
    QCOMPARE(w.stepLabel()->text(), QStringLiteral("Step 2 / %1").arg(total));
    QTest::keyClick(&w, Qt::Key_End);
    QCOMPARE(w.session()->step(), total);
    QTest::keyClick(&w, Qt::Key_Left, Qt::ShiftModifier); // back to a syscall return
    QVERIFY(w.session()->step() < total);
    // The process tree follows the session.
    int alive = 0;
    for (const fs::Proc& p : w.session()->state().procs) alive += p.alive();
    QCOMPARE(w.procTree()->liveNodes().size(), alive);
  }

  // A temporary message gets the room the permanent labels leave: when it
  // would be cut, the outcome label takes its short form (full text in the
  // tooltip), and takes the full one back when the message goes.
  void aLongMessageIsNotCutByTheOutcome() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("exec-threaded"), true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    w.session()->setStep(w.session()->totalSteps());
    QStatusBar* bar = w.statusBar();
    QLabel* outcome = w.outcomeLabel();
    const QString full = outcome->text();
    QVERIFY2(full.startsWith(QStringLiteral("outcome: completed · expectations ")),
             qPrintable(full));
    QVERIFY(outcome->toolTip().isEmpty());
    // A message just too long to fit beside the full outcome.
    int others = 0;
    for (QLabel* l : bar->findChildren<QLabel*>())
      if (l->isVisible() && l != outcome) others += l->sizeHint().width();
    const int room = bar->width() - others - outcome->sizeHint().width();
    QString message = QStringLiteral("Held at step 79 until you answer.");
    while (bar->fontMetrics().horizontalAdvance(message) < room - 20)
      message += QStringLiteral(" word");
    bar->showMessage(message);
    QTRY_COMPARE(outcome->toolTip(), full);
    QVERIFY2(outcome->text().startsWith(QStringLiteral("completed · ")),
             qPrintable(outcome->text()));
    QVERIFY(outcome->text().endsWith(QStringLiteral(" passed, 0 failed")));
    // Every permanent label now lies right of the whole message.
    QTest::qWait(50);
    const int messageRight = bar->fontMetrics().horizontalAdvance(message);
    for (QLabel* l : bar->findChildren<QLabel*>())
      if (l->isVisible())
        QVERIFY2(l->mapTo(bar, QPoint(0, 0)).x() >= messageRight,
                 qPrintable(QStringLiteral("%1 at x=%2, the message ends at %3")
                                .arg(l->text())
                                .arg(l->mapTo(bar, QPoint(0, 0)).x())
                                .arg(messageRight)));
    bar->clearMessage();
    QTRY_COMPARE(outcome->text(), full);
    QVERIFY(outcome->toolTip().isEmpty());
  }

  void brokenScenarioShowsAnErrorAndStaysUsable() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json"), true);
    const quint64 total = w.session()->totalSteps();
    w.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/broken.json"), true);
    QVERIFY(w.lastError().contains(QStringLiteral("broken.json")));
    QVERIFY(w.lastError().contains(QStringLiteral("forc")));
    QVERIFY(w.errorBox());
    QTRY_VERIFY(w.errorBox()->isVisible());
    w.errorBox()->close();
    // The previous run is still there and the keys still work.
    QCOMPARE(w.session()->totalSteps(), total);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.session()->step(), quint64(1));
    w.openPath(QStringLiteral("/no/such/file.json"), true);
    QVERIFY(!w.lastError().isEmpty());
  }

  void thousandsOfErrorsKeepTheBoxOnScreen() {
    // A scenario with 5,000 errors (issue #10): the box lists the first few,
    // keeps all of them under Show Details, and fits the screen.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString ops;
    for (int i = 0; i < 5000; ++i)
      ops +=
          QStringLiteral("%1{\"op\":\"frok%2\"}").arg(i ? QStringLiteral(",") : QString()).arg(i);
    const QString path = dir.filePath(QStringLiteral("many.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("{\"format\":\"forkscope-scenario\",\"version\":1,\"title\":\"t\","
                           "\"processes\":[{\"name\":\"p\",\"program\":[%1]}]}")
                .arg(ops)
                .toUtf8());
    f.close();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(path, true);
    QVERIFY(w.errorBox());
    QTRY_VERIFY(w.errorBox()->isVisible());
    QVERIFY(w.errorBox()->text().count(QLatin1Char('\n')) <= 13);
    QVERIFY(w.errorBox()->text().contains(QStringLiteral("Show Details")));
    QVERIFY(w.errorBox()->detailedText().contains(QStringLiteral("frok4999")) ||
            w.errorBox()->detailedText().count(QLatin1Char('\n')) > 100);
    const QRect screen = w.errorBox()->screen()->availableGeometry();
    QVERIFY2(
        w.errorBox()->frameGeometry().height() <= screen.height(),
        qPrintable(QStringLiteral("box %1 px high").arg(w.errorBox()->frameGeometry().height())));
    w.errorBox()->close();
  }

  void fitsOnASmallScreen() {
    // Classrooms still have 1366x768 projectors: the default layout must fit.
    MainWindow w;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
      qDebug() << d->objectName() << d->minimumSizeHint() << d->widget()->minimumSizeHint();
    for (QToolBar* b : w.findChildren<QToolBar*>())
      qDebug() << b->objectName() << b->minimumSizeHint();
    qDebug() << w.centralWidget()->minimumSizeHint();
    QVERIFY2(w.minimumSizeHint().width() <= 1366,
             qPrintable(QStringLiteral("minimum width %1").arg(w.minimumSizeHint().width())));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
