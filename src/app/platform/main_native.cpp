// The desktop app: GLFW + OpenGL 3.3 core. Also scriptable for tests and screenshots:
//   fontshade --seed S --steps N --color #rrggbb --lang es --frames F --screenshot FILE.png
// runs N steps from seed S, renders F frames, writes the last one (the app's own pixels) and exits.
//
// Index of this file (search for "[SECTION]"):
//   The script's options: what they hold, their usage, reading them
//   Files, the clipboard and files dropped on the window
//   The window, the set-up, the frames, the files after the last
//   main
#define GLFW_INCLUDE_NONE  // no GL header from GLFW: the GL calls are ImGui's loader's (ui/frame.cpp, screenshot.cpp)
#include <GLFW/glfw3.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <unistd.h>  // getcwd
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "app/ui/app.hpp"
#include "app/state/data_loading.hpp"
#include "core/base/limits.hpp"  // kMaxSteps
#include "app/state/keeping_actions.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "core/files/lesson_file.hpp"
#include "app/state/model_state.hpp"
#include "app/state/notice.hpp"
#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"
#include "core/base/text_file.hpp"
#include "core/files/model_file.hpp"
#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "imgui.h"
#include "core/network/metrics.hpp"  // median
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "app/platform/screenshot.hpp"
#include "app/script/script_api.hpp"
#include "app/text/strings.hpp"

namespace {

// [SECTION] The script's options: what they hold, their usage, reading them
using fontshade::app::sentence;

// --lesson's value: a screen's link (the part after # of a page's address: v=1&...), or else a guided
// lesson (a file, "chapter" for the built-in one, or a lesson link lesson=...).
bool screen_link(const std::string& value) {
  const std::string v = !value.empty() && value[0] == '#' ? value.substr(1) : value;
  return v.rfind("v=", 0) == 0;
}

// Why a guided lesson named by --lesson cannot be read (a file's line and column), or "".
std::string lesson_file_problem(const std::string& value) {
  if (value == fontshade::kChapterLessonName) return {};
  if (fontshade::is_lesson_link(value)) {
    const auto link = fontshade::parse_lesson_link(value);
    return fontshade::ok(link) ? std::string() : std::get<fontshade::Error>(link).text();
  }
  const auto lesson = fontshade::load_lesson_file(value);
  return fontshade::ok(lesson) ? std::string() : std::get<fontshade::Error>(lesson).text();
}

// Opens a guided lesson at scene K (1-based; 0: the first) in the lesson mode; the problem, or "".
// A scene's far step is reached as a link's is (over frames: set_up finishes it for a scripted run).
std::string open_guided_lesson(fontshade::app::AppState& state, const std::string& value, long long scene) {
  namespace app = fontshade::app;
  std::string problem;
  if (value == fontshade::kChapterLessonName || fontshade::is_lesson_link(value)) {
    problem = app::open_lesson_link(state, fontshade::is_lesson_link(value) ? value : "lesson=chapter");
  } else {
    const auto text = fontshade::read_text_file(value, fontshade::kMaxLessonBytes);
    problem = fontshade::ok(text) ? app::load_lesson(state, std::get<std::string>(text), value) : std::get<fontshade::Error>(text).text();
  }
  if (!problem.empty()) return problem;
  if (scene > state.lesson.count()) return "--scene " + std::to_string(scene) + ": the lesson has " + std::to_string(state.lesson.count()) + " scenes";
  return scene > 0 ? app::open_scene(state, static_cast<int>(scene - 1)) : std::string();
}

struct Script {
  unsigned long long seed = 1;
  long long steps = 0;
  long long frames = 0;  // 0: interactive
  std::string screenshot;
  std::string state_file;   // the scripting API's state() after the last frame
  std::string layout_file;  // where the panels were in the last frame
  std::string colour;
  std::string language = "en";
  long long seek = -1;     // after the steps, back (or on) to this step
  std::string phase;       // phase mode at this phase ("Z1", "dC_dW1", an index)
  std::string lesson;      // a lesson link's part after '#' (options, data, step, ...), or a guided lesson's file
  long long scene = 0;     // --scene K: the guided lesson's scene K (1-based; 0: the first)
  std::string data;        // --data: book, synthetic or a CSV file (a bad one: exit 1)
  std::string drop;        // --drop: a file as if dropped on the window (a bad one: its message on screen)
  std::vector<std::string> tabs;  // --tab: tabs to show (options, data, seeds, ..., colour, labels, ...)
  std::string model;       // a model file to load first (its run, rebuilt)
  std::string save_model;  // after the last frame: the model of the step in view
  bool projector = false;
  int width = 1280, height = 800;
  bool timing = false;
  std::vector<std::string> calls;  // "name=[json args]": window.fontshade calls, made after the rest
  std::vector<std::string> final_calls;  // the same, made after the last frame (a sweep's results)
  std::vector<std::array<float, 4>> drags;  // --drag X0,Y0,X1,Y1: the mouse pressed at one point, moved, let go at the other
};

// The pointer during scripted drags: drag i takes frames 2 + 8i .. 2 + 8i + 6 (over the start, pressed,
// four moves, let go at the end), so the app sees the press, the moves and the release as it would
// see a hand's. Outside them: nullopt.
struct Pointer {
  float x, y;
  bool down;
};
std::optional<Pointer> scripted_pointer(const std::vector<std::array<float, 4>>& drags, long long frame) {
  const long long at = frame - 2;
  if (at < 0 || at >= static_cast<long long>(drags.size()) * 8) return std::nullopt;
  const std::array<float, 4>& d = drags[static_cast<std::size_t>(at / 8)];
  const long long j = at % 8;
  if (j == 7) return std::nullopt;
  const float t = j <= 1 ? 0.0f : std::min(1.0f, static_cast<float>(j - 1) / 4);
  return Pointer{d[0] + (d[2] - d[0]) * t, d[1] + (d[3] - d[1]) * t, j >= 1 && j <= 5};
}

const char* const kUsage =
    "usage: fontshade [--lesson LINK|FILE [--scene K]] [--data book|synthetic|FILE] [--model FILE.json] [--seed S] [--steps N]\n"
    "                 [--seek K] [--phase P] [--color COLOR] [--lang en|es] [--projector] [--size WxH]\n"
    "                 [--drop FILE] [--tab TAB]...\n"
    "                 [--frames F [--screenshot FILE.png] [--state FILE.json] [--layout FILE.json] [--save-model FILE.json]\n"
    "                  [--timing] [--final-call NAME=[ARGS]]... [--drag X0,Y0,X1,Y1]...] [--call NAME=[ARGS]]...\n"
    "\n"
    "The fontshade desktop app. With --frames it runs N SGD steps from seed S (default data set, the\n"
    "chapter's preset), goes back to step K (--seek) and into phase mode at phase P (--phase: sample, Z1,\n"
    "..., dC_dW1, update, or its index), renders F frames, writes the last one to FILE.png (the app's own pixels) and\n"
    "exits. --lesson FILE opens a guided lesson's file (\"chapter\": the built-in one) at its scene K\n"
    "(--scene, from 1), in the lesson mode. --lesson LINK opens a lesson as the web page's address holds it\n"
    "(the part after #: lesson=... for a guided lesson, or a screen such as\n"
    "v=1&gradient=chapter&step=5&phase=dC_dW1), before the other options apply. --data trains on a data set\n"
    "(a bad file: its message, exit 1); --drop loads a file as if dropped on the window (a CSV file trains;\n"
    "a model file loads; a bad one is named on screen and what was loaded stays). --tab shows a tab:\n"
    "training, options, data, seeds, check (right column); colour, chapter_colours, labels (left).\n"
    "--model loads a model file (its run is rebuilt: --steps then trains on from it); --save-model writes\n"
    "the model of the step in view after the last frame. --projector starts in projector mode (key P).\n"
    "--state writes the current step as the browser's fontshade.state() gives it, --layout where\n"
    "each panel was drawn, --timing the CPU time per frame.\n"
    "--call makes a window.fontshade call after the options above, as the page does (label=[255,0,0,1],\n"
    "gradientCheck, sweep=[20]), and prints its answer; --final-call makes one after the last frame\n"
    "(sweepStatus, labels). --drag presses the mouse at X0,Y0 (window pixels), moves it to X1,Y1 over four\n"
    "frames and lets go (from frame 2, one drag after another; give --frames enough for them).\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "fontshade: %s\n%s", message.c_str(), kUsage);
  return 2;
}

// A tab by its name in layout() without "tab_": shown in `view` (if given). False for an unknown name.
bool tab_named(const std::string& name, fontshade::app::View* view) {
  using fontshade::app::LeftTab;
  using fontshade::app::RightTab;
  const std::pair<const char*, RightTab> right[] = {{"training", RightTab::training}, {"options", RightTab::options},
                                                    {"data", RightTab::data}, {"seeds", RightTab::seeds}, {"check", RightTab::check}};
  const std::pair<const char*, LeftTab> left[] = {{"colour", LeftTab::colour}, {"chapter_colours", LeftTab::chapter_colours},
                                                  {"labels", LeftTab::labels}};
  for (const auto& [n, tab] : right)
    if (name == n) return view ? (view->right_tab = tab, view->tabs_requested = true) : true;
  for (const auto& [n, tab] : left)
    if (name == n) return view ? (view->left_tab = tab, view->tabs_requested = true) : true;
  return false;
}

// The options that take a value, and what the value is (said when it is missing).
struct ValueOption {
  const char* name;
  const char* what;
};
constexpr ValueOption kValueOptions[] = {
    {"--model", "a file name"},        {"--save-model", "a file name"},   {"--lesson", "a lesson file or link"},
    {"--phase", "a phase"},            {"--seed", "a whole number"},      {"--steps", "a whole number"},
    {"--frames", "a whole number"},    {"--seek", "a whole number"},      {"--tab", "a tab"},
    {"--data", "a data set or a file name"}, {"--drop", "a data set or a file name"}, {"--screenshot", "a file name"},
    {"--state", "a file name"},        {"--layout", "a file name"},       {"--color", "a colour"},
    {"--colour", "a colour"},          {"--lang", "en or es"},            {"--call", "NAME=[ARGS]"},
    {"--final-call", "NAME=[ARGS]"},   {"--size", "WxH"},                {"--drag", "X0,Y0,X1,Y1"},
    {"--scene", "a scene's number"},
};

// --seed, --steps, --frames, --seek: a whole number (the seed any 64-bit one, the others at most
// kMaxSteps); --scene: a scene's number, from 1 (a lesson holds at most kMaxLessonScenes).
std::string take_number(Script& s, const std::string& a, const char* v) {
  if (a == "--scene") {
    const auto scene = fontshade::read_whole(v, 1, fontshade::kMaxLessonScenes);
    if (!scene.ok()) return "--scene: " + fontshade::whole_number_problem(v, scene.fault, 1, fontshade::kMaxLessonScenes);
    s.scene = scene.value;
    return std::string();
  }
  // The core's strict reader: no sign, space or hex, an overflow named.
  const auto read = fontshade::read_unsigned(v);
  const unsigned long long most = a == "--seed" ? ~0ULL : static_cast<unsigned long long>(fontshade::kMaxSteps);
  const unsigned long long n = read.value;
  if (!read.ok() || n > most)
    return a + ": expected a whole number from 0 to " + std::to_string(most) + ", found " +
           fontshade::found_number(v, read.fault, fontshade::FoundStyle::quoted, true);
  if (a == "--seed") s.seed = n;
  else if (a == "--seek") s.seek = static_cast<long long>(n);
  else (a == "--steps" ? s.steps : s.frames) = static_cast<long long>(n);
  return std::string();
}

// The options whose value is checked as it is read: a lesson link, a phase, a tab, a language, a drag, a size.
std::string take_checked(Script& s, const std::string& a, const char* v) {
  if (a == "--drag") {
    std::array<float, 4> d{};
    char end = 0;
    if (std::sscanf(v, "%f,%f,%f,%f%c", &d[0], &d[1], &d[2], &d[3], &end) != 4)
      return std::string("--drag: expected X0,Y0,X1,Y1 in window pixels, found \"") + v + "\"";
    s.drags.push_back(d);
  } else if (a == "--lesson") {
    s.lesson = v;
    // A screen's link is checked here; a guided lesson's file once every option is read (parse()).
    if (!screen_link(s.lesson)) return std::string();
    const auto lesson = fontshade::parse_lesson(s.lesson);
    if (const auto* problem = std::get_if<std::string>(&lesson)) return "--lesson: " + *problem;
  } else if (a == "--phase") {
    s.phase = v;
    if (!fontshade::parse_phase(s.phase))
      return "--phase: expected a phase (sample, Z1, A1, Z2, A2, C, dC_dA2, dA2_dZ2, dC_dW2, dC_dA1, "
             "dA1_dZ1, dC_dW1, update) or its index 0-12, found \"" + s.phase + "\"";
  } else if (a == "--tab") {
    s.tabs.push_back(v);
    if (!tab_named(v, nullptr))
      return std::string("--tab: expected training, options, data, seeds, check, colour, chapter_colours or labels, found \"") + v + "\"";
  } else if (a == "--lang") {
    s.language = v;
    if (s.language != "en" && s.language != "es") return "--lang: expected en or es, found \"" + s.language + "\"";
  } else if (std::sscanf(v, "%dx%d", &s.width, &s.height) != 2 || s.width < 320 || s.height < 240 || s.width > 8192 || s.height > 8192) {
    return std::string("--size: expected WxH such as 1280x800, found \"") + v + "\"";
  }
  return std::string();
}

// An option's value kept in the script; the usage error's message if it is not right.
std::string take(Script& s, const std::string& a, const char* v) {
  if (a == "--seed" || a == "--steps" || a == "--frames" || a == "--seek" || a == "--scene") return take_number(s, a, v);
  if (a == "--lesson" || a == "--phase" || a == "--tab" || a == "--lang" || a == "--size" || a == "--drag")
    return take_checked(s, a, v);
  if (a == "--call" || a == "--final-call") (a == "--call" ? s.calls : s.final_calls).push_back(v);
  else if (a == "--model" || a == "--save-model") (a == "--model" ? s.model : s.save_model) = v;
  else if (a == "--data" || a == "--drop") (a == "--data" ? s.data : s.drop) = v;
  else if (a == "--state" || a == "--layout") (a == "--state" ? s.state_file : s.layout_file) = v;
  else if (a == "--screenshot") s.screenshot = v;
  else s.colour = v;  // --color, --colour
  return std::string();
}

bool parse(int argc, char** argv, Script& s, int* exit_code) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto option = std::find_if(std::begin(kValueOptions), std::end(kValueOptions), [&](const ValueOption& o) { return a == o.name; });
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      *exit_code = 0;
      return false;
    } else if (a == "--timing" || a == "--projector") {
      (a == "--timing" ? s.timing : s.projector) = true;
    } else if (option == std::end(kValueOptions)) {
      *exit_code = usage_error("unknown option " + a);
      return false;
    } else if (i + 1 >= argc) {
      *exit_code = usage_error(a + " needs " + option->what);
      return false;
    } else if (const std::string problem = take(s, a, argv[++i]); !problem.empty()) {
      *exit_code = usage_error(problem);
      return false;
    }
  }
  if ((!s.screenshot.empty() || !s.state_file.empty() || !s.layout_file.empty() || !s.save_model.empty() ||
       !s.final_calls.empty()) && s.frames == 0)
    s.frames = 2;
  if (!s.lesson.empty() && !screen_link(s.lesson)) {
    if (const std::string problem = lesson_file_problem(s.lesson); !problem.empty()) {
      // A bad lesson file, before any window opens: its line and column, the file's text escaped.
      std::fprintf(stderr, "fontshade: --lesson: %s\n", fontshade::escaped(problem, std::string::npos, false).c_str());
      *exit_code = 1;
      return false;
    }
  }
  return true;
}

// [SECTION] Files, the clipboard and files dropped on the window
bool write_text(const std::string& path, const std::string& text) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Where a file saved from the app goes: the working folder, said in full.
std::string in_working_folder(const std::string& name) {
  char folder[4096];
  return getcwd(folder, sizeof folder) ? std::string(folder) + "/" + name : name;
}

// The desktop's side of keeping and sharing: files in the working folder, GLFW's clipboard, files
// dropped on the window.
fontshade::app::Platform native_platform() {
  using fontshade::app::tr;
  fontshade::app::Platform p;
  p.save_text = [](const std::string& name, const std::string&, const std::string& text) {
    const std::string path = in_working_folder(name);
    if (auto e = fontshade::write_file_atomically(path, text)) return sentence(tr("Could not save the file: %s."), e->text());
    return sentence(tr("Saved %s."), path);
  };
  p.copy_text = [](const std::string& text, const std::string& what) {
    ImGui::SetClipboardText(text.c_str());
    return sentence(tr("Copied to the clipboard: %s."), what);
  };
  p.copy_link = [](const std::string& fragment) {
    ImGui::SetClipboardText(fragment.c_str());
    return sentence(tr("Copied the lesson: %s (after # in the page's address, or fontshade --lesson)."), fragment);
  };
  p.choose_model = [] { return std::string(tr("Drop a model file on this window to load it (or start fontshade with --model FILE).")); };
  return p;
}

// A file dropped on the window (or named by --drop): a model file (JSON, it starts with '{') loads its
// run; anything else is read as a CSV data set, named in the Data tab if it is bad.
bool looks_like_json(const char* path) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return false;
  int c = 0;
  while ((c = std::fgetc(file)) == ' ' || c == '\t' || c == '\r' || c == '\n') {
  }
  std::fclose(file);
  return c == '{';
}

void drop_file(fontshade::app::App* app, const char* path) {
  if (!looks_like_json(path)) {  // a CSV file, or a file that cannot be read: the Data tab names the problem
    fontshade::app::load_data_named(app->state(), path);
    return;
  }
  // The larger of a model's and a lesson's limits: the reader of each refuses what is past its own.
  const fontshade::Result<std::string> text = fontshade::read_text_file(path, fontshade::kMaxModelBytes);
  if (!fontshade::ok(text)) {
    fontshade::app::tell(app->state().view,
                         sentence(fontshade::app::tr("The model could not be loaded: %s. The screen is as it was."),
                                  std::get<fontshade::Error>(text).text()), true);
    return;
  }
  fontshade::app::open_json_file(app->state(), std::get<std::string>(text), path, path);  // a lesson's, or a model's
}

void dropped(GLFWwindow* window, int count, const char** paths) {
  auto* app = static_cast<fontshade::app::App*>(glfwGetWindowUserPointer(window));
  if (app && count > 0) drop_file(app, paths[0]);
}

// [SECTION] The window, the set-up, the frames, the files after the last
// A window with an OpenGL 3.3 core context (nullptr, said on stderr, when there is none), and
// Dear ImGui on it.
GLFWwindow* open_window(const Script& script) {
  glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "fontshade: GLFW error %d: %s\n", code, text); });
  if (!glfwInit()) {
    std::fprintf(stderr, "fontshade: cannot open a window (no display? try xvfb-run)\n");
    return nullptr;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(script.width, script.height, "fontshade", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "fontshade: cannot create an OpenGL 3.3 window\n");
    glfwTerminate();
    return nullptr;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(script.frames > 0 ? 0 : 1);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  return window;
}

void close_window(GLFWwindow* window) {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
}

// The state the script asks for: a lesson or a seed, data, a model, a dropped file, projector mode,
// steps, a step to seek, a phase, a colour, tabs. 0, or the exit code of what went wrong.
int set_up(fontshade::app::App& app, const Script& script, const std::optional<fontshade::Rgb>& colour) {
  using namespace fontshade;
  app::AppState& state = app.state();
  const bool screen = !script.lesson.empty() && screen_link(script.lesson);
  if (!screen || script.language != "en")  // a screen's link says its language; a guided lesson speaks the reader's
    state.view.settings.language = script.language == "es" ? app::Language::es : app::Language::en;
  if (screen) {
    const app::ReachStart start = app::apply_lesson(state, std::get<Lesson>(parse_lesson(script.lesson)));
    if (!start.problem.empty()) return usage_error("--lesson: " + start.problem);
    // A far step is reached as the page reaches it, over frames; a scripted run draws a fixed count
    // of frames, so its lesson is there first.
    if (script.frames > 0) app::finish_reach(state);
  } else if (!script.lesson.empty()) {
    state.view.projector = script.projector;  // the scenes open in the reader's mode
    if (std::string problem = open_guided_lesson(state, script.lesson, script.scene); !problem.empty()) {
      std::fprintf(stderr, "fontshade: --lesson: %s\n", fontshade::escaped(problem, std::string::npos, false).c_str());
      return 1;
    }
    if (script.frames > 0) app::finish_reach(state);
  } else {
    state.reset(static_cast<std::uint64_t>(script.seed));
  }
  if (!script.data.empty())
    if (auto e = app::load_data_named(state, script.data)) {
      std::fprintf(stderr, "fontshade: %s\n", e->text().c_str());
      return 1;
    }
  if (!script.model.empty()) {
    const Result<Model> model = load_model_file(script.model);
    std::string problem = ok(model) ? std::string() : std::get<Error>(model).text();
    if (problem.empty()) {
      // As a dropped file loads (the screen says how a far one ended); a scripted run waits for it.
      const auto told = [&problem](app::AppState& s, const std::string& p) {
        problem = p;
        if (!p.empty()) app::tell(s.view, sentence(app::tr("The model could not be loaded: %s. The screen is as it was."), p), true);
      };
      problem = app::load_model(state, std::get<Model>(model), told).problem;
      if (script.frames > 0) app::finish_reach(state);
    }
    if (!problem.empty()) {
      std::fprintf(stderr, "fontshade: --model: %s\n", escaped(problem, std::string::npos, false).c_str());
      return 1;
    }
  }
  if (!script.drop.empty()) drop_file(&app, script.drop.c_str());
  if (script.projector) state.view.projector = true;
  if (script.steps > 0) state.step(script.steps);
  if (script.seek >= 0) state.seek(script.seek);
  if (!script.phase.empty()) state.set_phase(*parse_phase(script.phase));
  if (colour) state.view.picked = *colour;
  for (const std::string& tab : script.tabs) tab_named(tab, &state.view);
  return 0;
}

// A window.fontshade call, as a page's script makes it; its answer is printed. False if it failed.
bool call_script(fontshade::app::AppState& state, const std::string& call) {
  const std::size_t equals = call.find('=');
  const std::string answer =
      fontshade::app::script_call(state, call.substr(0, equals), equals == std::string::npos ? "[]" : call.substr(equals + 1));
  std::printf("%s\n", answer.c_str());
  std::fflush(stdout);
  return answer.rfind("{\"error\"", 0) != 0;
}

// After a scripted run's last frame: its state, layout and model files, then the final calls. 0, or 1
// if any of them failed.
int finish_script(fontshade::app::AppState& state, const Script& script) {
  using namespace fontshade;
  int exit_code = 0;
  const std::string model_text = script.save_model.empty() ? std::string() : model_json(app::model_at_cursor(state));
  for (const auto& [path, text] : {std::pair{script.state_file, app::state_json(state)}, std::pair{script.layout_file, app::layout_json(state)},
                                   std::pair{script.save_model, model_text}})
    if (!path.empty() && !write_text(path, text)) {
      std::fprintf(stderr, "fontshade: cannot write %s\n", path.c_str());
      exit_code = 1;
    }
  for (const std::string& call : script.final_calls)
    if (!call_script(state, call)) exit_code = 1;
  return exit_code;
}

// The frames until the window closes (or the script's last frame): 0, or 1 if the script's outputs
// failed. A scripted run is looked at, not pointed at: no pointer, so no tooltip covers the picture.
int run_frames(GLFWwindow* window, fontshade::app::App& app, const Script& script) {
  using namespace fontshade;
  std::vector<double> build_times, frame_times;
  int exit_code = 0;
  for (long long frame = 0; !glfwWindowShouldClose(window); ++frame) {
    const double frame_start = cpu_seconds();
    glfwPollEvents();
    float scale_x = 1, scale_y = 1;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    build_times.push_back(app.run_frame(window, scale_x, [&] {
      if (script.frames > 0) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      if (const auto pointer = scripted_pointer(script.drags, frame)) {
        ImGui::GetIO().MousePos = ImVec2(pointer->x, pointer->y);
        ImGui::GetIO().MouseDown[0] = pointer->down;
      }
    }));
    int fb_width = 0, fb_height = 0;
    glfwGetFramebufferSize(window, &fb_width, &fb_height);
    if (const auto name = app.take_screenshot_request()) {
      const std::string path = in_working_folder(*name);
      std::string error;
      app::tell(app.state().view, app::write_screenshot(path, fb_width, fb_height, &error) ? sentence(app::tr("Saved %s."), path)
                                                                                         : sentence(app::tr("Could not save the file: %s."), error),
                false);
    }
    const bool last_frame = script.frames > 0 && frame + 1 >= script.frames;
    std::string error;
    if (last_frame && !script.screenshot.empty() && !app::write_screenshot(script.screenshot, fb_width, fb_height, &error)) {
      std::fprintf(stderr, "fontshade: %s\n", error.c_str());
      exit_code = 1;
    }
    glfwSwapBuffers(window);
    frame_times.push_back(cpu_seconds() - frame_start);
    if (last_frame) {
      if (finish_script(app.state(), script) != 0) exit_code = 1;
      break;
    }
  }
  if (script.timing)
    std::printf("frames %zu, CPU per frame: UI %.3f ms (median), whole frame with GL %.3f ms (median)\n", build_times.size(),
                median(build_times) * 1e3, median(frame_times) * 1e3);
  return exit_code;
}

}  // namespace

// [SECTION] main
int main(int argc, char** argv) {
  using namespace fontshade;
  // Past a file-size limit a save then fails with its reason, instead of the app being killed half-way.
  std::signal(SIGXFSZ, SIG_IGN);
  Script script;
  int exit_code = 0;
  if (!parse(argc, argv, script, &exit_code)) return exit_code;
  std::optional<Rgb> colour;
  if (!script.colour.empty()) {
    std::string why;
    colour = parse_colour(script.colour, &why);
    if (!colour) return usage_error("--color: " + why);
  }
  GLFWwindow* window = open_window(script);
  if (!window) return 1;
  app::App fontshade_app;
  std::string error;
  fontshade_app.init(&error);
  fontshade_app.platform = native_platform();
  glfwSetWindowUserPointer(window, &fontshade_app);
  app::listen_to_keys(window);
  glfwSetDropCallback(window, dropped);
  // Everything below (the scripted calls, files dropped on the window, the frames) speaks the view's language.
  app::UseSettings use_settings(fontshade_app.state().view.settings);
  if (const int failed = set_up(fontshade_app, script, colour)) return failed;
  for (const std::string& call : script.calls)  // after everything else, as a page's script would
    if (!call_script(fontshade_app.state(), call)) return usage_error("--call " + call + ": failed");
  exit_code = run_frames(window, fontshade_app, script);
  close_window(window);
  return exit_code;
}
