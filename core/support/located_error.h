// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Forkscope writes an error in a file: "file:line:col: /json/path:
// message" (line 0: no position; empty path: the document itself).
#pragma once
#include <string>

namespace fs {

inline std::string format_located_error(const std::string& file, int line, int col,
                                        const std::string& json_path, const std::string& message) {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(col);
  s += ": ";
  if (!json_path.empty()) s += json_path + ": ";
  return s + message;
}

} // namespace fs
