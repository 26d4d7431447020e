// SPDX-License-Identifier: GPL-3.0-or-later
// JSON syntax colouring for the scenario editor: keys, string values,
// numbers, literals and punctuation. JSON strings cannot span lines, so each
// line is highlighted on its own (no block state).
#pragma once
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fsui {

class JsonHighlighter : public QSyntaxHighlighter {
  Q_OBJECT
public:
  explicit JsonHighlighter(QTextDocument* parent);

protected:
  void highlightBlock(const QString& text) override;

private:
  QRegularExpression token_;
  QTextCharFormat key_, string_, number_, literal_, punct_;
};

} // namespace fsui
