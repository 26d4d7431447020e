// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/help_window.h"

#include <functional>

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace fsui {

namespace {

struct Page {
  const char* file;
  const char* title;
};
// In reading order: what it is, how to teach with it, how to write scenarios.
const Page kPages[] = {
    {"README.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Forkscope")},
    {"teaching-guide.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Teaching guide")},
    {"scenarios.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "The bundled scenarios")},
    {"quiz.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "The quiz")},
    {"classroom-problems.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Classroom problems")},
    {"explore.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "What can happen? (explore)")},
    {"scenario-format.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Scenario format")},
    {"scenario-extensions.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Scenario format extensions")},
    {"trace-format.md", QT_TRANSLATE_NOOP("fsui::HelpWindow", "Trace format and CLI")},
};

} // namespace

QString HelpWindow::pageMarkdown(const QString& name) {
  QFile f(QStringLiteral(":/help/") + name);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QString md = QString::fromUtf8(f.readAll());
  // The screenshots are not compiled in: a broken-image box helps nobody.
  static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
  md.replace(image, QStringLiteral("*(%1: %2)*").arg(tr("screenshot"), QStringLiteral("\\1")));
  return md;
}

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("helpWindow"));
  setWindowTitle(tr("Forkscope Manual"));
  list_ = new QListWidget;
  for (const Page& p : kPages) {
    auto* item = new QListWidgetItem(tr(p.title), list_);
    item->setData(Qt::UserRole, QString::fromLatin1(p.file));
  }
  list_->setMaximumWidth(260);
  text_ = new QTextBrowser;
  text_->setOpenLinks(false); // links between pages stay in this window
  connect(text_, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);
  auto* split = new QSplitter;
  split->addWidget(list_);
  split->addWidget(text_);
  split->setStretchFactor(1, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split, 1);
  layout->addWidget(buttons);
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) showPage(list_->item(row)->data(Qt::UserRole).toString());
  });
  resize(980, 720);
  showPage(QStringLiteral("README.md"));
}

QStringList HelpWindow::pages() const {
  QStringList out;
  for (const Page& p : kPages) out << QString::fromLatin1(p.file);
  return out;
}

void HelpWindow::showPage(const QString& name) {
  const QString md = pageMarkdown(name);
  if (md.isEmpty()) return;
  current_ = name;
  text_->setMarkdown(md);
  for (int i = 0; i < list_->count(); ++i)
    if (list_->item(i)->data(Qt::UserRole).toString() == name && list_->currentRow() != i) {
      const QSignalBlocker block(list_);
      list_->setCurrentRow(i);
    }
}

void HelpWindow::openLink(const QUrl& url) {
  if (url.scheme().startsWith(QLatin1String("http")) || url.scheme() == QLatin1String("mailto")) {
    QDesktopServices::openUrl(url);
    return;
  }
  if (url.path().isEmpty() && url.hasFragment()) { // an anchor on this page
    text_->scrollToAnchor(url.fragment());
    return;
  }
  const QString file = QFileInfo(url.path()).fileName();
  if (pages().contains(file)) {
    showPage(file);
    if (url.hasFragment()) text_->scrollToAnchor(url.fragment());
  }
}

QString shortcutTableHtml(const QList<QAction*>& menuBarActions,
                          const QList<QAction*>& windowActions,
                          const QList<QAction*>& editorActions) {
  auto clean = [](QString t) { return t.remove(QLatin1Char('&')).remove(QStringLiteral("...")); };
  QString html = QStringLiteral("<table cellpadding=\"3\">");
  QSet<QAction*> listed;
  auto row = [&](QAction* a) {
    if (listed.contains(a) || a->shortcuts().isEmpty() || a->isSeparator()) return;
    listed.insert(a);
    QStringList keys;
    for (const QKeySequence& k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
    html +=
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), clean(a->text()).toHtmlEscaped());
  };
  std::function<void(QMenu*)> walk = [&](QMenu* m) {
    for (QAction* a : m->actions()) {
      if (a->menu()) walk(a->menu());
      row(a);
    }
  };
  for (QAction* top : menuBarActions) {
    QMenu* m = top->menu();
    if (!m) continue;
    const int before = static_cast<int>(html.size());
    walk(m);
    if (html.size() != before)
      html.insert(before, QStringLiteral("<tr><td colspan=\"2\"><h3>%1</h3></td></tr>")
                              .arg(clean(top->text()).toHtmlEscaped()));
  }
  const int before = static_cast<int>(html.size());
  for (QAction* a : windowActions) row(a);
  if (html.size() != before)
    html.insert(before, QStringLiteral("<tr><td colspan=\"2\"><h3>%1</h3></td></tr>")
                            .arg(HelpWindow::tr("Other keys").toHtmlEscaped()));
  const int editorAt = static_cast<int>(html.size());
  for (QAction* a : editorActions) row(a);
  if (html.size() != editorAt)
    html.insert(
        editorAt,
        QStringLiteral("<tr><td colspan=\"2\"><h3>%1</h3></td></tr>")
            .arg(HelpWindow::tr("Scenario Editor (while it has the focus)").toHtmlEscaped()));
  return html + QStringLiteral("</table>");
}

QString thirdPartyLicencesHtml() {
  return HelpWindow::
      tr("<h3>Third-party components</h3>"
         "<p>Forkscope itself is free software under the GNU General Public License, version 3 or "
         "later. It is built with:</p>"
         "<ul>"
         "<li><b>Qt %1</b> (Qt Widgets, Charts, SVG, Print Support, Concurrent), used under the "
         "GNU "
         "Lesser General Public License, version 3: <a "
         "href=\"https://www.qt.io/licensing/open-source-"
         "lgpl-obligations\">qt.io/licensing</a>, full text at <a "
         "href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">gnu.org/licenses/lgpl-3.0</a>. See "
         "also "
         "Help &gt; About Qt.</li>"
         "<li><b>QCustomPlot</b> by Emanuel Eichhammer (the timeline), under the GNU General "
         "Public "
         "License, version 3: <a href=\"https://www.qcustomplot.com\">qcustomplot.com</a>, full "
         "text "
         "at <a "
         "href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0</a>.</li>"
         "<li><b>JSON for Modern C++</b> (nlohmann/json) by Niels Lohmann (scenarios and traces), "
         "under the MIT License: <a href=\"https://github.com/nlohmann/json\">github.com/nlohmann/"
         "json</a>.</li>"
         "</ul>"
         "<h4>MIT License (nlohmann/json)</h4>"
         "<p>Copyright (c) 2013-2022 Niels Lohmann</p>"
         "<p>Permission is hereby granted, free of charge, to any person obtaining a copy of this "
         "software and associated documentation files (the \"Software\"), to deal in the Software "
         "without restriction, including without limitation the rights to use, copy, modify, "
         "merge, "
         "publish, distribute, sublicense, and/or sell copies of the Software, and to permit "
         "persons "
         "to whom the Software is furnished to do so, subject to the following conditions:</p>"
         "<p>The above copyright notice and this permission notice shall be included in all copies "
         "or substantial portions of the Software.</p>"
         "<p>THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
         "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR "
         "PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE "
         "LIABLE "
         "FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
         "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
         "DEALINGS IN THE SOFTWARE.</p>")
          .arg(QString::fromLatin1(qVersion()));
}

} // namespace fsui
