// SPDX-License-Identifier: GPL-3.0-or-later
// The lecture hall (issue #11): presenter mode on a 1366x768 and a 1024x768
// projector, at each moment of docs/teaching-guide.md's three lectures. The
// window fits its screen; every CPU card, the first line of this step's
// explanation and the whole process tree are inside the visible area (not
// clipped, not under a scroll area's edge; a tree too big for 18-pixel text,
// a fork bomb's, is shown whole, smaller, and says so); no text in the
// visible views is under 18 pixels, and no CPU or tree card elides a text.
// At 1920x1080 the timeline's labels follow presenter mode too, and tree
// edges go round cards. The window around the lesson (titles, tabs, layouts,
// the quiz): test_lecture_window.cpp. The screens come from
// offscreen-screens.json (tests/ui/CMakeLists.txt).
#include "lecture_checks.h"

using namespace lecture;

class TestLectureLayout : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(startLectureTests(QStringLiteral("Forkscope-test-lecture")), kScreensHint);
  }
  void cleanup() { endLectureTest(); }

  // Each lecture moment of docs/teaching-guide.md, on both projectors.
  void lectureMomentsFit_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("readable"); // the whole tree fits at 18-pixel text
    struct Moment {
      const char* scenario;
      int step;
      bool readable; // at 1366x768
      bool readable1024 = readable;
    };
    const Moment moments[] = {
        {"first-fork", 3, true},
        {"first-fork", 8, true},
        {"first-fork", 40, true},
        {"first-fork", 45, true},
        {"first-fork", 55, true},
        {"first-fork", 67, true},
        {"first-fork", 80, true},
        {"vfork-exec", 60, true},
        {"vfork-exec", 65, true},
        {"vfork-exec", 72, true},
        {"vfork-exec", 85, true},
        {"vfork-exit", 60, true},
        // Three or more siblings side by side: wider than the middle of a
        // projector at 18 px. The tree fits as an outline instead.
        {"proc-lock-spin", 75, true},
        {"proc-lock-sleep", 75, true},
        // Wide trees of six and more processes. Eighteen fit a 1366-pixel
        // projector at 18 px (names only, in outline columns), not a 1024 one.
        {"orphans-zombies", 60, true},
        {"maxproc-storm", 200, true},
        {"fork-bomb-8cpu", 400, true, false},
        // Dozens of processes: the whole tree, smaller than 18 px, labelled.
        {"fork-bomb-8cpu", 3000, false},
    };
    for (const QSize size : {QSize(1366, 768), QSize(1024, 768)})
      for (const Moment& m : moments)
        QTest::addRow("%dx%d %s %d", size.width(), size.height(), m.scenario, m.step)
            << size << QString::fromLatin1(m.scenario) << m.step
            << (size.width() == 1024 ? m.readable1024 : m.readable);
  }

  void lectureMomentsFit() {
    QFETCH(QSize, screen);
    QFETCH(QString, scenario);
    QFETCH(int, step);
    QFETCH(bool, readable);
    QScreen* s = screenOfSize(screen);
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    placeOnScreen(w, s); // whatever it was: presenter mode fills the projector
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(scenario, true);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    w.session()->setStep(static_cast<quint64>(step));
    // The lecture layout settles over a few event-loop turns (the window's
    // new size, then the docks' proportions).
    QTRY_VERIFY(w.width() >= screen.width() * 9 / 10);
    QTest::qWait(150);
    const QString at = QStringLiteral("%1 step %2").arg(scenario).arg(step);

    // The window on its screen, filling it.
    QVERIFY2(s->availableGeometry().contains(w.frameGeometry()),
             qPrintable(at + QStringLiteral(": window %1,%2 %3x%4")
                                 .arg(w.frameGeometry().x())
                                 .arg(w.frameGeometry().y())
                                 .arg(w.frameGeometry().width())
                                 .arg(w.frameGeometry().height())));
    QVERIFY(w.width() >= screen.width() * 9 / 10);

    // Every CPU card.
    fsui::CpuView* cpus = w.cpuView();
    const QList<QRectF> lanes = cpus->laneRects();
    QCOMPARE(lanes.size(), qsizetype(w.session()->state().cpus.size()));
    for (int i = 0; i < lanes.size(); ++i)
      QVERIFY2(shown(cpus, lanes[i].toAlignedRect()),
               qPrintable(at + QStringLiteral(": CPU %1 card at %2,%3 in a %4x%5 view")
                                   .arg(i)
                                   .arg(lanes[i].x())
                                   .arg(lanes[i].y())
                                   .arg(cpus->width())
                                   .arg(cpus->height())));

    // The first line of this step's explanation, without scrolling.
    fsui::NarrationView* n = w.narrationView();
    QCOMPARE(n->verticalScrollBar()->value(), 0);
    const QString body = n->toPlainText();
    // The step's own explanation: its first line after the headline and the step line.
    QTextCursor c = n->document()->find(QStringLiteral("Step %1 of").arg(step));
    QVERIFY2(!c.isNull(), qPrintable(at));
    QTextBlock explanation = c.block().next();
    while (explanation.isValid() && explanation.text().trimmed().isEmpty())
      explanation = explanation.next();
    QVERIFY(explanation.isValid());
    QTextCursor first(explanation);
    first.movePosition(QTextCursor::EndOfBlock);
    // The line of text that explains the step: the last line of the step's paragraph
    // is reached only when the explanation starts inside the view.
    QTextCursor start(explanation);
    const QRect firstLine = n->cursorRect(start).united(n->cursorRect(start));
    QVERIFY2(n->viewport()->rect().contains(firstLine) && shown(n->viewport(), firstLine),
             qPrintable(at +
                        QStringLiteral(": explanation at y=%1 in a %2 px view: ")
                            .arg(firstLine.y())
                            .arg(n->viewport()->height()) +
                        explanation.text().left(60)));
    Q_UNUSED(body);
    // Wrapped at word boundaries only: no name broken mid-word ("trace_chec" / "k").
    n->document()->setTextWidth(n->viewport()->width());
    for (QTextBlock b = n->document()->begin(); b.isValid(); b = b.next()) {
      QTextLayout* layout = b.layout();
      const QString text = b.text();
      auto wordChar = [](QChar ch) { return ch.isLetterOrNumber() || ch == QLatin1Char('_'); };
      for (int i = 1; layout && i < layout->lineCount(); ++i) {
        const int at0 = layout->lineAt(i).textStart();
        QVERIFY2(at0 <= 0 || at0 >= text.size() || !wordChar(text[at0 - 1]) || !wordChar(text[at0]),
                 qPrintable(at + QStringLiteral(": the narration breaks '%1|%2'")
                                     .arg(text.mid(std::max(0, at0 - 12), std::min(12, at0)),
                                          text.mid(at0, 12))));
      }
    }

    // The whole tree, at 18-pixel text or (a fork bomb) smaller and labelled.
    fsui::ProcTreeView* tree = w.procTree();
    QVERIFY(tree->isVisible());
    const qreal scale = tree->transform().m11();
    const int live = static_cast<int>(tree->liveNodes().size());
    qInfo("%s: %d processes, %s%s, scale %.2f", qPrintable(at), live,
          tree->arrangement() == fsui::ProcTreeView::Arrangement::Outline ? "outline" : "top-down",
          tree->liveNodes().front()->namesOnly() ? " (names only)" : "", scale);
    if (readable) {
      QVERIFY2(scale >= fsui::ProcTreeView::minimumScale() - 1e-6 && !tree->overview(),
               qPrintable(at + QStringLiteral(": %1 processes at scale %2").arg(live).arg(scale)));
      QVERIFY(!tree->overviewNote()->isVisible());
    } else {
      QVERIFY2(tree->overview(), qPrintable(at));
      QLabel* note = tree->overviewNote();
      QVERIFY(note->isVisible() && note->text().contains(QStringLiteral("Whole tree")));
      QVERIFY(shown(note, note->rect()));
    }
    auto cardRect = [&](fsui::ProcNodeItem* node) {
      return tree->mapFromScene(node->mapRectToScene(node->boundingRect())).boundingRect();
    };
    QRect all;
    for (fsui::ProcNodeItem* node : tree->liveNodes()) all |= cardRect(node);
    QVERIFY2(tree->viewport()->rect().contains(all) && shown(tree->viewport(), all),
             qPrintable(at + QStringLiteral(": %1 cards in %2,%3 %4x%5, a %6x%7 view")
                                 .arg(live)
                                 .arg(all.x())
                                 .arg(all.y())
                                 .arg(all.width())
                                 .arg(all.height())
                                 .arg(tree->viewport()->width())
                                 .arg(tree->viewport()->height())));
    if (!readable) { // the note under the tree, not over it
      const int noteTop = tree->overviewNote()->geometry().top() - tree->viewport()->y();
      QVERIFY2(
          all.bottom() < noteTop,
          qPrintable(
              at +
              QStringLiteral(": tree down to %1, note from %2").arg(all.bottom()).arg(noteTop)));
    }

    // Every CPU and tree card says what it says whole: nothing elided.
    w.grab(); // paints every view as the projector shows it
    for (const fsui::CpuView::DrawnText& t : cpus->drawnTexts())
      QVERIFY2(!t.elided,
               qPrintable(at + QStringLiteral(": CPU %1 card: %2").arg(t.cpu).arg(t.text)));
    QVERIFY(!cpus->drawnTexts().isEmpty());
    for (fsui::ProcNodeItem* node : tree->liveNodes()) {
      if (!readable) { // too small for 18-pixel text: shapes and colours, no text
        QVERIFY2(
            node->shapeOnly() && node->drawnTexts().isEmpty(),
            qPrintable(at +
                       QStringLiteral(": card %1 draws text in the overview").arg(node->label())));
        continue;
      }
      QVERIFY2(!node->drawnTexts().isEmpty(), qPrintable(at + node->label()));
      for (const fsui::ProcNodeItem::DrawnText& t : node->drawnTexts())
        QVERIFY2(!t.elided,
                 qPrintable(at + QStringLiteral(": card %1: %2").arg(node->label(), t.text)));
    }
    if (!readable) { // the process that just ran, named readably beside its card
      QLabel* label = tree->overviewLabel();
      QVERIFY2(label->isVisible() && shown(label, label->rect()), qPrintable(at));
      bool names = false;
      for (fsui::ProcNodeItem* node : tree->liveNodes())
        names = names || label->text().startsWith(node->label());
      QVERIFY2(names, qPrintable(at + QStringLiteral(": label '%1'").arg(label->text())));
      // ...and covering no card, its own or a neighbour's.
      const QRect onScreen(label->mapToGlobal(QPoint(0, 0)), label->size());
      for (fsui::ProcNodeItem* node : tree->liveNodes()) {
        const QRect card =
            tree->mapFromScene(node->sceneBoundingRect()).boundingRect().adjusted(2, 2, -2, -2);
        const QRect cardOnScreen(tree->viewport()->mapToGlobal(card.topLeft()), card.size());
        QVERIFY2(!onScreen.intersects(cardOnScreen),
                 qPrintable(at + QStringLiteral(": label '%1' covers card %2")
                                     .arg(label->text(), node->label())));
      }
    }
    // Edges run in the gaps between cards, never across one.
    const QStringList crossings = edgesAcrossCards(tree);
    QVERIFY2(crossings.isEmpty(), qPrintable(at + QStringLiteral(": ") + crossings.join("; ")));
    // The lock table is on screen too.
    QVERIFY2(w.lockView()->isVisible() && !w.lockView()->visibleRegion().isEmpty(), qPrintable(at));
    // The step table (the tab in front) shows the step the narration explains:
    // its row in view and its line and name whole, with no hunting or
    // scrolling sideways.
    if (fsui::SourceView* sv = w.sourceView(); sv->isVisible()) {
      QTreeWidgetItem* row = sv->followedItem();
      QVERIFY2(row, qPrintable(at + QStringLiteral(": the step table follows no row")));
      const QRect r = sv->visualItemRect(row);
      QVERIFY2(sv->viewport()->rect().contains(QRect(0, r.top(), 1, r.height())),
               qPrintable(at + QStringLiteral(": step row at y %1 in a %2-pixel table")
                                   .arg(r.top())
                                   .arg(sv->viewport()->height())));
      const QFontMetrics fm(row->font(2));
      const int right =
          sv->header()->sectionViewportPosition(2) + fm.horizontalAdvance(row->text(2));
      QVERIFY2(right <= sv->viewport()->width(),
               qPrintable(at + QStringLiteral(": step '%1' ends at x %2 of %3")
                                   .arg(row->text(2))
                                   .arg(right)
                                   .arg(sv->viewport()->width())));
    }

    // No text under 18 px.
    const QStringList small = smallFonts(w);
    QVERIFY2(small.isEmpty(),
             qPrintable(at + QStringLiteral(": ") + small.join(QStringLiteral("; "))));
    // Tree cards: the smallest card text times the zoom.
    const qreal cardPx =
        fsui::ProcNodeItem::badgePointSize() * scale * s->logicalDotsPerInchY() / 72;
    QVERIFY2(!readable || cardPx >= fsui::Theme::kPresenterMinPixels - 0.01,
             qPrintable(at + QStringLiteral(": card text %1 px").arg(cardPx)));

    shot(w, QStringLiteral("lecture-%1x%2-%3-%4.png")
                .arg(screen.width())
                .arg(screen.height())
                .arg(scenario)
                .arg(step));
  }

  // The outline's edges between columns, routed through the gaps: a root's
  // edge to a child two columns on passes a taller card and a second root
  // in the column between, and goes round them (the straight route along
  // the gap under the root's row went through both).
  void outlineEdgesGoRoundCards() {
    const QRectF root(0, 0, 100, 30);
    const QVector<QRectF> cards = {root,
                                   QRectF(0, 44, 100, 30),    // column 0, a child of the root
                                   QRectF(124, 0, 100, 60),   // column 1: a second root, taller
                                   QRectF(152, 74, 100, 30),  // its child
                                   QRectF(276, 0, 100, 30),   // column 2: a child of the first root
                                   QRectF(276, 44, 100, 30)}; // and another
    const QVector<fsui::OutlineColumn> columns = fsui::outlineColumns(cards);
    QCOMPARE(columns.size(), 3);
    auto crosses = [&](const QPainterPath& path, const QRectF& from, const QRectF& to) {
      for (const QPolygonF& poly : path.toSubpathPolygons())
        for (int i = 1; i < poly.size(); ++i) {
          const QLineF seg(poly[i - 1], poly[i]);
          for (int k = 0; k <= 100; ++k)
            for (const QRectF& c : cards)
              if (c != from && c != to && c.adjusted(1, 1, -1, -1).contains(seg.pointAt(k / 100.0)))
                return true;
        }
      return false;
    };
    for (const QRectF& child : {cards[4], cards[5], cards[3]}) {
      const QRectF& parent = child == cards[3] ? cards[2] : root;
      const QPointF a(parent.left() + 14, parent.bottom());
      const QPainterPath path = fsui::routeOutlineEdge(a, parent, child, 28, 14, columns);
      QVERIFY2(
          !crosses(path, parent, child),
          qPrintable(QStringLiteral("edge to the card at %1,%2").arg(child.x()).arg(child.y())));
      QCOMPARE(path.currentPosition(), QPointF(child.left(), child.center().y()));
      QCOMPARE(QPointF(path.elementAt(0)), a);
    }
    // The old route, straight along the gap under the root's row, crossed the taller card.
    QPainterPath straight(QPointF(14, 30));
    straight.lineTo(14, 37);
    straight.lineTo(276 - 14, 37);
    QVERIFY(crosses(straight, root, cards[4]));
  }

  // At 1920x1080 the lecture layout has room for the timeline: its tick
  // labels, lane names (eight CPUs and the locks), titles and legend are 18
  // px or more, as everything else in presenter mode.
  void timelineLabelsFollowPresenterMode() {
    QScreen* s = screenOfSize(QSize(1920, 1080));
    QVERIFY(s);
    fsui::Theme::instance().setPresenter(true);
    MainWindow w;
    placeOnScreen(w, s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(QStringLiteral("fork-bomb-8cpu"), true);
    w.session()->setStep(3000);
    QTRY_VERIFY(w.width() >= 1920 * 9 / 10);
    QTest::qWait(150);
    auto* timeline = w.findChild<fsui::TimelineView*>();
    QVERIFY(timeline);
    QVERIFY2(timeline->isVisible() && !timeline->visibleRegion().isEmpty(),
             "the lecture layout shows the timeline at 1080 pixels");
    const auto labels = timeline->labelFonts();
    QVERIFY(labels.size() >= 5);
    for (const auto& [what, font] : labels) {
      const int px = QFontInfo(font).pixelSize();
      QVERIFY2(px >= fsui::Theme::kPresenterMinPixels,
               qPrintable(QStringLiteral("%1: %2 px").arg(what).arg(px)));
    }
    QVERIFY(smallFonts(w).isEmpty());
    shot(w, QStringLiteral("lecture-1920x1080-timeline.png"));
  }
};

QTEST_MAIN(TestLectureLayout)
#include "test_lecture_layout.moc"
