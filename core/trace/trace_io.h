// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1 (../shared/spec/trace-format.md): writing, reading back, and
// the Chrome Trace Event export that Perfetto and chrome://tracing open.
#pragma once
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "core/support/atomic_file.h"
#include "core/trace/trace.h"

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
  bool cancelled = false; // the progress callback said stop (error: "cancelled")
};

// Called as the file is read: bytes read so far, file size (0 if unknown).
// Returning false cancels the read (TraceRead::cancelled).
using ReadProgress = std::function<bool(uint64_t done, uint64_t total)>;

// A valid trace of any size is read in chunks (memory: the Trace plus a few
// MiB). An invalid one is read a second time to report the error at its
// position: whole when it is small (32 MiB), else as a stream (memory: one
// event plus the top-level members), then once more up to the error.
TraceRead read_trace_text(std::string_view text, const std::string& file);
TraceRead read_trace_file(const std::string& path, const ReadProgress& progress = {});

// For tests: the exact reader alone, and whether the fast one accepts `text`.
// read_trace_text() must give what read_trace_text_exact() gives, always.
TraceRead read_trace_text_exact(std::string_view text, const std::string& file);
bool trace_reads_fast(std::string_view text);
// For tests: the file through the fast reader, then (if it refuses) the exact
// reader over a stream, whatever the size - what a large invalid file gets.
TraceRead read_trace_file_stream_exact(const std::string& path);

// write_trace / write_chrome_trace streamed into an atomic save of `path`.
std::string save_trace_file(const std::string& path, const Trace& trace);
std::string save_chrome_trace_file(const std::string& path, const Trace& trace);

} // namespace fs
