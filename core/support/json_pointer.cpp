// SPDX-License-Identifier: GPL-3.0-or-later
// Looking positions up by JSON pointer, and pointer/quoting helpers.
#include "core/support/json_pos.h"

#include <algorithm>
#include <charconv>

namespace fs {

using Json = nlohmann::ordered_json;

namespace {

// Walks ptr down the document. Returns the deepest node reached and whether
// the whole pointer resolved; *member says if the last step was an object key.
const JsonPosTree* walk(const JsonDocument& doc, std::string_view ptr, bool& complete,
                        bool& member) {
  const Json* v = &doc.value;
  const JsonPosTree* node = &doc.positions;
  complete = false;
  member = false;
  while (!ptr.empty()) {
    if (ptr[0] != '/') return node;
    ptr.remove_prefix(1);
    const std::size_t end = std::min(ptr.find('/'), ptr.size());
    std::string token;
    for (std::size_t i = 0; i < end; ++i) {
      if (ptr[i] == '~' && i + 1 < end && (ptr[i + 1] == '0' || ptr[i + 1] == '1'))
        token += ptr[++i] == '0' ? '~' : '/';
      else
        token += ptr[i];
    }
    ptr.remove_prefix(end);
    std::size_t index = 0;
    if (v->is_array()) {
      auto r = std::from_chars(token.data(), token.data() + token.size(), index);
      if (token.empty() || r.ec != std::errc() || r.ptr != token.data() + token.size() ||
          index >= v->size() || index >= node->children.size())
        return node;
      v = &(*v)[index];
      member = false;
    } else if (v->is_object()) {
      const auto& members = v->get_ref<const Json::object_t&>();
      auto it = members.begin();
      for (; it != members.end() && it->first != token; ++it) ++index;
      if (it == members.end() || index >= node->children.size()) return node;
      v = &it->second;
      member = true;
    } else {
      return node;
    }
    node = &node->children[index];
  }
  complete = true;
  return node;
}

} // namespace

JsonPos JsonDocument::pos_of(std::string_view ptr) const {
  bool complete = false, member = false;
  return walk(*this, ptr, complete, member)->pos;
}

JsonPos JsonDocument::key_pos_of(std::string_view ptr) const {
  bool complete = false, member = false;
  const JsonPosTree* node = walk(*this, ptr, complete, member);
  return complete && member ? node->key : node->pos;
}

std::string json_pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (const char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string json_quote(std::string_view s) {
  constexpr std::size_t kMax = 60;
  std::string cut(s);
  if (cut.size() > kMax) {
    std::size_t n = kMax;
    while (n > 0 && (static_cast<unsigned char>(cut[n]) & 0xC0) == 0x80) --n;
    cut.resize(n);
    cut += "...";
  }
  // Invalid UTF-8 (not from our parser) is replaced rather than thrown on.
  return Json(cut).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace fs
