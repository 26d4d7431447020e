// SPDX-License-Identifier: GPL-3.0-or-later
// Reference-counted kernel objects (file tables, cwd, limits, signal actions,
// address spaces, ktrace files), per-uid process counts (chgproccnt), process
// slots and the process tree links.
#include <algorithm>

#include "core/kernel/kernel.h"

namespace fs {

int32_t Kernel::obj_alloc(ObjKind kind) {
  int32_t slot;
  if (!s_.free_object_slots.empty()) {
    slot = s_.free_object_slots.back();
    s_.free_object_slots.pop_back();
  } else {
    slot = static_cast<int32_t>(s_.objects.size());
    s_.objects.emplace_back();
  }
  KObject& o = s_.objects[static_cast<size_t>(slot)];
  o = KObject{};
  o.kind = kind;
  o.serial = ++s_.next_object_serial;
  o.refcnt = 1;
  return slot;
}

int32_t Kernel::obj_copy(int32_t from) {
  KObject copy = s_.objects[static_cast<size_t>(from)];
  int32_t slot = obj_alloc(copy.kind);
  KObject& o = s_.objects[static_cast<size_t>(slot)];
  o.nproc_cur = copy.nproc_cur;
  o.nproc_max = copy.nproc_max;
  o.writeable = false; // a fresh copy is shared copy-on-write again
  return slot;
}

void Kernel::obj_hold(int32_t o) { ++s_.objects[static_cast<size_t>(o)].refcnt; }

void Kernel::obj_release(int32_t& o) {
  if (o < 0) return;
  KObject& obj = s_.objects[static_cast<size_t>(o)];
  if (--obj.refcnt == 0) s_.free_object_slots.push_back(o);
  o = -1;
}

int32_t Kernel::chgproccnt(int32_t uid, int32_t delta) {
  auto it = std::lower_bound(s_.proccnt.begin(), s_.proccnt.end(), uid,
                             [](const UidCount& c, int32_t u) { return c.uid < u; });
  if (it == s_.proccnt.end() || it->uid != uid) it = s_.proccnt.insert(it, UidCount{uid, 0});
  it->count += delta;
  proccnt_counter(uid, it->count);
  return it->count;
}

int32_t Kernel::proccnt(int32_t uid) const {
  for (const UidCount& c : s_.proccnt)
    if (c.uid == uid) return c.count;
  return 0;
}

Proc& Kernel::proc_alloc_slot(Pid pid) {
  int32_t slot;
  if (!s_.free_proc_slots.empty()) {
    slot = s_.free_proc_slots.back();
    s_.free_proc_slots.pop_back();
  } else {
    slot = static_cast<int32_t>(s_.procs.size());
    s_.procs.emplace_back();
  }
  s_.slot_of_pid.insert(pid, slot);
  Proc& p = s_.procs[static_cast<size_t>(slot)];
  p = Proc{};
  p.pid = pid;
  p.serial = ++s_.serial;
  return p;
}

void Kernel::proc_free_slot(Proc& p) {
  const Pid pid = p.pid;
  const int32_t slot = s_.slot_of_pid.find(pid);
  s_.slot_of_pid.erase(pid);
  s_.pidtab.free(pid);
  p = Proc{};
  s_.free_proc_slots.push_back(slot);
}

bool Kernel::pid_in_use_as_group(int32_t pid) const {
  for (const Proc& p : s_.procs)
    if (p.alive() && (p.pgid == pid || p.sid == pid)) return true;
  return false;
}

std::string Kernel::name_with_suffix(const Proc& p, const std::string& base) const {
  std::string n = base + p.name_suffix;
  for (uint8_t i = 0; i < p.nrepeats; ++i) n += "#" + std::to_string(p.repeats[i].iter);
  return n;
}

// A process name resolves to the newest process created with that name, trying
// first the name as the caller's enclosing repeat loops would have suffixed it.
// Bindings outlive the process, so a name still means its pid after a reap.
Pid Kernel::resolve(const Proc& self, const ProcRef& ref) const {
  switch (ref.kind) {
  case ProcRef::Kind::Self: return self.pid;
  case ProcRef::Kind::Pid: return ref.pid;
  case ProcRef::Kind::Any: return -1;
  case ProcRef::Kind::Name: break;
  }
  if (ref.name == "init") return 1;
  std::string full = ref.name + self.name_suffix;
  std::vector<std::string> candidates;
  for (int levels = self.nrepeats; levels >= 0; --levels) {
    std::string n = full;
    for (int i = 0; i < levels; ++i) n += "#" + std::to_string(self.repeats[i].iter);
    candidates.push_back(n);
  }
  candidates.push_back(ref.name);
  for (const std::string& n : candidates)
    if (const auto* b =
            s_.names.find_newest([&](const NameLog::Binding& x) { return x.first == n; }))
      return b->second;
  return 99999; // names no process: NB_ESRCH / NB_ECHILD as the call decides
}

void Kernel::insert_child_head(Proc& parent, Pid child) {
  require_proc_lock("a change to a children list");
  parent.children.insert(parent.children.begin(), child);
}

void Kernel::remove_child(Proc& parent, Pid child) {
  require_proc_lock("a change to a children list");
  auto it = std::find(parent.children.begin(), parent.children.end(), child);
  if (it != parent.children.end()) parent.children.erase(it);
}

// proc_changeparent / proc_reparent: move to the head of the new parent's list.
void Kernel::change_parent(Proc& child, Pid new_parent) {
  if (child.pptr == new_parent) return;
  if (Proc* old = s_.proc(child.pptr)) remove_child(*old, child.pid);
  child.pptr = new_parent;
  if (Proc* np = s_.proc(new_parent)) insert_child_head(*np, child.pid);
  emit(EventKind::Proc, static_cast<uint8_t>(ProcAction::Reparent), child.pid, new_parent,
       static_cast<int32_t>(child.stat));
}

} // namespace fs
