// SPDX-License-Identifier: GPL-3.0-or-later
// Trace format v1: the exact JSON of every event kind, write/read round trips,
// reader errors (file:line:col and JSON pointer), the Chrome export's
// structure, and the atomic save. Traces are built by hand, not by the engine.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/state/names.h"
#include "core/state/step_table.h"
#include "core/state/syscall_names.h"
#include "core/support/json_locate.h"
#include "core/trace/trace_io.h"

namespace fs {
namespace {

using J = nlohmann::ordered_json;

// By name: glibc's <signal.h> and <errno.h> macros of the same names have Linux values.
int sig(const char* name) { return signal_by_name(name).value(); }
int err(const char* name) { return errno_by_name(name).value(); }

// Events of every kind over 7 steps in 4 ticks; step 5 records nothing.
Trace sample_trace() {
  Trace t;
  t.generator = "forkscope-test 0.0";
  t.scenario = J::parse(R"({"format":"forkscope-scenario","version":1,"title":"t",
                            "machine":{"cpus":2,"hz":100}})");
  auto ev = [&t](EventKind k, int action, int cpu, int pid, int a, int b = 0, int c = 0) {
    t.events.push_back(
        Event{k, static_cast<uint8_t>(action), static_cast<int16_t>(cpu), pid, a, b, c});
  };
  auto s = [&t](std::string_view str) { return t.strings.intern(str); };
  auto sys = [&t](int err, WaitStatusKind k, int v, std::string args) {
    return t.add_syscall_detail(SyscallDetail{err, k, v}, args);
  };
  using E = EventKind;
  const int R = static_cast<int>(SyscallPhase::Return);
  ev(E::Proc, 0, -1, -1, 1, 0, static_cast<int>(ProcStat::SIDL)); // boot: step 0
  ev(E::Step, 0, 0, 2, USER_SYSCALL);                             // step 0, tick 0
  ev(E::Syscall, 0, 0, 2, SYS_FORK, 0, sys(0, WaitStatusKind::None, 0, R"({"name":"child"})"));
  ev(E::Lock, 0, 0, 2, s("proc_lock"), 2);
  ev(E::Step, 0, 1, 3, USER_COMPUTE); // step 1, tick 0
  ev(E::Counter, 0, 1, 3, s("nprocs"), 4);
  ev(E::Step, 0, 0, 2, USER_SYSCALL); // step 2, tick 1
  ev(E::Proc, 0, 0, 2, 4, 2, static_cast<int>(ProcStat::SIDL));
  ev(E::Lock, 3, 0, 2, s("proc_lock"), -1);
  ev(E::Lwp, 0, 0, 2, 4, static_cast<int>(LwpStat::LSRUN), -1);
  ev(E::Step, 0, 1, 3, USER_COMPUTE); // step 3, tick 1
  ev(E::Cv, 0, 1, 3, s("l_waitcv#3"), -1);
  ev(E::Lwp, 0, 1, 3, 3, static_cast<int>(LwpStat::LSSLEEP), s("l_waitcv#3"));
  ev(E::Sched, 0, 1, -1, 3, -1);
  ev(E::Step, 0, 1, 4, USER_SIGNAL); // step 4, tick 2
  ev(E::Signal, 0, 1, 4, 2, sig("SIGCHLD"));
  ev(E::Syscall, R, 1, 4, SYS_FORK, 0, sys(0, WaitStatusKind::None, 0, "{}"));
  ev(E::Knote, 0, 1, 4, 2, 4, static_cast<int>(NOTE_EXIT | NOTE_FORK | 0x100));
  t.ptrace_details.push_back({sig("SIGTRAP"), NB_TRAP_CHLD, PTRACE_FORK, 4});
  ev(E::Ptrace, 0, 1, 4, 4, 2, 0);
  // step 6, tick 3 (step 5 recorded nothing)
  ev(E::Syscall, R, 0, 2, SYS_WAIT6, 4, sys(0, WaitStatusKind::Exited, 3, R"({"pid":4})"));
  ev(E::Syscall, R, 0, 2, SYS_FORK, -1, sys(err("EAGAIN"), WaitStatusKind::None, 0, "{}"));
  ev(E::Log, 0, 0, 2, s("proc: table is full - increase kern.maxproc or NPROC"));
  ev(E::Expect, 0, 0, 2, s("/processes/0/program/1/expect"), 1, s(""));
  ev(E::Expect, 0, 0, 2, s("/processes/0/program/2/expect"), 0, s("got \"x\"\n\x01"));
  ev(E::Note, 0, 0, 2, s("/processes/0/program/0"), 0, s("hello\tw\xc3\xb6rld \xff"));
  ev(E::Cv, 2, 0, 2, s("l_waitcv#3"), 3);
  ev(E::Sched, 2, 0, -1, -1, -1);
  ev(E::Lock, 0, 0, 2, s("p_lock#4"), 2);
  ev(E::Syscall, R, 0, 2, SYS_WAIT6, 4, sys(0, WaitStatusKind::Signaled, sig("SIGKILL"), "{}"));
  t.step_first_event = {0, 4, 6, 10, 14, 19, 19};
  for (auto [tick, first] : {std::pair<uint64_t, uint64_t>{0, 0}, {1, 2}, {2, 4}, {3, 5}})
    t.ticks.start_tick(tick, first);
  Outcome& o = t.outcome;
  o.steps = 7, o.ticks = 4, o.expectations_passed = 1, o.expectations_failed = 1;
  o.failures = {{"/processes/0/program/2/expect", "got \"x\""}};
  o.final_nprocs = 3;
  o.final_processes = {{1, "init", "SACTIVE", 0}, {2, "sh", "SACTIVE", 1}};
  o.forks_by_result = {{"success", 1}, {"EAGAIN", 1}};
  return t;
}

std::vector<std::string> event_lines(const std::string& json) {
  std::vector<std::string> out;
  std::istringstream in(json);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("{\"seq\":")) continue;
    if (line.ends_with(",")) line.pop_back();
    out.push_back(line);
  }
  return out;
}

TEST(TraceIndex, StepAndTickOfEvent) {
  const Trace t = sample_trace();
  EXPECT_EQ(t.step_of_event(0), 0u);
  EXPECT_EQ(t.step_of_event(3), 0u);
  EXPECT_EQ(t.step_of_event(4), 1u);
  EXPECT_EQ(t.step_of_event(19), 6u); // step 5 is empty: the event is step 6's
  EXPECT_EQ(t.tick_of_step(1), 0u);
  EXPECT_EQ(t.tick_of_step(5), 3u);
  EXPECT_EQ(t.tick_of_event(14), 2u);
  EXPECT_EQ(Trace{}.step_of_event(5), 0u);
  EXPECT_EQ(Trace{}.tick_of_step(5), 0u);
  EXPECT_GT(t.memory_bytes(), t.events.size() * sizeof(Event));
}

TEST(TraceIndex, StringTableInterns) {
  StringTable st;
  EXPECT_EQ(st.intern("proc_lock"), 0);
  EXPECT_EQ(st.intern("p_lock#1"), 1);
  EXPECT_EQ(st.intern(std::string("proc_lock")), 0);
  EXPECT_EQ(st.size(), 2);
  EXPECT_EQ(st.at(1), "p_lock#1");
  EXPECT_GT(st.bytes(), 0u);
}

TEST(SyscallNames, RoundTrip) {
  EXPECT_STREQ(syscall_name(SYS_VFORK14), "__vfork14");
  EXPECT_STREQ(syscall_name(SYS_RAISE), "raise");
  EXPECT_EQ(syscall_name(SYSCALL_COUNT), nullptr);
  EXPECT_EQ(syscall_name(-1), nullptr);
  for (int i = 0; i < SYSCALL_COUNT; ++i) EXPECT_EQ(syscall_id(syscall_name(i)), i);
  EXPECT_EQ(syscall_id("forc"), -1);
}

TEST(TraceWriter, ExactJsonOfEveryKind) {
  const std::vector<std::string> lines = event_lines(trace_to_string(sample_trace()));
  const std::string h = R"("cpu":0,"pid":2,"lid":2,)";
  const std::map<int, std::string> want = {
      {0,
       R"({"seq":0,"tick":0,"step":0,"cpu":null,"pid":null,"lid":null,"kind":"proc","action":"create","target":1,"ppid":0,"state":"SIDL"})"},
      {1,
       R"({"seq":1,"tick":0,"step":0,)" + h +
           R"("kind":"step","func":"syscall","file":"","line":null,"line_end":null,"label":"user.syscall"})"},
      {2,
       R"({"seq":2,"tick":0,"step":0,)" + h +
           R"("kind":"syscall","name":"fork","phase":"enter","args":{"name":"child"},"retval":null,"errno":null})"},
      {3, R"({"seq":3,"tick":0,"step":0,)" + h +
              R"("kind":"lock","lock":"proc_lock","action":"acquire","owner":2})"},
      {5,
       R"({"seq":5,"tick":0,"step":1,"cpu":1,"pid":3,"lid":3,"kind":"counter","name":"nprocs","value":4})"},
      {8, R"({"seq":8,"tick":1,"step":2,)" + h +
              R"("kind":"lock","lock":"proc_lock","action":"release","owner":null})"},
      {9, R"({"seq":9,"tick":1,"step":2,)" + h +
              R"("kind":"lwp","target":4,"state":"LSRUN","wchan":null})"},
      {11,
       R"({"seq":11,"tick":1,"step":3,"cpu":1,"pid":3,"lid":3,"kind":"cv","cv":"l_waitcv#3","action":"wait"})"},
      {12,
       R"({"seq":12,"tick":1,"step":3,"cpu":1,"pid":3,"lid":3,"kind":"lwp","target":3,"state":"LSSLEEP","wchan":"l_waitcv#3"})"},
      {13,
       R"({"seq":13,"tick":1,"step":3,"cpu":1,"pid":null,"lid":null,"kind":"sched","action":"switch","from":3,"to":null})"},
      {14,
       R"({"seq":14,"tick":2,"step":4,"cpu":1,"pid":4,"lid":4,"kind":"step","func":"userret","file":"kern_sig.c","line":null,"line_end":null,"label":"user.userret_signal"})"},
      {15,
       R"({"seq":15,"tick":2,"step":4,"cpu":1,"pid":4,"lid":4,"kind":"signal","action":"post","target":2,"signal":"SIGCHLD"})"},
      {16,
       R"({"seq":16,"tick":2,"step":4,"cpu":1,"pid":4,"lid":4,"kind":"syscall","name":"fork","phase":"return","args":{},"retval":0,"errno":null})"},
      {17,
       R"({"seq":17,"tick":2,"step":4,"cpu":1,"pid":4,"lid":4,"kind":"knote","watcher":2,"target":4,"fflags":["NOTE_EXIT","NOTE_FORK",256]})"},
      {18,
       R"({"seq":18,"tick":2,"step":4,"cpu":1,"pid":4,"lid":4,"kind":"ptrace","action":"event_stop","target":4,"tracer":2,"signal":"SIGTRAP","code":"TRAP_CHLD","report_event":"PTRACE_FORK","other_pid":4})"},
      {19,
       R"({"seq":19,"tick":3,"step":6,)" + h +
           R"("kind":"syscall","name":"wait6","phase":"return","args":{"pid":4},"retval":4,"errno":null,"status":{"exited":3}})"},
      {20,
       R"({"seq":20,"tick":3,"step":6,)" + h +
           R"("kind":"syscall","name":"fork","phase":"return","args":{},"retval":-1,"errno":"EAGAIN"})"},
      {21, R"({"seq":21,"tick":3,"step":6,)" + h +
               R"("kind":"log","text":"proc: table is full - increase kern.maxproc or NPROC"})"},
      {22, R"({"seq":22,"tick":3,"step":6,)" + h +
               R"("kind":"expect","op":"/processes/0/program/1/expect","ok":true,"message":""})"},
      {23,
       R"({"seq":23,"tick":3,"step":6,)" + h +
           R"("kind":"expect","op":"/processes/0/program/2/expect","ok":false,"message":"got \"x\"\n\u0001"})"},
      {24, R"({"seq":24,"tick":3,"step":6,)" + h +
               "\"kind\":\"note\",\"op\":\"/processes/0/program/"
               "0\",\"text\":\"hello\\tw\xc3\xb6rld \xef\xbf\xbd\"}"},
      {25, R"({"seq":25,"tick":3,"step":6,)" + h +
               R"("kind":"cv","cv":"l_waitcv#3","action":"wakeup","woken":3})"},
      {26,
       R"({"seq":26,"tick":3,"step":6,"cpu":0,"pid":null,"lid":null,"kind":"sched","action":"idle","from":null,"to":null})"},
      {28,
       R"({"seq":28,"tick":3,"step":6,)" + h +
           R"("kind":"syscall","name":"wait6","phase":"return","args":{},"retval":4,"errno":null,"status":{"signaled":"SIGKILL"}})"},
  };
  ASSERT_EQ(lines.size(), 29u);
  for (const auto& [seq, json] : want) EXPECT_EQ(lines[static_cast<size_t>(seq)], json) << seq;
}

TEST(TraceWriter, DocumentLayout) {
  const std::string s = trace_to_string(sample_trace());
  EXPECT_TRUE(s.starts_with("{\n  \"format\": \"forkscope-trace\",\n  \"version\": 1,\n"
                            "  \"generator\": \"forkscope-test 0.0\",\n"
                            "  \"kern_fork_revision\": \"1.231\",\n  \"scenario\": {\n"));
  const J doc = J::parse(s);
  std::vector<std::string> keys;
  for (const auto& [k, v] : doc.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "generator", "kern_fork_revision",
                                            "scenario", "events", "outcome"}));
  EXPECT_EQ(
      doc["outcome"].dump(),
      R"({"result":"completed","steps":7,"ticks":4,"expectations":{"passed":1,"failed":1,)"
      R"("failures":[{"op":"/processes/0/program/2/expect","message":"got \"x\""}]},)"
      R"("final":{"nprocs":3,"processes":[{"pid":1,"name":"init","state":"SACTIVE","ppid":0},)"
      R"({"pid":2,"name":"sh","state":"SACTIVE","ppid":1}]},)"
      R"("forks_by_result":{"success":1,"EAGAIN":1}})");
  std::ostringstream os;
  write_trace(os, sample_trace());
  EXPECT_EQ(os.str(), s);
  EXPECT_EQ(trace_to_string(Trace{}).find("\"events\": []"),
            trace_to_string(Trace{}).find("\"events\""));
}

TEST(TraceReader, RoundTripIsByteIdentical) {
  const Trace t = sample_trace();
  const std::string s1 = trace_to_string(t);
  const TraceRead r = read_trace_text(s1, "t.json");
  ASSERT_FALSE(r.error) << r.error->str();
  ASSERT_TRUE(r.trace);
  EXPECT_EQ(trace_to_string(*r.trace), s1);
  EXPECT_EQ(r.trace->step_first_event, t.step_first_event);
  ASSERT_EQ(r.trace->events.size(), t.events.size());
  for (uint32_t i = 0; i < t.events.size(); ++i) {
    EXPECT_EQ(r.trace->tick_of_event(i), t.tick_of_event(i)) << i;
    EXPECT_EQ(r.trace->events[i].kind, t.events[i].kind) << i;
    EXPECT_EQ(r.trace->events[i].pid, t.events[i].pid) << i;
  }
  EXPECT_EQ(r.trace->outcome.forks_by_result, t.outcome.forks_by_result);
  EXPECT_EQ(r.trace->scenario, t.scenario);
}

TEST(TraceReader, WithoutStepFieldStepsAreDerived) {
  std::string s = trace_to_string(sample_trace());
  for (size_t p; (p = s.find(",\"step\":")) != std::string::npos;)
    s.erase(p, s.find(',', p + 1) - p);
  const TraceRead r = read_trace_text(s, "v1.json");
  ASSERT_FALSE(r.error) << r.error->str();
  const Trace t = sample_trace();
  for (uint32_t i = 0; i < t.events.size(); ++i)
    EXPECT_EQ(r.trace->tick_of_event(i), t.tick_of_event(i)) << i;
  const std::string again = trace_to_string(*r.trace);
  EXPECT_EQ(trace_to_string(*read_trace_text(again, "x").trace), again);
}

TEST(TraceReader, ReadsFile) {
  const auto path =
      std::filesystem::temp_directory_path() / ("fs_trace_" + std::to_string(getpid()));
  ASSERT_EQ(save_file_atomically(path.string(), trace_to_string(sample_trace())), "");
  const TraceRead r = read_trace_file(path.string());
  ASSERT_FALSE(r.error) << r.error->str();
  EXPECT_EQ(r.trace->events.size(), sample_trace().events.size());
  std::filesystem::remove(path);
  const TraceRead missing = read_trace_file(path.string());
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->str(), path.string() + ": cannot open: No such file or directory");
}

TEST(JsonLocate, FindsValuesOrTheirNearestAncestor) {
  const std::string t = R"({"a": [1, {"b/c": "x"}], "k\u0065y": 2, "t~": 3})";
  EXPECT_EQ(locate_json_pointer(t, ""), 0u);
  EXPECT_EQ(locate_json_pointer(t, "/a"), t.find('['));
  EXPECT_EQ(locate_json_pointer(t, "/a/1/b~1c"), t.find("\"x\""));
  EXPECT_EQ(locate_json_pointer(t, "/a/5"), t.find('['));
  EXPECT_EQ(locate_json_pointer(t, "/a/x"), t.find('['));
  EXPECT_EQ(locate_json_pointer(t, "/key"), t.find("2,"));
  EXPECT_EQ(locate_json_pointer(t, "/t~0"), t.find("3}"));
  EXPECT_EQ(locate_json_pointer(t, "/missing/deeper"), 0u);
  EXPECT_EQ(locate_json_pointer(R"({"a": [1, 2)", "/a/3"), 6u);
  EXPECT_EQ(locate_json_pointer(R"({"a": "unterminated)", "/a/b"), 6u);
  EXPECT_EQ(line_col_of_offset("ab\nc\xc3\xb6 d", 7), std::make_pair(2, 4));
  EXPECT_EQ(line_col_of_offset("ab", 99), std::make_pair(1, 3));
  EXPECT_EQ(line_col_of_offset("\xEF\xBB\xBF{}", 4), std::make_pair(1, 2));
}

// A small trace whose second event (line 4) is given by the test.
std::string doc_with(const std::string& event1) {
  return "{\"format\":\"forkscope-trace\",\"version\":1,\"generator\":\"g\","
         "\"kern_fork_revision\":\"1.231\",\"scenario\":{},\n\"events\":[\n"
         "{\"seq\":0,\"tick\":0,\"cpu\":0,\"pid\":1,\"lid\":1,\"kind\":\"log\",\"text\":\"a\"},\n" +
         event1 +
         "\n],\n\"outcome\":{\"result\":\"completed\",\"steps\":1,\"ticks\":1,"
         "\"expectations\":{\"passed\":0,\"failed\":0},\"final\":{\"nprocs\":1,\"processes\":[]}}}"
         "\n";
}

std::string read_error(const std::string& text) {
  const TraceRead r = read_trace_text(text, "t.json");
  if (!r.error) return "no error";
  EXPECT_FALSE(r.trace);
  return r.error->str();
}

TEST(TraceReader, Errors) {
  const std::string ok = R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"log","text":"b"})";
  EXPECT_EQ(read_error(doc_with(ok)), "no error");
  EXPECT_EQ(
      read_error(doc_with(R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"lgo","text":"b"})")),
      "t.json:4:50: /events/1/kind: unknown value \"lgo\"");
  EXPECT_EQ(read_error(doc_with(R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"log"})")),
            "t.json:4:1: /events/1/text: missing field");
  EXPECT_EQ(read_error(doc_with("[1, 2]")),
            "t.json:4:1: /events/1: an event must be a JSON object");
  EXPECT_EQ(read_error(doc_with("42")), "t.json:4:1: /events/1: an event must be a JSON object");
  EXPECT_EQ(
      read_error(
          doc_with(
              R"({"seq":1,"tick":99999999999999999999999,"cpu":0,"pid":1,"lid":1,"kind":"log","text":"b"})"))
          .substr(0, 63),
      "t.json:4:17: /events/1/tick: expected an integer in [0, 9007199");
  EXPECT_EQ(read_error(doc_with(
                R"({"seq":1,"tick":1e400,"cpu":0,"pid":1,"lid":1,"kind":"log","text":"b"})")),
            "t.json:4:17: /events/1/tick: number overflow parsing '1e400'");
  EXPECT_EQ(
      read_error(doc_with(R"({"seq":2,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"log","text":"b"})")),
      "t.json:4:8: /events/1/seq: expected 1: events must be in seq order");
  EXPECT_EQ(read_error(doc_with(
                R"({"seq":1,"tick":0,"cpu":0,"pid":null,"lid":2,"kind":"log","text":"b"})")),
            "t.json:4:44: /events/1/lid: expected null: no process acts (pid is null)");
  // A lid other than the pid is an event of a process's second LWP: accepted.
  EXPECT_EQ(
      read_error(doc_with(R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":2,"kind":"log","text":"b"})")),
      "no error");
  EXPECT_EQ(
      read_error(doc_with(
          R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"step","func":"f","file":"","line":null,"label":"no.such"})")),
      "t.json:4:98: /events/1/label: unknown step label \"no.such\"");
  // Truncated in the middle of the second event.
  const std::string full = doc_with(ok);
  EXPECT_EQ(read_error(full.substr(0, full.find("\"kind\":\"log\",\"text\":\"b\"") + 9)),
            "t.json:4:52: /events/1/kind: syntax error while parsing value - invalid string: "
            "missing closing quote; last read: '\"l'");
  EXPECT_EQ(read_error(full.substr(0, full.size() - 3)),
            "t.json:6:127: /outcome: syntax error while parsing object - unexpected end of "
            "input; expected '}'");
  EXPECT_EQ(read_error(""), "t.json:1:1: syntax error while parsing value - unexpected end of "
                            "input; expected '[', '{', or a literal");
  EXPECT_EQ(read_error("[]"), "t.json:1:1: a trace must be a JSON object");
  EXPECT_EQ(read_error(R"({"format":"forkscope-scenario","version":1})"),
            "t.json:1:11: /format: not a forkscope trace (expected \"forkscope-trace\")");
  std::string v2 = full;
  v2.replace(v2.find("\"version\":1"), 11, "\"version\":2");
  EXPECT_EQ(read_error(v2),
            "t.json:1:39: /version: unsupported trace version (this build reads version 1)");
  std::string no_outcome = full;
  no_outcome.replace(no_outcome.find("\"steps\":1"), 9, "\"steps\":-1");
  EXPECT_EQ(read_error(no_outcome).substr(0, 60),
            "t.json:6:41: /outcome/steps: expected an integer in [0, 9223");
}

// line_end is Forkscope's addition to v1: a trace without it (an older one, or
// another producer's) reads; when present it must be an integer or null.
TEST(TraceReader, StepLineEndIsOptionalAndTypeChecked) {
  const std::string step = R"({"seq":1,"tick":0,"cpu":0,"pid":1,"lid":1,"kind":"step",)"
                           R"("func":"fork1","file":"kern_fork.c","line":581,)";
  EXPECT_EQ(read_error(doc_with(step + R"("label":"fork1.create_stopped"})")), "no error");
  EXPECT_EQ(read_error(doc_with(step + R"("line_end":587,"label":"fork1.create_stopped"})")),
            "no error");
  EXPECT_NE(read_error(doc_with(step + R"("line_end":"x","label":"fork1.create_stopped"})")),
            "no error");
}

TEST(TraceReader, NeverCrashesOnDamagedInput) {
  const std::string s = trace_to_string(sample_trace());
  int errors = 0;
  for (size_t cut = 0; cut + 2 < s.size(); cut += 7)
    errors += read_trace_text(s.substr(0, cut), "t").error ? 1 : 0;
  EXPECT_EQ(errors, static_cast<int>((s.size() - 3) / 7 + 1));
  uint32_t x = 12345;
  for (int i = 0; i < 400; ++i) {
    std::string m = s;
    for (int k = 0; k < 3; ++k) {
      x = x * 1103515245u + 12345u;
      m[(x >> 8) % m.size()] = "{}[]\",:0-e\\x\n\x80"[(x >> 20) % 15];
    }
    const TraceRead r = read_trace_text(m, "m");
    EXPECT_NE(r.error.has_value(), r.trace.has_value());
  }
}

// ---- Chrome export -------------------------------------------------------

TEST(ChromeExport, StructureThatPerfettoNeeds) {
  std::ostringstream os;
  write_chrome_trace(os, sample_trace());
  const J doc = J::parse(os.str());
  ASSERT_TRUE(doc["traceEvents"].is_array());
  EXPECT_EQ(doc["displayTimeUnit"], "ms");
  EXPECT_TRUE(doc["otherData"].is_object());
  std::map<std::pair<int64_t, int64_t>, std::vector<std::pair<int64_t, int64_t>>> slices;
  std::map<std::string, int> open_holds;
  std::map<int64_t, int> flows;
  std::map<std::pair<int64_t, int64_t>, std::string> thread_names;
  std::map<int64_t, std::string> process_names, labels;
  int steps_on_cpus = 0;
  for (const J& e : doc["traceEvents"]) {
    const std::string ph = e.at("ph");
    const auto track = std::make_pair(e.at("pid").get<int64_t>(), e.at("tid").get<int64_t>());
    if (ph != "M") {
      ASSERT_TRUE(e.at("ts").is_number_unsigned()) << e.dump();
    }
    if (ph == "X") {
      ASSERT_TRUE(e.contains("dur")) << e.dump();
      EXPECT_GT(e["dur"].get<int64_t>(), 0);
      EXPECT_EQ(e["dur"], 10000); // one tick at hz 100
      slices[track].push_back({e["ts"], e["dur"]});
      if (track.first == 1000000) ++steps_on_cpus;
    } else if (ph == "b" || ph == "e") {
      const std::string id = e.at("cat").get<std::string>() + "|" +
                             e.at("name").get<std::string>() + "|" +
                             e.at("id2").at("global").get<std::string>();
      open_holds[id] += ph == "b" ? 1 : -1;
      EXPECT_GE(open_holds[id], 0);
      EXPECT_LE(open_holds[id], 1);
    } else if (ph == "s" || ph == "f") {
      EXPECT_EQ(e.at("cat"), "fork");
      EXPECT_EQ(e.at("name"), "fork");
      if (ph == "f") {
        EXPECT_EQ(e.at("bp"), "e");
      }
      flows[e.at("id")] += ph == "s" ? 1 : -1;
    } else if (ph == "M" && e["name"] == "thread_name") {
      thread_names[track] = e["args"]["name"];
    } else if (ph == "M" && e["name"] == "process_name") {
      process_names[track.first] = e["args"]["name"];
    } else if (ph == "M" && e["name"] == "process_labels") {
      labels[track.first] = e["args"]["labels"];
    }
  }
  for (auto& [track, list] : slices) { // disjoint or identical, never partly overlapping
    std::sort(list.begin(), list.end());
    for (size_t i = 1; i < list.size(); ++i)
      EXPECT_TRUE(list[i] == list[i - 1] ||
                  list[i].first >= list[i - 1].first + list[i - 1].second);
  }
  for (const auto& [id, n] : open_holds) EXPECT_EQ(n, 0) << id;
  EXPECT_EQ(open_holds.size(), 2u);
  const std::map<int64_t, int> matched{{4, 0}};
  EXPECT_EQ(flows, matched);
  EXPECT_EQ(steps_on_cpus, 5);
  EXPECT_EQ(process_names[1000000], "CPUs");
  EXPECT_EQ((thread_names[{1000000, 0}]), "CPU 0");
  EXPECT_EQ((thread_names[{1000000, 1}]), "CPU 1");
  EXPECT_EQ((thread_names[{2, 2}]), "LWP 2");
  EXPECT_EQ(process_names[2], "sh (pid 2)");
  EXPECT_EQ(process_names[4], "process (pid 4)");
  EXPECT_EQ(labels[4], "ppid 2");
  const std::vector<std::pair<int64_t, int64_t>> child_steps{{20000, 10000}};
  EXPECT_EQ((slices[{4, 4}]), child_steps);
  std::ostringstream again;
  write_chrome_trace(again, sample_trace());
  EXPECT_EQ(again.str(), os.str());
}

// ---- atomic save ---------------------------------------------------------

class AtomicSave : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fs_atomic_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all);
    std::filesystem::remove_all(dir_);
  }
  static std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  size_t entries() const {
    return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir_), {}));
  }
  std::filesystem::path dir_;
};

TEST_F(AtomicSave, ReplacesTheFileAndLeavesNoTemporaries) {
  const std::string path = (dir_ / "out.json").string();
  EXPECT_EQ(save_file_atomically(path, "first"), "");
  EXPECT_EQ(save_file_atomically(path, std::string(100000, 'x') + "second"), "");
  EXPECT_EQ(slurp(path), std::string(100000, 'x') + "second");
  EXPECT_EQ(entries(), 1u);
}

// The streamed save writes exactly the bytes of trace_to_string, also when
// the text spans many of the writer's 1 MiB blocks.
TEST_F(AtomicSave, StreamedTraceSaveIsByteIdentical) {
  Trace big = sample_trace();
  const auto once = big.events;
  while (big.events.size() < 40000) big.events.insert(big.events.end(), once.begin(), once.end());
  const Trace small = sample_trace();
  for (const Trace* t : std::initializer_list<const Trace*>{&small, &big}) {
    const std::string path = (dir_ / "streamed.json").string();
    ASSERT_EQ(save_trace_file(path, *t), "");
    const std::string expected = trace_to_string(*t);
    EXPECT_EQ(slurp(path), expected);
  }
  EXPECT_GT(slurp((dir_ / "streamed.json").string()).size(), size_t{3} << 20);
  std::ostringstream chrome;
  write_chrome_trace(chrome, big);
  ASSERT_EQ(save_chrome_trace_file((dir_ / "chrome.json").string(), big), "");
  EXPECT_EQ(slurp((dir_ / "chrome.json").string()), chrome.str());
  EXPECT_EQ(entries(), 2u);
}

// A writer whose stream fails (as on a full disk) fails the save, and the old
// file stays.
TEST_F(AtomicSave, FailedStreamLeavesTheOldFileIntact) {
  const std::string path = (dir_ / "kept.json").string();
  std::ofstream(path) << "old";
  const std::string err = save_file_atomically(path, [](std::ostream& out) {
    out << "partial";
    out.setstate(std::ios::badbit);
  });
  EXPECT_EQ(err.rfind("cannot write " + path + ": ", 0), 0u) << err;
  EXPECT_EQ(slurp(path), "old");
  EXPECT_EQ(entries(), 1u);
}

// Like editors, a save through a symbolic link writes the file it points to
// (relative to the link's directory) and leaves the link a link.
TEST_F(AtomicSave, SavingThroughASymlinkKeepsTheLink) {
  const std::filesystem::path real = dir_ / "real.json", link = dir_ / "link.json";
  std::ofstream(real) << "old";
  std::error_code ec;
  std::filesystem::create_symlink("real.json", link, ec);
  if (ec) GTEST_SKIP() << "no symbolic links here: " << ec.message();
  EXPECT_EQ(save_file_atomically(link.string(), "new"), "");
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(slurp(real), "new");
  EXPECT_EQ(slurp(link), "new");
  EXPECT_EQ(entries(), 2u);
}

TEST_F(AtomicSave, MissingDirectoryIsReported) {
  const std::string path = (dir_ / "missing" / "out.json").string();
  EXPECT_EQ(save_file_atomically(path, "x"),
            "cannot write " + path + ": No such file or directory");
  EXPECT_EQ(entries(), 0u);
}

TEST_F(AtomicSave, FailureLeavesTheOldFileIntact) {
  // A name so long that the temporary name cannot exist: fails even as root.
  const std::filesystem::path path = dir_ / std::string(250, 'n');
  std::ofstream(path) << "old";
  const std::string err = save_file_atomically(path.string(), "new");
#ifdef _WIN32
  // Windows reports the over-long temporary name as ENOENT, not ENAMETOOLONG.
  EXPECT_EQ(err.rfind("cannot write " + path.string() + ": ", 0), 0u) << err;
#else
  EXPECT_EQ(err, "cannot write " + path.string() + ": File name too long");
#endif
  EXPECT_EQ(slurp(path), "old");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicSave, ReadOnlyDirectoryLeavesTheOldFileIntact) {
#ifdef _WIN32
  GTEST_SKIP() << "POSIX directory permissions (no geteuid on Windows)";
#else
  if (geteuid() == 0) GTEST_SKIP() << "root can write into a read-only directory";
  const std::filesystem::path path = dir_ / "kept.json";
  std::ofstream(path) << "old";
  std::filesystem::permissions(dir_, std::filesystem::perms::owner_read |
                                         std::filesystem::perms::owner_exec);
  EXPECT_EQ(save_file_atomically(path.string(), "new"),
            "cannot write " + path.string() + ": Permission denied");
  EXPECT_EQ(slurp(path), "old");
  EXPECT_EQ(entries(), 1u);
#endif
}

} // namespace
} // namespace fs
