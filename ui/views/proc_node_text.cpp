// SPDX-License-Identifier: GPL-3.0-or-later
// What a process's card in the tree says: its state line, the LWPs of a
// threaded process, where it is in the kernel or what it waits on, and what
// fork1 shared with its parent. The facts are the engine's (core/state,
// core/trace/step_facts.h); this file only puts them into words.
#include "core/state/names.h"
#include "core/trace/step_facts.h"
#include "ui/common/kstate_text.h"
#include "ui/common/theme.h"
#include "ui/views/proc_tree_view.h"

namespace fsui {

namespace {
int sharingOf(int mine, int parents) {
  if (mine < 0 || parents < 0) return -1;
  return mine == parents ? 1 : 0;
}
} // namespace

// The fourth line of a threaded process's card: each LWP by lid, with where it
// is - the card's other lines speak for one of them only. `compact` words it
// for a narrow card or presenter mode: "LWPs 2 CPU 0 · 3 asleep".
QString ProcTreeView::lwpLineOf(const fs::KernelState& s, const fs::Proc& p, bool compact) const {
  QStringList parts;
  s.for_each_lwp(p, [&](const fs::Lwp& l) {
    QString where;
    switch (l.lstat) {
    case fs::LwpStat::LSONPROC:
      where = compact ? tr("CPU %1").arg(l.cpu) : tr("on CPU %1").arg(l.cpu);
      break;
    case fs::LwpStat::LSRUN: where = tr("runnable"); break;
    case fs::LwpStat::LSSLEEP: where = l.vforkwaiting ? tr("vfork wait") : tr("asleep"); break;
    case fs::LwpStat::LSSTOP: where = tr("stopped"); break;
    case fs::LwpStat::LSZOMB: where = tr("zombie"); break;
    default: where = tr("new"); break;
    }
    parts.prepend(compact ? tr("%1 %2").arg(l.lid).arg(where)
                          : tr("LWP %1 %2").arg(l.lid).arg(where)); // p_lwps: newest first
  });
  constexpr int kShown = 3;
  if (parts.size() > kShown) {
    const auto more = static_cast<int>(parts.size() - kShown);
    parts = parts.mid(0, kShown);
    parts.push_back(tr("+%n more", nullptr, more));
  }
  const QString joined = parts.join(QStringLiteral(" · "));
  return compact ? tr("LWPs %1").arg(joined) : joined;
}

// What the card's third line says: where the process is in the kernel, or
// what it waits on. `compact` is presenter mode's wording ("fork1:516"),
// also used where a card is too narrow for the whole one.
QString ProcTreeView::detailOf(const fs::KernelState& s, const fs::Proc& p, const fs::Lwp& l,
                               const ProcNodeData& d, bool compact) const {
  if (d.state == VisualState::Building)
    return compact ? tr("by fork1()") : tr("being built by fork1()");
  if (l.lstat == fs::LwpStat::LSSLEEP)
    return compact ? tr("on %1").arg(wchanText(s, l.wchan, true))
                   : tr("asleep on %1").arg(wchanText(s, l.wchan));
  if (l.spinning) return tr("spinning · %1").arg(whereText(l, compact));
  if (d.state != VisualState::Zombie && d.cpu >= 0 &&
      static_cast<size_t>(d.cpu) < cpuSteps_.size() && l.in_kernel()) {
    const auto& step = cpuSteps_[static_cast<size_t>(d.cpu)];
    return step.executed ? whereOfStep(step.id, compact)
                         : tr("next: %1").arg(whereOfStep(step.id, compact));
  }
  if (d.state != VisualState::Zombie) return whereText(l, compact);
  return compact ? tr("exit status %1").arg(p.xstat)
                 : tr("exit status %1 · waiting to be reaped").arg(p.xstat);
}

ProcNodeData ProcTreeView::describe(const fs::KernelState& s, const fs::Proc& p) const {
  const bool compact = Theme::instance().presenter(); // "fork1:516": room for large type
  ProcNodeData d;
  d.pid = p.pid;
  d.serial = p.serial;
  d.name = QString::fromStdString(p.name);
  // The LWP the card speaks for: one on a CPU if any, else the first on
  // p_lwps; an idle stand-in before lwp_create has made one (fork1 L481).
  static const fs::Lwp kNoLwp{};
  const fs::Lwp* shown = s.first_lwp(p);
  QStringList lwps; // "LWP 3 LSONPROC" for each, when there are several
  s.for_each_lwp(p, [&](const fs::Lwp& x) {
    if (x.lstat == fs::LwpStat::LSONPROC && shown->lstat != fs::LwpStat::LSONPROC) shown = &x;
    lwps.prepend(tr("LWP %1 %2").arg(x.lid).arg(QLatin1String(fs::lwp_stat_name(x.lstat))));
  });
  const fs::Lwp& l = shown ? *shown : kNoLwp;
  d.state = visualState(p, shown);
  d.stateText =
      QStringLiteral("%1 · %2").arg(QLatin1String(fs::proc_stat_name(p.stat)),
                                    lwps.size() > 1 ? lwps.join(QStringLiteral(", "))
                                                    : QLatin1String(fs::lwp_stat_name(l.lstat)));
  d.uid = p.ruid;
  d.traced = (p.slflag & fs::PSL_TRACED) != 0;
  d.vforkWaiting = l.vforkwaiting;
  d.stopFork = (p.sflag & fs::PS_STOPFORK) != 0;
  if (!compact && p.nlwps > 1) // the list of LWPs is the tooltip's; the card counts them
    d.stateLine = QStringLiteral("%1 · %2 · %3")
                      .arg(visualStateName(d.state), QLatin1String(fs::proc_stat_name(p.stat)),
                           tr("%n LWP(s)", nullptr, p.nlwps));
  if (compact) // one state name of the kernel's, the one that says most
    d.stateLine = d.state == VisualState::Building
                      ? visualStateName(d.state)
                      : QStringLiteral("%1 · %2").arg(
                            visualStateName(d.state),
                            p.nlwps > 1 ? tr("%n LWP(s)", nullptr, p.nlwps)
                                        : QLatin1String(p.stat == fs::ProcStat::SACTIVE
                                                            ? fs::lwp_stat_name(l.lstat)
                                                            : fs::proc_stat_name(p.stat)));
  if (p.nlwps > 1) {
    d.lwpLine = lwpLineOf(s, p, compact);
    if (!compact) d.lwpLineShort = lwpLineOf(s, p, true);
  }
  if (l.lstat == fs::LwpStat::LSONPROC) d.cpu = l.cpu;
  d.detail = detailOf(s, p, l, d, compact);
  if (!compact) d.detailShort = detailOf(s, p, l, d, true);
  if (d.state == VisualState::Building)
    if (const std::optional<fs::ChildBuild> b = fs::build_of_child(s, p.pid))
      d.buildProgress = b->progress;
  // Compare with the parent that forked it: what fork1 shared and what it copied.
  if (const fs::Proc* parent = s.proc(p.ppid); parent && p.ppid > 1) {
    d.sharing = {sharingOf(p.lock, parent->lock),   sharingOf(p.vmspace, parent->vmspace),
                 sharingOf(p.fd, parent->fd),       sharingOf(p.cwd, parent->cwd),
                 sharingOf(p.limit, parent->limit), sharingOf(p.sigacts, parent->sigacts)};
  }
  return d;
}

} // namespace fsui
