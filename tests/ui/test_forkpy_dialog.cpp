// SPDX-License-Identifier: GPL-3.0-or-later
// fork.py problems in the app: a seed always gives the same problem (the one
// the CLI and the core generator give), the answer stays hidden until asked
// for, a bad typed list keeps the previous problem, and "Watch It Run" hands
// over a scenario that the engine accepts.
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "core/classroom/forkpy.h"
#include "core/classroom/problem_gen.h"
#include "core/scenario/scenario_loader.h"
#include "ui/classroom/forkpy_dialog.h"

using fsui::ForkpyDialog;

class TestForkpyDialog : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void seedGivesTheCoreGeneratorsProblem() {
    ForkpyDialog d;
    auto* seed = d.findChild<QSpinBox*>();
    QVERIFY(seed);
    seed->setValue(17);
    d.generate();
    QCOMPARE(d.actions().toStdString(), fs::generate_forkpy_actions(17, 5, 0.7, 8));
    // The problem lists every action in words, numbered.
    const QString text = d.problemText();
    QVERIFY2(text.startsWith(QStringLiteral("1. a forks b")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')) + 1, 5);
    d.nextSeed();
    QCOMPARE(d.actions().toStdString(), fs::generate_forkpy_actions(18, 5, 0.7, 8));
  }

  void answerIsHiddenUntilAsked() {
    ForkpyDialog d;
    QVERIFY(d.answerText().isEmpty());
    QVERIFY(!d.answerShown());
    d.showAnswer();
    QVERIFY(d.answerShown());
    // The key is the core importer's, which names init as the adopter.
    fs::ForkpyOptions opt;
    opt.origin = "seed 1"; // the dialog's first problem
    const fs::ForkpyImport imp = fs::import_forkpy(d.actions().toStdString(), opt);
    QCOMPARE(d.answerText().toStdString(), imp.answer);
    // A new problem hides the answer again.
    d.nextSeed();
    QVERIFY(d.answerText().isEmpty());
  }

  void typedActionsAndTypos() {
    ForkpyDialog d;
    auto* typed = d.findChild<QLineEdit*>();
    QVERIFY(typed);
    typed->setText(QStringLiteral("a+b,b+c,b-"));
    d.useTyped();
    QCOMPARE(d.actions(), QStringLiteral("a+b,b+c,b-"));
    QVERIFY(d.problemText().contains(QStringLiteral("3. b exits")));
    d.showAnswer();
    QVERIFY2(d.answerText().contains(QStringLiteral("init")), qPrintable(d.answerText()));
    typed->setText(QStringLiteral("a+b,x-"));
    d.useTyped();
    QCOMPARE(d.actions(), QStringLiteral("a+b,b+c,b-")); // unchanged
  }

  void watchItRunGivesALoadableScenario() {
    ForkpyDialog d;
    QSignalSpy run(&d, &ForkpyDialog::runRequested);
    QPushButton* watch = nullptr;
    for (auto* b : d.findChildren<QPushButton*>())
      if (b->text().contains(QStringLiteral("Watch"))) watch = b;
    QVERIFY(watch);
    watch->click();
    QCOMPARE(run.count(), 1);
    const std::string json = run.at(0).at(0).toString().toStdString();
    const fs::ScenarioLoad load = fs::load_scenario_text(json, "forkpy.json");
    QVERIFY(load.errors.empty());
    QVERIFY(load.scenario && !load.scenario->processes.empty());
    if (const QByteArray dir = qgetenv("FORKSCOPE_SHOT_DIR"); !dir.isEmpty()) {
      d.showAnswer();
      d.show();
      QVERIFY(QTest::qWaitForWindowExposed(&d));
      d.grab().save(QString::fromUtf8(dir) + QStringLiteral("/forkpy-dialog.png"));
    }
  }
};

QTEST_MAIN(TestForkpyDialog)
#include "test_forkpy_dialog.moc"
