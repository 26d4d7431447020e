// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/tab_bar_polish.h"

#include <QChildEvent>
#include <QMainWindow>
#include <QPointer>
#include <QTabBar>
#include <QTimer>

namespace fsui {

namespace {
void polish(QTabBar* bar) {
  bar->setElideMode(Qt::ElideNone);
  bar->setUsesScrollButtons(true);
  bar->setExpanding(false);
}

class TabBarPolisher : public QObject {
public:
  explicit TabBarPolisher(QMainWindow* w) : QObject(w) {
    setObjectName(QStringLiteral("tabBarPolisher"));
    w->installEventFilter(this);
  }

protected:
  bool eventFilter(QObject* watched, QEvent* e) override {
    // ChildPolished comes after QMainWindow set up the new bar (elide mode
    // included); ChildAdded before it, so that one waits a turn.
    if (e->type() == QEvent::ChildPolished || e->type() == QEvent::ChildAdded) {
      if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(e)->child())) {
        if (e->type() == QEvent::ChildPolished) {
          polish(bar);
        } else {
          QPointer<QTabBar> later(bar);
          QTimer::singleShot(0, this, [later] {
            if (later) polish(later);
          });
        }
      }
    }
    return QObject::eventFilter(watched, e);
  }
};
} // namespace

void keepTabLabelsWhole(QMainWindow* window) {
  if (!window->findChild<TabBarPolisher*>(QStringLiteral("tabBarPolisher"),
                                          Qt::FindDirectChildrenOnly))
    new TabBarPolisher(window);
  for (QTabBar* bar : window->findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly))
    polish(bar);
}

} // namespace fsui
