// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #11: the app behaves like a desktop application. The editor's keys
// work when it has the focus; a launch without a file opens on a welcome
// page; the editor is connected to the open scenario; the charts do not take
// the timeline's place; the kern_fork.c tab says how to get the file; files
// can be dropped; Help has a manual, a shortcut list and the licences; the
// drawn views tell a screen reader what they show.
#include <QAction>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include "ui/common/theme.h"
#include "ui/editor/scenario_editor.h"
#include "ui/editor/scenario_locator.h"
#include "ui/model/session.h"
#include "ui/shell/help_window.h"
#include "ui/shell/main_window.h"
#include "ui/shell/scenario_browser.h"
#include "ui/timeline/summary_charts.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/kern_fork_view.h"
#include "ui/views/proc_tree_view.h"

using fsui::MainWindow;

namespace {

QStringList g_messages;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
  g_messages << msg;
  if (g_previous) g_previous(type, ctx, msg);
}

QDockWidget* dock(MainWindow& w, const char* name) {
  return w.findChild<QDockWidget*>(QLatin1String(name));
}

// Drops a file onto a widget the way a file manager does.
bool dropFile(QWidget* target, const QString& path) {
  QMimeData data;
  data.setUrls({QUrl::fromLocalFile(path)});
  const QPoint at = target->rect().center();
  QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(target, &enter);
  if (!enter.isAccepted()) return false;
  QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(target, &drop);
  return drop.isAccepted();
}

QString readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDesktop : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test-desktop"));
    QSettings().clear();
    fsui::Theme::instance().apply();
    g_previous = qInstallMessageHandler(collect);
  }
  void cleanupTestCase() { qInstallMessageHandler(g_previous); }
  void init() { g_messages.clear(); }

  // (4) Ctrl+S in the editor saves the editor's file, Ctrl+R runs it, and Qt
  // never reports an ambiguous shortcut; the window's keys come back after.
  void editorKeysWorkWhenItHasTheFocus() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/templates/fork-wait.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    fsui::ScenarioEditor* ed = w.scenarioEditor();
    QVERIFY(ed->openFile(path));
    dock(w, "editorDock")->show();
    dock(w, "editorDock")->raise();
    ed->editor()->setFocus();
    QTRY_VERIFY(ed->editor()->hasFocus());
    ed->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(ed->editor(), QStringLiteral(" "));
    QVERIFY(ed->isModified());
    QTest::keyClick(ed->editor(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!ed->isModified(), "Ctrl+S did not save");
    QCOMPARE(readAll(path), ed->text());
    // Ctrl+R runs the editor's text (not the window's Open Recent).
    QTest::keyClick(ed->editor(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(w.session()->timeline() != nullptr);
    for (const QString& m : std::as_const(g_messages))
      QVERIFY2(!m.contains(QLatin1String("Ambiguous shortcut")), qPrintable(m));
    // The focus leaves the editor: Ctrl+S is Save Trace again.
    w.procTree()->setFocus();
    QTRY_VERIFY(!ed->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(w.actions().saveTrace->shortcut(), QKeySequence(QStringLiteral("Ctrl+S")));
    QCOMPARE(w.actions().open->shortcut(), QKeySequence(QKeySequence::Open));
    // And the editor's tooltips tell the truth about it.
    bool saw = false;
    for (QAction* a : ed->actions())
      if (a->shortcut() == QKeySequence::Save) {
        saw = true;
        QVERIFY(a->toolTip().contains(
            QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
      }
    QVERIFY(saw);
  }

  // (6) No file: the welcome page with the bundled scenarios, no error anywhere.
  void launchWithoutAFileShowsTheWelcomePage() {
    MainWindow w;
    w.placeOnFirstLaunch();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.welcomePage()->isVisible());
    QVERIFY(!w.procTree()->isVisible());
    QVERIFY(w.lastError().isEmpty());
    QVERIFY(w.scenarioEditor()->errors().empty());
    auto* browser = w.welcomePage()->findChild<fsui::ScenarioBrowser*>();
    QVERIFY(browser);
    QVERIFY(browser->entries().size() >= 20);
    const QRect avail = w.screen()->availableGeometry();
    QVERIFY2(avail.contains(w.geometry()) || w.isMaximized(),
             qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
    QVERIFY(w.width() >= avail.width() * 3 / 4);
    // Choosing a scenario there opens it and the tree takes the middle.
    browser->selectPath(bundledPath("first-fork"));
    Q_EMIT browser->scenarioChosen(bundledPath("first-fork"));
    QTRY_VERIFY(w.session()->timeline() != nullptr);
    QTRY_VERIFY(w.procTree()->isVisible());
    QVERIFY(!w.welcomePage()->isVisible());
  }

  // (7) Edit This Scenario and the templates.
  void editThisScenarioAndTemplates() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    const QString own = QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json");
    w.openPath(own, true);
    w.actions().editScenario->trigger();
    QCOMPARE(w.scenarioEditor()->fileName(), own);
    QCOMPARE(w.scenarioEditor()->text(), readAll(own));
    QVERIFY(dock(w, "editorDock")->isVisible());
    // A bundled scenario is edited as an untitled copy: Save must not overwrite it.
    w.openPath(bundledPath("first-fork"), true);
    w.actions().editScenario->trigger();
    QVERIFY(w.scenarioEditor()->fileName().isEmpty());
    QCOMPARE(w.scenarioEditor()->text(), readAll(bundledPath("first-fork")));
    // Every template is a valid scenario that runs.
    const auto templates = MainWindow::scenarioTemplates();
    QCOMPARE(templates.size(), 3);
    for (const auto& t : templates) {
      auto* a = w.findChild<QAction*>(QStringLiteral("template:") + t.resource);
      QVERIFY2(a, qPrintable(t.resource));
      w.scenarioEditor()->setText({}); // no unsaved-changes question
      a->trigger();
      QCOMPARE(w.scenarioEditor()->text(), readAll(t.resource));
      QVERIFY2(w.scenarioEditor()->isValid(), qPrintable(t.resource));
    }
  }

  // (10) The charts open over the window, and the timeline stays visible.
  void chartsDoNotTakeTheTimelinesPlace() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json"), true);
    QDockWidget* charts = dock(w, "chartsDock");
    QDockWidget* timeline = dock(w, "timelineDock");
    QVERIFY(timeline->isVisible());
    charts->toggleViewAction()->trigger();
    QTRY_VERIFY(charts->isVisible());
    QVERIFY(!w.tabifiedDockWidgets(timeline).contains(charts));
    QVERIFY(charts->isFloating());
    QVERIFY(timeline->isVisible());
    QVERIFY(!timeline->visibleRegion().isEmpty());
    QVERIFY(w.timelineView()->isVisible());
  }

  // (11) The kern_fork.c tab without a file says how to get revision 1.231.
  void kernForkTabSaysHowToGetTheFile() {
    fsui::KernForkView v;
    v.resize(700, 500);
    v.show();
    QVERIFY(v.showsHowTo());
    auto* text = v.findChild<QLabel*>(QStringLiteral("kernForkHowToText"));
    QVERIFY(text && text->isVisible());
    for (const char* s :
         {"1.231", "cvsweb.netbsd.org/bsdweb.cgi/src/sys/kern/kern_fork.c?rev=1.231",
          "github.com/NetBSD/src", "sys/kern/kern_fork.c"})
      QVERIFY2(text->text().contains(QLatin1String(s)), s);
    QSignalSpy open(&v, &fsui::KernForkView::openDialogRequested);
    QTest::mouseClick(v.findChild<QPushButton*>(QStringLiteral("kernForkOpen")), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QTemporaryDir dir;
    const QString c = dir.filePath(QStringLiteral("kern_fork.c"));
    QFile f(c);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("/* $NetBSD: kern_fork.c,v 1.231 2023/02/25 08:22:00 skrll Exp $ */\nint x;\n");
    f.close();
    QSignalSpy dropped(&v, &fsui::KernForkView::openFileRequested);
    QVERIFY(dropFile(&v, c));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toString(), c);
    // In the window, the dropped file is loaded and replaces the page.
    MainWindow w;
    QVERIFY(dropFile(w.kernForkView(), c));
    QVERIFY(w.kernForkView()->hasFile());
    QVERIFY(!w.kernForkView()->showsHowTo());
    QSettings().remove(QStringLiteral("kernFork/path"));
  }

  // (12) Dropping a scenario or trace opens it, with File > Open's errors.
  void droppedFilesOpenLikeFileOpen() {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(dropFile(&w, QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json")));
    QTRY_VERIFY(w.session()->timeline() != nullptr);
    QVERIFY(w.lastError().isEmpty());
    QVERIFY(dropFile(&w, QStringLiteral(FORKSCOPE_TEST_DATA "/broken.json")));
    QTRY_VERIFY(!w.lastError().isEmpty());
    MainWindow ref;
    ref.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/broken.json"), true);
    QCOMPARE(w.lastError(), ref.lastError());
    if (w.errorBox()) w.errorBox()->close();
    if (ref.errorBox()) ref.errorBox()->close();
  }

  void helpMenuHasManualShortcutsAndLicences() {
    MainWindow w;
    QStringList help;
    for (QAction* top : w.menuBar()->actions())
      if (top->menu() && top->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
        for (QAction* a : top->menu()->actions()) help << a->text().remove(QLatin1Char('&'));
    for (const char* item : {"Forkscope Manual", "Keyboard Shortcuts", "Third-Party Licences",
                             "About Qt", "About Forkscope"})
      QVERIFY2(help.contains(QLatin1String(item)), item);
    // The manual: every page is compiled in and renders.
    w.actions().manual->trigger();
    auto* manual = w.findChild<fsui::HelpWindow*>();
    QVERIFY(manual && manual->isVisible());
    QVERIFY(manual->browser()->toPlainText().contains(QLatin1String("Forkscope")));
    for (const QString& page : manual->pages()) {
      QVERIFY2(!fsui::HelpWindow::pageMarkdown(page).isEmpty(), qPrintable(page));
      manual->showPage(page);
      QCOMPARE(manual->currentPage(), page);
    }
    QVERIFY(fsui::HelpWindow::pageMarkdown(QStringLiteral("teaching-guide.md"))
                .contains(QLatin1String("Presenter")));
    // The shortcut list is made from the actions: every key is in it, and a
    // changed key shows up changed.
    QString html = w.shortcutsHtml();
    for (QAction* a : w.findChildren<QAction*>())
      if (!a->shortcut().isEmpty() && w.actions().stepOnCpu.indexOf(a) < 0)
        QVERIFY2(html.contains(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()),
                 qPrintable(a->text()));
    w.actions().goToStep->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
    html = w.shortcutsHtml();
    QVERIFY(html.contains(QStringLiteral("Ctrl+Alt+J")));
    QVERIFY(html.contains(QStringLiteral("Scenario Editor (while it has the focus)")));
    const QString licences = fsui::thirdPartyLicencesHtml();
    for (const char* s : {"Lesser General Public License", "QCustomPlot", "MIT License",
                          "nlohmann/json", "Permission is hereby granted"})
      QVERIFY2(licences.contains(QLatin1String(s)), s);
  }

  void openDialogStartsInTheBundledScenarios() {
    QSettings().remove(QStringLiteral("lastDir"));
    MainWindow w;
    QCOMPARE(w.openDialogDirectory(), fsui::bundledScenarioDirectory());
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("lastDir"), dir.path());
    QCOMPARE(w.openDialogDirectory(), dir.path());
    QSettings().remove(QStringLiteral("lastDir"));
  }

  // Screen readers: the drawn views have names, and their text follows the run.
  void accessibleTextFollowsTheRun() {
    MainWindow w;
    w.openPath(bundledPath("first-fork"), true);
    QCOMPARE(w.procTree()->accessibleName(), QStringLiteral("Process tree"));
    QCOMPARE(w.cpuView()->accessibleName(), QStringLiteral("CPUs"));
    QCOMPARE(w.timelineView()->accessibleName(), QStringLiteral("Timeline"));
    w.session()->setStep(0);
    const QString tree0 = w.procTree()->accessibleDescription();
    const QString cpus0 = w.cpuView()->accessibleDescription();
    const QString time0 = w.timelineView()->accessibleDescription();
    QVERIFY2(tree0.contains(QLatin1String("pid 1 init: SACTIVE")), qPrintable(tree0));
    QVERIFY(tree0.contains(QLatin1String("sh: SACTIVE, child of 1")));
    QVERIFY(time0.startsWith(QLatin1String("Step 0 of")));
    // Run until the child exists: the tree's text names it.
    quint64 k = 0;
    while (k < w.session()->totalSteps() &&
           !w.procTree()->accessibleDescription().contains(QLatin1String("pid 3 ")))
      w.session()->setStep(++k);
    const QString tree1 = w.procTree()->accessibleDescription();
    QVERIFY2(tree1.contains(QLatin1String("pid 3 child: SIDL")), qPrintable(tree1));
    w.session()->setStep(w.session()->totalSteps() / 2);
    QVERIFY2(
        w.procTree()->accessibleDescription().contains(QLatin1String("child: SACTIVE, child of 2")),
        qPrintable(w.procTree()->accessibleDescription()));
    QVERIFY(w.timelineView()->accessibleDescription() != time0);
    bool cpusChanged = false;
    for (quint64 s = 0; s <= k && !cpusChanged; ++s) {
      w.session()->setStep(s);
      cpusChanged = w.cpuView()->accessibleDescription() != cpus0;
    }
    QVERIFY(cpusChanged);
  }

private:
  static QString bundledPath(const char* name) {
    return fsui::bundledScenarioDirectory() + QLatin1Char('/') + QLatin1String(name) +
           QStringLiteral(".json");
  }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
