// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/json_pos.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <locale>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <version>

namespace fs {
namespace {

using Json = nlohmann::ordered_json;

// Length of the valid UTF-8 sequence at s[p] (p < s.size()), 0 when invalid
// (overlong forms, surrogates, > U+10FFFF and truncated sequences included).
std::size_t utf8_len(std::string_view s, std::size_t p) {
  auto at = [&](std::size_t i) -> unsigned {
    return p + i < s.size() ? static_cast<unsigned char>(s[p + i]) : 0x100u;
  };
  auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return at(i) >= lo && at(i) <= hi;
  };
  const unsigned b = at(0);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
  if (b == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b >= 0xE1 && b <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xF1 && b <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

class Parser {
public:
  Parser(std::string_view text, JsonParseResult& out) : s_(text), out_(out) {}

  void run() {
    if (s_.size() > kJsonMaxBytes) {
      fail(0, "document is larger than 16 MiB");
      return;
    }
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") p_ = line_start_ = col_pos_ = 3;
    Json root;
    if (!value(root, out_.doc.positions, 0)) return;
    skip_ws();
    if (p_ < s_.size()) {
      fail(p_, "expected the end of the file after the JSON value but found " + found(p_));
      return;
    }
    out_.doc.value = std::move(root);
    out_.ok = true;
  }

private:
  std::string_view s_;
  JsonParseResult& out_;
  std::size_t p_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t col_pos_ = 0; // pos_at() cache: column of byte col_pos_ is col_
  int col_ = 1;

  // Positions are asked for in increasing order, so counting from the last
  // answer keeps this linear even on a one-line 16 MiB document.
  JsonPos pos_at(std::size_t p) {
    if (p < line_start_) { // only for errors; recount from the start
      int line = 1;
      std::size_t start = 0;
      for (std::size_t i = 0; i < p; ++i)
        if (s_[i] == '\n') line++, start = i + 1;
      int col = 1;
      for (std::size_t i = start; i < p; ++i)
        if ((static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80) col++;
      return {line, col};
    }
    if (col_pos_ < line_start_ || col_pos_ > p) col_pos_ = line_start_, col_ = 1;
    for (; col_pos_ < p; ++col_pos_)
      if ((static_cast<unsigned char>(s_[col_pos_]) & 0xC0) != 0x80) col_++;
    return {line_, col_};
  }

  bool fail(std::size_t at, std::string msg) {
    out_.ok = false;
    out_.error_pos = pos_at(std::min(at, s_.size()));
    out_.error = std::move(msg);
    return false;
  }

  std::string found(std::size_t p) const {
    if (p >= s_.size()) return "the end of the file";
    const auto c = static_cast<unsigned char>(s_[p]);
    if (c == 0) return "a NUL byte";
    if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    if (c < 0x80) return "control character " + hex_byte(c);
    if (const std::size_t n = utf8_len(s_, p)) return "'" + std::string(s_.substr(p, n)) + "'";
    return "invalid UTF-8 byte " + hex_byte(c);
  }

  void skip_ws() {
    for (; p_ < s_.size(); ++p_) {
      const char c = s_[p_];
      if (c == '\n' || (c == '\r' && (p_ + 1 >= s_.size() || s_[p_ + 1] != '\n'))) {
        line_++;
        line_start_ = p_ + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
    }
  }

  bool value(Json& out, JsonPosTree& node, int depth) {
    skip_ws();
    if (p_ >= s_.size()) return fail(p_, "expected a JSON value but found the end of the file");
    node.pos = pos_at(p_);
    switch (s_[p_]) {
    case '{': return object(out, node, depth + 1);
    case '[': return array(out, node, depth + 1);
    case '"': {
      std::string str;
      if (!string(str)) return false;
      out = std::move(str);
      return true;
    }
    case 't': return literal("true", true, out);
    case 'f': return literal("false", false, out);
    case 'n': return literal("null", nullptr, out);
    default:
      if (s_[p_] == '-' || (s_[p_] >= '0' && s_[p_] <= '9')) return number(out);
      return fail(p_, "expected a JSON value but found " + found(p_));
    }
  }

  bool literal(std::string_view word, Json v, Json& out) {
    if (s_.substr(p_, word.size()) != word)
      return fail(p_, "invalid literal (expected " + std::string(word) + ")");
    p_ += word.size();
    out = std::move(v);
    return true;
  }

  bool object(Json& out, JsonPosTree& node, int depth) {
    if (depth > kJsonMaxDepth) return fail(p_, "nesting deeper than 200");
    ++p_; // '{'
    out = Json::object();
    auto& members = out.get_ref<Json::object_t&>();
    std::unordered_set<std::string> seen; // filled once the object gets large
    skip_ws();
    if (p_ < s_.size() && s_[p_] == '}') return ++p_, true;
    for (;;) {
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != '"')
        return fail(p_, "expected a string key but found " + found(p_));
      const std::size_t key_at = p_;
      JsonPosTree child;
      child.key = pos_at(p_);
      std::string key;
      if (!string(key)) return false;
      if (is_duplicate(members, seen, key)) return fail(key_at, "duplicate key " + json_quote(key));
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != ':')
        return fail(p_, "expected ':' after the key but found " + found(p_));
      ++p_;
      Json v;
      if (!value(v, child, depth)) return false;
      if (!seen.empty()) seen.insert(key);
      // ordered_map's own insert searches linearly; keys are known unique here.
      members.Container::emplace_back(std::move(key), std::move(v));
      node.children.push_back(std::move(child));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == '}') return ++p_, done(node);
      return fail(p_, "expected ',' or '}' after an object member but found " + found(p_));
    }
  }

  // Large containers give back the vector's spare capacity.
  static bool done(JsonPosTree& node) {
    if (node.children.capacity() > 64 && node.children.capacity() > node.children.size() * 5 / 4)
      node.children.shrink_to_fit();
    return true;
  }

  static bool is_duplicate(const Json::object_t& members, std::unordered_set<std::string>& seen,
                           const std::string& key) {
    if (seen.empty()) {
      if (members.size() < 16) {
        for (const auto& m : members)
          if (m.first == key) return true;
        return false;
      }
      for (const auto& m : members) seen.insert(m.first);
    }
    return seen.count(key) != 0;
  }

  bool array(Json& out, JsonPosTree& node, int depth) {
    if (depth > kJsonMaxDepth) return fail(p_, "nesting deeper than 200");
    ++p_; // '['
    out = Json::array();
    auto& elems = out.get_ref<Json::array_t&>();
    skip_ws();
    if (p_ < s_.size() && s_[p_] == ']') return ++p_, true;
    for (;;) {
      Json v;
      JsonPosTree child;
      if (!value(v, child, depth)) return false;
      elems.push_back(std::move(v));
      node.children.push_back(std::move(child));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == ']') return ++p_, done(node);
      return fail(p_, "expected ',' or ']' after an array element but found " + found(p_));
    }
  }

  bool hex4(std::size_t at, uint32_t& v) {
    v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      const char c = at + i < s_.size() ? s_[at + i] : '\0';
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return fail(at - 2, "invalid \\u escape (expected 4 hex digits)");
      v = v * 16 + static_cast<uint32_t>(d);
    }
    return true;
  }

  bool escape(std::string& out) {
    const std::size_t at = p_; // the backslash
    if (p_ + 1 >= s_.size()) return fail(p_, "unterminated string (the file ends inside it)");
    const char e = s_[p_ + 1];
    p_ += 2;
    switch (e) {
    case '"': out += '"'; return true;
    case '\\': out += '\\'; return true;
    case '/': out += '/'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'u': break;
    default: return fail(at, "invalid escape '\\" + std::string(1, e) + "' in a string");
    }
    uint32_t cp = 0;
    if (!hex4(p_, cp)) return false;
    p_ += 4;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(at, "unpaired surrogate in a \\u escape");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t lo = 0;
      if (s_.substr(p_, 2) != "\\u") return fail(at, "unpaired surrogate in a \\u escape");
      p_ += 2;
      if (!hex4(p_, lo)) return false;
      if (lo < 0xDC00 || lo > 0xDFFF) return fail(at, "unpaired surrogate in a \\u escape");
      p_ += 4;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool string(std::string& out) {
    ++p_; // opening quote
    for (;;) {
      const std::size_t run = p_;
      while (p_ < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[p_]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++p_;
      }
      out.append(s_.substr(run, p_ - run));
      if (p_ >= s_.size()) return fail(p_, "unterminated string (the file ends inside it)");
      const auto c = static_cast<unsigned char>(s_[p_]);
      if (c == '"') return ++p_, true;
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (c == '\n' || c == '\r') {
        return fail(p_, "unterminated string (a line break inside a string must be written \\n)");
      } else if (c < 0x20) {
        return fail(p_, (c == 0 ? std::string("a NUL byte") : "control character " + hex_byte(c)) +
                            " in a string (write it as a \\u escape)");
      } else {
        const std::size_t n = utf8_len(s_, p_);
        if (n == 0) return fail(p_, "invalid UTF-8 byte " + hex_byte(c) + " in a string");
        out.append(s_.substr(p_, n));
        p_ += n;
      }
    }
  }

  bool digits() {
    const std::size_t start = p_;
    while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
    return p_ > start;
  }

  bool number(Json& out) {
    const std::size_t start = p_;
    if (s_[p_] == '-') ++p_;
    if (p_ < s_.size() && s_[p_] == '0') {
      ++p_;
      if (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9')
        return fail(start, "invalid number (leading zeros are not allowed)");
    } else if (!digits()) {
      return fail(p_, "invalid number (expected a digit after '-')");
    }
    bool integral = true;
    if (p_ < s_.size() && s_[p_] == '.') {
      ++p_;
      integral = false;
      if (!digits()) return fail(p_, "invalid number (expected a digit after '.')");
    }
    if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
      ++p_;
      integral = false;
      if (p_ < s_.size() && (s_[p_] == '+' || s_[p_] == '-')) ++p_;
      if (!digits()) return fail(p_, "invalid number (expected a digit in the exponent)");
    }
    const char* b = s_.data() + start;
    const char* e = s_.data() + p_;
    if (integral) {
      int64_t i = 0;
      if (auto r = std::from_chars(b, e, i); r.ec == std::errc() && r.ptr == e) {
        out = i;
        return true;
      }
      uint64_t u = 0;
      if (auto r = std::from_chars(b, e, u); r.ec == std::errc() && r.ptr == e) {
        out = u;
        return true;
      }
    }
    double d = 0;
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    auto r = std::from_chars(b, e, d);
    const bool parsed = r.ec == std::errc() && r.ptr == e;
#else
    // libc++ (Apple's too) has no floating-point from_chars: the classic
    // locale keeps this independent of the user's decimal separator.
    std::istringstream in(std::string(b, e));
    in.imbue(std::locale::classic());
    const bool parsed = static_cast<bool>(in >> d) && in.peek() == std::char_traits<char>::eof();
#endif
    if (!parsed || !std::isfinite(d)) return fail(start, "number out of range");
    out = d;
    return true;
  }
};

} // namespace

JsonParseResult parse_json_with_positions(std::string_view text) {
  JsonParseResult r;
  Parser(text, r).run();
  if (!r.ok) r.doc = JsonDocument{};
  return r;
}

} // namespace fs
