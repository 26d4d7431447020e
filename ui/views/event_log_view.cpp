// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/event_log_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/views/event_log_model.h"

namespace fsui {

EventLogView::EventLogView(QWidget* parent) : QWidget(parent), model_(new EventLogModel(this)) {
  kind_ = new QComboBox;
  kind_->addItem(tr("All kinds"), -1);
  for (int k = 0; k <= static_cast<int>(fs::EventKind::Note); ++k)
    kind_->addItem(EventLogModel::kindName(static_cast<fs::EventKind>(k)), k);
  cpu_ = new QComboBox;
  // Both combos as wide as a short entry, not their longest one: the filter
  // row's minimum width is the dock's, and the window must fit a projector.
  kind_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  kind_->setMinimumContentsLength(8);
  cpu_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  cpu_->setMinimumContentsLength(6);
  pid_ = new QLineEdit;
  pid_->setPlaceholderText(tr("pid"));
  pid_->setValidator(new QIntValidator(-1, 1 << 30, pid_));
  pid_->setMaximumWidth(80);
  pid_->setClearButtonEnabled(true);
  text_ = new QLineEdit;
  text_->setPlaceholderText(tr("Search details, e.g. proc_lock or fork1:516"));
  text_->setClearButtonEnabled(true);
  status_ = new QLabel;

  auto* bar = new QHBoxLayout;
  bar->addWidget(kind_);
  bar->addWidget(cpu_);
  bar->addWidget(pid_);
  bar->addWidget(text_, 1);

  table_ = new QTableView;
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  // Fixed row heights: with a million rows, per-row size hints would make
  // every scroll query the model.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);
  const int w = table_->fontMetrics().horizontalAdvance(QStringLiteral("0000000"));
  for (int c = 0; c < EventLogModel::DetailsColumn; ++c) table_->setColumnWidth(c, w);
  int kindWidth = 0; // the widest kind name, in the language shown
  for (int k = 0; k <= static_cast<int>(fs::EventKind::Note); ++k)
    kindWidth = std::max(kindWidth, table_->fontMetrics().horizontalAdvance(
                                        EventLogModel::kindName(static_cast<fs::EventKind>(k))));
  table_->setColumnWidth(EventLogModel::KindColumn, kindWidth + 16);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(table_, 1);
  // The count under the table rather than in the filter row, which sets the
  // dock's minimum width (a projector's window is 1366 pixels wide).
  layout->addWidget(status_, 0, Qt::AlignRight);

  textDebounce_.setSingleShot(true);
  textDebounce_.setInterval(250);
  connect(&textDebounce_, &QTimer::timeout, this, &EventLogView::applyFilter);
  connect(text_, &QLineEdit::textChanged, &textDebounce_, qOverload<>(&QTimer::start));
  connect(pid_, &QLineEdit::textChanged, this, &EventLogView::applyFilter);
  connect(kind_, &QComboBox::currentIndexChanged, this, &EventLogView::applyFilter);
  connect(cpu_, &QComboBox::currentIndexChanged, this, &EventLogView::applyFilter);
  connect(model_, &EventLogModel::filterProgress, this,
          [this](int p) { status_->setText(tr("filtering... %1%").arg(p)); });
  connect(model_, &EventLogModel::filterFinished, this, [this] {
    status_->setText(tr("%n event(s)", nullptr, model_->rowCount()));
    scrollToStep();
  });
  // The model is never made current programmatically, so any change of the
  // current row is the user's (mouse or keyboard).
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& cur) {
            if (!cur.isValid() || !model_->timeline()) return;
            const uint32_t seq = model_->seqAt(cur.row());
            emit stepRequested(EventLogModel::stepOfEvent(model_->timeline()->trace(), seq));
          });
}

void EventLogView::setTimeline(std::shared_ptr<const fs::Timeline> t) {
  const int cpus = t ? t->scenario().machine.cpus : 0;
  {
    const QSignalBlocker block(cpu_);
    cpu_->clear();
    cpu_->addItem(tr("All CPUs"), -2);
    cpu_->addItem(tr("No CPU"), -1);
    for (int c = 0; c < cpus; ++c) cpu_->addItem(tr("CPU %1").arg(c), c);
  }
  model_->setTimeline(std::move(t));
  applyFilter();
}

void EventLogView::applyFilter() {
  EventLogModel::Filter f;
  if (const int k = kind_->currentData().toInt(); k >= 0) f.kind = static_cast<fs::EventKind>(k);
  if (const int c = cpu_->currentData().toInt(); cpu_->currentIndex() > 0) f.cpu = c;
  bool ok = false;
  const int pid = pid_->text().toInt(&ok);
  if (ok) f.pid = pid;
  f.text = text_->text().trimmed();
  model_->setFilter(f);
}

void EventLogView::setStep(quint64 step) {
  step_ = step;
  model_->setCurrentStep(step);
  scrollToStep();
}

void EventLogView::scrollToStep() {
  if (!model_->timeline()) return;
  const auto [first, last] = model_->timeline()->events_of_step(step_);
  if (first >= last) return;
  const int row = model_->firstRowAtOrAfter(first);
  if (row < 0 || model_->seqAt(row) >= last) return; // the filter hides this step's events
  table_->scrollTo(model_->index(row, 0), QAbstractItemView::EnsureVisible);
}

} // namespace fsui
