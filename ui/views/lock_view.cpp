// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/lock_view.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <algorithm>
#include <map>

#include "core/trace/step_facts.h"
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"

namespace fsui {

LockView::LockView(QWidget* parent) : QTreeWidget(parent) {
  setObjectName(QStringLiteral("lockView"));
  setAccessibleName(tr("Locks and wait channels"));
  setColumnCount(2);
  setHeaderLabels({tr("Lock or channel"), tr("Who")});
  // Owners must be read whole ("held by 3 sh (running on CPU 1)"), also in a
  // narrow column at presenter size: the texts wrap instead of being elided.
  header()->setSectionResizeMode(0, QHeaderView::Interactive);
  header()->setStretchLastSection(true);
  setRootIsDecorated(true);
  setWordWrap(true);
  setTextElideMode(Qt::ElideNone);
  setUniformRowHeights(false);
}

void LockView::resizeEvent(QResizeEvent* e) {
  QTreeWidget::resizeEvent(e);
  fitColumns();
}

namespace {
// `text` broken at spaces into lines of at most `room` pixels (a word longer
// than that keeps a line of its own).
QString wrapped(const QString& text, const QFontMetrics& fm, int room) {
  QStringList lines;
  for (const QString& para : text.split(QLatin1Char('\n'))) {
    QString line;
    for (const QString& word : para.split(QLatin1Char(' '))) {
      const QString next = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
      if (!line.isEmpty() && fm.horizontalAdvance(next) > room) {
        lines << line;
        line = word;
      } else {
        line = next;
      }
    }
    lines << line;
  }
  return lines.join(QLatin1Char('\n'));
}

int depthOf(const QTreeWidgetItem* item) {
  int depth = 0;
  for (const QTreeWidgetItem* p = item->parent(); p; p = p->parent()) ++depth;
  return depth;
}
} // namespace

void LockView::fitColumns() {
  // Both columns wrap at word breaks instead of being cut ("p_waitcv of 1
  // init (wait for a child)", "asleep on turnstile #1" in a 1024-pixel
  // projector's side column): a tree view's items do not wrap by themselves.
  // The names as wide as the widest word chain needs, but never more than
  // half and never less than the header; the holder gets the rest.
  const int w = viewport()->width();
  // A narrow column steps its levels in by a little less than the style's
  // 20 pixels (room for the expand arrow, no more): 24 more for the words.
  // Its header says "Name": "Lock or channel" alone was wider than every name.
  const bool narrow = w < 400;
  if (narrow)
    setIndentation(12);
  else
    resetIndentation();
  const QString nameHeader = narrow ? tr("Name") : tr("Lock or channel");
  if (headerItem()->text(0) != nameHeader) headerItem()->setText(0, nameHeader);
  const int pad = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
  // The font an item is drawn in: its own, else the view's (which carries
  // presenter mode's heavier weight; an item's default font does not).
  auto metrics = [this](const QTreeWidgetItem* item, int c) {
    return QFontMetrics(item->data(c, Qt::FontRole).isValid() ? item->font(c) : font());
  };
  auto original = [](QTreeWidgetItem* item, int c) {
    QString full = item->data(c, Qt::UserRole).toString();
    if (full.isEmpty()) {
      full = item->text(c);
      item->setData(c, Qt::UserRole, full);
    }
    return full;
  };
  int names = 0; // the widest name of a lock or channel (group rows span both columns)
  int words = 0; // the widest word of one: a name wraps at spaces only
  for (QTreeWidgetItemIterator it(this); *it; ++it) {
    if ((*it)->isFirstColumnSpanned()) continue;
    const QFontMetrics fm = metrics(*it, 0);
    const QString name = original(*it, 0);
    const int indent = (depthOf(*it) + 1) * indentation() + pad;
    names = std::max(names, fm.horizontalAdvance(name) + indent);
    for (const QString& word : name.split(QLatin1Char(' ')))
      words = std::max(words, fm.horizontalAdvance(word) + indent);
  }
  const QFontMetrics hf(header()->font());
  const int headerNeed = [&] {
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + pad;
    return hf.horizontalAdvance(headerItem()->text(0)) + margin;
  }();
  // In a narrow column (a 1024-pixel projector's side) the holder's text is
  // the longer one ("held by 2 a running on CPU 0"): the names get at most
  // two fifths there, so that it wraps to two lines, not four.
  const int most = w < 400 ? w * 40 / 100 : w * 55 / 100;
  setColumnWidth(0, std::max({std::clamp(names, w / 4, most), headerNeed, words}));
  const int room1 = std::max(40, w - columnWidth(0) - pad);
  for (QTreeWidgetItemIterator it(this); *it; ++it) {
    QTreeWidgetItem* item = *it;
    const int indent = (depthOf(item) + (rootIsDecorated() ? 1 : 0)) * indentation();
    if (item->isFirstColumnSpanned()) {
      item->setText(0,
                    wrapped(original(item, 0), metrics(item, 0), std::max(40, w - indent - pad)));
      continue;
    }
    item->setText(0, wrapped(original(item, 0), metrics(item, 0),
                             std::max(40, columnWidth(0) - indent - pad)));
    item->setText(1, wrapped(original(item, 1), metrics(item, 1), room1));
  }
  doItemsLayout(); // row heights for the new line counts (a delayed layout kept the old ones)
}

void LockView::setShowIdleLocks(bool on) { showIdle_ = on; }

void LockView::setFrame(const StepFrame& f) {
  clear();
  if (!f.state) return;
  addMutexes(f);
  addChannels(f);
  expandAll();
  fitColumns();
}

void LockView::addMutexes(const StepFrame& f) {
  const fs::KernelState& s = *f.state;
  auto* group = new QTreeWidgetItem(this, {tr("Mutexes"), QString()});
  QFont bold = font();
  bold.setBold(true);
  group->setFont(0, bold);
  group->setFirstColumnSpanned(true);
  int idle = 0;
  for (size_t m = 0; m < s.mutexes.size(); ++m) {
    const fs::Mutex& mx = s.mutexes[m];
    if (mx.refcnt <= 0) continue;
    const QString name = mutexName(s, static_cast<int>(m));
    QStringList spinners;
    for (const fs::Lwp& l : s.lwps)
      if (l.alive() && fs::spin_mutex_of(s, l.lid) == static_cast<int32_t>(m))
        spinners << tr("%1 on CPU %2").arg(lwpLabel(s, l.lid)).arg(l.cpu);
    const bool busy = mx.owner >= 0 || !mx.sleepers.empty() || !spinners.isEmpty();
    // Always show the global locks; per-process p_locks only when in use.
    if (!busy && !showIdle_ && mx.cls == fs::LockClass::PLock) {
      ++idle;
      continue;
    }
    QString holder = tr("free");
    if (mx.owner >= 0) {
      const fs::Lwp* o = s.lwp(mx.owner);
      holder = tr("held by %1").arg(lwpLabel(s, mx.owner));
      // On a line of its own: a narrow column shows all of it instead of "held by 2 sh ...".
      if (o && o->lstat == fs::LwpStat::LSONPROC)
        holder += QLatin1Char('\n') + tr("running on CPU %1").arg(o->cpu);
    }
    auto* item = new QTreeWidgetItem(group, {name, holder});
    item->setFont(0, bold);
    if (mx.owner >= 0) {
      if (const fs::Lwp* o = s.lwp(mx.owner); o && o->lstat == fs::LwpStat::LSONPROC)
        item->setForeground(1, cpuColor(o->cpu).darker(130));
    }
    for (const QString& sp : spinners) {
      // The owner let go after the spinner's last try: it takes the lock next.
      auto* c = new QTreeWidgetItem(
          item, {mx.owner < 0 ? tr("was spinning, takes it next") : tr("spinning"), sp});
      c->setForeground(0, okabe_ito::Vermillion);
    }
    int order = 1;
    for (fs::Lid l : mx.sleepers)
      new QTreeWidgetItem(item, {tr("asleep on turnstile #%1").arg(order++), lwpLabel(s, l)});
  }
  if (idle > 0)
    (new QTreeWidgetItem(group, {tr("%n idle p_lock(s)", nullptr, idle)}))
        ->setFirstColumnSpanned(true);
}

void LockView::addChannels(const StepFrame& f) {
  const fs::KernelState& s = *f.state;
  // Sleepers grouped by channel, each channel's sleepers in FIFO order.
  std::map<std::pair<int, int>, std::vector<const fs::Lwp*>> channels;
  for (const fs::Lwp& l : s.lwps)
    if (l.alive() && l.lstat == fs::LwpStat::LSSLEEP && l.wchan.kind != fs::WchanKind::None &&
        l.wchan.kind != fs::WchanKind::Turnstile)
      channels[{static_cast<int>(l.wchan.kind), l.wchan.obj}].push_back(&l);
  auto* group = new QTreeWidgetItem(this, {tr("Condition variables and sleeps"), QString()});
  QFont bold = font();
  bold.setBold(true);
  group->setFont(0, bold);
  group->setFirstColumnSpanned(true);
  if (channels.empty())
    (new QTreeWidgetItem(group, {tr("nobody is asleep"), QString()}))->setFirstColumnSpanned(true);
  for (auto& [key, sleepers] : channels) {
    std::sort(sleepers.begin(), sleepers.end(),
              [](const fs::Lwp* a, const fs::Lwp* b) { return a->sleep_seq < b->sleep_seq; });
    const fs::Wchan w{static_cast<fs::WchanKind>(key.first), key.second};
    QString name;
    if (w.kind == fs::WchanKind::LWaitcv)
      name = QStringLiteral("l_waitcv#%1").arg(w.obj);
    else if (w.kind == fs::WchanKind::PWaitcv)
      name = QStringLiteral("p_waitcv#%1").arg(w.obj);
    else if (w.kind == fs::WchanKind::LwpCv)
      name = QStringLiteral("p_lwpcv#%1").arg(w.obj);
    else
      name = wchanText(s, w);
    auto* item = new QTreeWidgetItem(group, {name, wchanText(s, w)});
    item->setFont(0, bold);
    for (const fs::Lwp* p : sleepers) {
      QString why;
      if (w.kind == fs::WchanKind::LWaitcv && p->vforkwaiting)
        why = tr("the vfork parent, blocked");
      else if (w.kind == fs::WchanKind::PWaitcv)
        why = tr("in wait()");
      else if (w.kind == fs::WchanKind::LwpCv)
        why = tr("in exit_lwps()");
      auto* c = new QTreeWidgetItem(item, {lwpLabel(s, p->lid), why});
      c->setForeground(0, okabe_ito::ReddishPurple.darker(120));
    }
  }
}

} // namespace fsui
