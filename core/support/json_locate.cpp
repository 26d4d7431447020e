// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/json_locate.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace fs {
namespace {

size_t skip_ws(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r')) ++p;
  return p;
}

size_t skip_string(std::string_view s, size_t p) { // p at the opening quote
  for (++p; p < s.size(); ++p) {
    if (s[p] == '\\')
      ++p;
    else if (s[p] == '"')
      return p + 1;
  }
  return s.size();
}

size_t skip_value(std::string_view s, size_t p) {
  if (p >= s.size()) return p;
  if (s[p] == '"') return skip_string(s, p);
  if (s[p] == '{' || s[p] == '[') {
    int depth = 0;
    while (p < s.size()) {
      const char c = s[p];
      if (c == '"') {
        p = skip_string(s, p);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return p + 1;
      ++p;
    }
    return p;
  }
  while (p < s.size() && std::string_view(",]} \t\r\n").find(s[p]) == std::string_view::npos) ++p;
  return p;
}

} // namespace

size_t json_value_end(std::string_view text, size_t start) { return skip_value(text, start); }

size_t locate_json_pointer(std::string_view s, std::string_view pointer) {
  size_t pos = skip_ws(s, s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
  while (!pointer.empty() && pos < s.size()) {
    pointer.remove_prefix(1);
    const size_t slash = pointer.find('/');
    std::string token;
    for (size_t i = 0; i < std::min(slash, pointer.size()); ++i) {
      if (pointer[i] == '~' && i + 1 < pointer.size() &&
          (pointer[i + 1] == '0' || pointer[i + 1] == '1'))
        token.push_back(pointer[++i] == '0' ? '~' : '/');
      else
        token.push_back(pointer[i]);
    }
    pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
    const bool object = s[pos] == '{';
    if (!object && s[pos] != '[') return pos;
    uint64_t want = 0;
    if (!object) {
      auto r = std::from_chars(token.data(), token.data() + token.size(), want);
      if (r.ec != std::errc() || r.ptr != token.data() + token.size()) return pos;
    }
    size_t p = pos + 1;
    bool found = false;
    for (uint64_t i = 0;; ++i) {
      p = skip_ws(s, p);
      if (p >= s.size() || s[p] == '}' || s[p] == ']') break;
      if (object) {
        if (s[p] != '"') break;
        const size_t end = skip_string(s, p);
        std::string key(s.substr(p + 1, end > p + 1 ? end - p - 2 : 0));
        if (key.find('\\') != std::string::npos) {
          const nlohmann::json k = nlohmann::json::parse(s.substr(p, end - p), nullptr, false);
          key = k.is_string() ? k.get<std::string>() : std::string();
        }
        p = skip_ws(s, end);
        if (p >= s.size() || s[p] != ':') break;
        p = skip_ws(s, p + 1);
        found = key == token;
      } else {
        found = i == want;
      }
      if (found) break;
      p = skip_ws(s, skip_value(s, p));
      if (p >= s.size() || s[p] != ',') break;
      ++p;
    }
    if (!found) return pos;
    pos = p;
  }
  return std::min(pos, s.size());
}

std::pair<int, int> line_col_of_offset(std::string_view s, size_t offset) {
  offset = std::min(offset, s.size());
  int line = 1, col = 1;
  size_t start = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n') ++line, start = i + 1;
  }
  for (size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) ++col;
  return {line, col};
}

} // namespace fs
