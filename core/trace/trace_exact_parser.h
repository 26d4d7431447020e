// SPDX-License-Identifier: GPL-3.0-or-later
// The exact reader's parse: nlohmann's parser callback turns each element of
// the top-level "events" array into a packed Event (trace_event_reader.cpp)
// and drops it, so the document never holds the events. It keeps the JSON
// pointer of the current position for messages and, when reading a stream,
// the byte spans an error position is later looked up in (the events and the
// top-level members), so a stream need not be held in memory to word an
// error. Internal to the trace reader.
#pragma once
#include <cstdint>
#include <functional>
#include <istream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/support/json_pos.h"
#include "core/trace/trace_event_reader.h"
#include "core/trace/trace_io.h"

namespace fs::trace_read {

struct ByteSpan {
  uint64_t start = 0, end = 0; // [start, end) in the input; end 0: not complete yet
};

// What nlohmann's iterator_input_adapter needs - *, ++ and a comparison with
// the end (a null input) - over an input (current(), advance(), at_end())
// that nlohmann's copies of the iterator share, so that the parser callback
// can ask the input how far the parse has come.
template <typename Input> class InputIt {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = char;

  explicit InputIt(Input* in = nullptr) : in_(in) {}
  char operator*() const { return in_->current(); }
  InputIt& operator++() {
    in_->advance();
    return *this;
  }
  bool operator==(const InputIt& o) const { return done() == o.done(); }
  bool operator!=(const InputIt& o) const { return !(*this == o); }

private:
  bool done() const { return in_ == nullptr || in_->at_end(); }
  Input* in_;
};

class ExactParser {
public:
  // `offset` (may be empty) gives how many bytes the parser has consumed.
  ExactParser(Trace& t, std::function<uint64_t()> offset = {})
      : events_(t), offset_(std::move(offset)) {}

  template <typename It> J parse(It first, It last) {
    return J::parse(first, last, [this](int, J::parse_event_t ev, J& v) { return on(ev, v); });
  }

  // The pointer of the current position; cut after 32 levels so that a
  // pathologically deep document does not give a megabyte-long message.
  std::string pointer() const;

  // With an offset function only: the span of event n if it is the current
  // (or last) event, and of top-level member `key` (from just after its key).
  std::optional<ByteSpan> event_span(uint64_t n) const;
  std::optional<ByteSpan> member_span(const std::string& key) const;

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
  void completed();
  bool on(J::parse_event_t ev, J& v);
  static void check_early(const std::string& key, const J& v);

  uint64_t offset() const { return offset_ ? offset_() : 0; }

  EventReader events_;
  std::function<uint64_t()> offset_;
  std::vector<Frame> frames_;
  uint64_t event_n_ = UINT64_MAX; // the element event_ is of (none yet: an error in the
                                  // first element before its first callback has no span)
  ByteSpan event_;                // from the end of the previous element (or the '[')
  uint64_t last_element_end_ = 0;
  std::map<std::string, ByteSpan> members_; // each top-level key (a repeat is refused)
  std::string member_;                      // the top-level member being read
};

// Everything but the events, which the parser has already read: the checks
// of the top-level members (also the fast reader's last step).
void read_document(J& root, Trace& t);

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax
// error ..." -> "syntax error ...": the position is reported separately.
// `at_nul`: the error lies on a NUL byte, which nlohmann's lexer takes for the
// end of its input - say so, not "unexpected end of input" mid-file. A long
// "last read" excerpt (a run of whitespace, say) keeps only its end.
std::string nlohmann_message(const char* what, bool at_nul = false);

// A JSON text holds no NUL byte (not even in a string, where it must be
// escaped), but nlohmann stops at one as at the end of its input, so a
// document followed by a NUL and anything would be accepted: the readers
// refuse it at the NUL with the scenario loader's words.
inline constexpr const char* kNulAfterValue =
    "expected the end of the file after the JSON value but found a NUL byte";

// Opens the input from its beginning (a file; its decoded bytes, when compressed).
using Opener = std::function<std::unique_ptr<std::istream>()>;
// bytes read so far, total bytes (0 when unknown); false cancels the read.
using StreamProgress = std::function<bool(uint64_t, uint64_t)>;

// The exact reader over a stream (trace_exact_stream.cpp): the same accept,
// refuse and messages as over the whole text, in memory bounded by one event
// and the top-level members. An error's position is found by reading the
// input again (once more, up to the error).
TraceRead read_exact_stream(const Opener& open, const std::string& file,
                            const StreamProgress& progress, uint64_t total);

} // namespace fs::trace_read
