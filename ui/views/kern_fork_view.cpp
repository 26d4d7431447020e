// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/kern_fork_view.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>
#include <cstring>

#include "core/state/step_table.h"
#include "ui/common/kstate_text.h"
#include "ui/common/state_colors.h"
#include "ui/common/theme.h"

namespace fsui {

KernForkEditor::KernForkEditor(QWidget* parent) : CodeEdit(parent) {
  setReadOnly(true);
  setLineWrapMode(QPlainTextEdit::NoWrap);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void KernForkEditor::setCpuLines(const QHash<int, QList<int>>& lineToCpus, int focusLine) {
  cpuLines_ = lineToCpus;
  focusLine_ = focusLine;
  updateHighlights();
}

QList<int> KernForkEditor::highlightedLines() const {
  QList<int> lines = cpuLines_.keys();
  std::sort(lines.begin(), lines.end());
  return lines;
}

void KernForkEditor::updateHighlights() {
  QList<QTextEdit::ExtraSelection> sels;
  int firstLine = -1;
  for (auto it = cpuLines_.begin(); it != cpuLines_.end(); ++it) {
    QTextEdit::ExtraSelection sel;
    QColor c = cpuColor(it.value().first());
    c.setAlpha(Theme::instance().dark() ? 140 : 90);
    sel.format.setBackground(c);
    sel.format.setProperty(QTextFormat::FullWidthSelection, true);
    const QTextBlock b = document()->findBlockByNumber(it.key() - 1);
    if (!b.isValid()) continue;
    sel.cursor = QTextCursor(b);
    sels.push_back(sel);
    if (firstLine < 0 || it.key() < firstLine) firstLine = it.key();
  }
  setExtraSelections(sels);
  const int centre = focusLine_ < 0 ? firstLine : focusLine_;
  if (centre > 0) {
    QTextCursor c(document()->findBlockByNumber(centre - 1));
    setTextCursor(c);
    centerCursor();
  }
}

KernForkView::KernForkView(QWidget* parent)
    : QWidget(parent), editor_(new KernForkEditor(this)), banner_(new QLabel(this)) {
  setObjectName(QStringLiteral("kernForkView"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  banner_->setObjectName(QStringLiteral("banner"));
  banner_->setWordWrap(true);
  banner_->hide();
  layout->addWidget(banner_);
  stack_ = new QStackedWidget(this);
  stack_->addWidget(makeHowToPage());
  stack_->addWidget(editor_);
  layout->addWidget(stack_, 1);
  // The file can be dropped anywhere on the view (the read-only text takes no drops itself).
  setAcceptDrops(true);
  connect(editor_, &KernForkEditor::gutterClicked, this, [this](int line) {
    Q_EMIT toggleBreakpointRequested(Breakpoint{Breakpoint::Kind::SourceLine, line, {}, true});
  });
}

// Without a file, the tab says where to get the one the model follows, and
// offers to open it: a small grey placeholder left students guessing.
QWidget* KernForkView::makeHowToPage() {
  auto* page = new QWidget;
  page->setObjectName(QStringLiteral("kernForkHowTo"));
  auto* text = new QLabel(page);
  text->setObjectName(QStringLiteral("kernForkHowToText"));
  text->setWordWrap(true);
  text->setTextFormat(Qt::RichText);
  text->setOpenExternalLinks(true);
  text->setTextInteractionFlags(Qt::TextBrowserInteraction);
  text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  text->setText(
      tr("<h3>Read the real fork1() beside the model</h3>"
         "<p>Forkscope follows NetBSD's <b>sys/kern/kern_fork.c, revision 1.231</b>, line by line. "
         "The file is not bundled; with your own copy here, every CPU's current step is "
         "highlighted in it and F9 sets a breakpoint on a line.</p>"
         "<p><b>Get revision 1.231</b> (save it as <code>kern_fork.c</code>):</p>"
         "<ul>"
         "<li>NetBSD CVSweb: <a href=\"%1\">%1</a> (choose <i>download</i>), or with CVS: "
         "<code>cvs -d anoncvs@anoncvs.NetBSD.org:/cvsroot co -r1.231 "
         "src/sys/kern/kern_fork.c</code></li>"
         "<li>The NetBSD/src mirror on GitHub: <a href=\"%2\">github.com/NetBSD/src</a>, path "
         "<code>sys/kern/kern_fork.c</code>: pick the commit whose <code>$NetBSD: kern_fork.c,v "
         "1.231</code> line matches.</li>"
         "</ul>"
         "<p>Then click <b>Open kern_fork.c...</b> below, or drag the file onto this view. "
         "Another revision opens too, with a warning that lines may not match.</p>")
          .arg(QStringLiteral(
                   "https://cvsweb.netbsd.org/bsdweb.cgi/src/sys/kern/kern_fork.c?rev=1.231"),
               QStringLiteral("https://github.com/NetBSD/src/blob/trunk/sys/kern/kern_fork.c")));
  auto* open = new QPushButton(tr("Open kern_fork.c..."), page);
  open->setObjectName(QStringLiteral("kernForkOpen"));
  connect(open, &QPushButton::clicked, this, &KernForkView::openDialogRequested);
  auto* scroll = new QScrollArea(page);
  scroll->setWidget(text);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* l = new QVBoxLayout(page);
  l->addWidget(scroll, 1);
  auto* row = new QHBoxLayout;
  row->addWidget(open);
  row->addStretch(1);
  l->addLayout(row);
  return page;
}

static QString droppedFile(const QMimeData* m) {
  if (!m || !m->hasUrls() || m->urls().size() != 1 || !m->urls().first().isLocalFile()) return {};
  return m->urls().first().toLocalFile();
}

void KernForkView::dragEnterEvent(QDragEnterEvent* e) {
  if (!droppedFile(e->mimeData()).isEmpty()) e->acceptProposedAction();
}

void KernForkView::dropEvent(QDropEvent* e) {
  const QString path = droppedFile(e->mimeData());
  if (path.isEmpty()) return;
  e->acceptProposedAction();
  Q_EMIT openFileRequested(path);
}

QString KernForkView::revisionOf(const QString& text) {
  static const QRegularExpression re(QStringLiteral(R"(\$NetBSD:\s*kern_fork\.c,v\s+([0-9.]+))"));
  const auto m = re.match(text.left(8192));
  return m.hasMatch() ? m.captured(1) : QString();
}

QString KernForkView::loadFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
    return tr("Cannot open %1: %2").arg(path, f.errorString());
  const QString text = QString::fromUtf8(f.readAll());
  editor_->setPlainText(text);
  stack_->setCurrentWidget(editor_);
  revision_ = revisionOf(text);
  if (revision_ == QLatin1String("1.231")) {
    banner_->hide();
  } else {
    banner_->setText(
        revision_.isEmpty()
            ? tr("This file has no $NetBSD: kern_fork.c,v ...$ id: line numbers may not "
                 "match the model (kern_fork.c revision 1.231).")
            : tr("This is kern_fork.c revision %1; the model follows revision 1.231, so "
                 "highlighted lines may be off.")
                  .arg(revision_));
    banner_->show();
  }
  return {};
}

bool KernForkView::hasFile() const { return !editor_->document()->isEmpty(); }
bool KernForkView::showsHowTo() const { return stack_->currentWidget() != editor_; }

void KernForkView::setFrame(const StepFrame& f) {
  // Every line of a step's range is highlighted (an if with its body, a
  // statement over several lines); following centres the range's first line.
  QHash<int, QList<int>> lines;
  int activeFirstLine = -1;
  if (f.state)
    for (size_t c = 0; c < f.cpuSteps.size(); ++c) {
      const int id = f.cpuSteps[c].id; // the step just executed, as everywhere
      if (id < 0) continue;
      const fs::StepInfo& si = fs::step_info(id);
      if (si.line <= 0 || std::strcmp(si.file, "kern_fork.c") != 0) continue;
      for (int line = si.line; line <= si.line_end; ++line)
        lines[line].push_back(static_cast<int>(c));
      if (static_cast<int>(c) == f.activeCpu) activeFirstLine = si.line;
    }
  const int focus = f.follow ? activeFirstLine : 0; // 0: not following, highlight only
  editor_->setCpuLines(lines, focus);
}

int KernForkView::lineAtCursor() const {
  if (!hasFile() || !editor_->hasFocus()) return 0;
  return editor_->textCursor().blockNumber() + 1;
}

QList<int> KernForkView::highlightedLines() const { return editor_->highlightedLines(); }

void KernForkView::setBreakpoints(const Breakpoints& b) {
  QSet<int> lines;
  for (const Breakpoint& bp : b.all())
    if (bp.kind == Breakpoint::Kind::SourceLine) lines.insert(bp.number);
  editor_->setBreakpointLines(lines);
}

} // namespace fsui
