// fontshade-cli lesson check FILE: a guided lesson's file read as the app reads it, every scene's
// screen opened (its run trained to its step, and the step its question's reveal opens), and its texts
// checked in both languages. --json gives each screen's step record as `trace` prints it, so a test
// can hold the app's screen against the CLI's numbers.
#include <cstdio>

#include "cli/command.hpp"
#include "core/files/json_writer.hpp"
#include "core/files/lesson_file.hpp"
#include "core/files/record_json.hpp"
#include "core/network/option_reader.hpp"
#include "core/network/run.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli lesson check FILE [--json]\n"
    "\n"
    "Checks a guided lesson's file (JSON, \"format\": \"fontshade-lesson\"), as the app would open it: the\n"
    "file reads (errors name the line and the column), every scene's screen opens (its options, its data,\n"
    "its run trained to its step, and the same for the screen its question's answer reveals), and every\n"
    "text is there in English and in Spanish. FILE \"chapter\" is the built-in lesson of the chapter.\n"
    "\n"
    "  --json    one JSON object: title, scenes (each with its state, step, phase, train_accuracy,\n"
    "            test_accuracy and the step's record as `trace` prints it, or null at step 0; the\n"
    "            same for its reveal), and problems (texts missing in a language)\n"
    "\n"
    "Exit status: 0 the lesson is complete; 1 the file cannot be read, a screen does not open, or a text\n"
    "is missing; 2 bad arguments.\n";

// A scene's screen, trained to its step by the core's run (the app's run is the same).
struct Opened {
  std::string problem;  // empty when the screen opens
  std::string json;     // its facts and record, for --json
};

Opened open_screen(const Lesson& state) {
  Opened out;
  if (std::string problem = lesson_problem(state); !problem.empty()) {
    out.problem = problem;
    return out;
  }
  Run run(lesson_data(state), state.options);
  run.advance(state.step);
  if (run.cursor() != state.step) {
    out.problem = "its run stops at step " + std::to_string(run.cursor()) + ", before the scene's step " +
                  std::to_string(state.step) + (run.divergence() ? " (" + run.divergence()->text() + ")" : "");
    return out;
  }
  JsonWriter w;
  w.begin_object().key("state").string(lesson_fragment(state)).key("step").integer(state.step).key("phase");
  if (state.phase) w.string(info_of(*state.phase).name);
  else w.null();
  w.key("train_accuracy").number(run.train_evaluation().accuracy).key("test_accuracy").number(run.test_evaluation().accuracy);
  w.key("record");
  if (const StepRecord* r = run.record()) {
    w.begin_object();
    write_step_record_members(w, *r);
    w.end_object();
  } else {
    w.null();
  }
  out.json = w.end_object().str();
  return out;
}

}  // namespace

int run_lesson(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("lesson", words, {{"json", false}}, kHelpText, &code);
  if (!args) return code;
  const auto& rest = args->positional();
  if (rest.empty() || rest[0] != "check") return fail("lesson", "expected: lesson check FILE (see fontshade-cli lesson --help)", kUsage);
  if (rest.size() != 2) return fail("lesson", "lesson check takes one FILE (or \"chapter\" for the built-in lesson)", kUsage);
  Result<LessonFile> read = rest[1] == kChapterLessonName ? Result<LessonFile>(chapter_lesson()) : load_lesson_file(rest[1]);
  if (!ok(read)) return fail("lesson", std::get<Error>(read).text(), kBadInput);
  const LessonFile& lesson = std::get<LessonFile>(read);
  std::vector<std::string> problems = lesson_problems(lesson);
  JsonWriter scenes;
  scenes.begin_array();
  for (std::size_t k = 0; k < lesson.scenes.size(); ++k) {
    const LessonScene& s = lesson.scenes[k];
    const std::string name = "scene " + std::to_string(k + 1);
    const Opened screen = open_screen(s.state);
    if (!screen.problem.empty()) problems.push_back(name + ": its state does not open: " + screen.problem);
    Opened revealed;
    if (s.question && s.question->reveal) {
      revealed = open_screen(*s.question->reveal);
      if (!revealed.problem.empty()) problems.push_back(name + ": its question's reveal does not open: " + revealed.problem);
    }
    std::string entry = "{\"index\":" + std::to_string(k + 1) + ",\"title\":" + JsonWriter().string(s.title.en).str() +
                        ",\"screen\":" + (screen.json.empty() ? "null" : screen.json) +
                        ",\"reveal\":" + (revealed.json.empty() ? "null" : revealed.json) + "}";
    scenes.raw(entry);
  }
  scenes.end_array();
  if (args->has("json")) {
    JsonWriter out;
    out.begin_object().key("title").string(lesson.title.en).key("scenes").raw(scenes.str()).key("problems").begin_array();
    for (const std::string& p : problems) out.string(p);
    out.end_array().end_object();
    std::printf("%s\n", out.str().c_str());
  } else {
    std::printf("lesson: %s\n", lesson.title.en.c_str());
    for (std::size_t k = 0; k < lesson.scenes.size(); ++k)
      std::printf("  %2zu. %s (%s)\n", k + 1, lesson.scenes[k].title.en.c_str(), lesson_fragment(lesson.scenes[k].state).c_str());
    for (const std::string& p : problems) std::printf("problem: %s\n", p.c_str());
    if (problems.empty())
      std::printf("%zu scenes: every screen opens, every text is in English and Spanish\n", lesson.scenes.size());
  }
  return problems.empty() ? kOk : kBadInput;
}

}  // namespace fontshade::cli
