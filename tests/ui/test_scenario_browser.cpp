// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario browser lists valid files with their titles and broken ones with their error.
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ui/shell/scenario_browser.h"

namespace {

void write(const QString& path, const QByteArray& text) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(text);
}

QByteArray scenario(const char* title, const char* tag) {
  return QByteArray(R"({"format": "forkscope-scenario", "version": 1, "title": ")") + title +
         R"(", "description": "Some *markdown*.", "tags": [")" + tag +
         R"("], "processes": [ { "name": "sh", "program": [ { "op": "compute", "ticks": 1 } ] } ]})";
}

} // namespace

class TestScenarioBrowser : public QObject {
  Q_OBJECT
private slots:
  void listsFilesWithTitlesAndErrors() {
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.json")), scenario("Alpha fork", "basics"));
    write(dir.filePath(QStringLiteral("b.json")), scenario("Beta vfork", "vfork"));
    write(dir.filePath(QStringLiteral("broken.json")),
          R"({"format": "forkscope-scenario", "version": 1, "title": "x",
  "processes": [ { "name": "sh", "program": [ { "op": "forc" } ] } ]})");
    write(dir.filePath(QStringLiteral("notes.txt")), "not a scenario");

    fsui::ScenarioBrowser b;
    b.setDirectory(dir.path());
    QCOMPARE(b.entries().size(), size_t(3));
    QCOMPARE(b.entries()[0].title, QStringLiteral("Alpha fork"));
    QCOMPARE(b.entries()[0].tags, QStringList{QStringLiteral("basics")});
    QVERIFY(b.entries()[0].error.isEmpty());
    QCOMPARE(b.entries()[1].title, QStringLiteral("Beta vfork"));
    const auto& broken = b.entries()[2];
    QVERIFY(broken.error.contains(QStringLiteral("broken.json:2:")));
    QVERIFY(broken.error.contains(QStringLiteral("forc")));
    QCOMPARE(b.list()->count(), 3);
    QVERIFY(b.list()->item(2)->text().contains(QStringLiteral("broken.json")));
    QVERIFY(b.list()->item(2)->toolTip().contains(QStringLiteral("forc")));

    // Filtering by text and choosing.
    b.findChild<QLineEdit*>()->setText(QStringLiteral("vfork"));
    QCOMPARE(b.list()->count(), 1);
    QCOMPARE(b.list()->item(0)->text(), QStringLiteral("Beta vfork"));
    QSignalSpy chosen(&b, &fsui::ScenarioBrowser::scenarioChosen);
    b.list()->setCurrentRow(0);
    emit b.list()->itemActivated(b.list()->item(0));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), dir.filePath(QStringLiteral("b.json")));
  }
};

QTEST_MAIN(TestScenarioBrowser)
#include "test_scenario_browser.moc"
