// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: where the docks go. Each mode keeps its own layout: normal
// mode the one the user arranged, presenter mode the lecture layout built for
// a 1366x768 or 1024x768 projector (the tree, every CPU, the lock table and
// this step's explanation at once, nothing under 18 px) unless the teacher
// rearranged it. Both, the mode itself and any named layouts are kept in
// QSettings. The window never grows past its screen.
#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>

#include "ui/classroom/quiz_panel.h"
#include "ui/common/theme.h"
#include "ui/model/session.h"
#include "ui/shell/main_window.h"
#include "ui/shell/tab_bar_polish.h"
#include "ui/views/cpu_view.h"
#include "ui/views/kern_fork_view.h"

namespace fsui {

namespace {
const QString kLayoutsGroup = QStringLiteral("layouts");
int modeIndex(bool presenter) { return presenter ? 1 : 0; }
} // namespace

QDockWidget* MainWindow::dockNamed(const char* name) const {
  return findChild<QDockWidget*>(QLatin1String(name));
}

void MainWindow::createLayoutsMenu(QMenu* view) {
  layoutsMenu_ = view->addMenu(tr("La&youts"));
  layoutsMenu_->setObjectName(QStringLiteral("layoutsMenu"));
  rebuildLayoutsMenu();
}

QStringList MainWindow::namedLayouts() const {
  QSettings s;
  s.beginGroup(kLayoutsGroup);
  QStringList names = s.childGroups();
  s.endGroup();
  // The names as typed (QSettings keys cannot hold every character).
  QStringList out;
  for (const QString& key : std::as_const(names))
    out << QSettings()
               .value(kLayoutsGroup + QLatin1Char('/') + key + QStringLiteral("/name"), key)
               .toString();
  out.sort(Qt::CaseInsensitive);
  return out;
}

namespace {
QString layoutKey(const QString& name) {
  return kLayoutsGroup + QLatin1Char('/') +
         QString::fromLatin1(name.toUtf8().toHex()); // any name, a safe key
}
} // namespace

void MainWindow::rebuildLayoutsMenu() {
  layoutsMenu_->clear();
  QAction* save = layoutsMenu_->addAction(tr("&Save Current As..."));
  connect(save, &QAction::triggered, this, [this] {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Layout"), tr("Name of this layout:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) saveNamedLayout(name);
  });
  const QStringList names = namedLayouts();
  layoutsMenu_->addSeparator();
  if (names.isEmpty()) layoutsMenu_->addAction(tr("(no saved layouts)"))->setEnabled(false);
  for (const QString& n : names)
    connect(layoutsMenu_->addAction(n), &QAction::triggered, this,
            [this, n] { restoreNamedLayout(n); });
  layoutsMenu_->addSeparator();
  QMenu* del = layoutsMenu_->addMenu(tr("&Delete"));
  del->setEnabled(!names.isEmpty());
  for (const QString& n : names)
    connect(del->addAction(n), &QAction::triggered, this, [this, n] { deleteNamedLayout(n); });
}

void MainWindow::saveNamedLayout(const QString& name) {
  QSettings s;
  const QString key = layoutKey(name);
  s.setValue(key + QStringLiteral("/name"), name);
  s.setValue(key + QStringLiteral("/state"), saveState());
  s.setValue(key + QStringLiteral("/geometry"), saveGeometry());
  s.setValue(key + QStringLiteral("/presenter"), actions_.presenter->isChecked());
  rebuildLayoutsMenu();
  statusBar()->showMessage(tr("Layout \"%1\" saved (View > Layouts).").arg(name), 5000);
}

bool MainWindow::restoreNamedLayout(const QString& name) {
  QSettings s;
  const QString key = layoutKey(name);
  const QByteArray state = s.value(key + QStringLiteral("/state")).toByteArray();
  if (state.isEmpty()) return false;
  // A layout saved in presenter mode brings presenter mode back with it.
  const bool presenter = s.value(key + QStringLiteral("/presenter"), false).toBool();
  if (presenter != actions_.presenter->isChecked()) actions_.presenter->setChecked(presenter);
  restoreGeometry(s.value(key + QStringLiteral("/geometry")).toByteArray());
  restoreState(state);
  keepOnScreen();
  polishTabBars();
  return true;
}

void MainWindow::deleteNamedLayout(const QString& name) {
  QSettings().remove(layoutKey(name));
  rebuildLayoutsMenu();
}

// The screen the window is on, less panels and task bars.
QRect MainWindow::availableArea() const {
  const QScreen* s = screen();
  return s ? s->availableGeometry() : QRect(0, 0, 1366, 768);
}

void MainWindow::keepOnScreen() {
  if (!confined_) return;
  const QRect avail = availableArea();
  const QRect frame = frameGeometry();
  const QSize margins = frame.size() - size(); // title bar and borders
  const QSize fit(std::min(width(), avail.width() - margins.width()),
                  std::min(height(), avail.height() - margins.height()));
  if (fit != size()) resize(fit);
  QRect f = frameGeometry();
  if (!avail.contains(f)) {
    f.moveLeft(
        std::clamp(f.left(), avail.left(), std::max(avail.left(), avail.right() - f.width())));
    f.moveTop(std::clamp(f.top(), avail.top(), std::max(avail.top(), avail.bottom() - f.height())));
    move(f.topLeft());
  }
}

// Tabs of tabified docks: whole labels, with scroll buttons (tab_bar_polish.h).
void MainWindow::polishTabBars() { keepTabLabelsWhole(this); }

// Presenter mode on or off: each mode comes back with its own layout.
void MainWindow::switchModeLayout(bool presenter) {
  if (!layoutReady_) return; // the constructor restores the saved layouts itself
  modeState_[modeIndex(!presenter)] = saveState();
  const QByteArray& next = modeState_[modeIndex(presenter)];
  if (presenter && next.isEmpty()) {
    lectureLayoutPending_ = true;
    if (isVisible()) QTimer::singleShot(0, this, &MainWindow::applyLectureLayout);
  } else if (!next.isEmpty()) {
    restoreState(next);
  } else {
    resetLayout();
  }
  keepOnScreen();
  polishTabBars();
}

void MainWindow::resetLayout() {
  if (actions_.presenter->isChecked()) return applyLectureLayout();
  // The classroom panels stay as they are: a reset must not open a quiz.
  QDockWidget* quiz = dockNamed("quizDock");
  QDockWidget* challenge = dockNamed("challengeDock");
  const bool quizOn = quiz->isVisible(), challengeOn = challenge->isVisible();
  restoreState(defaultLayout_); // the summary charts, quiz and challenge start hidden there
  quiz->setVisible(quizOn);
  challenge->setVisible(challengeOn);
  keepOnScreen();
  sized_ = false; // the default proportions again
  restoredLayout_ = false;
  defaultProportions();
  polishTabBars();
}

void MainWindow::applyLectureLayout() {
  lectureLayoutPending_ = false;
  QDockWidget* narration = dockNamed("narrationDock");
  QDockWidget* source = dockNamed("sourceDock");
  QDockWidget* kern = dockNamed("kernForkDock");
  QDockWidget* browser = dockNamed("browserDock");
  QDockWidget* editor = dockNamed("editorDock");
  QDockWidget* cpu = dockNamed("cpuDock");
  QDockWidget* locks = dockNamed("lockDock");
  QDockWidget* changes = dockNamed("changesDock");
  QDockWidget* timeline = dockNamed("timelineDock");
  QDockWidget* events = dockNamed("eventLogDock");
  QDockWidget* charts = dockNamed("chartsDock");
  QDockWidget* quiz = dockNamed("quizDock");
  QDockWidget* challenge = dockNamed("challengeDock");
  QDockWidget* program = dockNamed("programDock");
  const bool quizOn = quiz->isVisible(), challengeOn = challenge->isVisible();
  const bool spoilersHidden = !hiddenSpoilers_.isEmpty(); // a quiz question is open
  for (QDockWidget* d : std::as_const(docks_)) d->setFloating(false);
  // A projector's whole screen: the lecture needs every pixel of it.
  if (confined_ && isVisible() && !isMaximized() && !isFullScreen()) {
    const QRect avail = availableArea();
    const QSize margins = frameGeometry().size() - size();
    resize(avail.size() - margins);
    move(avail.topLeft());
  }
  keepOnScreen();
  const int h = height();
  // On a 768-pixel projector every row counts: the timeline (one click
  // away under View) only joins the layout when there is room for it.
  const bool roomForTimeline = h >= 900;

  // Left column: this step's explanation above the step table and kern_fork.c.
  addDockWidget(Qt::LeftDockWidgetArea, narration);
  splitDockWidget(narration, source, Qt::Vertical);
  // The process's own program: the tab beside the step table (no row to spare).
  tabifyDockWidget(source, program);
  tabifyDockWidget(program, browser);
  tabifyDockWidget(browser, editor);
  tabifyDockWidget(narration, quiz);
  tabifyDockWidget(quiz, challenge);
  // Right column: every CPU above the locks.
  addDockWidget(Qt::RightDockWidgetArea, cpu);
  splitDockWidget(cpu, locks, Qt::Vertical);
  tabifyDockWidget(locks, changes);
  // kern_fork.c is a third tab beside the step table; a 1024-pixel
  // projector's side column has room for two whole tabs only, so there it is
  // the tab beside the locks (the text columns are as narrow either way).
  const bool narrow = availableArea().width() < 1200;
  tabifyDockWidget(narrow ? changes : editor, kern);
  // Under the tree: the timeline, with the log and charts behind it.
  addDockWidget(Qt::BottomDockWidgetArea, timeline);
  tabifyDockWidget(timeline, events);
  tabifyDockWidget(events, charts);

  for (QDockWidget* d : {narration, source, kern, cpu, locks, program}) d->show();
  for (QDockWidget* d : {browser, editor, changes, events, charts}) d->hide();
  timeline->setVisible(roomForTimeline && !spoilersHidden);
  quiz->setVisible(quizOn);
  challenge->setVisible(challengeOn);
  if (narrow) {
    source->raise();
    locks->raise(); // the lock table is half the lesson: never hidden behind the source
  } else {
    (kernFork_->hasFile() ? kern : source)->raise();
  }
  timeline->raise();
  (quizOn ? quiz : challengeOn ? challenge : narration)->raise();
  lectureProportions();
  // Again once the window has taken its new size (a resize is applied later).
  QTimer::singleShot(0, this, &MainWindow::lectureProportions);
}

void MainWindow::lectureProportions() {
  if (!actions_.presenter->isChecked()) return;
  QDockWidget* narration = dockNamed("narrationDock");
  QDockWidget* source = dockNamed("sourceDock");
  QDockWidget* cpu = dockNamed("cpuDock");
  QDockWidget* locks = dockNamed("lockDock");
  QDockWidget* timeline = dockNamed("timelineDock");
  const int w = width(), h = height();

  // The tree gets the middle; the side columns as much as their text needs.
  const int side = w < 1200 ? w * 31 / 100 : w * 29 / 100;
  resizeDocks({narration, cpu}, {side, side * 95 / 100}, Qt::Horizontal);
  resizeDocks({narration, source}, {h * 60 / 100, h * 40 / 100}, Qt::Vertical);
  Q_UNUSED(cpu);
  Q_UNUSED(locks);
  fitCpuDock();
  if (timeline->isVisible()) resizeDocks({timeline}, {h * 26 / 100}, Qt::Vertical);
  fitQuizDock(); // a quiz in progress keeps the room its page needs
  keepOnScreen();
  polishTabBars();
}

// The CPU cards as tall as full cards want (they shrink to fit otherwise),
// but the lock table below them keeps at least 40% of the column.
void MainWindow::fitCpuDock() {
  QDockWidget* cpu = dockNamed("cpuDock");
  QDockWidget* locks = dockNamed("lockDock");
  if (!cpu->isVisible() || !locks->isVisible() || cpu->isFloating() || locks->isFloating() ||
      dockWidgetArea(cpu) != dockWidgetArea(locks))
    return;
  const int cpus = std::max<int>(2, static_cast<int>(session_->state().cpus.size()));
  const int column = cpu->height() + locks->height();
  const int want = std::min(cpuView_->heightFor(cpus, 3) + (cpu->height() - cpuView_->height()),
                            column * 60 / 100);
  resizeDocks({cpu, locks}, {want, column - want}, Qt::Vertical);
}

void MainWindow::defaultProportions() {
  if (sized_) return;
  sized_ = true;
  if (restoredLayout_) return;
  if (actions_.presenter->isChecked() || lectureLayoutPending_) {
    applyLectureLayout();
    return;
  }
  // Default proportions, once the window has its real size: the tree gets
  // the middle, the narration most of the right column.
  const int w = width(), h = height();
  resizeDocks({dockNamed("sourceDock"), dockNamed("narrationDock")}, {w * 26 / 100, w * 30 / 100},
              Qt::Horizontal);
  resizeDocks({dockNamed("narrationDock"), dockNamed("cpuDock"), dockNamed("lockDock")},
              {h * 42 / 100, h * 20 / 100, h * 30 / 100}, Qt::Vertical);
  resizeDocks({dockNamed("timelineDock")}, {h * 36 / 100}, Qt::Vertical);
}

void MainWindow::restoreModeLayouts(QSettings& s) {
  modeState_[0] = s.value(QStringLiteral("window/state")).toByteArray();
  modeState_[1] = s.value(QStringLiteral("window/presenterState")).toByteArray();
  const bool presenter = s.value(QStringLiteral("view/presenter"), false).toBool() ||
                         Theme::instance().presenter(); // --presenter
  restoredGeometry_ = restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
  const QByteArray& state = modeState_[modeIndex(presenter)];
  restoredLayout_ = !state.isEmpty() && restoreState(state);
  if (presenter) {
    lectureLayoutPending_ = !restoredLayout_;
    actions_.presenter->setChecked(true);
  }
  layoutReady_ = true;
}

void MainWindow::saveModeLayouts(QSettings& s) {
  // While the welcome page is up the docks are hidden: keep the layout they had.
  modeState_[modeIndex(actions_.presenter->isChecked())] =
      welcomeMode_ ? welcomeState_ : saveState();
  s.setValue(QStringLiteral("window/geometry"), saveGeometry());
  s.setValue(QStringLiteral("window/state"), modeState_[0]);
  s.setValue(QStringLiteral("window/presenterState"), modeState_[1]);
  s.setValue(QStringLiteral("view/presenter"), actions_.presenter->isChecked());
}

} // namespace fsui
