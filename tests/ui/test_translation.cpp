// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation: with it installed the main window's menus, actions
// and docks read German, texts made outside QObjects (free functions, plain
// structs) are found too, accelerators do not clash inside a menu, and the
// Preferences dialog stores the choice that the next start applies. The
// engine's step narration is looked up in the "Narration" context.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "core/state/kstate.h"
#ifndef Q_MOC_RUN // moc cannot parse the step table's .def includes
#include "core/state/step_table.h"
#endif
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"
#include "ui/model/breakpoints.h"
#include "ui/model/session.h"
#include "ui/shell/language.h"
#include "ui/shell/load_progress.h"
#include "ui/shell/main_window.h"
#include "ui/shell/preferences_dialog.h"

using fsui::MainWindow;

namespace {
QApplication& app() { return *static_cast<QApplication*>(QCoreApplication::instance()); }

QMenu* menuTitled(const MainWindow& w, const QString& title) {
  for (QAction* a : w.menuBar()->actions())
    if (a->menu() && a->text() == title) return a->menu();
  return nullptr;
}

QString dockTitle(const MainWindow& w, const char* name) {
  // The full title, as the View menu shows it: a narrow dock's title bar may
  // show a short one ("Sperren"), ui/shell/dock_titles.h.
  const auto* d = w.findChild<QDockWidget*>(QLatin1String(name));
  return d ? d->toggleViewAction()->text() : QString();
}

// The accelerator letter of a menu text ("Ö&ffnen" -> 'f'), or '\0'.
QChar mnemonic(const QString& text) {
  for (qsizetype i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != QLatin1Char('&')) continue;
    if (text[i + 1] == QLatin1Char('&')) {
      ++i;
      continue;
    }
    return text[i + 1].toLower();
  }
  return QChar();
}

// "menu: text" for every pair of entries in one menu with the same accelerator.
QStringList clashes(QMenu* menu, const QString& path) {
  QStringList out;
  QHash<QChar, QString> seen;
  for (QAction* a : menu->actions()) {
    if (a->isSeparator() || !a->isVisible()) continue;
    const QChar m = mnemonic(a->text());
    if (!m.isNull()) {
      if (seen.contains(m))
        out << QStringLiteral("%1: '%2' and '%3'").arg(path, seen[m], a->text());
      seen.insert(m, a->text());
    }
    if (a->menu()) out << clashes(a->menu(), path + QStringLiteral(" > ") + a->text());
  }
  return out;
}
} // namespace

class TestTranslation : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("Forkscope-test"));
    QSettings().remove(fsui::languageSettingsKey());
    fsui::Theme::instance().apply();
  }

  void cleanup() { fsui::installTranslators(app(), QStringLiteral("en")); }

  void germanIsEmbedded() {
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/forkscope_de.qm")));
    QCOMPARE(fsui::installTranslators(app(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(fsui::installTranslators(app(), QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(fsui::installTranslators(app(), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(fsui::installTranslators(app(), QStringLiteral("xx")), QStringLiteral("en"));
  }

  void mainWindowReadsGerman() {
    fsui::installTranslators(app(), QStringLiteral("de"));
    MainWindow w;
    QVERIFY(menuTitled(w, QStringLiteral("&Datei")));
    QVERIFY(menuTitled(w, QStringLiteral("&Ansicht")));
    QVERIFY(menuTitled(w, QStringLiteral("&Hilfe")));
    QVERIFY(!menuTitled(w, QStringLiteral("&File")));
    QCOMPARE(w.actions().open->text(), QStringLiteral("Szenario oder Aufzeichnung ö&ffnen..."));
    QCOMPARE(w.actions().stepForward->text(), QStringLiteral("Schritt &vor"));
    QCOMPARE(w.actions().toggleBreakpoint->text(),
             QStringLiteral("Haltepunkt am gewählten Schritt &setzen/entfernen"));
    QCOMPARE(w.actions().preferences->text(), QStringLiteral("&Einstellungen..."));
    QCOMPARE(w.actions().quit->text(), QStringLiteral("&Beenden"));
    QCOMPARE(dockTitle(w, "timelineDock"), QStringLiteral("Zeitleiste"));
    QCOMPARE(dockTitle(w, "eventLogDock"), QStringLiteral("Ereignisprotokoll"));
    QCOMPARE(dockTitle(w, "lockDock"), QStringLiteral("Sperren und Wartekanäle"));
    QVERIFY(w.stepLabel()->text().startsWith(QStringLiteral("Kein Szenario")));
    // The File menu offers Preferences.
    QVERIFY(menuTitled(w, QStringLiteral("&Datei"))->actions().contains(w.actions().preferences));

    w.openPath(QStringLiteral(FORKSCOPE_TEST_DATA "/two-forks.json"), true);
    QVERIFY(w.lastError().isEmpty());
    QCOMPARE(w.stepLabel()->text(),
             QStringLiteral("Schritt 0 / %1").arg(w.session()->totalSteps()));
  }

  void textsOutsideQObjectsAreTranslated() {
    fsui::installTranslators(app(), QStringLiteral("de"));
    QCOMPARE(fsui::mutexName(fs::KernelState{}, -1), QStringLiteral("(keine Sperre)"));
    QCOMPARE(fsui::Breakpoint::kindNames().first(), QStringLiteral("Zeile in kern_fork.c"));
    QCOMPARE(fsui::visualStateName(fsui::VisualState::Running), QStringLiteral("läuft"));
    QCOMPARE(fsui::LoadProgress::tr("Recording %1: %Ln step(s)...", nullptr, 1)
                 .arg(QStringLiteral("a.json")),
             QStringLiteral("a.json wird aufgezeichnet: 1 Schritt ..."));
    QCOMPARE(fsui::LoadProgress::tr("Recording %1: %Ln step(s)...", nullptr, 5)
                 .arg(QStringLiteral("a.json")),
             QStringLiteral("a.json wird aufgezeichnet: 5 Schritte ..."));
  }

  void stepNarrationIsTranslated() {
    fsui::installTranslators(app(), QStringLiteral("de"));
    int id = -1;
    for (int i = 0; i < fs::step_count(); ++i)
      if (QLatin1String(fs::step_info(i).label) == QLatin1String("fork1.vfork_cv_wait")) id = i;
    QVERIFY(id >= 0);
    QVERIFY2(fsui::stepNarration(id).startsWith(QStringLiteral("Der vfork-Elternprozess schläft")),
             qPrintable(fsui::stepNarration(id)));
    fsui::installTranslators(app(), QStringLiteral("en"));
    QCOMPARE(fsui::stepNarration(id), QString::fromUtf8(fs::step_info(id).narration));
  }

  void germanAcceleratorsDoNotClash() {
    fsui::installTranslators(app(), QStringLiteral("de"));
    MainWindow w;
    QStringList all;
    QHash<QChar, QString> bar;
    for (QAction* a : w.menuBar()->actions()) {
      const QChar m = mnemonic(a->text());
      if (!m.isNull() && bar.contains(m))
        all << QStringLiteral("menu bar: '%1' and '%2'").arg(bar[m], a->text());
      bar.insert(m, a->text());
      if (a->menu()) all << clashes(a->menu(), a->text());
    }
    QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
  }

  void switchingBackRestoresEnglish() {
    fsui::installTranslators(app(), QStringLiteral("de"));
    fsui::installTranslators(app(), QStringLiteral("en"));
    MainWindow w;
    QVERIFY(menuTitled(w, QStringLiteral("&File")));
    QCOMPARE(dockTitle(w, "timelineDock"), QStringLiteral("Timeline"));
  }

  void qtOwnStringsFollow() {
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + QStringLiteral("/qtbase_de.qm")))
      QSKIP("Qt's German translations are not installed (qt6-translations-l10n)");
    fsui::installTranslators(app(), QStringLiteral("de"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
  }

  void preferencesStoreTheLanguage() {
    fsui::PreferencesDialog d;
    QComboBox* box = d.languageBox();
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->currentIndex(), 0); // nothing saved: system default
    QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
    box->setCurrentIndex(box->findData(QStringLiteral("de")));
    d.save();
    QCOMPARE(QSettings().value(fsui::languageSettingsKey()).toString(), QStringLiteral("de"));
    // The next start (no --lang) applies the saved choice.
    QCOMPARE(fsui::installTranslators(app()), QStringLiteral("de"));
    fsui::PreferencesDialog again;
    QCOMPARE(again.selectedLanguage(), QStringLiteral("de"));
    again.languageBox()->setCurrentIndex(0);
    again.save();
    QVERIFY(!QSettings().contains(fsui::languageSettingsKey()));
  }

  void langOptionIsReadBeforeTheParser() {
    using fsui::languageFromArguments;
    QCOMPARE(languageFromArguments({QStringLiteral("forkscope"), QStringLiteral("--lang"),
                                    QStringLiteral("de"), QStringLiteral("first-fork")}),
             QStringLiteral("de"));
    QCOMPARE(languageFromArguments({QStringLiteral("forkscope"), QStringLiteral("--lang=en")}),
             QStringLiteral("en"));
    QCOMPARE(languageFromArguments({QStringLiteral("forkscope"), QStringLiteral("x.json")}),
             QString());
  }
};

QTEST_MAIN(TestTranslation)
#include "test_translation.moc"
