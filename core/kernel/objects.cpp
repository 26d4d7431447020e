// SPDX-License-Identifier: GPL-3.0-or-later
// Reference-counted kernel objects (file tables, cwd, limits, signal actions,
// address spaces, ktrace files), per-uid process counts (chgproccnt), process
// slots and the process tree links.
#include <algorithm>

#include "core/kernel/kernel.h"
#include "core/state/slot_pool.h"

namespace fs {

int32_t Kernel::obj_alloc(ObjKind kind) {
  const int32_t slot = take_slot(s_.objects, s_.free_object_slots);
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
  const int32_t slot = take_slot(s_.procs, s_.free_proc_slots);
  s_.slot_of_pid.insert(pid, slot);
  Proc& p = s_.procs[static_cast<size_t>(slot)];
  p = Proc{};
  p.pid = pid;
  p.serial = ++s_.serial;
  return p;
}

Lwp& Kernel::lwp_alloc_slot(Proc& p, Lid lid) {
  const int32_t slot = take_slot(s_.lwps, s_.free_lwp_slots);
  s_.slot_of_lid.insert(lid, slot);
  Lwp& l = s_.lwps[static_cast<size_t>(slot)];
  l = Lwp{};
  l.lid = lid;
  l.pid = p.pid;
  l.proc_slot = s_.slot_of_pid.find(p.pid);
  l.next = p.lwp_head; // LIST_INSERT_HEAD(&p->p_lwps, l, l_sibling)
  p.lwp_head = slot;
  ++p.nlwps;
  ++p.nrlwps; // LSIDL counts as running (L:950-951)
  return l;
}

void Kernel::lwp_free_slot(Lwp& l) {
  Proc& p = s_.proc_of(l);
  const int32_t slot = s_.slot_of_lid.find(l.lid);
  for (int32_t* link = &p.lwp_head; *link >= 0; link = &s_.lwps[static_cast<size_t>(*link)].next)
    if (*link == slot) {
      *link = l.next;
      break;
    }
  --p.nlwps;
  if (l.lid != p.pid) s_.pidtab.free(l.lid); // the pid itself goes when the process does
  s_.slot_of_lid.erase(l.lid);
  l = Lwp{};
  s_.free_lwp_slots.push_back(slot);
}

void Kernel::proc_free_slot(Proc& p) {
  while (p.lwp_head >= 0) lwp_free_slot(s_.lwps[static_cast<size_t>(p.lwp_head)]);
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

std::string Kernel::name_with_suffix(const Lwp& l, const std::string& base) const {
  std::string n = base + s_.proc_of(l).name_suffix;
  for (uint8_t i = 0; i < l.nrepeats; ++i) n += "#" + std::to_string(l.repeats[i].iter);
  return n;
}

// A process name resolves to the newest process created with that name, trying
// first the name as the caller's enclosing repeat loops would have suffixed it.
// Bindings outlive the process, so a name still means its pid after a reap.
Pid Kernel::resolve(const Lwp& self, const ProcRef& ref) const {
  switch (ref.kind) {
  case ProcRef::Kind::Self: return self.pid;
  case ProcRef::Kind::Pid: return ref.pid;
  case ProcRef::Kind::Any: return -1;
  case ProcRef::Kind::Name: break;
  }
  if (ref.name == "init") return 1;
  std::string full = ref.name + s_.proc_of(self).name_suffix;
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
