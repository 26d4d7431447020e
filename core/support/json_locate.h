// SPDX-License-Identifier: GPL-3.0-or-later
// Positions in JSON text for error messages: where the value at a JSON
// pointer starts, and the line and column of a byte offset. Works on any
// text, valid JSON or not, without building a document (traces are large).
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>

namespace fs {

// Byte offset where the value at `pointer` (RFC 6901, "" = the root) starts in
// `text`, or where its nearest existing ancestor starts when it does not exist.
size_t locate_json_pointer(std::string_view text, std::string_view pointer);

// 1-based line and column of a byte offset (clamped to the text). Columns
// count code points, as the scenario loader's positions do; a leading UTF-8
// byte order mark is not counted.
std::pair<int, int> line_col_of_offset(std::string_view text, size_t offset);

// Byte offset just past the JSON value that starts at `start` (strings,
// objects and arrays are skipped without recursion), or text.size().
size_t json_value_end(std::string_view text, size_t start);

} // namespace fs
