// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1 (../shared/spec/trace-format.md): writing, reading back, and
// the Chrome Trace Event export that Perfetto and chrome://tracing open.
#pragma once
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "core/trace.h"

namespace fs {

// Writes the forkscope trace JSON. Byte-identical for identical traces.
void write_trace(std::ostream& out, const Trace& trace);
std::string trace_to_string(const Trace& trace);

// Chrome Trace Event JSON (--format chrome).
void write_chrome_trace(std::ostream& out, const Trace& trace);

struct TraceReadError {
  std::string file;
  int line = 0, col = 0;
  std::string json_path;
  std::string message;
  std::string str() const; // "file:line:col: /json/path: message"
};

struct TraceRead {
  std::optional<Trace> trace; // set only when error is empty
  std::optional<TraceReadError> error;
};

TraceRead read_trace_text(std::string_view text, const std::string& file);
TraceRead read_trace_file(const std::string& path);

// Atomic save: writes to a temporary file in the same directory and renames it
// over the target, so a crash never leaves a half-written file. Returns "" on
// success, else an error message naming the file.
std::string save_file_atomically(const std::string& path, const std::string& contents);

// The same, with the contents streamed by `write` (never held whole in
// memory). A failed stream (badbit or a write error) fails the save.
using StreamWriter = std::function<void(std::ostream&)>;
std::string save_file_atomically(const std::string& path, const StreamWriter& write);

// write_trace / write_chrome_trace streamed into an atomic save of `path`.
std::string save_trace_file(const std::string& path, const Trace& trace);
std::string save_chrome_trace_file(const std::string& path, const Trace& trace);

} // namespace fs
