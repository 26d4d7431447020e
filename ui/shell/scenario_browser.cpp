// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/scenario_browser.h"

#include <set>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/scenario/scenario_loader.h"
#include "ui/common/engine_text.h"
#include "ui/common/palette.h"

namespace fsui {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1; // index into entries_
}

ScenarioBrowser::ScenarioBrowser(QWidget* parent) : QWidget(parent) {
  search_ = new QLineEdit;
  search_->setPlaceholderText(tr("Filter by title, description, tag or file name"));
  search_->setClearButtonEnabled(true);
  tag_ = new QComboBox;
  list_ = new QListWidget;
  list_->setAlternatingRowColors(true);
  details_ = new QTextBrowser;
  details_->setOpenExternalLinks(true);
  open_ = new QPushButton(tr("Open"));
  open_->setDefault(true);
  open_->setEnabled(false);
  auto* rescan = new QPushButton(tr("Rescan"));

  auto* filters = new QHBoxLayout;
  filters->addWidget(search_, 1);
  filters->addWidget(tag_);
  auto* left = new QWidget;
  auto* ll = new QVBoxLayout(left);
  ll->setContentsMargins(0, 0, 0, 0);
  ll->addLayout(filters);
  ll->addWidget(list_, 1);
  auto* right = new QWidget;
  auto* rl = new QVBoxLayout(right);
  rl->setContentsMargins(0, 0, 0, 0);
  rl->addWidget(details_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(rescan);
  buttons->addStretch(1);
  buttons->addWidget(open_);
  rl->addLayout(buttons);
  auto* split = new QSplitter;
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 2);
  split->setSizes({320, 580});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(search_, &QLineEdit::textChanged, this, &ScenarioBrowser::applyFilter);
  connect(tag_, &QComboBox::currentIndexChanged, this, &ScenarioBrowser::applyFilter);
  connect(list_, &QListWidget::currentRowChanged, this, &ScenarioBrowser::showCurrent);
  connect(list_, &QListWidget::itemActivated, this, &ScenarioBrowser::chooseCurrent);
  connect(open_, &QPushButton::clicked, this, &ScenarioBrowser::chooseCurrent);
  connect(rescan, &QPushButton::clicked, this, &ScenarioBrowser::rescan);
}

void ScenarioBrowser::setDirectory(const QString& dir) {
  dir_ = dir;
  rescan();
}

void ScenarioBrowser::rescan() {
  const QString keep = selectedPath();
  entries_.clear();
  std::set<QString> tags;
  const QFileInfoList files = QDir(dir_).entryInfoList({QStringLiteral("*.json")},
                                                       QDir::Files | QDir::Readable, QDir::Name);
  for (const QFileInfo& fi : files) {
    Entry e;
    e.path = fi.absoluteFilePath();
    const fs::ScenarioLoad r = fs::load_scenario_file(e.path.toStdString());
    if (r.scenario) {
      e.title = fsui::scenarioText(r.scenario->title);
      e.description = fsui::scenarioText(r.scenario->description);
      for (const std::string& t : r.scenario->tags) e.tags << QString::fromStdString(t);
      for (const QString& t : e.tags) tags.insert(t);
    } else {
      e.title = fi.fileName();
      for (const fs::LoadError& err : r.errors) {
        if (!e.error.isEmpty()) e.error += QLatin1Char('\n');
        e.error += QString::fromStdString(err.str());
      }
    }
    entries_.push_back(e);
  }
  {
    const QSignalBlocker block(tag_);
    const QString current = tag_->currentData().toString();
    tag_->clear();
    tag_->addItem(tr("All tags"), QString());
    for (const QString& t : tags) tag_->addItem(t, t);
    tag_->setCurrentIndex(std::max(0, tag_->findData(current)));
  }
  applyFilter();
  if (!keep.isEmpty()) selectPath(keep);
}

void ScenarioBrowser::applyFilter() {
  const QString text = search_->text().trimmed();
  const QString tag = tag_->currentData().toString();
  const QString keep = selectedPath();
  const QSignalBlocker block(list_);
  list_->clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (!tag.isEmpty() && !e.tags.contains(tag)) continue;
    const QString file = QFileInfo(e.path).fileName();
    if (!text.isEmpty() && !e.title.contains(text, Qt::CaseInsensitive) &&
        !e.description.contains(text, Qt::CaseInsensitive) &&
        !file.contains(text, Qt::CaseInsensitive) &&
        !e.tags.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
      continue;
    auto* item = new QListWidgetItem(list_);
    if (e.error.isEmpty()) {
      item->setText(e.title);
      item->setToolTip(file);
    } else {
      item->setText(tr("%1 (invalid)").arg(file));
      item->setForeground(fsui::okabeIto(fsui::OkabeIto::Vermillion));
      item->setToolTip(e.error);
    }
    item->setData(kEntryRole, static_cast<int>(i));
  }
  if (!keep.isEmpty()) selectPath(keep);
  if (list_->currentRow() < 0 && list_->count() > 0) list_->setCurrentRow(0);
  showCurrent();
}

QString ScenarioBrowser::selectedPath() const {
  const QListWidgetItem* it = list_->currentItem();
  if (!it) return {};
  return entries_[static_cast<size_t>(it->data(kEntryRole).toInt())].path;
}

void ScenarioBrowser::selectPath(const QString& path) {
  for (int r = 0; r < list_->count(); ++r)
    if (entries_[static_cast<size_t>(list_->item(r)->data(kEntryRole).toInt())].path == path) {
      list_->setCurrentRow(r);
      return;
    }
}

void ScenarioBrowser::showCurrent() {
  const QListWidgetItem* it = list_->currentItem();
  open_->setEnabled(it != nullptr);
  if (!it) {
    details_->setMarkdown(entries_.empty() ? tr("No scenarios found in `%1`.").arg(dir_)
                                           : tr("No scenario matches the filter."));
    return;
  }
  const Entry& e = entries_[static_cast<size_t>(it->data(kEntryRole).toInt())];
  QString md = QStringLiteral("# %1\n\n").arg(e.title);
  if (!e.error.isEmpty()) {
    // The error is shown verbatim in a code block: it names file:line:col.
    md += tr("**This file is not a valid scenario.** Open it in the editor to fix it.") +
          QStringLiteral("\n\n```\n%1\n```\n").arg(e.error);
  } else {
    md += e.description + QStringLiteral("\n\n");
    if (!e.tags.isEmpty())
      md += tr("*Tags:* %1").arg(e.tags.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
  }
  md += QStringLiteral("`%1`").arg(QFileInfo(e.path).fileName());
  details_->setMarkdown(md);
}

void ScenarioBrowser::chooseCurrent() {
  const QString p = selectedPath();
  if (!p.isEmpty()) emit scenarioChosen(p);
}

} // namespace fsui
