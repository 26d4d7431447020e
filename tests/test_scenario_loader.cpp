// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/loader_helpers.h"

namespace {
using namespace fs::test::loader;

// The document, the machine, and the errors a file can have.
TEST(ScenarioLoader, MinimalScenarioGetsEveryDefault) {
  auto s = loaded(R"({"format": "forkscope-scenario", "version": 1, "title": "min",
                      "processes": [{"name": "sh", "program": []}]})");
  EXPECT_EQ(s.file, "s.json");
  EXPECT_EQ(s.title, "min");
  EXPECT_EQ(s.description, "");
  EXPECT_TRUE(s.tags.empty());
  EXPECT_EQ(s.machine.cpus, 2);
  EXPECT_EQ(s.machine.maxproc, 1044);
  EXPECT_EQ(s.machine.maxuprc, 160);
  EXPECT_FALSE(s.machine.pid_sequential);
  EXPECT_FALSE(s.machine.uarea_limit.has_value());
  EXPECT_EQ(s.machine.forkfsleep_ms, 0);
  EXPECT_EQ(s.machine.hz, 100);
  EXPECT_EQ(s.machine.seed, 0u);
  EXPECT_EQ(s.machine.schedule, fs::ScheduleKind::RoundRobin);
  EXPECT_EQ(s.machine.max_steps, 10000000u);
  EXPECT_EQ(s.machine.quantum, 10);
  EXPECT_FALSE(s.machine.inject_proc_alloc_failure);
  EXPECT_FALSE(s.machine.kpreempt);
  EXPECT_EQ(s.expect_outcome, "completed");
  ASSERT_EQ(s.processes.size(), 1u);
  const auto& p = s.processes[0];
  EXPECT_EQ(p.name, "sh");
  EXPECT_EQ(p.uid, 1000);
  EXPECT_EQ(p.euid, 1000);
  EXPECT_EQ(p.rlimit_nproc, 160);
  EXPECT_FALSE(p.stopfork);
  EXPECT_FALSE(p.ktrace_inherit);
  ASSERT_EQ(p.program, 0);
  EXPECT_TRUE(s.lists[0].ops.empty());
  EXPECT_EQ(s.lists[0].path, "/processes/0/program");
  EXPECT_EQ(
      s.normalized.dump(),
      R"({"format":"forkscope-scenario","version":1,"title":"min","description":"","tags":[],)"
      R"("machine":{"cpus":2,"maxproc":1044,"maxuprc":160,"pid_alloc":"netbsd","uarea_limit":null,)"
      R"("forkfsleep_ms":0,"hz":100,"seed":0,"schedule":"round-robin","max_steps":10000000,)"
      R"("max_ticks":10000000000,)"
      R"("quantum":10,"inject_proc_alloc_failure":false,"kpreempt":false},"expect_outcome":"completed",)"
      R"("processes":[{"name":"sh","uid":1000,"euid":1000,"rlimit_nproc":160,"stopfork":false,)"
      R"("ktrace_inherit":false,"program":[]}]})");
}

TEST(ScenarioLoader, ProcessDefaultsFollowUidAndMaxuprc) {
  auto s = loaded(doc(R"([{"name": "a", "uid": 0, "program": []},
                          {"name": "b", "uid": 5, "euid": 7, "rlimit_nproc": 3, "program": []}])",
                      R"({"maxuprc": 42})"));
  EXPECT_EQ(s.processes[0].euid, 0);
  EXPECT_EQ(s.processes[0].rlimit_nproc, 42);
  EXPECT_EQ(s.processes[1].uid, 5);
  EXPECT_EQ(s.processes[1].euid, 7);
  EXPECT_EQ(s.processes[1].rlimit_nproc, 3);
}

TEST(ScenarioLoader, UnknownOperationNamesFileLineColumnAndPointer) {
  const std::string t = one(R"([{"op": "fork"}, {"op": "compute", "ticks": 1},
      {"op": "forc"}])");
  EXPECT_EQ(errors(t, "lab3.json"),
            std::vector<std::string>{
                "lab3.json:" + pos(t, "\"forc\"") +
                ": /processes/0/program/2/op: unknown operation \"forc\"; did you mean \"fork\"?"});
  // The same document, hand-counted: line 7, column 14.
  EXPECT_EQ(pos(t, "\"forc\""), "7:14");
}

TEST(ScenarioLoader, CpusOutOfRange) {
  const std::string t = doc(R"([{"name": "sh", "program": []}])", R"({"hz": 100, "cpus": 65})");
  EXPECT_EQ(only_error(t), "s.json:" + pos(t, "65") + ": /machine/cpus: 65 is out of range 1..64");
  EXPECT_EQ(pos(t, "65"), "5:34");
}

TEST(ScenarioLoader, MachineRangesAndTypes) {
  auto first = [](const std::string& machine) {
    auto e = errors(doc(R"([{"name": "sh", "program": []}])", machine));
    return e.empty() ? std::string("ok") : e[0].substr(e[0].find(": /") + 2);
  };
  EXPECT_EQ(first(R"({"cpus": 0})"), "/machine/cpus: 0 is out of range 1..64");
  EXPECT_EQ(first(R"({"cpus": 64})"), "ok");
  EXPECT_EQ(first(R"({"cpus": "2"})"),
            "/machine/cpus: expected an integer (found the string \"2\")");
  EXPECT_EQ(first(R"({"cpus": 2.0})"), "/machine/cpus: expected an integer (found 2.0)");
  EXPECT_EQ(first(R"({"maxproc": 30000})"), "/machine/maxproc: 30000 is out of range 1..29999");
  EXPECT_EQ(first(R"({"maxuprc": 2147483648})"),
            "/machine/maxuprc: 2147483648 is out of range 0..2147483647");
  EXPECT_EQ(first(R"({"pid_alloc": "random"})"),
            "/machine/pid_alloc: expected \"netbsd\" or \"sequential\" (found the string "
            "\"random\")");
  EXPECT_EQ(first(R"({"uarea_limit": 0})"), "/machine/uarea_limit: 0 is out of range 1..1000000");
  EXPECT_EQ(first(R"({"uarea_limit": null, "forkfsleep_ms": 20000, "hz": 10000})"), "ok");
  EXPECT_EQ(first(R"({"forkfsleep_ms": 20001})"),
            "/machine/forkfsleep_ms: 20001 is out of range 0..20000");
  EXPECT_EQ(first(R"({"seed": 18446744073709551615})"), "ok");
  EXPECT_EQ(first(R"({"seed": -1})"), "/machine/seed: -1 is out of range 0..18446744073709551615");
  EXPECT_EQ(first(R"({"seed": 18446744073709551616})"),
            "/machine/seed: 1.8446744073709552e+19 is out of range 0..18446744073709551615");
  EXPECT_EQ(first(R"({"max_steps": 2000000001})"),
            "/machine/max_steps: 2000000001 is out of range 1..2000000000");
  EXPECT_EQ(first(R"({"quantum": 1001})"), "/machine/quantum: 1001 is out of range 1..1000");
  EXPECT_EQ(first(R"({"inject_proc_alloc_failure": 1})"),
            "/machine/inject_proc_alloc_failure: expected true or false (found 1)");
  EXPECT_EQ(first(R"({"schedule": "fifo"})"),
            "/machine/schedule: expected \"round-robin\" or \"random\" (found the string "
            "\"fifo\")");
  EXPECT_EQ(first(R"({"cpus": 2, "schedule": {"script": [0, 1, 2]}})"),
            "/machine/schedule/script/2: 2 is out of range 0..1");
  EXPECT_EQ(first(R"({"schedule": {"script": []}})"),
            "/machine/schedule/script: a script needs 1..10000000 entries (found 0)");
  EXPECT_EQ(first(R"({"schedule": {"then": "random"}})"),
            "/machine/schedule: missing required field \"script\"");
}

TEST(ScenarioLoader, ScheduleScriptAndExtensionsLoad) {
  auto s = loaded(doc(R"([{"name": "sh", "program": []}])",
                      R"({"cpus": 3, "schedule": {"script": [2, 0, 1], "then": "random"},
                          "quantum": 4, "inject_proc_alloc_failure": true, "seed": 9,
                          "pid_alloc": "sequential", "uarea_limit": 5})"));
  EXPECT_EQ(s.machine.schedule, fs::ScheduleKind::Script);
  EXPECT_EQ(s.machine.script, (std::vector<int>{2, 0, 1}));
  EXPECT_EQ(s.machine.script_then, fs::ScheduleKind::Random);
  EXPECT_EQ(s.machine.quantum, 4);
  EXPECT_TRUE(s.machine.inject_proc_alloc_failure);
  EXPECT_EQ(s.machine.seed, 9u);
  EXPECT_TRUE(s.machine.pid_sequential);
  EXPECT_EQ(s.machine.uarea_limit, 5);
  EXPECT_EQ(s.normalized["machine"]["schedule"].dump(), R"({"script":[2,0,1],"then":"random"})");
}

TEST(ScenarioLoader, UnknownProcessInWait) {
  const std::string t = one(R"([{"op": "fork", "name": "child"}, {"op": "wait", "pid": "chld"}])");
  EXPECT_EQ(only_error(t), "s.json:" + pos(t, "\"chld\"") +
                               ": /processes/0/program/1/pid: unknown process \"chld\"");
}

TEST(ScenarioLoader, MissingTitlePointsAtTheDocument) {
  const std::string t = "\n  {\"format\": \"forkscope-scenario\", \"version\": 1,\n"
                        "   \"processes\": [{\"name\": \"sh\", \"program\": []}]}";
  auto r = load_scenario_text(t, "s.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_EQ(r.errors[0].col, 3);
  EXPECT_EQ(r.errors[0].json_path, "");
  EXPECT_EQ(r.errors[0].str(), "s.json:2:3: missing required field \"title\"");
  EXPECT_FALSE(r.scenario);
  const std::string empty = doc(R"([{"name": "sh", "program": []}])");
  std::string e2 = empty;
  e2.replace(e2.find("\"t\""), 3, "\"\"");
  EXPECT_EQ(only_error(e2), "s.json:4:12: /title: the title must not be empty");
}

TEST(ScenarioLoader, JsonSyntaxErrorsHaveLineAndColumn) {
  auto r =
      load_scenario_text("{\n  \"format\": \"forkscope-scenario\"\n  \"version\": 1\n}", "x.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].json_path, "");
  EXPECT_EQ(r.errors[0].str(),
            "x.json:3:3: expected ',' or '}' after an object member but found '\"'");
  EXPECT_EQ(errors("[1, 2,]")[0], "s.json:1:7: expected a JSON value but found ']'");
  EXPECT_EQ(errors("{\"a\": tru}")[0], "s.json:1:7: invalid literal (expected true)");
  EXPECT_EQ(errors("{\"a\": 01}")[0], "s.json:1:7: invalid number (leading zeros are not allowed)");
  EXPECT_EQ(errors("{\"a\": \"x\ny\"}")[0],
            "s.json:1:9: unterminated string (a line break inside a string must be written \\n)");
  EXPECT_EQ(errors("{\"a\": \"\\q\"}")[0], "s.json:1:8: invalid escape '\\q' in a string");
  EXPECT_EQ(errors("{\"a\": \"\\ud800x\"}")[0], "s.json:1:8: unpaired surrogate in a \\u escape");
  EXPECT_EQ(errors("")[0], "s.json:1:1: expected a JSON value but found the end of the file");
  EXPECT_EQ(errors("{} {}")[0],
            "s.json:1:4: expected the end of the file after the JSON value but found '{'");
  EXPECT_EQ(errors("[1e999]")[0], "s.json:1:2: number out of range");
  // Columns count characters, not bytes.
  EXPECT_EQ(errors("{\"é\": 1 2}")[0],
            "s.json:1:9: expected ',' or '}' after an object member but found '2'");
}

TEST(ScenarioLoader, BytesThatAreNotJsonTextAreRefusedWithAPosition) {
  EXPECT_EQ(errors(std::string("{\"a\": \"x\0\"}", 11))[0],
            "s.json:1:9: a NUL byte in a string (write it as a \\u escape)");
  EXPECT_EQ(errors(std::string("\n \0", 3))[0],
            "s.json:2:2: expected a JSON value but found a NUL byte");
  // A file padded with zeros (as some file systems leave one cut by a crash).
  EXPECT_EQ(errors(std::string("{}\n\0\0", 5))[0],
            "s.json:2:1: expected the end of the file after the JSON value but found a NUL byte");
  EXPECT_EQ(errors("{\"a\": \"\xC3\x28\"}")[0], "s.json:1:8: invalid UTF-8 byte 0xC3 in a string");
  EXPECT_EQ(errors("{\"a\": \"\xED\xA0\x80\"}")[0],
            "s.json:1:8: invalid UTF-8 byte 0xED in a string"); // an encoded surrogate
  EXPECT_EQ(errors("{\"a\": \"\xC0\xAF\"}")[0], "s.json:1:8: invalid UTF-8 byte 0xC0 in a string");
  EXPECT_EQ(errors("\xFF")[0],
            "s.json:1:1: expected a JSON value but found invalid UTF-8 byte 0xFF");
}

TEST(ScenarioLoader, EveryTruncationOfAValidFileFailsCleanly) {
  const std::string t = one(R"([{"op": "vfork", "name": "c", "child": [{"op": "exec",
      "path": "/bin/\u00e9cho"}]}, {"op": "wait", "pid": "c", "expect": {"status": {"exited": 0}}}])");
  ASSERT_TRUE(load_scenario_text(t, "s.json").scenario);
  const std::string body = t.substr(0, t.find_last_of('}') + 1);
  for (std::size_t n = 0; n < body.size(); ++n) {
    auto r = load_scenario_text(body.substr(0, n), "s.json");
    ASSERT_FALSE(r.scenario) << n;
    ASSERT_FALSE(r.errors.empty());
    EXPECT_GE(r.errors[0].line, 1);
  }
  EXPECT_EQ(errors(body.substr(0, body.size() - 1)).back().substr(0, 7), "s.json:");
}

TEST(ScenarioLoader, NestingBombDoesNotCrash) {
  for (const char* open : {"[", "{\"a\":"}) {
    std::string bomb;
    for (int i = 0; i < 100000; ++i) bomb += open;
    auto e = errors(bomb);
    ASSERT_EQ(e.size(), 1u);
    EXPECT_NE(e[0].find("nesting deeper than 200"), std::string::npos) << e[0];
  }
  std::string ok(200, '['), deep(201, '[');
  ok += std::string(200, ']');
  deep += std::string(201, ']');
  EXPECT_TRUE(fs::parse_json_with_positions(ok).ok);
  auto r = fs::parse_json_with_positions(deep);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "nesting deeper than 200");
  EXPECT_EQ(r.error_pos.col, 201);
}

TEST(ScenarioLoader, OversizedDocumentIsRefused) {
  std::string big(fs::kJsonMaxBytes + 1, ' ');
  big[0] = '1';
  EXPECT_EQ(errors(big)[0], "s.json:1:1: document is larger than 16 MiB");
}

TEST(ScenarioLoader, DuplicateKeysAreRefused) {
  const std::string t = doc(R"([{"name": "sh", "name": "sh2", "program": []}])");
  EXPECT_EQ(only_error(t), "s.json:" + pos(t, "\"name\"", 1) + ": duplicate key \"name\"");
  // Objects large enough to switch to the hashed check.
  std::string big = "{";
  for (int i = 0; i < 40; ++i) big += "\"k" + std::to_string(i) + "\": 0, ";
  big += "\"k7\": 1}";
  EXPECT_EQ(errors(big)[0], "s.json:" + pos(big, "\"k7\"", 1) + ": duplicate key \"k7\"");
}

TEST(ScenarioLoader, UnknownKeysPointAtTheKey) {
  const std::string t = doc(R"([{"name": "sh", "program": [{"op": "exit", "stauts": 1}]}])",
                            R"({"cpu": 4})", "  \"titel\": \"x\",\n");
  EXPECT_EQ(errors(t), (std::vector<std::string>{
                           "s.json:" + pos(t, "\"titel\"") + ": /titel: unknown key \"titel\"",
                           "s.json:" + pos(t, "\"cpu\"") + ": /machine/cpu: unknown key \"cpu\"",
                           "s.json:" + pos(t, "\"stauts\"") +
                               ": /processes/0/program/0/stauts: unknown key \"stauts\"",
                       }));
}

TEST(ScenarioLoader, XDashAndUnderscoreKeysAreIgnored) {
  auto s = loaded(doc(R"([{"name": "sh", "_comment": 1, "program": [
      {"op": "fork", "x-color": "red", "expect": {"errno": null, "x-why": "demo"}},
      {"op": "clone", "flags": [], "_flags_note": true}]}])",
                      R"({"x-gui": {"zoom": 2}, "cpus": 1, "schedule": {"script": [0], "_s": 0}})",
                      "  \"x-editor\": [1, 2],\n  \"_note\": null,\n"));
  EXPECT_EQ(s.ops.size(), 2u);
  const std::string n = s.normalized.dump();
  EXPECT_EQ(n.find("x-"), std::string::npos) << n;
  EXPECT_EQ(n.find("\"_"), std::string::npos) << n;
}

TEST(ScenarioLoader, AllErrorsAreReportedInDocumentOrder) {
  const std::string t = doc(R"([
    {"name": "sh", "uid": -1, "program": [
      {"op": "forc"},
      {"op": "wait", "pid": "nobody"},
      {"op": "exit", "status": 256},
      {"op": "fork", "name": "1bad"}]},
    {"name": "sh", "program": []}])",
                            R"({"cpus": 65, "hz": 0})");
  EXPECT_EQ(
      errors(t),
      (std::vector<std::string>{
          "s.json:" + pos(t, "65") + ": /machine/cpus: 65 is out of range 1..64",
          "s.json:" + pos(t, "0}") + ": /machine/hz: 0 is out of range 1..10000",
          "s.json:" + pos(t, "-1") + ": /processes/0/uid: -1 is out of range 0..2147483647",
          "s.json:" + pos(t, "\"forc\"") +
              ": /processes/0/program/0/op: unknown operation \"forc\"; did you mean \"fork\"?",
          "s.json:" + pos(t, "\"nobody\"") +
              ": /processes/0/program/1/pid: unknown process \"nobody\"",
          "s.json:" + pos(t, "256") + ": /processes/0/program/2/status: 256 is out of range 0..255",
          "s.json:" + pos(t, "\"1bad\"") +
              ": /processes/0/program/3/name: invalid name \"1bad\" (names "
              "match [A-Za-z_][A-Za-z0-9_.-]*)",
          "s.json:" + pos(t, "\"sh\"", 1) + ": /processes/1/name: duplicate process name \"sh\"",
      }));
  EXPECT_FALSE(load_scenario_text(t, "s.json").scenario); // nothing half-loaded
}

TEST(ScenarioLoader, FormatAndVersionAreCheckedFirst) {
  EXPECT_EQ(only_error(R"({"format": "forkscope-scenario", "version": 2, "zzz": 1})"),
            "s.json:1:45: /version: unsupported version 2 (this build reads version 1)");
  EXPECT_EQ(only_error(R"({"format": "forkscope-trace", "version": 1})"),
            "s.json:1:12: /format: not a Forkscope scenario (format must be "
            "\"forkscope-scenario\", found \"forkscope-trace\")");
  EXPECT_EQ(errors(R"({"version": 1})")[0], "s.json:1:1: missing required field \"format\"");
  EXPECT_EQ(only_error("[]"), "s.json:1:1: expected an object (found an array)");
}

TEST(ScenarioLoader, ProcessListChecks) {
  EXPECT_EQ(only_error(doc("[]")), "s.json:6:16: /processes: at least one process is required");
  EXPECT_EQ(only_error(doc(R"([{"name": "init", "program": []}])")),
            "s.json:6:26: /processes/0/name: the name \"init\" is reserved");
  EXPECT_EQ(only_error(doc(R"([{"name": "sh"}])")),
            "s.json:6:17: /processes/0: missing required field \"program\"");
  std::string many = "[";
  for (int i = 0; i < 1001; ++i)
    many += "{\"name\": \"p" + std::to_string(i) + "\", \"program\": []},";
  many.back() = ']';
  EXPECT_EQ(only_error(doc(many)), "s.json:6:16: /processes: more than 1000 processes");
}

} // namespace
