// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenario_check.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fs::detail {

bool is_ignored_key(std::string_view key) {
  return key.substr(0, 2) == "x-" || key.substr(0, 1) == "_";
}

bool is_valid_name(std::string_view name) {
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (name.empty() || !alpha(name[0])) return false;
  return std::all_of(name.begin() + 1, name.end(), [&](char c) {
    return alpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
}

std::string describe(const Json& v) {
  switch (v.type()) {
  case Json::value_t::object: return "an object";
  case Json::value_t::array: return "an array";
  case Json::value_t::string: return "the string " + json_quote(v.get_ref<const std::string&>());
  case Json::value_t::null: return "null";
  default: return v.dump();
  }
}

std::string at(const std::string& ptr, std::string_view key) {
  return ptr + "/" + json_pointer_token(key);
}
std::string at(const std::string& ptr, std::size_t index) {
  return ptr + "/" + std::to_string(index);
}

void Checker::add(const std::string& ptr, JsonPos pos, std::string msg) {
  if (errors_.size() >= kMaxErrors) {
    too_many_ = true;
    return;
  }
  errors_.push_back(LoadError{file_, pos.line, pos.col, ptr, std::move(msg)});
}

void Checker::error(const std::string& ptr, std::string msg) {
  if (errors_.size() < kMaxErrors) // positions are not free; skip them once capped
    add(ptr, doc_.pos_of(ptr), std::move(msg));
  else
    too_many_ = true;
}

void Checker::key_error(const std::string& ptr, std::string msg) {
  if (errors_.size() < kMaxErrors)
    add(ptr, doc_.key_pos_of(ptr), std::move(msg));
  else
    too_many_ = true;
}

std::vector<LoadError> Checker::take_errors() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const LoadError& a, const LoadError& b) {
    return std::pair(a.line, a.col) < std::pair(b.line, b.col);
  });
  if (too_many_)
    errors_.push_back(LoadError{
        file_, 0, 0, "", "too many errors (stopped after " + std::to_string(kMaxErrors) + ")"});
  return std::move(errors_);
}

const Json* Checker::get(const Json& obj, std::string_view key) {
  const auto& members = obj.get_ref<const Json::object_t&>();
  for (const auto& m : members)
    if (m.first == key) return &m.second;
  return nullptr;
}

const Json* Checker::require(const Json& obj, const std::string& ptr, std::string_view key) {
  const Json* v = get(obj, key);
  if (!v) error(ptr, "missing required field \"" + std::string(key) + "\"");
  return v;
}

void Checker::known_keys(const Json& obj, const std::string& ptr,
                         std::initializer_list<std::string_view> a,
                         std::span<const std::string_view> b) {
  for (const auto& [key, value] : obj.get_ref<const Json::object_t&>()) {
    if (is_ignored_key(key)) continue;
    if (std::find(a.begin(), a.end(), key) != a.end()) continue;
    if (!key.empty() && std::find(b.begin(), b.end(), key) != b.end()) continue;
    key_error(at(ptr, key), "unknown key " + json_quote(key));
  }
}

bool Checker::object(const Json& v, const std::string& ptr) {
  if (v.is_object()) return true;
  error(ptr, "expected an object (found " + describe(v) + ")");
  return false;
}

bool Checker::array(const Json& v, const std::string& ptr) {
  if (v.is_array()) return true;
  error(ptr, "expected an array (found " + describe(v) + ")");
  return false;
}

std::optional<std::string> Checker::string(const Json& v, const std::string& ptr) {
  if (v.is_string()) return v.get<std::string>();
  error(ptr, "expected a string (found " + describe(v) + ")");
  return std::nullopt;
}

std::optional<bool> Checker::boolean(const Json& v, const std::string& ptr) {
  if (v.is_boolean()) return v.get<bool>();
  error(ptr, "expected true or false (found " + describe(v) + ")");
  return std::nullopt;
}

namespace {
// A number with a fraction that is really a whole number too large for int64.
bool huge_whole(const Json& v) {
  if (!v.is_number_float()) return false;
  const double d = v.get<double>();
  return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) >= 9.2e18;
}
} // namespace

std::optional<int64_t> Checker::integer(const Json& v, const std::string& ptr, int64_t lo,
                                        int64_t hi) {
  const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
  if (v.is_number_unsigned() &&
      v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    error(ptr, v.dump() + " is out of range " + range);
    return std::nullopt;
  }
  if (huge_whole(v)) {
    error(ptr, v.dump() + " is out of range " + range);
    return std::nullopt;
  }
  if (!v.is_number_integer()) {
    error(ptr, "expected an integer (found " + describe(v) + ")");
    return std::nullopt;
  }
  const int64_t i = v.get<int64_t>();
  if (i < lo || i > hi) {
    error(ptr, std::to_string(i) + " is out of range " + range);
    return std::nullopt;
  }
  return i;
}

std::optional<uint64_t> Checker::unsigned_integer(const Json& v, const std::string& ptr) {
  if (v.is_number_unsigned()) return v.get<uint64_t>();
  if ((v.is_number_integer() && v.get<int64_t>() < 0) || huge_whole(v)) {
    error(ptr,
          v.dump() + " is out of range 0.." + std::to_string(std::numeric_limits<uint64_t>::max()));
    return std::nullopt;
  }
  if (v.is_number_integer()) return static_cast<uint64_t>(v.get<int64_t>());
  error(ptr, "expected an integer (found " + describe(v) + ")");
  return std::nullopt;
}

std::optional<std::string> Checker::one_of(const Json& v, const std::string& ptr,
                                           std::initializer_list<std::string_view> allowed) {
  std::string list;
  std::size_t i = 0;
  for (const auto a : allowed) {
    if (i++) list += i == allowed.size() ? " or " : ", ";
    list += "\"" + std::string(a) + "\"";
  }
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (std::find(allowed.begin(), allowed.end(), s) != allowed.end()) return s;
  }
  error(ptr, "expected " + list + " (found " + describe(v) + ")");
  return std::nullopt;
}

} // namespace fs::detail
