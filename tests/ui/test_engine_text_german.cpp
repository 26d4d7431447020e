// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation reaches what the engine says, not only the widgets:
// every template in every quiz question and every "what changed" line that
// the bundled scenarios produce has a German translation, and so do every
// bundled scenario's title, description and notes. translations_complete
// checks the .ts against what scripts/extract-engine-texts finds in the
// sources; this test checks the other direction - that what the engine really
// builds at run time was found - by walking the texts it produces.
#include <functional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include "core/classroom/quiz.h"
#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "ui/common/engine_text.h"

namespace {

QString scenarioDir() { return QStringLiteral(FORKSCOPE_SOURCE_DIR "/scenarios"); }

QStringList bundledScenarios() {
  QStringList out;
  for (const QString& f : QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files))
    out << scenarioDir() + QLatin1Char('/') + f;
  return out;
}

// Every translatable template inside t (t itself, its arguments, theirs...)
// that the German catalogue does not know, as "Context: template".
void untranslated(const QTranslator& de, const fs::Text& t, QSet<QString>& missing,
                  int& templates) {
  if (t.context) {
    ++templates;
    if (de.translate(t.context, t.text.c_str()).isEmpty())
      missing.insert(QString::fromUtf8(t.context) + QStringLiteral(": ") +
                     QString::fromStdString(t.text));
  }
  for (const fs::Text& a : t.args) untranslated(de, a, missing, templates);
}

std::unique_ptr<fs::Timeline> timelineOf(const QString& path) {
  fs::ScenarioLoad load = fs::load_scenario_file(path.toStdString());
  if (!load.errors.empty() || !load.scenario) return nullptr;
  return std::make_unique<fs::Timeline>(
      std::make_shared<const fs::Scenario>(std::move(*load.scenario)));
}

} // namespace

class TestEngineTextGerman : public QObject {
  Q_OBJECT
  QTranslator de_;

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(de_.load(QStringLiteral(":/i18n/forkscope_de.qm")));
    QVERIFY(bundledScenarios().size() >= 18);
  }

  void quizQuestionsAreGerman() {
    QSet<QString> missing;
    int templates = 0, questions = 0;
    for (const QString& path : bundledScenarios()) {
      auto tl = timelineOf(path);
      QVERIFY2(tl, qPrintable(path + QStringLiteral(" does not load")));
      for (uint64_t seed : {0u, 1u, 2u, 3u}) {
        for (const fs::Question& q : fs::make_quiz(*tl, seed, 100)) {
          ++questions;
          untranslated(de_, q.prompt, missing, templates);
          untranslated(de_, q.explanation, missing, templates);
          for (const fs::Text& c : q.choices) untranslated(de_, c, missing, templates);
        }
      }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(QLatin1Char('\n'))));
    // The walk saw real questions, each made of several templates.
    QVERIFY(questions > 50);
    QVERIFY(templates > 4 * questions);
  }

  void changeLinesAreGerman() {
    QSet<QString> missing;
    int templates = 0;
    for (const QString& path : bundledScenarios()) {
      auto tl = timelineOf(path);
      QVERIFY(tl);
      fs::KernelState before = tl->state_at(0);
      for (uint64_t step = 1; step <= tl->total_steps(); ++step) {
        fs::KernelState after = tl->state_at(step);
        for (const fs::Text& line : fs::describe_changes(before, after))
          untranslated(de_, line, missing, templates);
        before = std::move(after);
      }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(QLatin1Char('\n'))));
    QVERIFY(templates > 1000);
  }

  // Rendered through the app's lookup, a question reads German.
  void renderedQuestionReadsGerman() {
    QCoreApplication::installTranslator(&de_);
    auto tl = timelineOf(scenarioDir() + QStringLiteral("/maxproc-storm.json"));
    QVERIFY(tl);
    const auto quiz = fs::make_quiz(*tl, 1);
    QVERIFY(!quiz.empty());
    const QString prompt = fsui::engineText(quiz.front().prompt);
    QCoreApplication::removeTranslator(&de_);
    QVERIFY2(prompt.contains(QStringLiteral("hat gerade")) ||
                 prompt.contains(QStringLiteral("Auf CPU")) ||
                 prompt.contains(QStringLiteral("Was ")),
             qPrintable(prompt));
    QVERIFY2(!prompt.contains(QStringLiteral("has just called")), qPrintable(prompt));
  }

  // The same texts scripts/extract-engine-texts collects: title,
  // description, every note, and the challenge's goal, item texts and hints.
  void scenarioTextsAreGerman() {
    QStringList missing;
    int texts = 0;
    std::function<void(const QString&, const QString&, const QJsonValue&)> walk;
    auto check = [&](const QString& file, const QString& ptr, const QJsonValue& v) {
      const QString text = v.toString();
      if (text.isEmpty()) return;
      ++texts;
      if (de_.translate("Scenario", text.toUtf8().constData()).isEmpty())
        missing << QStringLiteral("%1 %2: %3").arg(file, ptr, text);
    };
    walk = [&](const QString& file, const QString& ptr, const QJsonValue& v) {
      if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
          const QString k = it.key(), child = ptr + QLatin1Char('/') + k;
          const bool text =
              (ptr.isEmpty() &&
               (k == QLatin1String("title") || k == QLatin1String("description"))) ||
              k == QLatin1String("note") ||
              (ptr == QLatin1String("/challenge") && k == QLatin1String("goal")) ||
              (ptr.startsWith(QLatin1String("/challenge/")) && k == QLatin1String("text"));
          if (text)
            check(file, child, it.value());
          else
            walk(file, child, it.value());
        }
      } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
          const QString child = ptr + QLatin1Char('/') + QString::number(i);
          if (ptr == QLatin1String("/challenge/hints"))
            check(file, child, a[i]);
          else
            walk(file, child, a[i]);
        }
      }
    };
    for (const QString& path : bundledScenarios()) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::ReadOnly));
      walk(QFileInfo(path).fileName(), QString(), QJsonDocument::fromJson(f.readAll()).object());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QVERIFY(texts > 150); // titles, descriptions and notes of every scenario
  }
};

QTEST_MAIN(TestEngineTextGerman)
#include "test_engine_text_german.moc"
