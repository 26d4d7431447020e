// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/trace_exact_parser.h"

namespace fs::trace_read {

std::string ExactParser::pointer() const {
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

std::optional<ByteSpan> ExactParser::event_span(uint64_t n) const {
  if (!offset_ || n != event_n_) return std::nullopt;
  ByteSpan s = event_;
  if (s.end == 0) s.end = offset();
  return s;
}

std::optional<ByteSpan> ExactParser::member_span(const std::string& key) const {
  auto it = members_.find(key);
  if (!offset_ || it == members_.end()) return std::nullopt;
  ByteSpan s = it->second;
  if (s.end == 0) s.end = offset();
  return s;
}

// A member or element is complete: the position moves on to its container.
void ExactParser::completed() {
  if (frames_.empty()) return;
  if (frames_.back().array)
    ++frames_.back().count;
  else
    frames_.back().has_key = false;
  if (!offset_) return;
  if (in_events()) last_element_end_ = offset();
  if (frames_.size() == 1 && !frames_[0].array)
    if (ByteSpan& m = members_[member_]; m.end == 0) m.end = offset();
}

bool ExactParser::on(J::parse_event_t ev, J& v) {
  using E = J::parse_event_t;
  // An element of "events" starts: remember where (after the previous one).
  if (in_events() && ev != E::object_end && ev != E::array_end && offset_) {
    event_n_ = frames_[1].count;
    event_ = ByteSpan{last_element_end_, 0};
  }
  switch (ev) {
  case E::object_start:
  case E::array_start:
    if (ev == E::array_start && in_events())
      throw Failure{event_pointer(), "an event must be a JSON object"};
    // The same bound as scenario files (kJsonMaxDepth), checked while
    // parsing: a deeper document is refused before it exists, so nothing
    // later copies, dumps or destroys a value nested deep enough to
    // overflow the stack (event args, the embedded scenario).
    // Located at the bracket that is one too deep: the pointer is cut after
    // 32 levels, so it cannot lead there.
    if (frames_.size() >= static_cast<size_t>(kJsonMaxDepth))
      throw Failure{pointer(), "nesting deeper than " + std::to_string(kJsonMaxDepth),
                    offset_ ? offset() - 1 : UINT64_MAX};
    frames_.push_back(Frame{ev == E::array_start, false, 0, {}});
    if (in_events()) last_element_end_ = offset(); // just after the '['
    return true;
  case E::key:
    frames_.back().key = v.get_ref<const std::string&>();
    frames_.back().has_key = true;
    if (frames_.size() == 1 && offset_) {
      member_ = frames_.back().key;
      // nlohmann keeps the last of repeated keys, while the events were read
      // from each: a trace names each member once (as the writer writes it,
      // and as the fast reader and the scenario loader insist). Located at
      // the key's opening quote (a key with escapes is longer in the file:
      // then somewhere inside it).
      const uint64_t after = offset(), len = member_.size() + 2;
      if (!members_.try_emplace(member_, ByteSpan{after, 0}).second)
        throw Failure{"", "duplicate key " + quote_for_message(member_),
                      after >= len ? after - len : 0};
    }
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
      event_.end = offset();
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
void ExactParser::check_early(const std::string& key, const J& v) {
  if (key == "format" && !(v.is_string() && v.get_ref<const std::string&>() == "forkscope-trace"))
    throw Failure{"/format", "not a forkscope trace (expected \"forkscope-trace\")"};
  if (key == "version" && as_int(v) != 1)
    throw Failure{"/version", "unsupported trace version (this build reads version 1)"};
}

} // namespace fs::trace_read
