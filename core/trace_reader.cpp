// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1 reader. Traces reach gigabytes, so a file is read in
// chunks by the fast reader (trace_fast_reader.cpp), which decodes events
// straight into packed Events. Whatever it does not accept - every invalid
// trace - is read again by the exact reader here: nlohmann's parser callback
// turns each event object into a packed Event (trace_event_reader.cpp) and
// drops it. Every value is type-checked before use (the reader is fuzzed);
// errors name the file, line:col and the JSON pointer of the offending value.
// The exact reader holds the text in memory, so it is bounded to 2 GiB;
// valid traces of any size read through the fast reader.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

#include "core/json_locate.h"
#include "core/json_pos.h"
#include "core/located_error.h"
#include "core/trace_byte_source.h"
#include "core/trace_event_reader.h"
#include "core/trace_io.h"

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

// Drives nlohmann's parser callback: keeps the JSON pointer of the current
// position (for messages) and hands every complete element of the top-level
// "events" array to the EventReader, then drops it from the document.
class Parser {
public:
  Parser(std::string_view text, Trace& t) : text_(text), events_(t) {}

  J parse() {
    return J::parse(text_.data(), text_.data() + text_.size(),
                    [this](int, J::parse_event_t ev, J& v) { return on(ev, v); });
  }

  // The pointer of the current position; cut after 32 levels so that a
  // pathologically deep document does not give a megabyte-long message.
  std::string pointer() const {
    std::string p;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      if (i == 32) return p + "/...";
      if (f.array)
        p += "/" + std::to_string(f.count);
      else if (f.has_key)
        p += "/" + pointer_token(f.key);
    }
    return p;
  }

private:
  struct Frame {
    bool array = false;
    bool has_key = false;
    uint64_t count = 0; // elements completed (arrays)
    std::string key;    // current member (objects)
  };

  bool in_events() const {
    return frames_.size() == 2 && !frames_[0].array && frames_[0].key == "events" &&
           frames_[1].array;
  }
  std::string event_pointer() const { return "/events/" + std::to_string(frames_[1].count); }

  // A member or element is complete: the position moves on to its container.
  void completed() {
    if (frames_.empty()) return;
    if (frames_.back().array)
      ++frames_.back().count;
    else
      frames_.back().has_key = false;
  }

  bool on(J::parse_event_t ev, J& v) {
    using E = J::parse_event_t;
    switch (ev) {
    case E::object_start:
    case E::array_start:
      if (ev == E::array_start && in_events())
        throw Failure{event_pointer(), "an event must be a JSON object"};
      // The same bound as scenario files (kJsonMaxDepth), checked while
      // parsing: a deeper document is refused before it exists, so nothing
      // later copies, dumps or destroys a value nested deep enough to
      // overflow the stack (event args, the embedded scenario).
      if (frames_.size() >= static_cast<size_t>(kJsonMaxDepth))
        throw Failure{pointer(), "nesting deeper than " + std::to_string(kJsonMaxDepth)};
      frames_.push_back(Frame{ev == E::array_start, false, 0, {}});
      return true;
    case E::key:
      frames_.back().key = v.get_ref<const std::string&>();
      frames_.back().has_key = true;
      return true;
    case E::value:
      if (in_events()) throw Failure{event_pointer(), "an event must be a JSON object"};
      if (frames_.size() == 1 && !frames_[0].array) check_early(frames_[0].key, v);
      completed();
      return true;
    case E::object_end:
    case E::array_end: {
      frames_.pop_back();
      bool keep = true;
      if (ev == E::object_end && in_events()) {
        events_.read(v, frames_[1].count);
        keep = false;
      }
      completed();
      return keep;
    }
    }
    return true;
  }

  // Refuse a file that is not a v1 trace before reading its events.
  static void check_early(const std::string& key, const J& v) {
    if (key == "format" && !(v.is_string() && v.get_ref<const std::string&>() == "forkscope-trace"))
      throw Failure{"/format", "not a forkscope trace (expected \"forkscope-trace\")"};
    if (key == "version" && as_int(v) != 1)
      throw Failure{"/version", "unsupported trace version (this build reads version 1)"};
  }

  std::string_view text_;
  EventReader events_;
  std::vector<Frame> frames_;
};

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

// Everything but the events, which the Parser has already read.
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
  read_outcome(top, t.outcome);
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax
// error ..." -> "syntax error ...": the position is reported separately.
std::string nlohmann_message(const char* what) {
  std::string m = what;
  if (size_t p = m.find("] "); m.starts_with("[json.exception") && p != std::string::npos)
    m.erase(0, p + 2);
  if (m.starts_with("parse error at line "))
    if (size_t p = m.find(": "); p != std::string::npos) m.erase(0, p + 2);
  return m;
}

} // namespace

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
  Trace t;
  Parser parser(text, t);
  try {
    J root = parser.parse();
    read_document(root, t);
  } catch (const Failure& f) {
    return fail(locate_json_pointer(text, f.pointer), f.pointer, f.message);
  } catch (const J::parse_error& e) {
    return fail(e.byte > 0 ? e.byte - 1 : 0, parser.pointer(), nlohmann_message(e.what()));
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

TraceRead read_trace_text(std::string_view text, const std::string& file) {
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
  TraceRead r;
  auto fail = [&](std::string message) {
    r.error = TraceReadError{path, 0, 0, "", std::move(message)};
    return std::move(r);
  };
  auto cancelled = [&] {
    r.cancelled = true;
    return fail("cancelled");
  };
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
  // First pass: the fast reader, in chunks (memory: the Trace plus a window).
  try {
    ByteSource src(in, ec ? 0 : static_cast<uint64_t>(size), progress);
    if (std::optional<Trace> t = read_fast(src)) {
      r.trace = std::move(t);
      return r;
    }
  } catch (const trace_read::Cancelled&) {
    return cancelled();
  } catch (const trace_read::ReadFailed&) {
    return fail(std::string("cannot read: ") + std::strerror(errno));
  } catch (const std::bad_alloc&) {
    return out_of_memory(path);
  }
  // Second pass, only for a trace the fast reader refused: the exact reader
  // on the whole text, to accept it or to say where it is wrong.
  if (!ec && size > kMaxTraceBytes) return fail("the trace is larger than 2 GiB");
  in.clear();
  in.seekg(0);
  if (!in) return fail(std::string("cannot read: ") + std::strerror(errno));
  std::string text;
  if (!ec) text.reserve(static_cast<size_t>(size));
  std::vector<char> buf(size_t{1} << 20);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    text.append(buf.data(), static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxTraceBytes) return fail("the trace is larger than 2 GiB");
    if (progress && !progress(text.size(), ec ? 0 : static_cast<uint64_t>(size)))
      return cancelled();
  }
  if (in.bad()) return fail(std::string("cannot read: ") + std::strerror(errno));
  return read_exact(text, path);
}

} // namespace fs
