// The desktop app: GLFW + OpenGL 3.3 core. Also scriptable for tests and screenshots:
//   fontshade --seed S --steps N --color #rrggbb --lang es --frames F --screenshot FILE.png
// runs N steps from seed S, renders F frames, writes the last one (the app's own pixels) and exits.
#define GLFW_INCLUDE_NONE  // OpenGL comes from gl_api.hpp (ImGui's loader), not from GLFW
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <chrono>
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
#include "core/base/text_file.hpp"
#include "core/network/chain_rule.hpp"
#include "core/colour/colour.hpp"
#include "app/ui/gl_api.hpp"
#include "imgui.h"
#include "core/network/metrics.hpp"  // median
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "app/platform/screenshot.hpp"
#include "app/script/script_api.hpp"
#include "app/text/strings.hpp"

namespace {

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
};

const char* const kUsage =
    "usage: fontshade [--lesson LINK|FILE [--scene K]] [--data book|synthetic|FILE] [--model FILE.json] [--seed S] [--steps N]\n"
    "                 [--seek K] [--phase P] [--color COLOR] [--lang en|es] [--projector] [--size WxH]\n"
    "                 [--drop FILE] [--tab TAB]...\n"
    "                 [--frames F [--screenshot FILE.png] [--state FILE.json] [--layout FILE.json] [--save-model FILE.json]\n"
    "                  [--timing] [--final-call NAME=[ARGS]]...] [--call NAME=[ARGS]]...\n"
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
    "(sweepStatus, labels).\n";

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

bool parse(int argc, char** argv, Script& s, int* exit_code) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&](const char* what) -> const char* {
      if (i + 1 >= argc) {
        *exit_code = usage_error(a + " needs " + what);
        return nullptr;
      }
      return argv[++i];
    };
    const char* v = nullptr;
    char* end = nullptr;
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      *exit_code = 0;
      return false;
    } else if (a == "--timing") {
      s.timing = true;
    } else if (a == "--projector") {
      s.projector = true;
    } else if (a == "--model" || a == "--save-model") {
      if (!(v = value("a file name"))) return false;
      (a == "--model" ? s.model : s.save_model) = v;
    } else if (a == "--lesson") {
      if (!(v = value("a lesson file or link"))) return false;
      s.lesson = v;
      if (screen_link(s.lesson)) {
        const auto lesson = fontshade::parse_lesson(s.lesson);
        if (const auto* problem = std::get_if<std::string>(&lesson)) {
          *exit_code = usage_error("--lesson: " + *problem);
          return false;
        }
      } else if (std::string problem = lesson_file_problem(s.lesson); !problem.empty()) {
        std::fprintf(stderr, "fontshade: --lesson: %s\n", problem.c_str());  // a bad file, before any window opens
        *exit_code = 1;
        return false;
      }
    } else if (a == "--scene") {
      if (!(v = value("a scene's number"))) return false;
      errno = 0;
      const unsigned long long n = std::strtoull(v, &end, 10);
      if (*v == '\0' || *v == '-' || *end != '\0' || errno != 0 || n < 1 || n > fontshade::kMaxLessonScenes) {
        *exit_code = usage_error(std::string("--scene: expected a scene's number from 1 to ") +
                                 std::to_string(fontshade::kMaxLessonScenes) + ", found \"" + v + "\"");
        return false;
      }
      s.scene = static_cast<long long>(n);
    } else if (a == "--phase") {
      if (!(v = value("a phase"))) return false;
      s.phase = v;
      if (!fontshade::parse_phase(s.phase)) {
        *exit_code = usage_error("--phase: expected a phase (sample, Z1, A1, Z2, A2, C, dC_dA2, dA2_dZ2, dC_dW2, dC_dA1, "
                                 "dA1_dZ1, dC_dW1, update) or its index 0-12, found \"" + s.phase + "\"");
        return false;
      }
    } else if (a == "--seed" || a == "--steps" || a == "--frames" || a == "--seek") {
      if (!(v = value("a whole number"))) return false;
      errno = 0;
      const unsigned long long n = std::strtoull(v, &end, 10);
      const unsigned long long most = a == "--seed" ? ~0ULL : static_cast<unsigned long long>(fontshade::kMaxSteps);
      if (*v == '\0' || *v == '-' || *end != '\0' || errno != 0 || n > most) {
        *exit_code = usage_error(a + ": expected a whole number from 0 to " + std::to_string(most) + ", found \"" + v + "\"");
        return false;
      }
      if (a == "--seed") s.seed = n;
      else if (a == "--seek") s.seek = static_cast<long long>(n);
      else (a == "--steps" ? s.steps : s.frames) = static_cast<long long>(n);
    } else if (a == "--tab") {
      if (!(v = value("a tab")) ) return false;
      s.tabs.push_back(v);
      if (!tab_named(v, nullptr)) {
        *exit_code = usage_error(std::string("--tab: expected training, options, data, seeds, check, colour, chapter_colours or labels, found \"") + v + "\"");
        return false;
      }
    } else if (a == "--data" || a == "--drop") {
      if (!(v = value("a data set or a file name"))) return false;
      (a == "--data" ? s.data : s.drop) = v;
    } else if (a == "--screenshot") {
      if (!(v = value("a file name"))) return false;
      s.screenshot = v;
    } else if (a == "--state" || a == "--layout") {
      if (!(v = value("a file name"))) return false;
      (a == "--state" ? s.state_file : s.layout_file) = v;
    } else if (a == "--color" || a == "--colour") {
      if (!(v = value("a colour"))) return false;
      s.colour = v;
    } else if (a == "--lang") {
      if (!(v = value("en or es"))) return false;
      s.language = v;
      if (s.language != "en" && s.language != "es") {
        *exit_code = usage_error("--lang: expected en or es, found \"" + s.language + "\"");
        return false;
      }
    } else if (a == "--call" || a == "--final-call") {
      if (!(v = value("NAME=[ARGS]"))) return false;
      (a == "--call" ? s.calls : s.final_calls).push_back(v);
    } else if (a == "--size") {
      if (!(v = value("WxH"))) return false;
      if (std::sscanf(v, "%dx%d", &s.width, &s.height) != 2 || s.width < 320 || s.height < 240 || s.width > 8192 || s.height > 8192) {
        *exit_code = usage_error(std::string("--size: expected WxH such as 1280x800, found \"") + v + "\"");
        return false;
      }
    } else {
      *exit_code = usage_error("unknown option " + a);
      return false;
    }
  }
  if ((!s.screenshot.empty() || !s.state_file.empty() || !s.layout_file.empty() || !s.save_model.empty() ||
       !s.final_calls.empty()) && s.frames == 0)
    s.frames = 2;
  return true;
}

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
  const fontshade::Result<std::string> text = fontshade::read_text_file(path, 1024 * 1024);
  if (!fontshade::ok(text)) {
    fontshade::app::tell(app->state().view,
                         sentence(fontshade::app::tr("The model could not be loaded: %s. The screen is as it was."),
                                  std::get<fontshade::Error>(text).text()), true);
    return;
  }
  fontshade::app::open_json_file(app->state(), std::get<std::string>(text), path);  // a lesson's, or a model's
}

void dropped(GLFWwindow* window, int count, const char** paths) {
  auto* app = static_cast<fontshade::app::App*>(glfwGetWindowUserPointer(window));
  if (app && count > 0) drop_file(app, paths[0]);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fontshade;
  Script script;
  int exit_code = 0;
  if (!parse(argc, argv, script, &exit_code)) return exit_code;
  std::optional<Rgb> colour;
  if (!script.colour.empty()) {
    std::string why;
    colour = parse_colour(script.colour, &why);
    if (!colour) return usage_error("--color: " + why);
  }

  glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "fontshade: GLFW error %d: %s\n", code, text); });
  if (!glfwInit()) {
    std::fprintf(stderr, "fontshade: cannot open a window (no display? try xvfb-run)\n");
    return 1;
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
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(script.frames > 0 ? 0 : 1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  app::App fontshade_app;
  std::string error;
  fontshade_app.init(&error);
  fontshade_app.platform = native_platform();
  glfwSetWindowUserPointer(window, &fontshade_app);
  app::listen_to_keys(window);
  glfwSetDropCallback(window, dropped);
  app::AppState& state = fontshade_app.state();
  // Everything below (the scripted calls, files dropped on the window, the frames) speaks the view's language.
  app::UseSettings use_settings(state.view.settings);
  if (script.lesson.empty() || script.language != "en" || !screen_link(script.lesson))
    state.view.settings.language = script.language == "es" ? app::Language::es : app::Language::en;
  if (!script.lesson.empty() && screen_link(script.lesson)) {
    if (std::string problem = app::apply_lesson(state, std::get<Lesson>(parse_lesson(script.lesson))); !problem.empty())
      return usage_error("--lesson: " + problem);
  } else if (!script.lesson.empty()) {
    state.view.projector = script.projector;  // the scenes open in the reader's mode
    if (std::string problem = open_guided_lesson(state, script.lesson, script.scene); !problem.empty()) {
      std::fprintf(stderr, "fontshade: --lesson: %s\n", problem.c_str());
      return 1;
    }
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
    std::string problem = ok(model) ? app::load_model(state, std::get<Model>(model)) : std::get<Error>(model).text();
    if (!problem.empty()) {
      std::fprintf(stderr, "fontshade: --model: %s\n", problem.c_str());
      return 1;
    }
  }
  if (!script.drop.empty()) drop_file(&fontshade_app, script.drop.c_str());
  if (script.projector) state.view.projector = true;
  if (script.steps > 0) state.step(script.steps);
  if (script.seek >= 0) state.seek(script.seek);
  if (!script.phase.empty()) state.set_phase(*parse_phase(script.phase));
  if (colour) state.view.picked = *colour;
  for (const std::string& tab : script.tabs) tab_named(tab, &state.view);

  std::vector<double> build_times, frame_times;
  // A window.fontshade call, as a page's script makes it; its answer is printed.
  const auto call_script = [&state](const std::string& call) {
    const std::size_t equals = call.find('=');
    const std::string answer = app::script_call(state, call.substr(0, equals), equals == std::string::npos ? "[]" : call.substr(equals + 1));
    std::printf("%s\n", answer.c_str());
    std::fflush(stdout);
    return answer.rfind("{\"error\"", 0) != 0;
  };
  for (const std::string& call : script.calls)  // after everything else, as a page's script would
    if (!call_script(call)) return usage_error("--call " + call + ": failed");
  auto last = std::chrono::steady_clock::now();
  for (long long frame = 0; !glfwWindowShouldClose(window); ++frame) {
    const double frame_start = cpu_seconds();
    glfwPollEvents();
    int fb_width = 0, fb_height = 0;
    glfwGetFramebufferSize(window, &fb_width, &fb_height);
    float scale_x = 1, scale_y = 1;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - last).count();
    last = now;

    int win_width = 0, win_height = 0;
    glfwGetWindowSize(window, &win_width, &win_height);
    fontshade_app.prepare(win_width, win_height, scale_x);
    const double build_start = cpu_seconds();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // A scripted run is looked at, not pointed at: no pointer, so no tooltip covers the picture.
    if (script.frames > 0) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    fontshade_app.frame(win_width, win_height, seconds);
    ImGui::Render();
    build_times.push_back(cpu_seconds() - build_start);

    glViewport(0, 0, fb_width, fb_height);
    glClearColor(0.118f, 0.122f, 0.141f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (const auto name = fontshade_app.take_screenshot_request()) {
      const std::string path = in_working_folder(*name);
      app::tell(state.view, app::write_screenshot(path, fb_width, fb_height, &error) ? sentence(app::tr("Saved %s."), path)
                                                                                   : sentence(app::tr("Could not save the file: %s."), error),
                false);
    }
    const bool last_frame = script.frames > 0 && frame + 1 >= script.frames;
    if (last_frame && !script.screenshot.empty() && !app::write_screenshot(script.screenshot, fb_width, fb_height, &error)) {
      std::fprintf(stderr, "fontshade: %s\n", error.c_str());
      exit_code = 1;
    }
    glfwSwapBuffers(window);
    frame_times.push_back(cpu_seconds() - frame_start);
    if (last_frame) {
      const std::string model_text = script.save_model.empty() ? std::string() : model_json(app::model_at_cursor(state));
      for (const auto& [path, text] : {std::pair{script.state_file, app::state_json(state)},
                                       std::pair{script.layout_file, app::layout_json(state)},
                                       std::pair{script.save_model, model_text}})
        if (!path.empty() && !write_text(path, text)) {
          std::fprintf(stderr, "fontshade: cannot write %s\n", path.c_str());
          exit_code = 1;
        }
      for (const std::string& call : script.final_calls)
        if (!call_script(call)) exit_code = 1;
      break;
    }
  }
  if (script.timing)
    std::printf("frames %zu, CPU per frame: UI %.3f ms (median), whole frame with GL %.3f ms (median)\n",
                build_times.size(), median(build_times) * 1e3, median(frame_times) * 1e3);

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
