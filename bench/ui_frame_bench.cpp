// SPDX-License-Identifier: GPL-3.0-or-later
// Frame times of the two heaviest views, offscreen: the process tree with
// 1,000 live processes and the timeline of a run with over a million events.
// Prints the median and the 90th percentile of N paints; the figures are in
// docs/performance.md. Run: QT_QPA_PLATFORM=offscreen forkscope_ui_bench
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario/scenario_loader.h"
#include "core/timeline.h"
#include "core/trace/trace_io.h"
#include "ui/model/session.h"
#include "ui/shell/main_window.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/proc_tree_view.h"

namespace {

std::shared_ptr<const fs::Scenario> load(const std::string& json) {
  fs::ScenarioLoad l = fs::load_scenario_text(json, "bench.json");
  if (!l.scenario) {
    std::fprintf(stderr, "%s\n", l.errors.front().str().c_str());
    std::exit(1);
  }
  return std::make_shared<const fs::Scenario>(std::move(*l.scenario));
}

// 10 parents each fork 100 children that sleep: 1,000 live processes at the end.
std::string wide_tree() {
  std::string procs;
  for (int w = 0; w < 10; ++w) {
    if (w) procs += ",";
    procs +=
        R"({"name":"p)" + std::to_string(w) +
        R"(","program":[{"op":"repeat","count":100,"body":[{"op":"fork","child":[{"op":"sleep","ticks":1000000}]}]},{"op":"sleep","ticks":1000000}]})";
  }
  return R"({"format":"forkscope-scenario","version":1,"title":"wide","machine":{"cpus":4,"maxproc":2000,"maxuprc":2000,"max_steps":400000},"processes":[)" +
         procs + "]}";
}

// 8 workers x 1,300 fork/wait cycles on 4 CPUs: about 1.3 M events.
std::string storm() {
  std::string procs;
  for (int w = 0; w < 8; ++w) {
    if (w) procs += ",";
    procs +=
        R"({"name":"w)" + std::to_string(w) +
        R"(","program":[{"op":"repeat","count":1300,"body":[{"op":"fork","child":[{"op":"exit"}]},{"op":"wait"}]}]})";
  }
  return R"({"format":"forkscope-scenario","version":1,"title":"storm","machine":{"cpus":4},"processes":[)" +
         procs + "]}";
}

// Issue #10's "1,000 processes forking": one parent forks 1,000 children that sleep.
std::string thousand_forks() {
  return R"({"format":"forkscope-scenario","version":1,"title":"1,000 processes forking",
    "machine":{"cpus":4,"maxproc":2000,"maxuprc":2000},
    "processes":[{"name":"p","rlimit_nproc":2000,"program":[
      {"op":"repeat","count":1000,"body":[{"op":"fork","child":[{"op":"sleep","ticks":1000000}]}]},
      {"op":"sleep","ticks":1000000}]}]})";
}

// The step after which every child has been published (the widest tree).
uint64_t after_last_publish(const fs::Trace& tr) {
  uint64_t last = 0;
  for (uint32_t i = 0; i < tr.events.size(); ++i)
    if (tr.events[i].kind == fs::EventKind::Proc &&
        tr.events[i].action == static_cast<uint8_t>(fs::ProcAction::Publish))
      last = tr.step_of_event(i);
  return last + 1;
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct OpenTime {
  double wall = 1e18, cpu = 1e18; // ms, best of the rounds
};

// Opening FILE in the app's main window (1366x768): load, record, go to
// `step` and paint the window once - what the user waits for, app start-up
// excluded; all on this thread (synchronous open), so its CPU time is the
// work whatever else the machine runs. Best of `rounds`.
OpenTime open_ms(const QString& file, uint64_t step, int rounds) {
  OpenTime best;
  for (int r = 0; r < rounds; ++r) {
    fsui::MainWindow w;
    w.resize(1366, 768);
    w.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    const double cpu0 = thread_cpu_ms();
    w.openPath(file, true);
    w.session()->setStep(step);
    QCoreApplication::processEvents();
    const QPixmap frame = w.grab();
    best.wall = std::min(best.wall, static_cast<double>(t.nsecsElapsed()) / 1e6);
    best.cpu = std::min(best.cpu, thread_cpu_ms() - cpu0);
    if (!w.lastError().isEmpty()) std::printf("error: %s\n", qPrintable(w.lastError()));
  }
  return best;
}

void report(const char* what, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const double median = ms[ms.size() / 2];
  const double p90 = ms[ms.size() * 9 / 10];
  std::printf("%-44s median %7.2f ms   p90 %7.2f ms   (%zu frames)\n", what, median, p90,
              ms.size());
}

} // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int frames = 30;

  {
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("thousand.json"));
    QFile f(scenario);
    if (!f.open(QIODevice::WriteOnly)) return 1;
    f.write(thousand_forks().c_str());
    f.close();
    fs::Timeline tl(load(thousand_forks()));
    const uint64_t step = after_last_publish(tl.trace());
    const QString trace = dir.filePath(QStringLiteral("thousand.trace.json"));
    if (!fs::save_trace_file(trace.toStdString(), tl.trace()).empty()) return 1;
    std::printf("app open, 1,000 processes forking (%llu steps, at step %llu):\n",
                static_cast<unsigned long long>(tl.total_steps()),
                static_cast<unsigned long long>(step));
    const OpenTime fromScenario = open_ms(scenario, step, 3);
    const OpenTime fromTrace = open_ms(trace, step, 3);
    std::printf("  from the scenario              best of 3: %7.1f ms CPU, %7.1f ms wall\n",
                fromScenario.cpu, fromScenario.wall);
    std::printf("  from its saved trace (%4.1f MB) best of 3: %7.1f ms CPU, %7.1f ms wall\n",
                static_cast<double>(QFile(trace).size()) / 1e6, fromTrace.cpu, fromTrace.wall);
  }

  {
    fs::Timeline tl(load(wide_tree()));
    // The moment the last child is published, before the sleepers wake and exit.
    uint64_t last_publish = 0;
    const fs::Trace& tr = tl.trace();
    for (uint32_t i = 0; i < tr.events.size(); ++i)
      if (tr.events[i].kind == fs::EventKind::Proc &&
          tr.events[i].action == static_cast<uint8_t>(fs::ProcAction::Publish))
        last_publish = tr.step_of_event(i);
    const fs::KernelState s = tl.state_at(last_publish + 1);
    int live = 0;
    for (const fs::Proc& p : s.procs) live += p.alive() ? 1 : 0;
    fsui::ProcTreeView view;
    view.setAnimationsEnabled(false);
    view.resize(1280, 800);
    view.show();
    view.setState(s);
    QImage img(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
      QElapsedTimer t;
      t.start();
      QPainter p(&img);
      view.render(&p);
      p.end();
      ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    char what[64];
    std::snprintf(what, sizeof what, "process tree, %d live processes", live);
    report(what, ms);
  }
  {
    auto tl = std::make_shared<const fs::Timeline>(load(storm()));
    fsui::TimelineView view;
    view.resize(1280, 400);
    view.show();
    view.setTimeline(tl);
    std::vector<double> full, zoomed;
    for (int i = 0; i < frames; ++i) full.push_back(view.replotNow());
    const double n = static_cast<double>(tl->total_steps());
    for (int i = 0; i < frames; ++i) {
      const double at = n * i / frames;
      view.setVisibleRange(at, at + n / 50);
      zoomed.push_back(view.replotNow());
    }
    char what[96];
    std::snprintf(what, sizeof what, "timeline, %zu events, whole run", tl->trace().events.size());
    report(what, full);
    report("timeline, same run, zoomed to 2% and panned", zoomed);
  }
  return 0;
}
