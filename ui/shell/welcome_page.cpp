// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcome_page.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/shell/scenario_browser.h"

namespace fsui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("welcomePage"));
  auto* heading = new QLabel(
      tr("<h2>Welcome to Forkscope</h2><p>Watch NetBSD's <code>fork1()</code> run on a "
         "simulated multiprocessor, step by step, forwards and backwards. Pick a scenario to "
         "start: the beginner ones are a good first lecture.</p>"));
  heading->setWordWrap(true);
  heading->setTextFormat(Qt::RichText);

  browser_ = new ScenarioBrowser;
  browser_->setObjectName(QStringLiteral("welcomeBrowser"));
  connect(browser_, &ScenarioBrowser::scenarioChosen, this, &WelcomePage::openPathRequested);

  auto* recentTitle = new QLabel(tr("<b>Recent files</b>"));
  recent_ = new QListWidget;
  recent_->setObjectName(QStringLiteral("welcomeRecent"));
  connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* it) {
    const QString path = it->data(Qt::UserRole).toString();
    if (!path.isEmpty()) Q_EMIT openPathRequested(path);
  });
  auto* open = new QPushButton(tr("Open a Scenario or Trace..."));
  open->setObjectName(QStringLiteral("welcomeOpen"));
  connect(open, &QPushButton::clicked, this, &WelcomePage::openDialogRequested);
  templates_ = new QPushButton(tr("New Scenario from Template"));
  templates_->setObjectName(QStringLiteral("welcomeTemplates"));
  auto* manual = new QPushButton(tr("Read the Manual"));
  connect(manual, &QPushButton::clicked, this, &WelcomePage::manualRequested);
  auto* hint = new QLabel(tr("You can also drop a scenario or trace file onto the window."));
  hint->setWordWrap(true);

  auto* side = new QVBoxLayout;
  side->addWidget(recentTitle);
  side->addWidget(recent_, 1);
  side->addWidget(open);
  side->addWidget(templates_);
  side->addWidget(manual);
  side->addWidget(hint);
  auto* sideBox = new QWidget;
  sideBox->setLayout(side);
  sideBox->setMaximumWidth(380);

  auto* row = new QHBoxLayout;
  row->addWidget(browser_, 3);
  row->addWidget(sideBox, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 8, 16, 8);
  layout->addWidget(heading);
  layout->addLayout(row, 1);
}

void WelcomePage::setScenarioDirectory(const QString& dir) {
  browser_->setDirectory(dir);
  // The first lecture's scenario, not whatever sorts first (a challenge).
  browser_->selectPath(QDir(dir).absoluteFilePath(QStringLiteral("first-fork.json")));
}

void WelcomePage::setRecentFiles(const QStringList& paths) {
  recent_->clear();
  for (const QString& p : paths) {
    auto* it = new QListWidgetItem(QFileInfo(p).fileName(), recent_);
    it->setToolTip(p);
    it->setData(Qt::UserRole, p);
  }
  if (paths.isEmpty()) {
    auto* it = new QListWidgetItem(tr("(none yet)"), recent_);
    it->setFlags(Qt::NoItemFlags);
  }
}

void WelcomePage::setTemplateMenu(QMenu* menu) { templates_->setMenu(menu); }

} // namespace fsui
