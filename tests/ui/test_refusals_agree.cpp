// SPDX-License-Identifier: GPL-3.0-or-later
// The app and forkscope-cli accept and refuse the same files with the same
// words (issue #10): a broken scenario, a truncated trace, a trace nested too
// deep, a trace with a bad field and invalid UTF-8 each give the CLI's
// `validate` and `run` exactly the message the app shows, and a good trace is
// accepted by both as the run it records.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/trace/trace_io.h"
#include "ui/model/session_load.h"

namespace {

struct CliResult {
  int status = -1;
  QString out, err;
};

CliResult cli(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(FORKSCOPE_CLI), args);
  CliResult r;
  if (!p.waitForFinished(120000)) return r;
  r.status = p.exitCode();
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
  return r;
}

QString appError(const QString& path) { return fsui::loadAndRecordFile(path, {}).error; }

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRefusalsAgree : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString good_; // a trace the CLI wrote
  QString path(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    good_ = path(QStringLiteral("good.json"));
    const CliResult r = cli({QStringLiteral("run"), QStringLiteral("first-fork"),
                             QStringLiteral("--trace"), good_, QStringLiteral("--quiet")});
    QCOMPARE(r.status, 0);
    QVERIFY(QFile::exists(good_));
  }

  void brokenFilesAreRefusedInTheSameWords_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where"); // a part of the message that places the fault

    const QByteArray good = readFile(good_);
    QVERIFY(good.size() > 1000);
    QTest::newRow("truncated trace") << "truncated.json" << good.left(good.size() / 2) << QString();
    // An array nested 100,000 deep inside the trace: refused while parsing,
    // never copied recursively (the reader's depth bound).
    QByteArray deep = R"({"format":"forkscope-trace","version":1,"x":)";
    deep += QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QTest::newRow("deep trace") << "deep.json" << deep << QStringLiteral("nesting deeper than");
    // A field the reader checks: the first event's tick made a string.
    QByteArray badTick = good;
    const int at = badTick.indexOf("\"tick\":0");
    QVERIFY(at > 0);
    badTick.replace(at + 7, 1, "\"zero\"");
    QTest::newRow("bad tick") << "bad-tick.json" << badTick << QStringLiteral("/tick");
    QTest::newRow("scenario typo")
        << "typo.json" << readFile(QStringLiteral(FORKSCOPE_TEST_DATA "/broken.json"))
        << QStringLiteral("forc");
    QTest::newRow("scenario with invalid UTF-8")
        << "latin1.json"
        << QByteArray("{\"format\":\"forkscope-scenario\",\"version\":1,\"title\":\"caf\xe9\","
                      "\"processes\":[{\"name\":\"sh\",\"program\":[{\"op\":\"exit\"}]}]}")
        << QStringLiteral("UTF-8");
    QTest::newRow("gzip that is not one")
        << "fake.json.gz" << QByteArray("\x1f\x8b garbage") << QString();
  }

  void brokenFilesAreRefusedInTheSameWords() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const QString file = path(name);
    QVERIFY(writeFile(file, bytes));

    const QString app = appError(file);
    QVERIFY2(!app.isEmpty(), "the app accepted a broken file");
    QVERIFY2(app.contains(name), qPrintable(app)); // names the file
    if (!where.isEmpty()) QVERIFY2(app.contains(where), qPrintable(app));

    for (const QString& command : {QStringLiteral("validate"), QStringLiteral("run")}) {
      const CliResult r = cli({command, file});
      QCOMPARE(r.status, 2);
      QCOMPARE(r.err, app);
      QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing ran
    }
  }

  // A good trace is the run it records, for both.
  void aGoodTraceIsAcceptedByBoth() {
    const fsui::LoadOutcome app = fsui::loadAndRecordFile(good_, {});
    QVERIFY2(app.error.isEmpty(), qPrintable(app.error));
    QVERIFY(app.timeline);

    const CliResult v = cli({QStringLiteral("validate"), good_});
    QCOMPARE(v.status, 0);
    QVERIFY2(v.out.startsWith(QStringLiteral("OK ")), qPrintable(v.out));

    // Re-running the trace gives the trace again, byte for byte (the engine is
    // deterministic and the trace embeds the scenario with its seed).
    const QString again = path(QStringLiteral("again.json"));
    const CliResult r = cli({QStringLiteral("run"), good_, QStringLiteral("--trace"), again,
                             QStringLiteral("--quiet")});
    QCOMPARE(r.status, 0);
    const fs::TraceRead a = fs::read_trace_file(good_.toStdString());
    const fs::TraceRead b = fs::read_trace_file(again.toStdString());
    QVERIFY(a.trace && b.trace);
    QCOMPARE(a.trace->events.size(), b.trace->events.size());
    QCOMPARE(a.trace->outcome.steps, b.trace->outcome.steps);
    QCOMPARE(app.timeline->total_steps(), a.trace->outcome.steps);
  }
};

QTEST_MAIN(TestRefusalsAgree)
#include "test_refusals_agree.moc"
