// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's Texts (core/support/text.h) in the user's language: each template is
// looked up with QCoreApplication::translate(context, template); the strings
// reach lupdate through scripts/extract-engine-texts.
#pragma once
#include <QString>

#include "core/support/text.h"

namespace fsui {

QString engineText(const fs::Text& text);

// A text from a bundled scenario (title, description, note, challenge goal
// or hint) in the user's language, looked up in the "Scenario" context. A
// user's own scenario has no translation and comes back as it is.
QString scenarioText(const std::string& english);

} // namespace fsui
