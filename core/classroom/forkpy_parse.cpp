// SPDX-License-Identifier: GPL-3.0-or-later
// The fork.py action list: syntax, and whether each action makes sense where it stands.
#include <algorithm>
#include <map>

#include "core/classroom/forkpy.h"

namespace fs {

namespace {

constexpr size_t kMaxActions = 1000;
constexpr int kMaxLive = 100; // processes alive at once (fork.py's view: zombies not counted)
constexpr int kMaxDepth = 90; // generations below a: each nests the JSON twice (limit 200)

bool valid_name(std::string_view n) {
  if (n.empty() || n[0] < 'a' || n[0] > 'z') return false;
  return std::all_of(n.begin(), n.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

std::string qt(std::string_view s) { return "\"" + std::string(s) + "\""; }

} // namespace

ForkpyParse parse_forkpy_actions(std::string_view text) {
  ForkpyParse r;
  std::map<std::string, bool> alive{{"a", true}}; // every name ever used -> alive
  std::map<std::string, int> depth{{"a", 0}};     // generations below a
  size_t pos = 0, index = 0;
  auto is_sep = [](char c) { return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (pos < text.size()) {
    if (is_sep(text[pos])) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < text.size() && !is_sep(text[end])) ++end;
    const std::string tok(text.substr(pos, end - pos));
    pos = end;
    ++index;
    const std::string where = "action " + std::to_string(index) + " " + qt(tok) + ": ";
    auto error = [&](const std::string& m) { r.errors.push_back(where + m); };
    if (index > kMaxActions) {
      r.errors.push_back("too many actions (at most " + std::to_string(kMaxActions) + ")");
      break;
    }
    ForkpyAction a;
    a.text = tok;
    const size_t op = tok.find_first_of("+-");
    const bool ok_syntax = op != std::string::npos && valid_name(tok.substr(0, op)) &&
                           (tok[op] == '+' ? valid_name(tok.substr(op + 1)) : op + 1 == tok.size());
    if (!ok_syntax) {
      error("expected P+Q (P forks Q) or P- (P exits), names [a-z][a-z0-9]*");
      continue;
    }
    a.fork = tok[op] == '+';
    a.actor = tok.substr(0, op);
    if (a.fork) a.child = tok.substr(op + 1);
    auto it = alive.find(a.actor);
    if (it == alive.end()) {
      error("unknown process " + qt(a.actor));
      continue;
    }
    if (!it->second) {
      error("process " + qt(a.actor) + " has already exited");
      continue;
    }
    if (!a.fork) {
      if (a.actor == "a") {
        error("the root process \"a\" cannot exit (as in fork.py)");
        continue;
      }
      it->second = false;
    } else if (a.child == "init" || a.child == "any") {
      error(qt(a.child) + " is a reserved name");
      continue;
    } else if (alive.count(a.child)) {
      error("duplicate name " + qt(a.child) + " (every forked process needs a new name)");
      continue;
    } else {
      alive[a.child] = true;
      depth[a.child] = depth[a.actor] + 1;
      if (depth[a.child] > kMaxDepth) {
        error("more than " + std::to_string(kMaxDepth) + " generations below \"a\"");
        continue;
      }
      if (std::count_if(alive.begin(), alive.end(), [](const auto& kv) { return kv.second; }) >
          kMaxLive) {
        error("more than " + std::to_string(kMaxLive) + " processes alive at once");
        continue;
      }
    }
    r.actions.push_back(std::move(a));
  }
  if (index == 0) r.errors.push_back("no actions (expected e.g. \"a+b,b+c,c-\")");
  return r;
}

} // namespace fs
