// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1 reader. Traces reach gigabytes, so a file is read in
// chunks by the fast reader (trace_fast_reader.cpp), which decodes events
// straight into packed Events. Whatever it does not accept - every invalid
// trace - is read again by the exact reader here: nlohmann's parser callback
// turns each event object into a packed Event (trace_event_reader.cpp) and
// drops it. Every value is type-checked before use (the reader is fuzzed);
// errors name the file, line:col and the JSON pointer of the offending value.
// For a file, the exact reader holds the text in memory only when it is small
// (32 MiB); a larger invalid file is read by the exact reader over a stream
// (trace_exact_stream.cpp), so a file of any size is read or refused with its
// positioned message in bounded memory. Text already in memory
// (read_trace_text) is bounded to 2 GiB.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>

#include "core/support/byte_buffer.h"
#include "core/support/gzip_stream.h"
#include "core/support/json_locate.h"
#include "core/support/json_pos.h"
#include "core/support/json_text.h"
#include "core/support/located_error.h"
#include "core/trace/trace_byte_source.h"
#include "core/trace/trace_event_reader.h"
#include "core/trace/trace_exact_parser.h"
#include "core/trace/trace_io.h"
#include "core/trace/trace_vocab.h"

namespace fs {
namespace {

using trace_read::as_int;
using trace_read::ByteSource;
using trace_read::EventReader;
using trace_read::Failure;
using trace_read::Fields;
using trace_read::J;
using trace_read::pointer_token;

constexpr size_t kMaxTraceBytes = size_t{2} << 30; // 2 GiB

void read_outcome(const Fields& top, Outcome& o) {
  const Fields f(top.object("outcome"), "/outcome");
  constexpr int64_t kMax = std::numeric_limits<int32_t>::max();
  o.result = f.string("result");
  o.steps = static_cast<uint64_t>(f.integer("steps", 0, std::numeric_limits<int64_t>::max()));
  o.ticks = static_cast<uint64_t>(f.integer("ticks", 0, std::numeric_limits<int64_t>::max()));
  const Fields ex(f.object("expectations"), f.sub("expectations"));
  o.expectations_passed = static_cast<int>(ex.integer("passed", 0, kMax));
  o.expectations_failed = static_cast<int>(ex.integer("failed", 0, kMax));
  if (ex.find("failures")) {
    const J& list = ex.array("failures");
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string at = ex.sub("failures") + "/" + std::to_string(i);
      if (!list[i].is_object()) throw Failure{at, "expected an object"};
      const Fields item(list[i], at);
      o.failures.push_back({item.string("op"), item.string("message")});
    }
  }
  const Fields fin(f.object("final"), f.sub("final"));
  o.final_nprocs = static_cast<int>(fin.integer("nprocs", 0, kMax));
  const J& procs = fin.array("processes");
  for (size_t i = 0; i < procs.size(); ++i) {
    const std::string at = fin.sub("processes") + "/" + std::to_string(i);
    if (!procs[i].is_object()) throw Failure{at, "expected an object"};
    const Fields p(procs[i], at);
    o.final_processes.push_back(
        {p.int32("pid"), p.string("name"), p.string("state"), p.int32("ppid")});
  }
  if (f.find("forks_by_result")) {
    const Fields fr(f.object("forks_by_result"), f.sub("forks_by_result"));
    for (const auto& [result, n] : f.need("forks_by_result").items())
      o.forks_by_result.emplace_back(result, static_cast<int>(fr.integer(result.c_str(), 0, kMax)));
  }
}

// "step_cpus" (an addition to v1): strings of one character per step.
void read_step_cpus(const Fields& top, Trace& t) {
  const J& list = top.array("step_cpus");
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = top.sub("step_cpus") + "/" + std::to_string(i);
    if (!list[i].is_string()) throw Failure{at, "expected a string"};
    for (const char ch : list[i].get_ref<const std::string&>()) {
      const size_t cpu = vocab::kCpuDigits.find(ch);
      if (cpu == std::string_view::npos && ch != vocab::kCpuUnknown)
        throw Failure{at, std::string("not a CPU digit: '") + ch + "'"};
      if (t.step_cpu.size() >= kMaxTraceSteps)
        throw Failure{at, "more than " + std::to_string(kMaxTraceSteps) + " steps"};
      t.step_cpu.push_back(cpu == std::string_view::npos ? int8_t{-1} : static_cast<int8_t>(cpu));
    }
  }
  // Every step that recorded an event needs its CPU.
  if (t.step_cpu.size() < t.step_first_event.size())
    top.fail("step_cpus", "holds " + std::to_string(t.step_cpu.size()) +
                              " steps, but the events reach step " +
                              std::to_string(t.step_first_event.size() - 1));
}

} // namespace

namespace trace_read {
void read_document(J& root, Trace& t) {
  if (!root.is_object()) throw Failure{"", "a trace must be a JSON object"};
  const Fields top(root, "");
  if (top.string("format") != "forkscope-trace")
    top.fail("format", "not a forkscope trace (expected \"forkscope-trace\")");
  if (top.integer("version", 0, std::numeric_limits<int64_t>::max()) != 1)
    top.fail("version", "unsupported trace version (this build reads version 1)");
  t.generator = top.string("generator");
  if (top.find("kern_fork_revision")) top.string("kern_fork_revision");
  top.array("events");
  t.scenario = std::move(const_cast<J&>(top.object("scenario")));
  if (top.find("step_cpus")) read_step_cpus(top, t);
  read_outcome(top, t.outcome);
}

namespace {
// The last `keep` characters of nlohmann's excerpt, where "<U+000A>" (an
// escaped control character) counts as one.
std::string excerpt_tail(std::string_view s, size_t keep) {
  size_t start = s.size(), n = 0;
  while (start > 0 && n < keep) {
    size_t prev = start - 1;
    if (s[prev] == '>' && prev >= 7 && s.substr(prev - 7, 3) == "<U+") prev -= 7;
    for (int i = 0; i < 3 && prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80; ++i)
      --prev; // a UTF-8 character stays whole
    start = prev;
    ++n;
  }
  return start == 0 ? std::string(s) : "..." + std::string(s.substr(start));
}

// nlohmann quotes the bytes it read as they are: a byte that is not UTF-8
// is shown as <0xEF>, so that the message itself is text.
std::string valid_utf8(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  while (p < end) {
    const size_t len = *p < 0x80 ? 1 : json_text::utf8_sequence_length(p, end);
    if (len == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "<0x%02X>", *p++);
      out += hex;
    } else {
      out.append(reinterpret_cast<const char*>(p), len);
      p += len;
    }
  }
  return out;
}
} // namespace

std::string nlohmann_message(const char* what, bool at_nul) {
  std::string m = what;
  if (size_t p = m.find("] "); m.starts_with("[json.exception") && p != std::string::npos)
    m.erase(0, p + 2);
  if (m.starts_with("parse error at line "))
    if (size_t p = m.find(": "); p != std::string::npos) m.erase(0, p + 2);
  if (at_nul)
    if (size_t p = m.find("unexpected end of input"); p != std::string::npos)
      m.replace(p, 23, "unexpected NUL byte");
  constexpr std::string_view kLastRead = "; last read: '";
  if (size_t from = m.find(kLastRead); from != std::string::npos) {
    from += kLastRead.size();
    size_t to = m.rfind("'; expected"); // the excerpt may hold quotes itself
    if (to == std::string::npos || to < from) to = m.rfind('\'');
    if (to != std::string::npos && to > from)
      m.replace(from, to - from, excerpt_tail(std::string_view(m).substr(from, to - from), 16));
  }
  return valid_utf8(m);
}
} // namespace trace_read

using trace_read::nlohmann_message;
using trace_read::read_document;

std::string TraceReadError::str() const {
  return format_located_error(file, line, col, json_path, message);
}

namespace {

// The fast reader over `src`: the trace, or nullopt when the exact reader
// must read the input (again) to accept it or to word the error.
std::optional<Trace> read_fast(ByteSource& src) {
  Trace t;
  try {
    J root = trace_read::read_trace_fast(src, t);
    read_document(root, t);
  } catch (const trace_read::FastBail&) {
    return std::nullopt;
  } catch (const Failure&) {
    return std::nullopt;
  } catch (const J::exception&) {
    return std::nullopt;
  }
  return t;
}

// The text as the exact parser reads it, one byte at a time, counting its
// position for the parser's spans (as the stream's input does).
class TextInput {
public:
  explicit TextInput(std::string_view text)
      : begin_(text.data()), p_(begin_), end_(begin_ + text.size()) {}
  bool at_end() const { return p_ == end_; }
  char current() const { return *p_; }
  void advance() { ++p_; }
  uint64_t consumed() const { return static_cast<uint64_t>(p_ - begin_); }

private:
  const char *begin_, *p_, *end_;
};

TraceRead read_exact(std::string_view text, const std::string& file) {
  TraceRead r;
  auto fail = [&](size_t offset, std::string pointer, std::string message) {
    auto [line, col] = line_col_of_offset(text, offset);
    r.error = TraceReadError{file, line, col, std::move(pointer), std::move(message)};
    return std::move(r);
  };
  if (text.size() > kMaxTraceBytes) {
    r.error = TraceReadError{file, 0, 0, "", "the trace is larger than 2 GiB"};
    return r;
  }
  const size_t nul = text.find('\0');
  Trace t;
  TextInput in(text);
  trace_read::ExactParser parser(t, [&in] { return in.consumed(); });
  try {
    using It = trace_read::InputIt<TextInput>;
    J root = parser.parse(It(&in), It());
    if (nul != std::string_view::npos) return fail(nul, "", trace_read::kNulAfterValue);
    read_document(root, t);
  } catch (const Failure& f) {
    if (f.at != UINT64_MAX) return fail(f.at, f.pointer, f.message);
    return fail(locate_json_pointer(text, f.pointer), f.pointer, f.message);
  } catch (const J::parse_error& e) {
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return fail(at, parser.pointer(), nlohmann_message(e.what(), at == nul));
  } catch (const J::exception& e) { // e.g. number overflow: no byte position
    const std::string at = parser.pointer();
    return fail(locate_json_pointer(text, at), at, nlohmann_message(e.what()));
  } catch (const std::bad_alloc&) {
    r.error = TraceReadError{file, 0, 0, "", "out of memory while reading the trace"};
    return r;
  }
  r.trace = std::move(t);
  return r;
}

TraceRead out_of_memory(const std::string& file) {
  TraceRead r;
  r.error = TraceReadError{file, 0, 0, "", "out of memory while reading the trace"};
  return r;
}

} // namespace

namespace {

// An invalid file up to this size is read whole by the exact reader (the
// quickest way to the message); a larger one by the exact reader over a
// stream, with the same message, in memory bounded by one event.
constexpr uint64_t kWholeTextExact = uint64_t{32} << 20;

// A gzip stream may decompress to at most this many times its size (and
// at least to kMinGzipLimit): far above what a trace compresses to (~13x),
// far below what a decompression bomb expands to (~1000x).
constexpr uint64_t kGzipRatioLimit = 256;
constexpr uint64_t kMinGzipLimit = uint64_t{64} << 20;

// The input from its beginning: a gzip stream (recognised by its first two
// bytes, whatever the name) is decompressed as it is read.
std::unique_ptr<std::istream> open_gzip_aware(std::unique_ptr<std::istream> in,
                                              uint64_t compressed_size) {
  if (!in || !*in) return nullptr;
  char head[2] = {};
  in->read(head, 2);
  const std::string_view magic(head, static_cast<size_t>(in->gcount()));
  in->clear();
  in->seekg(0);
  if (!*in) return nullptr;
  if (!starts_with_gzip_magic(magic)) return in;
  const uint64_t limit = std::max(kMinGzipLimit, compressed_size * kGzipRatioLimit);
  return std::make_unique<GzipReader>(std::move(in), limit);
}

// A view of bytes in memory as a stream (no copy).
class MemoryBuf : public std::streambuf {
public:
  explicit MemoryBuf(std::string_view s) {
    char* p = const_cast<char*>(s.data()); // only read
    setg(p, p, p + s.size());
  }

protected:
  pos_type seekoff(off_type off, std::ios::seekdir dir, std::ios::openmode) override {
    if (dir != std::ios::beg || off != 0) return pos_type(off_type(-1));
    setg(eback(), eback(), egptr());
    return pos_type(0);
  }
  pos_type seekpos(pos_type pos, std::ios::openmode m) override {
    return seekoff(off_type(pos), std::ios::beg, m);
  }
};
class MemoryStream : public std::istream {
public:
  explicit MemoryStream(std::string_view s) : std::istream(nullptr), buf_(s) { rdbuf(&buf_); }

private:
  MemoryBuf buf_;
};

// Reads the input `open` gives, named `name`, of `size` bytes (0: unknown).
TraceRead read_input(const trace_read::Opener& open, const std::string& name, uint64_t size,
                     const ReadProgress& progress, bool whole_text) {
  TraceRead r;
  auto fail = [&](std::string message) {
    r.error = TraceReadError{name, 0, 0, "", std::move(message)};
    return std::move(r);
  };
  auto cancelled = [&] {
    r.cancelled = true;
    return fail("cancelled");
  };
  try {
    std::unique_ptr<std::istream> in = open();
    if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
    // Progress counts the bytes of the file, compressed or not.
    const auto* gz = dynamic_cast<const GzipReader*>(in.get());
    trace_read::StreamProgress counted;
    if (progress)
      counted = [gz, size, &progress](uint64_t done, uint64_t) {
        return progress(gz ? std::min(gz->compressed_read(), size) : done, size);
      };
    // First pass: the fast reader, in chunks (memory: the Trace plus a window).
    {
      ByteSource src(*in, gz ? 0 : size, counted);
      if (std::optional<Trace> t = read_fast(src)) {
        r.trace = std::move(t);
        return r;
      }
    }
    // Second pass, only for a trace the fast reader refused: the exact
    // reader, to accept it or to say where it is wrong.
    if (gz || !whole_text || size == 0 || size > kWholeTextExact)
      return trace_read::read_exact_stream(open, name, counted, size);
    in = open();
    if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
    std::string text;
    text.reserve(static_cast<size_t>(size));
    ByteBuffer buf(size_t{1} << 20);
    while (in->read(buf.data(), static_cast<std::streamsize>(buf.size())) || in->gcount() > 0) {
      text.append(buf.data(), static_cast<size_t>(in->gcount()));
      if (progress && !progress(text.size(), size)) return cancelled();
    }
    if (in->bad()) return fail(std::string("cannot read: ") + std::strerror(errno));
    return read_exact(text, name);
  } catch (const trace_read::Cancelled&) {
    return cancelled();
  } catch (const trace_read::ReadFailed&) {
    return fail(std::string("cannot read: ") + std::strerror(errno));
  } catch (const GzipError& e) {
    return fail(e.message);
  } catch (const std::bad_alloc&) {
    return out_of_memory(name);
  }
}

TraceRead read_file(const std::string& path, const ReadProgress& progress, bool whole_text) {
  std::error_code ec;
  const auto file_size = std::filesystem::file_size(path, ec);
  const uint64_t size = ec ? 0 : static_cast<uint64_t>(file_size);
  const trace_read::Opener open = [path, size] {
    return open_gzip_aware(std::make_unique<std::ifstream>(path, std::ios::binary), size);
  };
  return read_input(open, path, size, progress, whole_text);
}

} // namespace

TraceRead read_trace_text(std::string_view text, const std::string& file) {
  if (starts_with_gzip_magic(text)) { // compressed bytes in memory: as a stream
    const trace_read::Opener open = [text] {
      return open_gzip_aware(std::make_unique<MemoryStream>(text), text.size());
    };
    return read_input(open, file, text.size(), {}, false);
  }
  try {
    ByteSource src(text);
    if (std::optional<Trace> t = read_fast(src)) {
      TraceRead r;
      r.trace = std::move(t);
      return r;
    }
  } catch (const std::bad_alloc&) {
    return out_of_memory(file);
  }
  return read_exact(text, file);
}

TraceRead read_trace_text_exact(std::string_view text, const std::string& file) {
  return read_exact(text, file);
}

bool trace_reads_fast(std::string_view text) {
  ByteSource src(text);
  return read_fast(src).has_value();
}

TraceRead read_trace_file(const std::string& path, const ReadProgress& progress) {
  return read_file(path, progress, true);
}

TraceRead read_trace_file_stream_exact(const std::string& path) {
  return read_file(path, {}, false);
}

} // namespace fs
