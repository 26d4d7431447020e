// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/text.h"

namespace fs {

std::string render(const Text& t, const TextLookup& lookup) {
  const std::string tmpl = t.context && lookup ? lookup(t.context, t.text) : t.text;
  if (t.args.empty()) return tmpl;
  std::string out;
  out.reserve(tmpl.size() + 16 * t.args.size());
  for (size_t i = 0; i < tmpl.size(); ++i) {
    const char c = tmpl[i];
    if (c == '%' && i + 1 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9') {
      const size_t n = static_cast<size_t>(tmpl[i + 1] - '1');
      if (n < t.args.size()) {
        out += render(t.args[n], lookup);
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::string Text::english() const { return render(*this); }

Text join(const std::vector<Text>& parts, const std::string& separator) {
  if (parts.empty()) return Text();
  // "%1<sep>%2" with the rest joined into %2: each part keeps its own
  // translation, and there is no limit of nine arguments.
  Text t = parts.back();
  for (size_t i = parts.size() - 1; i-- > 0;) {
    Text pair("%1" + separator + "%2");
    pair.args = {parts[i], std::move(t)};
    t = std::move(pair);
  }
  return t;
}

} // namespace fs
