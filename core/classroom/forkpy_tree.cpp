// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/forkpy_tree.h"

#include <algorithm>

namespace fs::forkpy {

namespace {

TreeNode node_of(const KernelState& s, const Proc& p) {
  TreeNode n;
  n.name = p.pid == 1 ? std::string("init") : p.name;
  n.zombie = p.stat == ProcStat::SZOMB || p.stat == ProcStat::SDEAD;
  std::vector<const Proc*> kids;
  for (Pid c : p.children)
    if (const Proc* k = s.proc(c)) kids.push_back(k);
  std::sort(kids.begin(), kids.end(),
            [](const Proc* a, const Proc* b) { return a->serial < b->serial; });
  for (const Proc* k : kids) n.kids.push_back(node_of(s, *k));
  return n;
}

void collect_parents(const TreeNode& n, std::map<std::string, std::string>& out) {
  for (const TreeNode& k : n.kids) {
    if (!k.zombie) out[k.name] = n.name;
    collect_parents(k, out);
  }
}

void draw_into(const TreeNode& n, const std::string& prefix, bool last, bool root,
               std::vector<std::string>& out) {
  const std::string label = n.name + (n.zombie ? " (zombie)" : "");
  out.push_back(root ? label : prefix + (last ? "└── " : "├── ") + label);
  const std::string next = root ? "" : prefix + (last ? "    " : "│   ");
  for (size_t i = 0; i < n.kids.size(); ++i)
    draw_into(n.kids[i], next, i + 1 == n.kids.size(), false, out);
}

std::string pad(const std::string& s, size_t width) {
  const size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

} // namespace

TreeNode netbsd_tree(const KernelState& s) {
  const Proc* init = s.proc(1);
  return init ? node_of(s, *init) : TreeNode{"init", false, {}};
}

void PyModel::apply(const ForkpyAction& a) {
  if (a.fork) {
    parent_[a.child] = a.actor;
    kids_[a.actor].push_back(a.child);
    kids_[a.child];
    return;
  }
  const std::string parent = parent_[a.actor];
  auto& siblings = kids_[parent];
  siblings.erase(std::remove(siblings.begin(), siblings.end(), a.actor), siblings.end());
  const std::string heir = local_ ? parent : std::string("a");
  for (const std::string& orphan : kids_[a.actor]) {
    parent_[orphan] = heir;
    kids_[heir].push_back(orphan);
  }
  kids_.erase(a.actor);
  parent_.erase(a.actor);
}

TreeNode PyModel::build(const std::string& name) const {
  TreeNode n{name, false, {}};
  auto it = kids_.find(name);
  if (it != kids_.end())
    for (const std::string& k : it->second) n.kids.push_back(build(k));
  return n;
}

std::map<std::string, std::string> live_parents(const TreeNode& root) {
  std::map<std::string, std::string> out;
  collect_parents(root, out);
  return out;
}

std::string compact(const TreeNode& n) {
  std::string s = n.name + (n.zombie ? ":zombie" : "");
  if (n.kids.empty()) return s;
  s += '(';
  for (size_t i = 0; i < n.kids.size(); ++i) s += (i ? " " : "") + compact(n.kids[i]);
  return s + ')';
}

std::vector<std::string> draw(const TreeNode& root) {
  std::vector<std::string> out;
  draw_into(root, "", true, true, out);
  return out;
}

size_t display_width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++w;
  return w;
}

std::string render_answer(std::string_view actions_text, const std::vector<ForkpyAction>& actions,
                          const std::vector<TreeNode>& netbsd, const std::vector<TreeNode>& py,
                          const std::vector<ForkpyStep>& steps, const ForkpyOptions& opt) {
  const std::string rule =
      opt.local_reparent ? "to the exiting process's parent (fork.py -R)" : "to the root process a";
  std::string out = "Answer key: fork.py actions ";
  out += std::string(actions_text);
  if (!opt.origin.empty()) out += " (" + opt.origin + ")";
  out += "\n\nfork.py gives orphans " + rule + ".\n";
  out += "NetBSD gives them to init (pid 1); an exited process stays a zombie until its parent\n"
         "(or init, once it is orphaned) waits for it. The NetBSD trees come from running the\n"
         "generated scenario, " +
         std::to_string(opt.gap) + " ticks between actions, on " + std::to_string(opt.cpus) +
         " CPU" + (opt.cpus == 1 ? "" : "s") + ".\n";
  int differing = 0;
  for (size_t i = 0; i < actions.size(); ++i) {
    const ForkpyStep& st = steps[i];
    out += "\nAction " + std::to_string(i + 1) + ": " + actions[i].text + "  (" +
           (actions[i].fork ? actions[i].actor + " forks " + actions[i].child
                            : actions[i].actor + " exits") +
           ")";
    if (st.differs()) {
      ++differing;
      out += "   <== DIFFERS:";
      for (const std::string& m : st.moved) out += " " + m;
      out += st.moved.size() == 1 ? " has" : " have";
      out += " another parent";
    }
    out += '\n';
    const std::vector<std::string> left = draw(netbsd[i]);
    const std::vector<std::string> right = draw(py[i]);
    size_t width = std::string_view("NetBSD (engine run)").size();
    for (const std::string& l : left) width = std::max(width, display_width(l));
    width += 4;
    out += "  " + pad("NetBSD (engine run)", width) + "fork.py\n";
    for (size_t r = 0; r < std::max(left.size(), right.size()); ++r) {
      const std::string l = r < left.size() ? left[r] : "";
      const std::string rt = r < right.size() ? right[r] : "";
      std::string line = "  " + pad(l, width) + rt;
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + '\n';
    }
  }
  out += "\n" + std::to_string(differing) + " of " + std::to_string(actions.size()) +
         " actions leave a different tree (parents of live processes).\n";
  return out;
}

} // namespace fs::forkpy
