// SPDX-License-Identifier: GPL-3.0-or-later
// Process trees for the fork.py importer (internal to core/forkpy*.cpp): the
// tree NetBSD built (read from a kernel state), fork.py's own rules as a tiny
// model, and the two ways of writing a tree (compact and fork.py's drawing).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/classroom/forkpy.h"
#include "core/state/kstate.h"

namespace fs::forkpy {

struct TreeNode {
  std::string name;
  bool zombie = false;
  std::vector<TreeNode> kids; // creation order
};

// init's subtree in s; children in creation order.
TreeNode netbsd_tree(const KernelState& s);

// fork.py's rules: exited processes vanish at once; their children go to the
// root "a", or with local_reparent to the exiting process's parent.
class PyModel {
public:
  explicit PyModel(bool local_reparent) : local_(local_reparent) { kids_["a"]; }
  void apply(const ForkpyAction& a);
  TreeNode tree() const { return build("a"); }

private:
  TreeNode build(const std::string& name) const;
  bool local_;
  std::map<std::string, std::string> parent_;
  std::map<std::string, std::vector<std::string>> kids_;
};

// name -> parent name of every live (non-zombie) process below the root.
std::map<std::string, std::string> live_parents(const TreeNode& root);
// "init(a(b c:zombie))"
std::string compact(const TreeNode& root);
// fork.py's drawing: "a", "├── b", "│   └── c", ...
std::vector<std::string> draw(const TreeNode& root);
// Characters on screen of a UTF-8 string.
size_t display_width(const std::string& s);

// The answer key: per action, both trees side by side, the differences marked.
std::string render_answer(std::string_view actions_text, const std::vector<ForkpyAction>& actions,
                          const std::vector<TreeNode>& netbsd, const std::vector<TreeNode>& py,
                          const std::vector<ForkpyStep>& steps, const ForkpyOptions& opt);

} // namespace fs::forkpy
