// The browser app: the same App on WebGL2 through Emscripten's GLFW. The page (web/glue.js) drives it
// through the exported functions below: window.fontshade.reset/step/setColor/state/layout.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <string>

#include "app.hpp"
#include "format.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "strings.hpp"

namespace {

// Emscripten's main loop never returns from main(): the app lives here, not on main's stack.
GLFWwindow* g_window = nullptr;
fontshade::app::App* g_app = nullptr;
std::chrono::steady_clock::time_point g_last;
bool g_told_page = false;
std::string g_json;  // the last string handed to JavaScript

// A finger on the canvas, as web/glue.js reports it. A tap can begin and end between two frames, so
// the press is held until a frame has seen it; after the finger lifts, the pointer leaves the canvas
// so no tooltip stays open under it.
struct Touch {
  bool active = false;
  bool down = false;
  bool press_unseen = false;
  bool release_seen = false;
  float x = 0, y = 0;
} g_touch;

void apply_touch() {
  if (!g_touch.active) return;
  ImGuiIO& io = ImGui::GetIO();
  if (g_touch.release_seen) {  // the frame after the release: the finger is gone
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
    g_touch.active = false;
    return;
  }
  io.MousePos = ImVec2(g_touch.x, g_touch.y);
  io.MouseDown[0] = g_touch.down || g_touch.press_unseen;
  if (!io.MouseDown[0]) g_touch.release_seen = true;  // released here, over the item: a click
  g_touch.press_unseen = false;
}

// The canvas fills the page in CSS pixels; its drawing buffer gets CSS size x devicePixelRatio, so
// text is sharp on HiDPI screens. Emscripten's GLFW reports mouse positions in buffer pixels.
// Not glfwSetWindowSize: Emscripten 3.1.6's GLFW takes a size equal to the screen's (F11, a kiosk, a
// projector) as a request for full screen, which the browser refuses without a click, so the canvas
// kept its old size while the app drew for the new one (shifted, cut off, clicks missing buttons).
// Resizing the canvas itself tells GLFW the new size through its resize listener, whatever the size.
void fit_canvas(float* pixel_ratio) {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int width = static_cast<int>(std::lround(css_width * ratio));
  const int height = static_cast<int>(std::lround(css_height * ratio));
  int current_width = 0, current_height = 0;
  glfwGetWindowSize(g_window, &current_width, &current_height);
  if (width > 0 && height > 0 && (width != current_width || height != current_height)) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // the one canvas, which is what GLFW listens to
    emscripten_set_canvas_size(width, height);
#pragma GCC diagnostic pop
  }
  *pixel_ratio = static_cast<float>(ratio);
}

void frame() {
  float ratio = 1;
  fit_canvas(&ratio);
  int width = 0, height = 0;
  glfwGetWindowSize(g_window, &width, &height);
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - g_last).count();
  g_last = now;

  g_app->prepare(width, height, ratio);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  apply_touch();
  ImGui::NewFrame();
  g_app->frame(width, height, seconds);
  ImGui::Render();
  int fb_width = 0, fb_height = 0;
  glfwGetFramebufferSize(g_window, &fb_width, &fb_height);
  glViewport(0, 0, fb_width, fb_height);
  glClearColor(0.118f, 0.122f, 0.141f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!g_told_page) {
    g_told_page = true;
    EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void fontshade_reset(double seed) { g_app->state().reset(static_cast<std::uint64_t>(seed)); }

EMSCRIPTEN_KEEPALIVE void fontshade_step(double n) { g_app->state().step(static_cast<long long>(n)); }

EMSCRIPTEN_KEEPALIVE void fontshade_set_color(int r, int g, int b) { g_app->state().picked = fontshade::Rgb{r, g, b}; }

EMSCRIPTEN_KEEPALIVE void fontshade_set_digits(int digits) { fontshade::app::set_display_digits(digits); }

EMSCRIPTEN_KEEPALIVE void fontshade_set_language(const char* code) {
  fontshade::app::set_language(std::string(code) == "es" ? fontshade::app::Language::es : fontshade::app::Language::en);
}

// phase: 1 finger down, 2 finger moved, 0 finger lifted; x, y in canvas pixels.
EMSCRIPTEN_KEEPALIVE void fontshade_touch(double x, double y, int phase) {
  g_touch.x = static_cast<float>(x);
  g_touch.y = static_cast<float>(y);
  if (phase == 1) {
    g_touch.active = true;
    g_touch.down = true;
    g_touch.press_unseen = true;
    g_touch.release_seen = false;
  } else if (phase == 0) {
    g_touch.down = false;
  }
}

EMSCRIPTEN_KEEPALIVE const char* fontshade_state_json() {
  g_json = fontshade::app::state_json(g_app->state());
  return g_json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* fontshade_layout_json() {
  g_json = fontshade::app::layout_json(g_app->state());
  return g_json.c_str();
}

}  // extern "C"

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 800, "fontshade", nullptr, nullptr);
  if (!g_window) {
    EM_ASM({ if (Module.onAbort) Module.onAbort('cannot create a WebGL2 context'); });
    return 1;
  }
  glfwMakeContextCurrent(g_window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  g_app = new fontshade::app::App();
  g_app->init(nullptr);
  g_last = std::chrono::steady_clock::now();
  emscripten_set_main_loop(frame, 0, 1);
  return 0;
}
