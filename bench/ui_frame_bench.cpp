// SPDX-License-Identifier: GPL-3.0-or-later
// Frame times of the two heaviest views, offscreen: the process tree with
// 1,000 live processes and the timeline of a run with over a million events.
// Prints the median and the 90th percentile of N paints; the figures are in
// docs/performance.md. Run: QT_QPA_PLATFORM=offscreen forkscope_ui_bench
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario_loader.h"
#include "core/timeline.h"
#include "ui/proc_tree_view.h"
#include "ui/timeline_view.h"

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
    TimelineView view;
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
