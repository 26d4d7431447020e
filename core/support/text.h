// SPDX-License-Identifier: GPL-3.0-or-later
// Engine texts the desktop app can show in the user's language while the
// engine stays Qt-free and English. A Text is an English template with
// %1..%9 placeholders plus its arguments, each either verbatim (a pid, a
// process name, an errno name: the same in every language) or another Text.
// The engine renders English; the UI renders with a lookup that translates
// each template (QCoreApplication::translate(context, template)).
//
// Templates are written as tr_text("Context", "literal", {args}) so that
// scripts/extract-engine-texts can find them for lupdate: the context and
// the template must be string literals in the call itself.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace fs {

struct Text {
  const char* context = nullptr; // translation context; nullptr = verbatim, never translated
  std::string text;              // the English template, or the verbatim text
  std::vector<Text> args;        // %1 is args[0]

  Text() = default;
  // Verbatim text. Implicit on purpose: numbers, names and errno names are
  // arguments far more often than not.
  Text(std::string verbatim) : text(std::move(verbatim)) {}
  Text(const char* verbatim) : text(verbatim) {}

  bool empty() const { return text.empty() && args.empty(); }
  std::string english() const; // render() with no translation
};

// A translatable template; the extractor needs the two literals in the call.
inline Text tr_text(const char* context, const char* english_template,
                    std::vector<Text> args = {}) {
  Text t;
  t.context = context;
  t.text = english_template;
  t.args = std::move(args);
  return t;
}

// Looks a template up in a language; returns it unchanged when there is no
// translation.
using TextLookup = std::function<std::string(const char* context, const std::string& english)>;

// The template with %1..%9 replaced by its rendered arguments, in one pass
// (an argument's own text is never scanned for placeholders). A % not followed
// by a digit that names an argument stays as it is.
std::string render(const Text& t, const TextLookup& lookup = {});

// The parts with a verbatim separator between them (", ").
Text join(const std::vector<Text>& parts, const std::string& separator);

} // namespace fs
