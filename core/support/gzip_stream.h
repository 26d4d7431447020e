// SPDX-License-Identifier: GPL-3.0-or-later
// gzip (RFC 1952) as C++ streams over zlib, for compressed traces
// (".json.gz"): a reader that inflates as it is read and a writer that
// deflates as it is written, neither ever holding the whole file.
#pragma once
#include <cstdint>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace fs {

// Thrown by a GzipReader's reads: the stream is truncated, corrupt, or
// decompresses to more than its limit. The message says which.
struct GzipError {
  std::string message;
};

// The first bytes of every gzip stream (whatever the file is called).
bool starts_with_gzip_magic(std::string_view head);
// "out.json.gz", "TRACE.GZ": the name asks for a compressed file.
bool has_gzip_extension(const std::string& path);

// The decompressed bytes of `source` (concatenated gzip members too). Reads
// past `max_out` decompressed bytes throw GzipError (a decompression bomb).
class GzipReader : public std::istream {
public:
  GzipReader(std::unique_ptr<std::istream> source, uint64_t max_out);
  ~GzipReader() override;
  uint64_t compressed_read() const; // bytes taken from the source so far

private:
  class Buf;
  std::unique_ptr<Buf> buf_;
};

// Compresses what is written into `sink` as one gzip member; finish() writes
// the trailer (the destructor does not). A failed sink sets badbit.
class GzipWriter : public std::ostream {
public:
  explicit GzipWriter(std::ostream& sink, int level = 6);
  ~GzipWriter() override;
  bool finish();

private:
  class Buf;
  std::unique_ptr<Buf> buf_;
};

} // namespace fs
