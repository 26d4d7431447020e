// SPDX-License-Identifier: GPL-3.0-or-later
// forkscope-cli quiz: "predict the next step" questions from a scenario's run
// (core/classroom/quiz.h), as text for a worksheet or JSON for other tools.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "core/classroom/quiz.h"
#include "core/scenario/scenario_loader.h"
#include "forkscope_version.h" // generated from project(VERSION)

namespace fs::cli {
namespace {

constexpr const char* kProg = "forkscope-cli";

struct QuizArgs {
  std::string scenario;
  uint64_t seed = 0;
  size_t max = 10;
  bool answers = false;
  bool json = false;
};

// Returns "" when parsed, else the message for the user.
std::string parse_quiz_args(const std::vector<std::string>& args, QuizArgs& r) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    const std::optional<std::string> inline_value = split_inline_value(arg);
    if (arg == "--answers" || arg == "--json") {
      if (inline_value) return arg + " takes no value";
      (arg == "--answers" ? r.answers : r.json) = true;
      continue;
    }
    if (arg.empty() || arg[0] != '-') {
      if (!r.scenario.empty())
        return "quiz takes one SCENARIO (got '" + r.scenario + "' and '" + arg + "')";
      r.scenario = arg;
      continue;
    }
    if (arg != "--seed" && arg != "--max")
      return "unknown option '" + arg + "' (see forkscope-cli --help)";
    const std::optional<std::string> given = option_value(args, i, inline_value);
    if (!given) return arg + " needs a value";
    const std::string& v = *given;
    if (arg == "--seed") {
      auto n = parse_number<uint64_t>(v);
      if (!n) return "--seed: expected a non-negative integer, got '" + v + "'";
      r.seed = *n;
    } else {
      auto n = parse_number<size_t>(v);
      if (!n || *n < 1 || *n > 100)
        return "--max: expected a number of questions, 1..100, got '" + v + "'";
      r.max = *n;
    }
  }
  if (r.scenario.empty()) return "quiz needs a SCENARIO (a file or a bundled scenario's name)";
  return "";
}

char letter(size_t i) { return static_cast<char>('a' + i); }

void print_text(std::ostream& os, const Scenario& sc, const QuizArgs& qa,
                const std::vector<Question>& quiz) {
  os << "Quiz: " << sc.title << "  (" << sc.file << "), seed " << qa.seed << ", " << quiz.size()
     << (quiz.size() == 1 ? " question\n" : " questions\n");
  for (size_t n = 0; n < quiz.size(); ++n) {
    const Question& q = quiz[n];
    os << '\n'
       << n + 1 << ". [" << question_kind_name(q.kind) << "] Stop after step " << q.ask_step
       << ".\n   " << q.prompt.english() << '\n';
    for (size_t i = 0; i < q.choices.size(); ++i)
      os << "   " << letter(i) << ") " << q.choices[i].english() << '\n';
    if (!qa.answers) continue;
    os << "   Answer: " << letter(static_cast<size_t>(q.answer)) << " (step " << q.reveal_step
       << " shows it)\n   Why: " << q.explanation.english() << '\n';
  }
}

void print_json(std::ostream& os, const QuizArgs& qa, const std::vector<Question>& quiz) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Question& q : quiz) {
    nlohmann::ordered_json j;
    j["kind"] = question_kind_name(q.kind);
    j["ask_step"] = q.ask_step;
    j["reveal_step"] = q.reveal_step;
    j["pid"] = q.pid >= 0 ? nlohmann::ordered_json(q.pid) : nlohmann::ordered_json(nullptr);
    j["cpu"] = q.cpu >= 0 ? nlohmann::ordered_json(q.cpu) : nlohmann::ordered_json(nullptr);
    j["prompt"] = q.prompt.english();
    j["choices"] = nlohmann::ordered_json::array();
    for (const fs::Text& c : q.choices) j["choices"].push_back(c.english());
    if (qa.answers) { // a worksheet without the key stays a worksheet
      j["answer"] = q.answer;
      j["explanation"] = q.explanation.english();
      j["source_line"] = q.source_line;
    }
    arr.push_back(std::move(j));
  }
  os << arr.dump(2) << '\n';
}

} // namespace

int cmd_quiz(const Context& ctx, const std::vector<std::string>& args) {
  QuizArgs qa;
  if (std::string msg = parse_quiz_args(args, qa); !msg.empty()) {
    ctx.err << kProg << ": " << msg << '\n';
    return kExitUsage;
  }
  std::string shown_path;
  std::optional<Scenario> loaded = load(ctx, qa.scenario, &shown_path);
  if (!loaded) return kExitUsage;

  auto scenario = std::make_shared<const Scenario>(std::move(*loaded));
  const Timeline timeline(scenario, {}, 4096, std::string(kProg) + " " + FORKSCOPE_VERSION);
  const std::vector<Question> quiz = make_quiz(timeline, qa.seed, qa.max);
  if (qa.json)
    print_json(ctx.out, qa, quiz);
  else
    print_text(ctx.out, *scenario, qa, quiz);
  return kExitOk;
}

} // namespace fs::cli
