// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/state/state_hash.h"

#include <string>

namespace fs {
namespace {

// Two independent 64-bit mixing lanes make the 128-bit fingerprint.
class Hasher {
public:
  void add(uint64_t v) {
    lo_ = mix(lo_ ^ v, 0x9E3779B97F4A7C15ull);
    hi_ = mix(hi_ + v, 0xC2B2AE3D27D4EB4Full);
  }
  void add_i(int64_t v) { add(static_cast<uint64_t>(v)); }
  void add_str(const std::string& s) {
    add(s.size());
    uint64_t word = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      word = (word << 8) | static_cast<unsigned char>(s[i]);
      if (i % 8 == 7) add(word), word = 0;
    }
    add(word);
  }
  StateHash result() const { return {mix(lo_, 1), mix(hi_, 2)}; }

private:
  static uint64_t mix(uint64_t x, uint64_t k) {
    x ^= k;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
  }
  uint64_t lo_ = 0x243F6A8885A308D3ull, hi_ = 0x13198A2E03707344ull;
};

void add_frame(Hasher& h, const Frame& f) {
  h.add(static_cast<uint64_t>(f.routine));
  h.add(f.pc);
  for (int32_t v : f.v) h.add_i(v);
}

void add_proc(Hasher& h, const Proc& p) {
  h.add_i(p.pid);
  if (!p.alive()) return; // a free slot: nothing else in it is read again
  h.add_str(p.name);
  h.add_str(p.comm);
  h.add(static_cast<uint64_t>(p.stat));
  h.add(p.published);
  for (Pid x : {p.pptr, p.ppid, p.oppid, p.opptr, p.pgid, p.sid, p.vforklwp}) h.add_i(x);
  h.add(p.children.size());
  for (Pid c : p.children) h.add_i(c);
  for (uint32_t x : {p.flag, p.sflag, p.slflag, p.lflag, p.traceflag}) h.add(x);
  for (int32_t x :
       {p.exitsig, p.ruid, p.euid, p.svuid, p.lock, p.fd, p.cwd, p.limit, p.sigacts, p.vmspace,
        p.tracefile, p.nstopchild, p.xsig, p.xstat, p.created_children, p.serial, p.deliver_sig})
    h.add_i(x);
  h.add((p.waited ? 1u : 0u) | (p.signaled ? 2u : 0u) | (p.uarea ? 4u : 0u) |
        (p.stopped_continued ? 32u : 0u));
  h.add(p.sigpend);
  h.add(p.sigpass);
  for (int32_t x : {p.report.signo, p.report.code, p.report.event, p.report.other}) h.add_i(x);
  h.add(p.start_tick);
  h.add_str(p.name_suffix);
  for (int32_t x : {p.lwp_head, p.nlwps}) h.add_i(x);
}

void add_lwp(Hasher& h, const Lwp& l, bool with_time) {
  h.add_i(l.lid);
  if (!l.alive()) return;
  for (int32_t x : {l.pid, l.proc_slot, l.next}) h.add_i(x);
  h.add((l.fork_child_return ? 8u : 0u) | (l.interrupted ? 16u : 0u) | (l.sleep_intr ? 64u : 0u) |
        (l.vforkwaiting ? 128u : 0u) | (l.wake_pending_stop ? 256u : 0u) |
        (l.spinning ? 512u : 0u));
  const PtraceReport& r = l.result_report;
  for (int32_t x : {r.signo, r.code, r.event, r.other}) h.add_i(x);
  h.add(static_cast<uint64_t>(l.lstat));
  h.add_i(l.cpu);
  h.add(static_cast<uint64_t>(l.wchan.kind));
  h.add_i(l.wchan.obj);
  h.add(l.wake_tick);
  h.add(l.sleep_seq);
  if (with_time) h.add_i(l.run_steps);
  h.add_i(l.spin_locks);
  h.add(l.depth);
  for (uint8_t i = 0; i < l.depth; ++i) add_frame(h, l.frames[i]);
  for (int32_t x : {l.list, l.index, l.compute_left, l.cur_op, l.retval, l.err, l.wstatus_value,
                    l.result_events})
    h.add_i(x);
  h.add(l.result_fflags);
  h.add(l.wstatus_kind);
  h.add(l.nrepeats);
  for (uint8_t i = 0; i < l.nrepeats; ++i)
    for (int32_t x : {l.repeats[i].list, l.repeats[i].index, l.repeats[i].iter, l.repeats[i].count})
      h.add_i(x);
}

StateHash hash_impl(const KernelState& s, bool with_time) {
  Hasher h;
  if (with_time) {
    h.add(s.tick);
    h.add_i(s.slot_in_tick);
  }
  h.add(s.cpus.size());
  for (const Cpu& c : s.cpus) {
    h.add_i(c.cur);
    h.add(c.runq.size());
    for (Lid l : c.runq) h.add_i(l);
  }
  h.add(s.procs.size());
  for (const Proc& p : s.procs) add_proc(h, p);
  h.add(s.lwps.size());
  for (const Lwp& l : s.lwps) add_lwp(h, l, with_time);
  for (const auto* v :
       {&s.free_proc_slots, &s.free_lwp_slots, &s.free_mutex_slots, &s.free_object_slots}) {
    h.add(v->size());
    for (int32_t x : *v) h.add_i(x);
  }
  h.add(s.mutexes.size());
  for (const Mutex& m : s.mutexes) {
    for (int64_t x :
         {int64_t(m.kind), int64_t(m.cls), int64_t(m.serial), int64_t(m.refcnt), int64_t(m.owner)})
      h.add_i(x);
    h.add(m.sleepers.size());
    for (Lid l : m.sleepers) h.add_i(l);
  }
  h.add(s.objects.size());
  for (const KObject& o : s.objects)
    for (int64_t x : {int64_t(o.kind), int64_t(o.serial), int64_t(o.refcnt), int64_t(o.writeable),
                      o.nproc_cur, o.nproc_max})
      h.add_i(x);
  s.pidtab.hash_into([&h](uint64_t v) { h.add(v); });
  h.add(s.knotes.size());
  for (const Knote& k : s.knotes) h.add_i(k.watcher), h.add_i(k.target), h.add(k.fflags);
  h.add(s.kevents.size());
  for (const KEvent& e : s.kevents)
    h.add_i(e.watcher), h.add_i(e.target), h.add(e.fflags), h.add_i(e.data);
  h.add(s.proccnt.size());
  for (const UidCount& u : s.proccnt) h.add_i(u.uid), h.add_i(u.count);
  for (int64_t x : {int64_t(s.nprocs),
                    int64_t(s.maxproc),
                    int64_t(s.forkfsleep),
                    int64_t(s.forkfsleep_ms),
                    s.forks,
                    s.forks_ppwait,
                    s.forks_sharevm,
                    int64_t(s.uareas),
                    int64_t(s.uarea_limit),
                    s.lasttfm_tick,
                    int64_t(s.inject_proc_alloc_failure),
                    int64_t(s.next_mutex_serial),
                    int64_t(s.next_object_serial),
                    int64_t(s.timed_sleepers),
                    int64_t(s.serial),
                    int64_t(s.expect_passed),
                    int64_t(s.expect_failed),
                    s.fork_ok,
                    s.fork_eagain,
                    s.fork_enomem,
                    s.fork_einval})
    h.add_i(x);
  h.add(s.sleep_seq);
  h.add(s.next_timer);
  h.add(s.rng);
  h.add(s.expect_failures.size());
  for (const auto& [path, msg] : s.expect_failures) h.add_str(path), h.add_str(msg);
  h.add(s.names.size());
  s.names.for_each([&](const NameLog::Binding& b) { h.add_str(b.first), h.add_i(b.second); });
  return h.result();
}

} // namespace

StateHash hash_state(const KernelState& s) { return hash_impl(s, true); }
StateHash hash_state_timeless(const KernelState& s) { return hash_impl(s, false); }

} // namespace fs
