// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario editor: validation as you type, error marks, undo, Run gating, saving.
#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "ui/editor/scenario_editor.h"

namespace {

const char* const kValid = R"({
  "format": "forkscope-scenario",
  "version": 1,
  "title": "edit me",
  "processes": [
    { "name": "sh",
      "program": [
        { "op": "compute", "ticks": 1 }
      ] }
  ]
}
)";

} // namespace

class TestScenarioEditor : public QObject {
  Q_OBJECT
private slots:
  void typingAnInvalidOpMarksItsLine() {
    fsui::ScenarioEditor ed;
    ed.resize(700, 500);
    ed.show();
    ed.setText(QString::fromUtf8(kValid), QStringLiteral("lab.json"));
    QVERIFY(ed.isValid());
    QVERIFY(ed.runAction()->isEnabled());
    QVERIFY(!ed.isModified());

    // Select the word compute (line 8) and type over it, key by key.
    const QString original = ed.text();
    const int at = original.indexOf(QStringLiteral("compute"));
    QTextCursor c = ed.editor()->textCursor();
    c.setPosition(at);
    c.setPosition(at + 7, QTextCursor::KeepAnchor);
    ed.editor()->setTextCursor(c);
    ed.editor()->setFocus();
    QTest::keyClicks(ed.editor(), QStringLiteral("forc"));
    QVERIFY(ed.text().contains(QStringLiteral("\"forc\"")));
    QVERIFY(ed.isModified());
    QVERIFY(!ed.isValid()); // not yet checked: Run must not take unchecked text

    // After the 300 ms debounce the loader's error appears at line 8.
    QTRY_VERIFY_WITH_TIMEOUT(!ed.errors().empty(), 2000);
    const fs::LoadError& e = ed.errors().front();
    QCOMPARE(e.line, 8);
    QCOMPARE(e.json_path, std::string("/processes/0/program/0/op"));
    QVERIFY(!ed.runAction()->isEnabled());
    QCOMPARE(ed.errorList()->count(), int(ed.errors().size()));
    const auto marks = ed.editor()->extraSelections();
    QVERIFY(!marks.isEmpty());
    QCOMPARE(marks.front().cursor.block().blockNumber() + 1, 8);
    QCOMPARE(marks.front().cursor.selectedText(), QStringLiteral("\"forc\""));
    QCOMPARE(marks.front().format.underlineStyle(), QTextCharFormat::WaveUnderline);

    // Run is refused while invalid.
    QSignalSpy run(&ed, &fsui::ScenarioEditor::runRequested);
    ed.run();
    QCOMPARE(run.count(), 0);

    // Clicking the error moves the cursor to it.
    ed.editor()->moveCursor(QTextCursor::Start);
    ed.goToError(0);
    QCOMPARE(ed.editor()->textCursor().blockNumber() + 1, 8);

    // Undo restores the original text, which validates again.
    while (ed.undoAction()->isEnabled() && ed.text() != original) ed.undoAction()->trigger();
    QCOMPARE(ed.text(), original);
    QTRY_VERIFY_WITH_TIMEOUT(ed.isValid(), 2000);
    QVERIFY(ed.runAction()->isEnabled());
    QVERIFY(ed.editor()->extraSelections().isEmpty());
    ed.run();
    QCOMPARE(run.count(), 1);
    QCOMPARE(run.at(0).at(0).toString(), original);
    QCOMPARE(run.at(0).at(1).toString(), QStringLiteral("lab.json"));
  }

  void syntaxErrorsAreMarkedToo() {
    fsui::ScenarioEditor ed;
    ed.setText(QStringLiteral("{\n  \"format\": \"forkscope-scenario\",\n  \"version\": 1,,\n}\n"));
    QVERIFY(!ed.errors().empty());
    QCOMPARE(ed.errors().front().line, 3);
    QVERIFY(!ed.runAction()->isEnabled());
  }

  void saveAndOpenRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    fsui::ScenarioEditor ed;
    QSignalSpy modified(&ed, &fsui::ScenarioEditor::modifiedChanged);
    ed.setText(QString::fromUtf8(kValid));
    ed.editor()->appendPlainText(QStringLiteral(" "));
    QVERIFY(ed.isModified());
    QVERIFY(ed.saveFile(path));
    QVERIFY(!ed.isModified());
    QCOMPARE(ed.fileName(), path);
    QVERIFY(modified.count() >= 2);
    fsui::ScenarioEditor other;
    QVERIFY(other.openFile(path));
    QCOMPARE(other.text(), ed.text());
    QVERIFY(other.isValid());
  }
};

QTEST_MAIN(TestScenarioEditor)
#include "test_scenario_editor.moc"
