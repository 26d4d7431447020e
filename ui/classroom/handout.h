// SPDX-License-Identifier: GPL-3.0-or-later
// A printable handout of one step: the scenario's title and the step, the
// process tree, the timeline with the step marked, and what happened in the
// step in words - one PNG or SVG page a teacher can print or put on a slide.
#pragma once
#include <QString>

class QWidget;

namespace fsui {

struct Handout {
  QString title;    // the scenario's title
  QString subtitle; // "Step 45 of 108 · tick 44 · nprocs 4"
  QWidget* tree = nullptr;
  QWidget* timeline = nullptr; // may be null (hidden)
  QString narrationHtml;       // the narration panel's text
};

// Returns "" or an error message; the file is written atomically.
QString exportHandout(const Handout& h, const QString& path);

} // namespace fsui
