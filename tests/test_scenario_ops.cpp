// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/loader_helpers.h"

namespace {
using namespace fs::test::loader;

// Operations, names, the normalized form and overrides.
TEST(ScenarioLoader, CompilesProgramsIntoFlatLists) {
  auto s = loaded(one(R"([
      {"op": "vfork", "name": "c", "note": "hi", "child": [
        {"op": "exec", "path": "/bin/sh", "program": [{"op": "exit", "status": 3}]}]},
      {"op": "repeat", "count": 2, "body": [{"op": "fork"}]},
      {"op": "wait"}])"));
  ASSERT_EQ(s.ops.size(), 6u);
  const int prog = s.processes[0].program;
  ASSERT_EQ(s.lists[static_cast<std::size_t>(prog)].ops.size(), 3u);
  const fs::Op& vf = op_at(s, prog, 0);
  EXPECT_EQ(vf.kind, fs::OpKind::Vfork);
  EXPECT_EQ(vf.name, "c");
  EXPECT_EQ(vf.note, "hi");
  EXPECT_EQ(vf.path, "/processes/0/program/0");
  EXPECT_EQ(s.lists[static_cast<std::size_t>(vf.child)].path, "/processes/0/program/0/child");
  const fs::Op& ex = op_at(s, vf.child, 0);
  EXPECT_EQ(ex.kind, fs::OpKind::Exec);
  EXPECT_EQ(ex.exec_path, "/bin/sh");
  EXPECT_EQ(ex.path, "/processes/0/program/0/child/0");
  const fs::Op& exit = op_at(s, ex.child, 0);
  EXPECT_EQ(exit.status, 3);
  EXPECT_EQ(exit.path, "/processes/0/program/0/child/0/program/0");
  const fs::Op& rep = op_at(s, prog, 1);
  EXPECT_EQ(rep.kind, fs::OpKind::Repeat);
  EXPECT_EQ(rep.count, 2);
  EXPECT_EQ(op_at(s, rep.body, 0).kind, fs::OpKind::Fork);
  EXPECT_EQ(op_at(s, rep.body, 0).name, "");
  EXPECT_GE(op_at(s, rep.body, 0).child, 0); // an empty list, not "none"
  const fs::Op& w = op_at(s, prog, 2);
  EXPECT_EQ(w.target.kind, fs::ProcRef::Kind::Any);
  // ops are stored in document order
  for (std::size_t i = 1; i < s.ops.size(); ++i) EXPECT_LT(s.ops[i - 1].path, s.ops[i].path);
}

TEST(ScenarioLoader, DefaultAndRepeatNamesResolve) {
  auto ok = [](const std::string& name) {
    return errors(doc(R"([{"name": "sh", "program": [
        {"op": "repeat", "count": 3, "body": [{"op": "fork", "name": "w"}]},
        {"op": "kill", "signal": "SIGTERM", "pid": ")" +
                      name + R"("}]}, {"name": "db.main", "program": []}])"))
        .empty();
  };
  for (const char* good : {"sh", "init", "sh.1", "sh.1.2", "w", "w#3", "w#0", "w#1.2", "sh.1#2",
                           "w#2#1", "db.main", "db.main.4", "init.1"})
    EXPECT_TRUE(ok(good)) << good;
  for (const char* bad :
       {"x", "sh.0", "sh.01", "sh.", "w#", "w#01", "sh.1a", "#1", "sh.-1", "db", "any#1"})
    EXPECT_FALSE(ok(bad)) << bad;
}

TEST(ScenarioLoader, ProcessReferences) {
  auto s = loaded(one(R"([{"op": "kill", "pid": 7, "signal": 0},
      {"op": "wait", "pid": "any", "options": ["WNOHANG", "WALLSIG"],
       "expect": {"pid": 0, "errno": "ECHILD"}},
      {"op": "ktrace"}, {"op": "ktrace", "pid": "init", "inherit": false}])"));
  const int prog = s.processes[0].program;
  EXPECT_EQ(op_at(s, prog, 0).target.kind, fs::ProcRef::Kind::Pid);
  EXPECT_EQ(op_at(s, prog, 0).target.pid, 7);
  const fs::Op& w = op_at(s, prog, 1);
  EXPECT_EQ(w.wait_options, 0x1 | 0x8);
  ASSERT_TRUE(w.expect.pid);
  EXPECT_EQ(w.expect.pid->kind, fs::ProcRef::Kind::Pid);
  EXPECT_EQ(w.expect.pid->pid, 0);
  EXPECT_TRUE(w.expect.has_errno);
  EXPECT_EQ(w.expect.errno_value, 10);
  EXPECT_EQ(op_at(s, prog, 2).target.kind, fs::ProcRef::Kind::Self);
  EXPECT_TRUE(op_at(s, prog, 2).inherit);
  EXPECT_EQ(op_at(s, prog, 3).target.name, "init");
  EXPECT_FALSE(op_at(s, prog, 3).inherit);
  const std::string t = one(R"([{"op": "kill", "pid": "any", "signal": 9},
      {"op": "wait", "pid": 0}, {"op": "wait", "options": ["WEXITED"]}])");
  EXPECT_EQ(errors(t), (std::vector<std::string>{
                           "s.json:" + pos(t, "\"any\"") +
                               ": /processes/0/program/0/pid: \"any\" is only allowed as the pid "
                               "of a wait",
                           "s.json:" + pos(t, "0}") +
                               ": /processes/0/program/1/pid: 0 is out of range 1..2147483647",
                           "s.json:" + pos(t, "\"WEXITED\"") +
                               ": /processes/0/program/2/options/0: unknown wait option "
                               "\"WEXITED\"",
                       }));
}

TEST(ScenarioLoader, CloneFlagsAndSignal) {
  auto s = loaded(one(R"([
      {"op": "clone", "flags": ["CLONE_VM", "CLONE_VFORK"]},
      {"op": "clone", "flags": 16640, "signal": "SIGUSR1"},
      {"op": "clone", "flags": 511, "signal": 0},
      {"op": "clone", "signal": 200}])"));
  const int prog = s.processes[0].program;
  EXPECT_EQ(op_at(s, prog, 0).clone_flags, 0x100 | 0x4000 | 20); // SIGCHLD by default
  EXPECT_EQ(op_at(s, prog, 1).clone_flags, 0x4100 | 30);         // SIGUSR1
  EXPECT_EQ(op_at(s, prog, 2).clone_flags, 0x100);               // low byte replaced by 0
  EXPECT_EQ(op_at(s, prog, 3).clone_flags, 200);                 // EINVAL at run time
  EXPECT_EQ(s.normalized["processes"][0]["program"][0].dump(),
            R"({"op":"clone","child":[],"flags":["CLONE_VM","CLONE_VFORK"],"signal":"SIGCHLD"})");
  const std::string t = one(R"([{"op": "clone", "flags": ["CLONE_VN"], "signal": 256},
      {"op": "clone", "flags": -1, "signal": "SIGFOO"}])");
  EXPECT_EQ(errors(t), (std::vector<std::string>{
                           "s.json:" + pos(t, "\"CLONE_VN\"") +
                               ": /processes/0/program/0/flags/0: unknown clone flag \"CLONE_VN\"",
                           "s.json:" + pos(t, "256") +
                               ": /processes/0/program/0/signal: 256 is out of range 0..255",
                           "s.json:" + pos(t, "-1") +
                               ": /processes/0/program/1/flags: -1 is out of range 0..2147483647",
                           "s.json:" + pos(t, "\"SIGFOO\"") +
                               ": /processes/0/program/1/signal: unknown signal \"SIGFOO\"",
                       }));
}

TEST(ScenarioLoader, OperationFields) {
  auto s = loaded(doc(R"([{"name": "dbg", "program": [
      {"op": "ptrace", "request": "PT_ATTACH", "pid": "tgt"},
      {"op": "ptrace", "request": "PT_SET_EVENT_MASK", "pid": "tgt",
       "events": ["PTRACE_FORK", "PTRACE_VFORK_DONE"]},
      {"op": "ptrace", "request": "PT_SET_SIGPASS", "pid": "tgt", "signals": ["SIGUSR1", 2]},
      {"op": "ptrace", "request": "PT_CONTINUE", "pid": "tgt", "signal": "SIGINT"},
      {"op": "ptrace", "request": "PT_GET_PROCESS_STATE", "pid": "tgt",
       "expect": {"report_event": "PTRACE_FORK", "other_pid": "tgt.1"}},
      {"op": "ptrace", "request": "PT_GET_EVENT_MASK", "pid": 2,
       "expect": {"events": ["PTRACE_VFORK"], "errno": null}},
      {"op": "setrlimit", "resource": "RLIMIT_NPROC", "cur": 10, "max": 5},
      {"op": "sysctl", "name": "kern.maxproc", "value": 30000},
      {"op": "sysctl", "name": "proc.stopfork", "pid": "tgt", "value": -3},
      {"op": "kqueue", "pid": "tgt", "fflags": ["NOTE_FORK", "NOTE_TRACK"]},
      {"op": "kevent"}, {"op": "sleep", "ticks": 5}, {"op": "compute", "ticks": 10000000},
      {"op": "setuid", "uid": 0}, {"op": "seteuid", "uid": 2147483647},
      {"op": "raise", "signal": 63, "expect": {"status": {"stopped": "SIGSTOP"}}},
      {"op": "exec", "path": "/x", "fail": "ENOENT"}]},
      {"name": "tgt", "program": [{"op": "wait", "expect": {"status": {"signaled": 9}}}]}])"));
  const int prog = s.processes[0].program;
  auto o = [&](std::size_t i) -> const fs::Op& { return op_at(s, prog, i); };
  EXPECT_EQ(o(0).request, fs::PtraceReq::Attach);
  EXPECT_EQ(o(0).target.name, "tgt");
  EXPECT_EQ(o(1).events, 0x1 | 0x4);
  EXPECT_EQ(o(2).sigset, (uint64_t{1} << 29) | (uint64_t{1} << 1));
  EXPECT_EQ(o(3).signal, 2);
  EXPECT_EQ(o(4).expect.report_event, 1);
  EXPECT_EQ(o(4).expect.other_pid->name, "tgt.1");
  EXPECT_EQ(o(5).expect.events, 2);
  EXPECT_TRUE(o(5).expect.has_errno);
  EXPECT_EQ(o(5).expect.errno_value, 0);
  EXPECT_EQ(o(6).rlim_cur, 10);
  EXPECT_EQ(o(6).rlim_max, 5);
  EXPECT_EQ(o(7).sysctl, fs::SysctlName::KernMaxproc);
  EXPECT_EQ(o(7).value, 30000);
  EXPECT_EQ(o(8).sysctl, fs::SysctlName::ProcStopfork);
  EXPECT_EQ(o(8).value, -3);
  EXPECT_EQ(o(9).fflags, 0x40000000u | 0x1u);
  EXPECT_EQ(o(10).kind, fs::OpKind::Kevent);
  EXPECT_EQ(o(11).count, 5);
  EXPECT_EQ(o(12).count, 10000000);
  EXPECT_EQ(o(14).uid, 2147483647);
  EXPECT_EQ(o(15).signal, 63);
  EXPECT_EQ(o(15).expect.status_kind, fs::Expect::StatusKind::Stopped);
  EXPECT_EQ(o(15).expect.status_value, 17);
  EXPECT_EQ(o(16).exec_fail, 2);
  const fs::Op& w = op_at(s, s.processes[1].program, 0);
  EXPECT_EQ(w.expect.status_kind, fs::Expect::StatusKind::Signaled);
  EXPECT_EQ(w.expect.status_value, 9);
}

TEST(ScenarioLoader, OperationFieldErrors) {
  auto msg = [](const std::string& op) {
    auto e = errors(one("[" + op + "]"));
    return e.empty() ? std::string("ok") : e[0].substr(e[0].find(": /") + 2);
  };
  EXPECT_EQ(msg(R"({"op": "exec"})"), "/processes/0/program/0: missing required field \"path\"");
  EXPECT_EQ(msg(R"({"op": "exec", "path": "/x", "fail": "ENOPE"})"),
            "/processes/0/program/0/fail: unknown errno \"ENOPE\"");
  EXPECT_EQ(msg(R"({"note": "x"})"), "/processes/0/program/0: missing required field \"op\"");
  EXPECT_EQ(msg(R"({"op": 3})"), "/processes/0/program/0/op: expected a string (found 3)");
  EXPECT_EQ(msg(R"("fork")"),
            "/processes/0/program/0: expected an object (found the string \"fork\")");
  EXPECT_EQ(msg(R"({"op": "raise", "signal": 0})"),
            "/processes/0/program/0/signal: 0 is out of range 1..63");
  EXPECT_EQ(msg(R"({"op": "raise", "signal": 64})"),
            "/processes/0/program/0/signal: 64 is out of range 1..63");
  EXPECT_EQ(msg(R"({"op": "kill", "signal": 9})"),
            "/processes/0/program/0: missing required field \"pid\"");
  EXPECT_EQ(msg(R"({"op": "ptrace", "request": "PT_SET_EVENT_MASK", "pid": 2})"),
            "/processes/0/program/0: missing required field \"events\" (PT_SET_EVENT_MASK)");
  EXPECT_EQ(msg(R"({"op": "ptrace", "request": "PT_TRACE_ME", "pid": 2})"),
            "/processes/0/program/0/pid: \"pid\" is only used with requests other than "
            "PT_TRACE_ME");
  EXPECT_EQ(msg(R"({"op": "ptrace", "request": "PT_ATTACH", "pid": 2, "signal": 1})"),
            "/processes/0/program/0/signal: \"signal\" is only used with PT_CONTINUE and "
            "PT_DETACH");
  EXPECT_EQ(msg(R"({"op": "ptrace", "request": "PT_PEEK"})").substr(0, 42),
            "/processes/0/program/0/request: expected \"");
  EXPECT_EQ(msg(R"({"op": "setrlimit", "resource": "RLIMIT_NOFILE", "cur": 1, "max": 1})"),
            "/processes/0/program/0/resource: expected \"RLIMIT_NPROC\" (found the string "
            "\"RLIMIT_NOFILE\")");
  EXPECT_EQ(msg(R"({"op": "setrlimit", "resource": "RLIMIT_NPROC", "cur": -1, "max": 1})"),
            "/processes/0/program/0/cur: -1 is out of range 0..9223372036854775807");
  EXPECT_EQ(msg(R"({"op": "sysctl", "name": "kern.maxproc", "pid": 1, "value": 1})"),
            "/processes/0/program/0/pid: \"pid\" is only used with proc.* names");
  EXPECT_EQ(msg(R"({"op": "sysctl", "name": "kern.hostname", "value": 1})").substr(0, 40),
            "/processes/0/program/0/name: expected \"k");
  EXPECT_EQ(msg(R"({"op": "kqueue", "pid": 2, "fflags": []})"),
            "/processes/0/program/0/fflags: at least one kqueue note is required");
  EXPECT_EQ(msg(R"({"op": "kqueue", "pid": 2, "fflags": ["NOTE_CHILD"]})"),
            "/processes/0/program/0/fflags/0: unknown kqueue note \"NOTE_CHILD\"");
  EXPECT_EQ(msg(R"({"op": "sleep", "ticks": 0})"),
            "/processes/0/program/0/ticks: 0 is out of range 1..10000000");
  EXPECT_EQ(msg(R"({"op": "compute", "ticks": 1, "expect": {}})"),
            "/processes/0/program/0/expect: \"expect\" is not allowed on compute (it returns "
            "nothing)");
  EXPECT_EQ(msg(R"({"op": "repeat", "count": 1})"),
            "/processes/0/program/0: missing required field \"body\"");
  EXPECT_EQ(msg(R"({"op": "repeat", "count": 1000001, "body": []})"),
            "/processes/0/program/0/count: 1000001 is out of range 0..1000000");
  EXPECT_EQ(msg(R"({"op": "fork", "expect": {"errno": "EAGAIN", "status": {}}})"),
            "/processes/0/program/0/expect/status: expected exactly one of \"exited\", "
            "\"stopped\" or \"signaled\"");
  EXPECT_EQ(msg(R"({"op": "fork", "expect": {"erno": "EAGAIN"}})"),
            "/processes/0/program/0/expect/erno: unknown key \"erno\"");
  EXPECT_EQ(msg(R"({"op": "fork", "expect": {"errno": 35}})"),
            "/processes/0/program/0/expect/errno: expected null or an errno name (found 35)");
  EXPECT_EQ(msg(R"({"op": "fork", "expect": {"report_event": 1}})"),
            "/processes/0/program/0/expect/report_event: expected a PTRACE_* name or 0 (found 1)");
  EXPECT_EQ(msg(R"({"op": "fork", "name": "init"})"),
            "/processes/0/program/0/name: the name \"init\" is reserved");
}

TEST(ScenarioLoader, RepeatNestingIsLimitedToEight) {
  auto nest = [](int depth) {
    std::string ops = R"([{"op": "compute", "ticks": 1}])";
    for (int i = 0; i < depth; ++i) ops = R"([{"op": "repeat", "count": 2, "body": )" + ops + "}]";
    return one(ops);
  };
  EXPECT_TRUE(errors(nest(8)).empty());
  auto e = errors(nest(9));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].find("/body/0/body/0: repeat nesting deeper than 8"), std::string::npos) << e[0];
}

TEST(ScenarioLoader, DeepestForkNestingLoads) {
  // Each fork adds two JSON levels (op object, child array); 98 reach depth 200.
  auto nest = [](int depth) {
    std::string ops = "[]";
    for (int i = 0; i < depth; ++i) ops = R"([{"op": "fork", "child": )" + ops + "}]";
    return one(ops);
  };
  auto s = loaded(nest(98));
  EXPECT_EQ(s.ops.size(), 98u);
  EXPECT_EQ(loaded(s.normalized.dump()).normalized.dump(), s.normalized.dump());
  auto e = errors(nest(99));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].find("nesting deeper than 200"), std::string::npos) << e[0];
}

TEST(ScenarioLoader, TooManyOperations) {
  std::string ops = "[";
  for (int i = 0; i < 100001; ++i) ops += R"({"op":"kevent"},)";
  ops.back() = ']';
  const std::string t = one(ops);
  auto e = errors(t);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].find("/processes/0/program/100000: more than 100000 operations in the file"),
            std::string::npos)
      << e[0];
  ops.erase(ops.size() - 16, 16); // exactly 100000 is fine
  ops.back() = ']';
  EXPECT_TRUE(errors(one(ops)).empty());
}

TEST(ScenarioLoader, ErrorFloodIsCapped) {
  std::string machine = "{";
  for (int i = 0; i < 5000; ++i) machine += "\"k" + std::to_string(i) + "\": 0,";
  machine.back() = '}';
  auto e = errors(doc(R"([{"name": "sh", "program": []}])", machine));
  ASSERT_EQ(e.size(), 1001u);
  EXPECT_EQ(e.back(), "s.json: too many errors (stopped after 1000)");
}

const char* kRich = R"({
  "_comment": "every kind of op",
  "processes": [
    {"program": [
       {"expect": {"errno": null, "pid": "c"}, "name": "c", "op": "vfork14",
        "child": [{"op": "exec", "path": "/bin/echo", "fail": "ENOEXEC"}]},
       {"op": "repeat", "count": 2, "body": [
         {"op": "fork", "child": [{"op": "exit", "status": 7}]},
         {"op": "clone", "flags": 256, "signal": 0}]},
       {"op": "wait", "pid": "sh.1", "options": ["WUNTRACED"],
        "expect": {"status": {"exited": 7}, "pid": "sh.1"}},
       {"op": "ptrace", "request": "PT_DETACH", "pid": "c"},
       {"op": "ptrace", "request": "PT_TRACE_ME"},
       {"op": "sysctl", "name": "proc.stopexec", "pid": "c", "value": 1},
       {"op": "kqueue", "pid": "init", "fflags": ["NOTE_EXIT"]},
       {"op": "ktrace", "note": "trace me"},
       {"op": "setrlimit", "resource": "RLIMIT_NPROC", "cur": 1, "max": 9223372036854775807}],
     "name": "sh", "uid": 1001, "stopfork": true}],
  "expect_outcome": "deadlock",
  "machine": {"seed": 18446744073709551615, "schedule": {"script": [1, 0]}, "hz": 60},
  "tags": ["vfork", "\u00e9t\u00e9 \ud83d\ude00"],
  "description": "d",
  "title": "rich",
  "version": 1,
  "format": "forkscope-scenario"
})";

TEST(ScenarioLoader, NormalizedRoundTrips) {
  auto a = loaded(kRich);
  const std::string first = a.normalized.dump(2);
  EXPECT_EQ(a.tags, (std::vector<std::string>{"vfork", "\u00e9t\u00e9 \U0001F600"}));
  auto b = loaded(first);
  EXPECT_EQ(b.normalized.dump(2), first);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.tags, a.tags);
  EXPECT_EQ(b.machine.seed, a.machine.seed);
  EXPECT_EQ(b.machine.script, a.machine.script);
  ASSERT_EQ(b.ops.size(), a.ops.size());
  for (std::size_t i = 0; i < a.ops.size(); ++i) {
    EXPECT_EQ(b.ops[i].path, a.ops[i].path);
    EXPECT_EQ(b.ops[i].kind, a.ops[i].kind);
    EXPECT_EQ(b.ops[i].clone_flags, a.ops[i].clone_flags);
    EXPECT_EQ(b.ops[i].child, a.ops[i].child);
    EXPECT_EQ(b.ops[i].body, a.ops[i].body);
    EXPECT_EQ(b.ops[i].has_expect, a.ops[i].has_expect);
  }
  ASSERT_EQ(b.lists.size(), a.lists.size());
  for (std::size_t i = 0; i < a.lists.size(); ++i) {
    EXPECT_EQ(b.lists[i].ops, a.lists[i].ops);
    EXPECT_EQ(b.lists[i].path, a.lists[i].path);
  }
  // Canonical: the key order of the input does not matter, defaults are explicit.
  const auto& n = a.normalized;
  std::vector<std::string> keys;
  for (const auto& [k, v] : n.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "title", "description", "tags",
                                            "machine", "expect_outcome", "processes"}));
  EXPECT_EQ(n["processes"][0]["program"][0].dump(),
            R"({"op":"vfork14","name":"c","child":[{"op":"exec","path":"/bin/echo","program":[],)"
            R"("fail":"ENOEXEC"}],"expect":{"errno":null,"pid":"c"}})");
  EXPECT_EQ(n["processes"][0]["program"][3].dump(),
            R"({"op":"ptrace","request":"PT_DETACH","pid":"c","signal":0})");
  EXPECT_EQ(n["processes"][0]["program"][7].dump(),
            R"({"op":"ktrace","note":"trace me","inherit":true})");
  EXPECT_EQ(n["processes"][0]["euid"], 1001);
  EXPECT_EQ(n["machine"]["seed"].dump(), "18446744073709551615");
}

TEST(ScenarioLoader, ApplyOverrides) {
  auto s = loaded(kRich);
  fs::ScenarioOverrides o;
  o.cpus = 0;
  EXPECT_EQ(fs::apply_overrides(s, o), "--cpus 0 is out of range 1..64");
  o.cpus = 65;
  EXPECT_NE(fs::apply_overrides(s, o), "");
  o.cpus = 1; // the script uses CPU 1
  EXPECT_EQ(fs::apply_overrides(s, o),
            "--cpus 1: the scenario's schedule script uses CPU 1 (entry 0)");
  EXPECT_EQ(s.machine.cpus, 2); // a refused override changes nothing
  o.schedule = "fifo";
  EXPECT_EQ(fs::apply_overrides(s, o),
            "--schedule must be \"round-robin\" or \"random\" (found \"fifo\")");
  o.schedule = "random"; // replaces the script, so one CPU is fine now
  o.seed = 42;
  o.max_steps = 2000000001;
  EXPECT_EQ(fs::apply_overrides(s, o), "--max-steps 2000000001 is out of range 1..2000000000");
  o.max_steps = 0;
  EXPECT_NE(fs::apply_overrides(s, o), "");
  o.max_steps = 500;
  EXPECT_EQ(fs::apply_overrides(s, o), "");
  EXPECT_EQ(s.machine.cpus, 1);
  EXPECT_EQ(s.machine.schedule, fs::ScheduleKind::Random);
  EXPECT_TRUE(s.machine.script.empty());
  EXPECT_EQ(s.machine.seed, 42u);
  EXPECT_EQ(s.machine.max_steps, 500u);
  const auto& m = s.normalized["machine"];
  EXPECT_EQ(m["cpus"], 1);
  EXPECT_EQ(m["schedule"], "random");
  EXPECT_EQ(m["seed"], 42);
  EXPECT_EQ(m["max_steps"], 500);
  EXPECT_EQ(m["hz"], 60); // untouched fields stay
  // The updated normalized form still loads to the same thing.
  EXPECT_EQ(loaded(s.normalized.dump()).normalized.dump(), s.normalized.dump());
}

TEST(ScenarioLoader, LoadFile) {
  auto r = fs::load_scenario_file("/nonexistent/dir/lab.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_FALSE(r.scenario);
  EXPECT_EQ(r.errors[0].line, 0);
  EXPECT_EQ(r.errors[0].col, 0);
  EXPECT_EQ(r.errors[0].file, "/nonexistent/dir/lab.json");
  EXPECT_EQ(r.errors[0].message,
            "cannot open /nonexistent/dir/lab.json: No such file or directory");
  EXPECT_EQ(r.errors[0].str(), "/nonexistent/dir/lab.json: cannot open "
                               "/nonexistent/dir/lab.json: No such file or directory");
}

TEST(ScenarioLoader, LoadsAMegabyteQuickly) {
  std::string procs = "[";
  for (int p = 0; procs.size() < 1000000; ++p) {
    procs += "{\"name\": \"p" + std::to_string(p) + "\", \"program\": [";
    for (int i = 0; i < 40; ++i)
      procs += R"({"op": "fork", "child": [{"op": "compute", "ticks": 3}]},)"
               R"({"op": "wait", "pid": "any", "expect": {"errno": null}},)";
    procs.back() = ']';
    procs += "},";
  }
  procs.back() = ']';
  const std::string t = doc(procs);
  ASSERT_GT(t.size(), 1000000u);
  const auto start = std::chrono::steady_clock::now();
  auto r = load_scenario_text(t, "big.json");
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  ASSERT_TRUE(r.scenario);
#if defined(NDEBUG) && !defined(FS_TEST_SANITIZED)
  EXPECT_LT(ms, 1000) << "loading 1 MB took " << ms << " ms";
#else // unoptimized or sanitized: only catch blow-ups
  EXPECT_LT(ms, 10000) << "loading 1 MB took " << ms << " ms";
#endif
}

TEST(JsonPos, PointersMapToValueAndKeyPositions) {
  auto r = fs::parse_json_with_positions("{\"a\": [1, {\"b/c\": true}],\n \"~\": null}");
  ASSERT_TRUE(r.ok);
  auto p = [&](const char* ptr) {
    auto v = r.doc.pos_of(ptr);
    return std::to_string(v.line) + ":" + std::to_string(v.col);
  };
  auto k = [&](const char* ptr) {
    auto v = r.doc.key_pos_of(ptr);
    return std::to_string(v.line) + ":" + std::to_string(v.col);
  };
  EXPECT_EQ(p(""), "1:1");
  EXPECT_EQ(p("/a"), "1:7");
  EXPECT_EQ(k("/a"), "1:2");
  EXPECT_EQ(p("/a/1"), "1:11");
  EXPECT_EQ(p("/a/1/b~1c"), "1:19");
  EXPECT_EQ(k("/a/1/b~1c"), "1:12");
  EXPECT_EQ(p("/~0"), "2:7");
  EXPECT_EQ(k("/~0"), "2:2");
  EXPECT_EQ(p("/a/7"), "1:7");     // nearest existing ancestor
  EXPECT_EQ(p("/a/1/zz"), "1:11"); // idem
  EXPECT_EQ(k("/a/0"), "1:8");     // array elements have no key
  EXPECT_EQ(r.doc.value["a"][1]["b/c"], true);
  EXPECT_EQ(fs::json_pointer_token("a/b~c"), "a~1b~0c");
}

TEST(JsonPos, NumbersAndStrings) {
  auto r = fs::parse_json_with_positions(
      R"([0, -0, 9223372036854775807, 9223372036854775808, -9223372036854775808, 1.5, 2e3,
          "\"\\\/\b\f\n\r\t\u0041\u00e9\ud83d\ude00"])");
  ASSERT_TRUE(r.ok) << r.error;
  const auto& v = r.doc.value;
  EXPECT_TRUE(v[0].is_number_integer());
  EXPECT_EQ(v[2].get<int64_t>(), INT64_MAX);
  EXPECT_TRUE(v[3].is_number_unsigned());
  EXPECT_EQ(v[3].get<uint64_t>(), 9223372036854775808u);
  EXPECT_EQ(v[4].get<int64_t>(), INT64_MIN);
  EXPECT_TRUE(v[5].is_number_float());
  EXPECT_TRUE(v[6].is_number_float());
  EXPECT_EQ(v[7].get<std::string>(), "\"\\/\b\f\n\r\tA\u00e9\U0001F600");
  // A byte order mark is skipped and does not count as a column.
  auto bom = fs::parse_json_with_positions("\xEF\xBB\xBF [x]");
  EXPECT_EQ(bom.error_pos.col, 3);
}

} // namespace
