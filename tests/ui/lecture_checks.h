// SPDX-License-Identifier: GPL-3.0-or-later
// What the lecture-hall tests (test_lecture_layout, test_lecture_window) look
// for in a window: the offscreen screen of a size, whether a widget shows a
// rectangle whole, cut titles, lock rows and edges, text under 18 pixels, and
// screenshots for a human to open (FORKSCOPE_SHOT_DIR).
#pragma once
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsPathItem>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionDockWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidgetItemIterator>

#include "ui/classroom/quiz_panel.h"
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/shell/dock_titles.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/timeline/timeline_view.h"
#include "ui/views/cpu_view.h"
#include "ui/views/lock_view.h"
#include "ui/views/narration_view.h"
#include "ui/views/proc_tree_view.h"
#include "ui/views/program_view.h"
#include "ui/views/source_view.h"
#include "ui/views/tree_edge_route.h"

#include <QLabel>
#include <QTabBar>

using fsui::MainWindow;

namespace lecture {
inline QScreen* screenOfSize(const QSize& size) {
  for (QScreen* s : QGuiApplication::screens())
    if (s->geometry().size() == size) return s;
  return nullptr;
}

// `r` (in w's coordinates) lies in what the window shows of `w`: inside w and
// every ancestor up to the window, and w is visible.
inline bool shown(QWidget* w, const QRect& r) {
  if (!w->isVisible() || w->visibleRegion().isEmpty()) return false;
  QWidget* win = w->window();
  QRect inWin(w->mapTo(win, r.topLeft()), r.size());
  for (QWidget* p = w; p && p != win; p = p->parentWidget()) {
    const QRect pr(p->mapTo(win, QPoint(0, 0)), p->size());
    if (!pr.contains(inWin)) return false;
  }
  return win->rect().contains(inWin);
}

// Why a dock's title bar elides its title ("" when it does not): the title
// is drawn into the style's title-text rect, elided to its width.
struct DockPeek : QDockWidget {
  using QDockWidget::initStyleOption;
};
inline QString titleCut(QDockWidget* d) {
  QStyleOptionDockWidget opt;
  static_cast<DockPeek*>(d)->initStyleOption(&opt);
  const QRect r = d->style()->subElementRect(QStyle::SE_DockWidgetTitleBarText, &opt, d);
  QFont bold = d->font(); // the style sheets' "QDockWidget::title" is bold
  bold.setBold(true);
  const QFontMetrics fm(bold);
  // With the slack fsui::DockTitles keeps (the drawn title came out wider
  // than this measure: "Locks and Wait Chann..." at 1024 pixels).
  if (fm.horizontalAdvance(d->windowTitle()) * fsui::DockTitles::kTitleSlack <= r.width())
    return QString();
  return QStringLiteral("dock title '%1' needs %2 px, has %3")
      .arg(d->windowTitle())
      .arg(fm.horizontalAdvance(d->windowTitle()))
      .arg(r.width());
}

// The lock table's header labels and each line of each cell wider than its
// column (a spanned group row: the whole row) are cut or elided.
inline QStringList cutLockRows(fsui::LockView* v) {
  QStringList out;
  const int pad = 2 * (v->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, v) + 1);
  QHeaderView* h = v->header();
  if (!h->isHidden())
    for (int c = 0; c < v->columnCount(); ++c) {
      const QString t = v->headerItem()->text(c);
      const int need = QFontMetrics(h->font()).horizontalAdvance(t) + pad;
      if (need > h->sectionSize(c))
        out << QStringLiteral("header '%1' needs %2 px, has %3")
                   .arg(t)
                   .arg(need)
                   .arg(h->sectionSize(c));
    }
  for (QTreeWidgetItemIterator it(v); *it; ++it) {
    QTreeWidgetItem* item = *it;
    const int columns = item->isFirstColumnSpanned() ? 1 : v->columnCount();
    for (int c = 0; c < columns; ++c) {
      QRect r = v->visualItemRect(item);
      const QModelIndex index = v->indexFromItem(item, c);
      if (!item->isFirstColumnSpanned())
        r = v->visualRect(index);
      else
        r.setLeft(v->visualRect(index).left());
      r.setRight(std::min(r.right(), v->viewport()->width() - 1));
      const QFontMetrics fm(item->data(c, Qt::FontRole).isValid() ? item->font(c) : v->font());
      for (const QString& line : item->text(c).split(QLatin1Char('\n'))) {
        const int need = fm.horizontalAdvance(line) + pad;
        if (need > r.width())
          out << QStringLiteral("'%1' needs %2 px, has %3").arg(line).arg(need).arg(r.width());
      }
      if (r.height() < fm.height() * item->text(c).count(QLatin1Char('\n')) + fm.height())
        out << QStringLiteral("'%1' cut at %2 px high").arg(item->text(c)).arg(r.height());
    }
  }
  return out;
}

// Edges (path items) that pass through a card (not just touch its border).
inline QStringList edgesAcrossCards(fsui::ProcTreeView* tree) {
  QVector<QPair<QRectF, QString>> cards;
  for (fsui::ProcNodeItem* n : tree->liveNodes() + tree->ghostNodes())
    cards.push_back({n->mapRectToScene(QRectF(-n->cardWidth() / 2, -n->cardHeight() / 2,
                                              n->cardWidth(), n->cardHeight()))
                         .adjusted(1, 1, -1, -1),
                     n->label()});
  QStringList out;
  int edges = 0;
  for (QGraphicsItem* item : tree->scene()->items()) {
    auto* edge = qgraphicsitem_cast<QGraphicsPathItem*>(item);
    if (!edge) continue;
    ++edges;
    const QPainterPath path = edge->mapToScene(edge->path());
    for (const QPolygonF& poly : path.toSubpathPolygons())
      for (int i = 1; i < poly.size(); ++i) {
        const QLineF seg(poly[i - 1], poly[i]);
        const int n = std::max(1, static_cast<int>(seg.length()));
        for (const auto& [rect, name] : std::as_const(cards))
          for (int k = 0; k <= n; ++k)
            if (rect.contains(seg.pointAt(static_cast<qreal>(k) / n))) {
              out << QStringLiteral("edge %1 (%2,%3 to %4,%5) across %6")
                         .arg(edges)
                         .arg(seg.x1())
                         .arg(seg.y1())
                         .arg(seg.x2())
                         .arg(seg.y2())
                         .arg(name);
              break;
            }
      }
  }
  return out;
}

inline void shot(QWidget& w, const QString& name) {
  const QByteArray dir = qgetenv("FORKSCOPE_SHOT_DIR");
  if (dir.isEmpty()) return;
  QTest::qWait(400);
  w.grab().save(QString::fromUtf8(dir) + QLatin1Char('/') + name);
}

// Every visible widget's font, and the narration's text: 18 px or more.
inline QStringList smallFonts(MainWindow& w) {
  QStringList out;
  for (QWidget* c : w.findChildren<QWidget*>()) {
    if (!c->isVisible() || c->visibleRegion().isEmpty() || c->isWindow()) continue;
    const int px = QFontInfo(c->font()).pixelSize();
    if (px < fsui::Theme::kPresenterMinPixels)
      out << QStringLiteral("%1 %2: %3 px")
                 .arg(QLatin1String(c->metaObject()->className()), c->objectName())
                 .arg(px);
  }
  QTextDocument* doc = w.narrationView()->document();
  for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      const QFont f = it.fragment().charFormat().font();
      const int px = QFontInfo(f.resolve(w.narrationView()->font())).pixelSize();
      if (px < fsui::Theme::kPresenterMinPixels)
        out << QStringLiteral("narration '%1': %2 px").arg(it.fragment().text().left(20)).arg(px);
    }
  return out;
}
// A window on screen `s`, at its top left, no bigger than `size`: a window
// left at its default size reached into the next offscreen screen and was
// laid out for that one (a 1024x768 check once ran at 1536x864). Presenter
// mode then makes it fill its projector.
inline void placeOnScreen(QWidget& w, QScreen* s, QSize size = QSize(900, 600)) {
  w.setScreen(s);
  w.move(s->availableGeometry().topLeft());
  w.resize(size.boundedTo(s->availableGeometry().size()));
}

// Both lecture-hall tests: settings of their own (cleared), the English
// plural forms the app shows, and the four offscreen screens; false when
// the screens are missing.
inline constexpr const char* kScreensHint =
    "run with QT_QPA_PLATFORM=offscreen:configfile=tests/ui/offscreen-screens.json";
inline bool startLectureTests(const QString& organization) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(organization);
  QSettings().clear();
  fsui::installTranslators(*qApp, QStringLiteral("en"));
  return screenOfSize(QSize(1366, 768)) && screenOfSize(QSize(1024, 768)) &&
         screenOfSize(QSize(1536, 864)) && screenOfSize(QSize(1920, 1080));
}
// After each test: presenter mode off, settings cleared.
inline void endLectureTest() {
  fsui::Theme::instance().setPresenter(false);
  QSettings().clear();
}
} // namespace lecture
