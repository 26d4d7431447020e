// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: the process tree in the middle, every other view in a
// dock (layout saved with QSettings), the transport in the toolbar, and the
// File / Go / View / Scheduler menus. It wires views to the Session and owns
// nothing else: state comes from the session, one step at a time.
#pragma once
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include "ui/classroom/handout.h"
#include "ui/model/step_frame.h"
#include "ui/shell/app_actions.h"

class QDockWidget;
class QStackedWidget;
namespace fs {
struct KernelState;
}
class QLabel;
class QMenu;
class QSettings;

namespace fsui {

class ChangesView;
class EventLogView;
class ScenarioBrowser;
class ScenarioEditor;
class SummaryCharts;
class TimelineView;
class Session;
class ProcTreeView;
class CpuView;
class LockView;
class SourceView;
class KernForkView;
class NarrationView;
class TransportBar;
class QuizPanel;
class ChallengePanel;
class ProgramView;
class DockTitles;
class StatusFit;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  Session* session() const { return session_; }
  ProcTreeView* procTree() const { return procTree_; }
  CpuView* cpuView() const { return cpuView_; }
  LockView* lockView() const { return lockView_; }
  SourceView* sourceView() const { return sourceView_; }
  NarrationView* narrationView() const { return narration_; }
  QuizPanel* quizPanel() const { return quiz_; }
  ChallengePanel* challengePanel() const { return challenge_; }
  ProgramView* programView() const { return program_; }
  QLabel* stepLabel() const { return stepLabel_; }
  QLabel* outcomeLabel() const { return outcomeLabel_; }
  const AppActions& actions() const { return actions_; }
  // The last error shown to the user ("" when none since the last load).
  QString lastError() const { return lastError_; }
  QMessageBox* errorBox() const { return errorBox_; }
  // The handout of the step on screen (File > Export Handout).
  Handout handout() const;

  // Opens a scenario or trace file (or a bundled scenario name). With
  // synchronous=true the recording happens before this returns.
  void openPath(const QString& path, bool synchronous = false);
  void openKernForkFile(const QString& path);
  // Whether the window got its size and place from the last session.
  bool hasSavedGeometry() const { return restoredGeometry_; }
  void placeOnFirstLaunch();
  // Where File > Open starts: the bundled scenarios, then the last directory used.
  QString openDialogDirectory() const;
  ScenarioEditor* scenarioEditor() const { return editor_; }
  TimelineView* timelineView() const { return timeline_; }
  SummaryCharts* summaryCharts() const { return charts_; }
  KernForkView* kernForkView() const { return kernFork_; }
  QWidget* welcomePage() const { return welcome_; }
  // The scenario templates of File > New Scenario from Template.
  struct ScenarioTemplate {
    QString resource; // ":/templates/fork-wait.json"
    QString title;
  };
  static QList<ScenarioTemplate> scenarioTemplates();
  // The HTML of Help > Keyboard Shortcuts, built from the window's actions.
  QString shortcutsHtml() const;

  // Named layouts (View > Layouts), kept in QSettings with the window's
  // geometry and whether presenter mode was on.
  QStringList namedLayouts() const;
  void saveNamedLayout(const QString& name);
  bool restoreNamedLayout(const QString& name);
  // View > Reset Layout: the lecture layout in presenter mode, else the
  // default one; the quiz and challenge panels stay as they are.
  void resetLayout();
  // Presenter mode's layout for a projector: the tree in the middle, this
  // step's explanation and the step table on the left, every CPU and the
  // locks on the right (the timeline too when the screen is 900 px high).
  void applyLectureLayout();
  // --screenshot renders a window of any size, whatever the screen.
  void setConfinedToScreen(bool on) { confined_ = on; }

protected:
  void closeEvent(QCloseEvent* e) override;
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dropEvent(QDropEvent* e) override;
  void showEvent(QShowEvent* e) override;

private:
  void createViews();
  void createDocks();
  void createProgramDock(QDockWidget* stepTable); // main_window_program.cpp
  void createMenus();
  void createToolBar();
  void connectSession();
  void connectActions();
  QDockWidget* addDock(QWidget* w, const QString& title, const QString& name,
                       Qt::DockWidgetArea area, const QString& brief = {});
  StepFrame currentFrame() const;
  void refreshViews();
  void updateAccessibleText(const fs::KernelState& s);
  void setWelcomeMode(bool on);
  void applyDefaultDockSizes();
  void updateStatus();
  void showError(const QString& title, const QString& message);
  void addRecent(const QString& path);
  void rebuildRecentMenu();
  void settleMinimumSize();
  void restoreLayout();
  void saveLayout();
  // Layouts (main_window_layouts.cpp)
  QDockWidget* dockNamed(const char* name) const;
  void createLayoutsMenu(QMenu* view);
  void rebuildLayoutsMenu();
  void deleteNamedLayout(const QString& name);
  void restoreModeLayouts(QSettings& s);
  void saveModeLayouts(QSettings& s);
  void switchModeLayout(bool presenter);
  void defaultProportions();
  void lectureProportions();
  void fitCpuDock();
  void keepOnScreen();
  void polishTabBars();
  QRect availableArea() const;
  // Actions
  void openDialog();
  void saveTraceDialog();
  void exportChromeDialog();
  void exportViewDialog();
  void exportHandoutDialog();
  void openKernForkDialog();
  void goToStepDialog();
  void toggleBreakpointAtSelection();
  void setSchedulerMode(bool on);
  void runToBreakpoint();
  void showForkpyDialog();
  void showPanel(QWidget* panel);
  void hideSpoilers(bool hide);
  void fitQuizDock();
  void updateLiveTimeline();
  void placeChartsWindow(QDockWidget* charts);
  void editCurrentScenario();
  void newFromTemplate(const QString& resource);
  void showHelp(const QString& page = {});
  void showShortcuts();
  void showLicences();
  void updateWindowTitle(); // the scenario's title, hidden while a quiz question is open

  Session* session_;
  AppActions actions_;
  ProcTreeView* procTree_ = nullptr;
  CpuView* cpuView_ = nullptr;
  LockView* lockView_ = nullptr;
  SourceView* sourceView_ = nullptr;
  KernForkView* kernFork_ = nullptr;
  NarrationView* narration_ = nullptr;
  TimelineView* timeline_ = nullptr;
  SummaryCharts* charts_ = nullptr;
  EventLogView* eventLog_ = nullptr;
  ChangesView* changes_ = nullptr;
  ScenarioEditor* editor_ = nullptr;
  ScenarioBrowser* browser_ = nullptr;
  QWidget* welcome_ = nullptr;
  QStackedWidget* central_ = nullptr;
  TransportBar* transport_ = nullptr;
  QuizPanel* quiz_ = nullptr;
  ChallengePanel* challenge_ = nullptr;
  ProgramView* program_ = nullptr;
  QList<QDockWidget*> hiddenSpoilers_; // docks the quiz hid, to show again
  QList<QDockWidget*> docks_;
  DockTitles* dockTitles_ = nullptr; // short titles where the full ones do not fit
  QMenu* recentMenu_ = nullptr;
  QMenu* templateMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* tickLabel_ = nullptr;
  QLabel* outcomeLabel_ = nullptr;
  StatusFit* statusFit_ = nullptr; // the outcome's short form beside a long message
  QString lastError_;
  QString scenarioTitle_;
  QPointer<QMessageBox> errorBox_;
  QByteArray defaultLayout_;
  bool restoredLayout_ = false;
  bool restoredGeometry_ = false;
  bool welcomeMode_ = false;
  QByteArray welcomeState_;
  QList<QDockWidget*> hiddenForWelcome_;
  bool sized_ = false;
  QMenu* layoutsMenu_ = nullptr;
  QByteArray modeState_[2]; // the layout of normal [0] and presenter [1] mode
  bool confined_ = true;
  bool layoutReady_ = false;          // the saved layouts are restored
  bool lectureLayoutPending_ = false; // build it once the window has its size
};

} // namespace fsui
