// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/json_highlighter.h"

#include "ui/common/palette.h"

namespace fsui {

JsonHighlighter::JsonHighlighter(QTextDocument* parent)
    : QSyntaxHighlighter(parent),
      // One alternation scanned left to right, so a ':' or digit inside a
      // string is never mistaken for punctuation or a number.
      token_(QStringLiteral(R"(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|)"
                            R"((\btrue\b|\bfalse\b|\bnull\b)|([{}\[\],:]))")) {
  key_.setForeground(okabeIto(OkabeIto::Blue));
  key_.setFontWeight(QFont::DemiBold);
  string_.setForeground(okabeIto(OkabeIto::BluishGreen).darker(120));
  number_.setForeground(okabeIto(OkabeIto::Vermillion));
  literal_.setForeground(okabeIto(OkabeIto::ReddishPurple));
  literal_.setFontWeight(QFont::DemiBold);
  punct_.setForeground(QColor(0x66, 0x66, 0x66));
}

void JsonHighlighter::highlightBlock(const QString& text) {
  auto it = token_.globalMatch(text);
  while (it.hasNext()) {
    const QRegularExpressionMatch m = it.next();
    if (m.capturedLength(1) > 0) {
      // A string followed by ':' is an object key.
      setFormat(m.capturedStart(1), m.capturedLength(1), m.capturedLength(2) > 0 ? key_ : string_);
      if (m.capturedLength(2) > 0) setFormat(m.capturedEnd(2) - 1, 1, punct_);
    } else if (m.capturedLength(3) > 0) {
      setFormat(m.capturedStart(3), m.capturedLength(3), number_);
    } else if (m.capturedLength(4) > 0) {
      setFormat(m.capturedStart(4), m.capturedLength(4), literal_);
    } else if (m.capturedLength(5) > 0) {
      setFormat(m.capturedStart(5), m.capturedLength(5), punct_);
    }
  }
}

} // namespace fsui
