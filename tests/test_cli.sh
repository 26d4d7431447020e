#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The forkscope-cli contract (../shared/spec/trace-format.md): exit statuses
# 0/2/3, file:line:col messages, validate, list, traces in both formats, and
# byte-identical traces for identical runs.
# Usage: test_cli.sh PATH/TO/forkscope-cli PROJECT_SOURCE_DIR
set -uo pipefail

cli=${1:?usage: test_cli.sh FORKSCOPE_CLI SOURCE_DIR}
src=${2:?usage: test_cli.sh FORKSCOPE_CLI SOURCE_DIR}
data="$src/tests/data/cli"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset FORKSCOPE_SCENARIOS

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  echo "       exit status: $status"
  sed 's/^/       stdout: /' "$tmp/out" | head -20
  sed 's/^/       stderr: /' "$tmp/err" | head -20
}

# run EXPECTED_STATUS DESCRIPTION -- ARGS...: runs the CLI, output in $tmp/out and $tmp/err.
run() {
  local want=$1 what=$2
  shift 3
  "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" -eq "$want" ]; then ok "$what (exit $want)"; else fail "$what: want exit $want"; fi
}
# expect_in FILE REGEX DESCRIPTION: the last run's stdout/stderr matches REGEX.
expect_in() {
  if grep -Eq -- "$2" "$tmp/$1"; then ok "$3"; else fail "$3: $1 lacks /$2/"; fi
}
# json_check FILE PYTHON_EXPR DESCRIPTION: python3 evaluates EXPR on the document d.
json_check() {
  if python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' \
      "$1" "$2" 2>>"$tmp/err"; then
    ok "$3"
  else
    fail "$3: $2"
  fi
}

# --- help, version, usage errors -------------------------------------------------
run 0 "--help" -- --help
expect_in out 'forkscope-cli run SCENARIO' "--help shows the run synopsis"
run 0 "--version" -- --version
expect_in out '^forkscope-cli [0-9]+\.[0-9]+\.[0-9]+' "--version prints the version"
run 2 "no arguments" --
run 2 "unknown command" -- frobnicate
run 2 "run without a scenario" -- run

# --- running ------------------------------------------------------------------------
run 0 "a valid scenario runs" -- run "$data/ok.json"
expect_in out 'CLI test: a fork that works' "summary shows the title"
expect_in out 'completed' "summary shows the outcome"
expect_in out '[0-9]+ passed, 0 failed' "summary shows the expectations"
run 0 "--quiet" -- run "$data/ok.json" --quiet
if [ ! -s "$tmp/out" ]; then ok "--quiet prints nothing on stdout"; else fail "--quiet printed on stdout"; fi
run 0 "--narrate" -- run "$data/ok.json" --narrate --quiet
expect_in out '^[0-9]+ [0-9]+ [0-9-]+ [0-9-]+  fork1:[0-9]+  fork1\.[a-z_]+ — .+' \
  "--narrate prints step tick cpu pid  func:line  label — narration"
expect_in out '  fork1:589-590  fork1\.make_runnable — ' "--narrate shows a step's whole line range"

run 3 "a failing expectation" -- run "$data/expect-fail.json"
expect_in out '/processes/0/program/0' "the failure names the operation's JSON path"
run 3 "a failing expectation, quiet" -- run "$data/expect-fail.json" --quiet
expect_in err '/processes/0/program/0' "quiet still reports the failure on stderr"
run 3 "outcome differs from expect_outcome" -- run "$data/wrong-outcome.json"

# --- unusable input -------------------------------------------------------------------
run 2 "invalid JSON" -- run "$data/bad-json.json"
expect_in err 'bad-json\.json:[0-9]+:[0-9]+:' "invalid JSON: message says file:line:col"
run 2 "unknown operation" -- run "$data/bad-op.json"
expect_in err 'bad-op\.json:9:[0-9]+: /processes/0/program/1/op: ' \
  "unknown op: message says file:line:col: /json/path:"
run 2 "missing file" -- run "$tmp/no-such-file.json"
[ -s "$tmp/err" ] && ok "missing file: message on stderr" || fail "missing file: no message"
for bad in "--cpus 0" "--cpus abc" "--cpus 999" "--max-steps -5" "--seed x" "--schedule fifo" \
           "--format xml" "--bogus" "--cpus"; do
  # shellcheck disable=SC2086 # split the option and its value
  run 2 "bad argument $bad" -- run "$data/ok.json" $bad
  [ -s "$tmp/err" ] && ok "bad argument $bad: message on stderr" || fail "$bad: no message"
done
run 2 "unwritable trace file" -- run "$data/ok.json" --trace "$tmp/no/such/dir/t.json"
expect_in err "cannot write $tmp/no/such/dir/t.json: No such file or directory" \
  "an unwritable --trace path is named"
[ ! -s "$tmp/out" ] && ok "nothing ran: no summary before the --trace path was checked" ||
  fail "the run went ahead before the --trace path was checked"
if [ -w /dev/full ]; then
  "$cli" list >/dev/full 2>"$tmp/err"; status=$?
  [ "$status" -eq 2 ] && ok "a write error on standard output (exit 2)" ||
    fail "a write error on standard output: want exit 2, got $status"
  expect_in err "cannot write to standard output" "the write error is named"
fi

# --- validate -----------------------------------------------------------------------
run 0 "validate several valid files" -- validate "$data/ok.json" "$data/expect-fail.json"
if [ "$(grep -c '^OK ' "$tmp/out")" -eq 2 ]; then ok "validate prints OK per file"; else
  fail "validate: want 2 OK lines"; fi
expect_in out '^OK .*ok\.json: CLI test: a fork that works$' "validate: OK <file>: <title>"
run 2 "validate with an invalid file" -- validate "$data/ok.json" "$data/bad-op.json" "$data/bad-json.json"
expect_in out '^OK .*ok\.json' "validate still reports the valid file"
expect_in err 'bad-op\.json:[0-9]+:[0-9]+: /processes/0/program/1/op' "validate reports bad-op"
expect_in err 'bad-json\.json:[0-9]+:[0-9]+:' "validate reports bad-json"

# --- bundled scenarios ---------------------------------------------------------------
run 0 "list" -- list
expect_in out '^first-fork ' "list includes first-fork"
run 0 "run a bundled scenario by name" -- run first-fork --quiet
FORKSCOPE_SCENARIOS="$data" run 0 "list from FORKSCOPE_SCENARIOS" -- list
expect_in out '^ok +CLI test: a fork that works +\[test\]$' "list: name, title, tags"
expect_in out '^bad-op +\(invalid: .*\)$' "list marks an invalid file"
if LC_ALL=C sort -c <(cut -d' ' -f1 "$tmp/out") 2>/dev/null; then ok "list is sorted by name"; else
  fail "list is not sorted"; fi
FORKSCOPE_SCENARIOS="$data" run 0 "run by name from FORKSCOPE_SCENARIOS" -- run ok --quiet
run 2 "unknown bundled name" -- run no-such-scenario-name

# --- traces ------------------------------------------------------------------------
run 0 "--trace FILE" -- run "$data/ok.json" --trace "$tmp/t1.json" --quiet
if python3 -c 'import re, sys; sys.exit(0 if re.match(r"\{\s*\"format\"\s*:\s*\"forkscope-trace\"", open(sys.argv[1]).read()) else 1)' "$tmp/t1.json"; then
  ok "trace starts with {\"format\":\"forkscope-trace\""
else
  fail "trace does not start with the format"
fi
json_check "$tmp/t1.json" 'd["version"] == 1 and d["generator"].startswith("forkscope-cli ") and d["kern_fork_revision"] == "1.231" and len(d["events"]) > 0 and d["outcome"]["result"] == "completed" and d["outcome"]["expectations"]["failed"] == 0' \
  "trace has version, generator, events and outcome"
json_check "$tmp/t1.json" 'any(e["kind"] == "step" and e["label"].startswith("fork1.") and e["file"] == "kern_fork.c" and e["line"] > 0 for e in d["events"])' \
  "trace has fork1 steps with kern_fork.c lines"
run 0 "the same run again" -- run "$data/ok.json" --trace "$tmp/t2.json" --quiet
cmp -s "$tmp/t1.json" "$tmp/t2.json" && ok "identical runs give byte-identical traces" ||
  fail "traces of identical runs differ"
run 0 "random schedule, seed 42" -- run "$data/ok.json" --schedule random --seed 42 --cpus 3 --trace "$tmp/r1.json"
run 0 "random schedule, seed 42 again" -- run "$data/ok.json" --schedule=random --seed=42 --cpus=3 --trace="$tmp/r2.json"
cmp -s "$tmp/r1.json" "$tmp/r2.json" && ok "seeded random runs are byte-identical" ||
  fail "seeded random traces differ"
json_check "$tmp/r1.json" 'd["scenario"]["machine"]["cpus"] == 3 and d["scenario"]["machine"]["seed"] == 42' \
  "overrides are recorded in the trace's scenario"
run 0 "--format chrome" -- run "$data/ok.json" --format chrome --trace "$tmp/c.json" --quiet
json_check "$tmp/c.json" 'isinstance(d["traceEvents"], list) and len(d["traceEvents"]) > 0' \
  "chrome trace has a traceEvents array"
run 0 "--trace - writes to stdout" -- run "$data/ok.json" --trace -
json_check "$tmp/out" 'd["format"] == "forkscope-trace"' "stdout is the trace alone"
expect_in err 'CLI test: a fork that works' "with --trace -, the summary goes to stderr"
run 3 "trace of a failing run" -- run "$data/expect-fail.json" --trace "$tmp/f.json" --quiet
json_check "$tmp/f.json" 'd["outcome"]["expectations"]["failed"] == 1 and any(e["kind"] == "expect" and not e["ok"] and e["op"].startswith("/processes/0/program/0") for e in d["events"])' \
  "the failed expectation is in the trace"

# --- fork.py problems (forkpy, problem) -----------------------------------------------
run 0 "forkpy writes a scenario" -- forkpy "a+b,b+c,b-"
json_check "$tmp/out" 'd["format"] == "forkscope-scenario" and d["processes"][0]["name"] == "a"' \
  "forkpy: stdout is a scenario"
run 0 "forkpy --answer" -- forkpy "a+b b+c b-" --answer
expect_in out 'DIFFERS: c' "forkpy --answer marks the orphan that went to init"
run 2 "forkpy with an unknown process" -- forkpy "a+b,x+c"
expect_in err 'action 2 "x\+c": unknown process "x"' "forkpy: the error names the action"
run 2 "problem without --seed" -- problem --actions 4
run 0 "problem --seed -o FILE" -- problem --seed 42 --actions 8 --cpus 2 -o "$tmp/p1.json"
json_check "$tmp/p1.json" 'd["machine"]["cpus"] == 2 and d["x-forkpy"]["actions"].count(",") == 7' \
  "problem: the file is a scenario of 8 actions"
run 0 "the generated problem runs clean" -- run "$tmp/p1.json" --quiet
run 0 "problem, same seed again" -- problem --seed 42 --actions 8 --cpus 2 -o "$tmp/p2.json"
cmp -s "$tmp/p1.json" "$tmp/p2.json" && ok "same seed, same scenario" || fail "same seed differs"

# --- scheduler challenges (challenge) ---------------------------------------------------
run 0 "challenge --solution reaches the goal" -- challenge challenge-proc-lock-race --solution
expect_in out '^result: +DONE at step 72 \(par 72\)' "challenge: done at the par step"
expect_in out '\[x\] 2\. a on CPU 0 spins on proc_lock +\(step 72\)' "challenge: checklist with steps"
run 3 "challenge: round-robin order fails" -- challenge challenge-proc-lock-race --cpus 0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1
expect_in out 'FAILED: a takes proc_lock without having to spin' "challenge: the never event is named"
run 3 "challenge: too short to reach the goal" -- challenge challenge-proc-lock-race --cpus=1,0
expect_in out 'not reached \(0 of 2 met\)' "challenge: progress when not reached"
run 2 "challenge without --cpus or --solution" -- challenge challenge-proc-lock-race
run 2 "challenge with a bad CPU list" -- challenge challenge-proc-lock-race --cpus 0,x
run 2 "challenge with a CPU the machine lacks" -- challenge challenge-proc-lock-race --cpus 0,2
expect_in err 'entry 1 is CPU 2, but the machine has 2 CPUs' "challenge: CPU out of range named"
run 2 "challenge --solution on a scenario without one" -- challenge "$data/ok.json" --solution
expect_in err 'has no challenge' "challenge: --solution without a challenge is refused"
run 0 "challenge --cpus on a scenario without one replays the list" -- challenge "$data/ok.json" --cpus 0
expect_in out '^run: +not finished' "challenge: a replay without a challenge reports the run"

# --- explore (every schedule within a preemption bound) -----------------------------------
rare="$src/tests/data/explore/rare-failure.json"
run 3 "explore finds the rare expectation failure" -- explore "$rare" --preemptions 1
expect_in out '^FOUND expectation: /processes/0/program/1: ' "explore: the failing op is named"
expect_in out '^search: +exhaustive within 1 preemptions' "explore: says the search was exhaustive"
witness=$(sed -n 's/^  schedule (.*): --cpus //p' "$tmp/out" | head -1)
run 3 "explore's schedule replays with challenge --cpus" -- challenge "$rare" --cpus "$witness"
expect_in out 'FAILED /processes/0/program/1: ' "challenge: the replay reproduces the failure"
run 0 "explore: a clean scenario" -- explore "$data/ok.json" --json
expect_in out '"exhaustive": true' "explore --json: exhaustive"
run 2 "explore with a bad bound" -- explore "$data/ok.json" --preemptions x

# --- quiz ("predict the next step") -----------------------------------------------------
run 0 "quiz a bundled scenario" -- quiz maxproc-storm
expect_in out '^1\. \[[a-z_]+\] Stop after step [0-9]+\.$' "quiz: numbered questions with the step"
expect_in out '^   a\) ' "quiz: lettered choices"
if grep -q 'Answer:' "$tmp/out"; then fail "quiz without --answers shows answers"; else
  ok "quiz without --answers hides the answers"; fi
run 0 "quiz --answers" -- quiz maxproc-storm --answers --max 4
expect_in out '^   Answer: [a-e] \(step [0-9]+ shows it\)$' "quiz --answers: the answer letter"
expect_in out '^   Why: .+' "quiz --answers: the explanation"
expect_in out 'it fails with EAGAIN' "quiz: maxproc-storm asks about EAGAIN"
run 0 "quiz --json --answers" -- quiz "$src/scenarios/vfork-exec.json" --json --answers --seed 3
json_check "$tmp/out" 'isinstance(d, list) and len(d) >= 1 and all(q["ask_step"] < q["reveal_step"] and 2 <= len(q["choices"]) <= 5 and 0 <= q["answer"] < len(q["choices"]) for q in d) and any(q["kind"] == "vfork_wake" for q in d)' \
  "quiz --json: an array of well-formed questions"
cp "$tmp/out" "$tmp/q1.json"
run 0 "quiz --json, same seed again" -- quiz vfork-exec --json --answers --seed=3
cmp -s "$tmp/q1.json" "$tmp/out" && ok "quiz: same seed, same questions" || fail "quiz: same seed differs"
run 0 "quiz --json without --answers" -- quiz vfork-exec --json
json_check "$tmp/out" 'all("answer" not in q and "explanation" not in q for q in d)' \
  "quiz --json without --answers has no answer key"
run 2 "quiz without a scenario" -- quiz
run 2 "quiz of an unknown scenario" -- quiz no-such-scenario-name
for bad in "--max 0" "--max 101" "--max x" "--seed -1" "--answers=yes" "--bogus" "--seed"; do
  # shellcheck disable=SC2086 # split the option and its value
  run 2 "quiz: bad argument $bad" -- quiz maxproc-storm $bad
  [ -s "$tmp/err" ] && ok "quiz: bad argument $bad: message on stderr" || fail "quiz $bad: no message"
done
run 2 "quiz of an invalid scenario" -- quiz "$data/bad-op.json"
expect_in err 'bad-op\.json:[0-9]+:[0-9]+: /processes/0/program/1/op' "quiz reports the file's error"

echo
echo "cli_contract: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
