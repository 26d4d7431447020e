// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/dock_titles.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStyle>
#include <QStyleOptionDockWidget>

namespace fsui {

DockTitles::DockTitles(QObject* parent) : QObject(parent) {}

void DockTitles::set(QDockWidget* dock, const QString& full, const QString& brief) {
  titles_.insert(dock, {full, brief});
  dock->installEventFilter(this);
  connect(dock, &QObject::destroyed, this,
          [this, dock] { titles_.remove(static_cast<QDockWidget*>(dock)); });
  fit(dock);
}

bool DockTitles::fits(const QDockWidget* dock, const QString& title) {
  // As QDockWidget lays out and paints its title bar: the text gets what the
  // close and float buttons leave, and is elided to that.
  QStyleOptionDockWidget opt;
  opt.initFrom(dock);
  opt.rect = QRect(0, 0, dock->width(), dock->fontMetrics().height() + 8);
  opt.title = title;
  const QDockWidget::DockWidgetFeatures f = dock->features();
  opt.closable = f.testFlag(QDockWidget::DockWidgetClosable);
  opt.movable = f.testFlag(QDockWidget::DockWidgetMovable);
  opt.floatable = f.testFlag(QDockWidget::DockWidgetFloatable);
  const QRect r = dock->style()->subElementRect(QStyle::SE_DockWidgetTitleBarText, &opt, dock);
  // The style sheets draw titles bold ("QDockWidget::title"), which the
  // dock's own font does not say, and a projector's title bar still elided
  // a title measured to fit in bold by a few letters: a fifth to spare.
  QFont bold = dock->font();
  bold.setBold(true);
  return QFontMetrics(bold).horizontalAdvance(title) * kTitleSlack <= r.width();
}

bool DockTitles::tabsFit(const QDockWidget* dock) const {
  // Tabbed docks show their titles as tabs, all side by side in one bar as
  // wide as the dock: the bar is read whole only if every tab fits in it.
  auto* window = qobject_cast<QMainWindow*>(dock->parentWidget());
  if (!window) return true;
  QList<QDockWidget*> group = window->tabifiedDockWidgets(const_cast<QDockWidget*>(dock));
  group.removeIf([](const QDockWidget* d) { return d->isHidden(); });
  if (group.isEmpty()) return true;
  group.push_back(const_cast<QDockWidget*>(dock));
  const int pad = 2 * dock->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, dock) + 8;
  int need = 0;
  for (const QDockWidget* d : std::as_const(group)) {
    const auto t = titles_.constFind(const_cast<QDockWidget*>(d));
    need +=
        dock->fontMetrics().horizontalAdvance(t != titles_.cend() ? t->full : d->windowTitle()) +
        pad;
  }
  return need <= dock->width();
}

void DockTitles::fit(QDockWidget* dock) {
  const auto it = titles_.constFind(dock);
  if (it == titles_.cend()) return;
  // A dock not laid out yet has no width to judge by: the full title.
  const bool full = dock->width() < 50 || (fits(dock, it->full) && tabsFit(dock));
  const QString& title = full ? it->full : it->brief;
  if (dock->windowTitle() != title) dock->setWindowTitle(title);
  dock->toggleViewAction()->setText(it->full); // the menu has room
}

bool DockTitles::eventFilter(QObject* watched, QEvent* e) {
  switch (e->type()) {
  case QEvent::Resize:
  case QEvent::FontChange:
  case QEvent::StyleChange:
    // Not while it is torn down (a QDockWidget no longer: its parts are gone).
    if (auto* dock = qobject_cast<QDockWidget*>(watched)) fit(dock);
    break;
  case QEvent::Show:
  case QEvent::Hide:
    // A tab more or less in a bar: the others in it may need their other title.
    if (qobject_cast<QDockWidget*>(watched))
      for (auto it = titles_.cbegin(); it != titles_.cend(); ++it) fit(it.key());
    break;
  default: break;
  }
  return QObject::eventFilter(watched, e);
}

} // namespace fsui
