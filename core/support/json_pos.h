// SPDX-License-Identifier: GPL-3.0-or-later
// A strict JSON parser (RFC 8259) that remembers where every value starts, so
// that the scenario loader can say "lab3.json:14:22: /processes/0/...".
// nlohmann's own parser does not keep positions per value; this one does, and
// is hardened for untrusted input (it is fuzzed): bounded nesting and size,
// strict UTF-8, no duplicate keys, first error only, never throws.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace fs {

// 1-based line and column; columns count Unicode code points (a tab is one).
// {0, 0} means "no position".
struct JsonPos {
  int line = 0;
  int col = 0;
};

inline constexpr std::size_t kJsonMaxBytes = std::size_t{16} << 20; // 16 MiB
inline constexpr int kJsonMaxDepth = 200;

// Where each value of a document starts, as a tree shaped like the document
// (about 40 bytes a value, so a 16 MiB array of small numbers stays affordable).
struct JsonPosTree {
  JsonPos pos;                       // where the value starts
  JsonPos key;                       // for an object member, where its key starts; else {0, 0}
  std::vector<JsonPosTree> children; // in the order of the elements or members
};

struct JsonDocument {
  nlohmann::ordered_json value;
  JsonPosTree positions;

  // The map from JSON pointer ("" for the root, "/processes/0/name") to where
  // that value starts; a pointer that does not exist gives the position of its
  // nearest existing ancestor.
  JsonPos pos_of(std::string_view ptr) const;
  // Where the key of object member ptr starts; falls back to pos_of(ptr).
  JsonPos key_pos_of(std::string_view ptr) const;
};

struct JsonParseResult {
  bool ok = false;
  JsonDocument doc;  // valid when ok
  JsonPos error_pos; // when !ok
  std::string error; // when !ok, e.g. "expected ',' or '}' after an object member"
};

// Parses one JSON document. Integers that fit are stored as int64 (or uint64
// above INT64_MAX), everything else as double. An optional UTF-8 byte order
// mark is skipped.
JsonParseResult parse_json_with_positions(std::string_view text);

// Escapes one reference token of a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string json_pointer_token(std::string_view key);

// A string as a JSON string literal for messages, cut to about 60 characters.
std::string json_quote(std::string_view s);

} // namespace fs
