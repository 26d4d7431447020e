// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/gzip_stream.h"

#include <algorithm>
#include <cctype>
#include <new>

#include "core/support/byte_buffer.h"

#include <zlib.h>

namespace fs {
namespace {
constexpr size_t kInChunk = size_t{256} << 10;
constexpr size_t kOutChunk = size_t{1} << 20;
// The buffers start at these and double to the chunks above as the stream
// goes on, so that a small stream never maps megabytes.
constexpr size_t kFirstInChunk = size_t{16} << 10;
constexpr size_t kFirstOutChunk = size_t{64} << 10;
constexpr int kGzipWindowBits = 15 + 16; // zlib: a gzip header and trailer, not zlib's
} // namespace

bool starts_with_gzip_magic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

bool has_gzip_extension(const std::string& path) {
  if (path.size() < 3) return false;
  std::string ext = path.substr(path.size() - 3);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".gz";
}

class GzipReader::Buf : public std::streambuf {
public:
  Buf(std::unique_ptr<std::istream> source, uint64_t max_out)
      : src_(std::move(source)), in_(kFirstInChunk), out_(kFirstOutChunk), max_out_(max_out) {
    if (inflateInit2(&zs_, kGzipWindowBits) != Z_OK) throw std::bad_alloc();
  }
  ~Buf() override { inflateEnd(&zs_); }
  uint64_t compressed() const { return compressed_; }

protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    for (;;) {
      if (zs_.avail_in == 0 && !src_eof_) fill();
      if (member_done_) {
        if (zs_.avail_in == 0 && src_eof_) return traits_type::eof(); // a clean end
        inflateReset(&zs_); // another member follows (gzip allows concatenation)
        member_done_ = false;
      }
      if (zs_.avail_in == 0 && src_eof_)
        throw GzipError{"the gzip stream is truncated (it ends before its end marker)"};
      if (out_full_ && out_.size() < kOutChunk) out_.resize(2 * out_.size());
      zs_.next_out = reinterpret_cast<Bytef*>(out_.data());
      zs_.avail_out = static_cast<uInt>(out_.size());
      const int ret = inflate(&zs_, Z_NO_FLUSH);
      if (ret == Z_STREAM_END)
        member_done_ = true;
      else if (ret == Z_MEM_ERROR)
        throw std::bad_alloc();
      else if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT || ret == Z_STREAM_ERROR)
        throw GzipError{std::string("corrupt gzip data (") + (zs_.msg ? zs_.msg : "bad data") +
                        ")"};
      const size_t produced = out_.size() - zs_.avail_out;
      out_full_ = zs_.avail_out == 0;
      total_out_ += produced;
      if (total_out_ > max_out_)
        throw GzipError{"the gzip stream decompresses to more than " +
                        std::to_string(max_out_ >> 20) +
                        " MiB (256 times its size, at least 64 MiB): refused as a likely "
                        "decompression bomb"};
      if (produced > 0) {
        setg(out_.data(), out_.data(), out_.data() + produced);
        return traits_type::to_int_type(*gptr());
      }
    }
  }

private:
  void fill() {
    if (filled_ && in_.size() < kInChunk) in_.resize(2 * in_.size());
    filled_ = true;
    src_->read(in_.data(), static_cast<std::streamsize>(in_.size()));
    const auto got = static_cast<size_t>(src_->gcount());
    if (src_->bad()) throw GzipError{"cannot read the compressed file"};
    if (got == 0) src_eof_ = true;
    compressed_ += got;
    zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
    zs_.avail_in = static_cast<uInt>(got);
  }

  std::unique_ptr<std::istream> src_;
  z_stream zs_{};
  ByteBuffer in_, out_;
  uint64_t max_out_, total_out_ = 0, compressed_ = 0;
  bool src_eof_ = false, member_done_ = false;
  bool filled_ = false, out_full_ = false; // a read has filled in_ / inflate filled out_
};

GzipReader::GzipReader(std::unique_ptr<std::istream> source, uint64_t max_out)
    : std::istream(nullptr), buf_(std::make_unique<Buf>(std::move(source), max_out)) {
  rdbuf(buf_.get());
  // A GzipError thrown by the buffer reaches the caller of read() (with
  // badbit in the mask, iostreams rethrow what the buffer threw).
  exceptions(std::ios::badbit);
}
GzipReader::~GzipReader() = default;
uint64_t GzipReader::compressed_read() const { return buf_->compressed(); }

class GzipWriter::Buf : public std::streambuf {
public:
  Buf(std::ostream& sink, int level) : sink_(sink), in_(kFirstInChunk), out_(kFirstInChunk) {
    if (deflateInit2(&zs_, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw std::bad_alloc();
    setp(in_.data(), in_.data() + in_.size());
  }
  ~Buf() override { deflateEnd(&zs_); }
  bool finish() {
    if (finished_) return ok_;
    finished_ = true;
    return deflate_pending(Z_FINISH) && ok_;
  }

protected:
  int_type overflow(int_type c) override {
    if (!deflate_pending(Z_NO_FLUSH)) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return ok_ ? 0 : -1; }

private:
  // Deflates what is buffered (and, with Z_FINISH, ends the member).
  bool deflate_pending(int flush) {
    if (!ok_) return false;
    zs_.next_in = reinterpret_cast<Bytef*>(pbase());
    zs_.avail_in = static_cast<uInt>(pptr() - pbase());
    for (;;) {
      if (zs_.avail_out == 0 && out_.size() < kInChunk && zs_.total_out > 0)
        out_.resize(2 * out_.size()); // the last round filled it: a long stream
      zs_.next_out = reinterpret_cast<Bytef*>(out_.data());
      zs_.avail_out = static_cast<uInt>(out_.size());
      const int ret = deflate(&zs_, flush);
      if (ret == Z_STREAM_ERROR) return ok_ = false;
      sink_.write(out_.data(), static_cast<std::streamsize>(out_.size() - zs_.avail_out));
      if (!sink_) return ok_ = false;
      if (flush == Z_FINISH ? ret == Z_STREAM_END : zs_.avail_in == 0 && zs_.avail_out != 0) break;
    }
    if (flush == Z_NO_FLUSH && in_.size() < kInChunk) in_.resize(2 * in_.size()); // it was full
    setp(in_.data(), in_.data() + in_.size());
    return true;
  }

  std::ostream& sink_;
  z_stream zs_{};
  ByteBuffer in_, out_;
  bool ok_ = true, finished_ = false;
};

GzipWriter::GzipWriter(std::ostream& sink, int level)
    : std::ostream(nullptr), buf_(std::make_unique<Buf>(sink, level)) {
  rdbuf(buf_.get());
}
GzipWriter::~GzipWriter() = default;
bool GzipWriter::finish() {
  flush();
  const bool ok = buf_->finish();
  if (!ok) setstate(std::ios::badbit);
  return ok;
}

} // namespace fs
