// SPDX-License-Identifier: GPL-3.0-or-later
// Saving traces: the forkscope JSON or the Chrome export, atomically, gzip-
// compressed when the name ends in .gz (read back by its magic bytes).
#include "core/support/atomic_file.h"
#include "core/support/gzip_stream.h"
#include "core/trace/trace_io.h"

namespace fs {

namespace {
// A name ending in .gz gets a gzip stream, compressed as it is written.
std::string save_maybe_compressed(const std::string& path, const StreamWriter& write) {
  if (!has_gzip_extension(path)) return save_file_atomically(path, write);
  return save_file_atomically(path, [&write](std::ostream& out) {
    GzipWriter gz(out);
    write(gz);
    if (!gz.finish() || !gz) out.setstate(std::ios::badbit);
  });
}
} // namespace

std::string save_trace_file(const std::string& path, const Trace& trace) {
  return save_maybe_compressed(path, [&trace](std::ostream& out) { write_trace(out, trace); });
}

std::string save_chrome_trace_file(const std::string& path, const Trace& trace) {
  return save_maybe_compressed(path,
                               [&trace](std::ostream& out) { write_chrome_trace(out, trace); });
}

} // namespace fs
