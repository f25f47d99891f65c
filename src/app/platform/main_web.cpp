// The browser app: the same App on WebGL2 through Emscripten's GLFW. The page (web/glue.js) drives it
// through the exported functions below: window.fontshade.reset/step/setColor/state/layout. Keeping and
// sharing go through the page (web/keeping.js): downloads, the clipboard, the file picker, a PNG of
// the canvas right after it is drawn.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/ui/app.hpp"
#include "app/text/format.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "app/script/script_api.hpp"
#include "imgui_internal.h"  // which window a swipe scrolls, and scrolling it
#include "app/state/cube_view.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"

namespace {

using fontshade::app::sentence;

// Emscripten's main loop never returns from main(): the app lives here, not on main's stack.
GLFWwindow* g_window = nullptr;
fontshade::app::App* g_app = nullptr;
bool g_told_page = false;
std::string g_json;  // the last string handed to JavaScript

// A finger on the canvas, as web/glue.js reports it. A tap can begin and end between two frames, so
// the press is held until a frame has seen it; after the finger lifts, the pointer leaves the canvas
// so no tooltip stays open under it. A finger that moves away from where it went down, when the press
// did not take hold of a widget (a slider, the colour square, a button), swipes: the window under it
// scrolls with the finger, and the press is let go off screen so it clicks nothing.
struct Touch {
  bool active = false;
  bool down = false;
  bool press_unseen = false;
  bool release_seen = false;
  float x = 0, y = 0;
  float start_x = 0, start_y = 0;     // where the finger went down
  float scrolled_x = 0, scrolled_y = 0;  // where the finger was when its window last scrolled
  ImGuiWindow* swiping = nullptr;     // the window the finger scrolls, once it swipes
} g_touch;

// The window a swipe over `window` scrolls: it, or the nearest parent that can scroll.
ImGuiWindow* scrollable(ImGuiWindow* window) {
  while (window && window->ScrollMax.x <= 0 && window->ScrollMax.y <= 0 && (window->Flags & ImGuiWindowFlags_ChildWindow))
    window = window->ParentWindow;
  return window && (window->ScrollMax.x > 0 || window->ScrollMax.y > 0) ? window : nullptr;
}

// Before the frame: does the finger start a swipe? Then move the swiped window with the finger.
bool swipe() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g_touch.swiping && g_touch.down && !g_touch.press_unseen) {
    const float dx = g_touch.x - g_touch.start_x, dy = g_touch.y - g_touch.start_y;
    const float slop = g.FontSize * 0.6f;  // a tap wobbles less than this
    // A press on empty space holds only the window's move id (ImGui's; these windows do not move).
    const bool widget_held = g.ActiveId != 0 && !(g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId);
    if (dx * dx + dy * dy > slop * slop && !widget_held) {
      g_touch.swiping = scrollable(g.HoveredWindow);
      if (g_touch.swiping) {
        ImGui::ClearActiveID();
        g_touch.scrolled_x = g_touch.start_x;
        g_touch.scrolled_y = g_touch.start_y;
      }
    }
  }
  ImGuiWindow* window = g_touch.swiping;
  if (!window) return false;
  ImGui::SetScrollX(window, window->Scroll.x - (g_touch.x - g_touch.scrolled_x));
  ImGui::SetScrollY(window, window->Scroll.y - (g_touch.y - g_touch.scrolled_y));
  g_touch.scrolled_x = g_touch.x;
  g_touch.scrolled_y = g_touch.y;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // a swipe neither clicks nor hovers
  io.MouseDown[0] = false;
  if (!g_touch.down) g_touch.active = false;
  return true;
}

void apply_touch() {
  if (!g_touch.active) return;
  ImGuiIO& io = ImGui::GetIO();
  if (g_touch.release_seen) {  // the frame after the release: the finger is gone
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
    g_touch.active = false;
    return;
  }
  if (swipe()) return;
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

// The page's side of keeping and sharing: web/keeping.js defines these Module functions.
fontshade::app::Platform web_platform() {
  using fontshade::app::tr;
  fontshade::app::Platform p;
  p.save_text = [](const std::string& name, const std::string& mime, const std::string& text) {
    EM_ASM({ Module.fontshadeSave(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2)); }, name.c_str(), mime.c_str(), text.c_str());
    return sentence(tr("Downloaded %s."), name);
  };
  p.copy_text = [](const std::string& text, const std::string& what) {
    EM_ASM({ Module.fontshadeCopy(UTF8ToString($0)); }, text.c_str());
    return sentence(tr("Copied to the clipboard: %s."), what);
  };
  p.copy_link = [](const std::string& fragment) {
    EM_ASM({ Module.fontshadeCopyLink(UTF8ToString($0)); }, fragment.c_str());
    return std::string(fragment.rfind("lesson=", 0) == 0 ? tr("Copied the link to this lesson: it opens the lesson at this scene.")
                                                         : tr("Copied the link to this lesson: it opens this screen."));
  };
  p.choose_model = [] {
    EM_ASM({ Module.fontshadeChooseModel(); });
    return std::string();
  };
  p.choose_lesson = [] {
    EM_ASM({ Module.fontshadeChooseLesson(); });
    return std::string();
  };
  p.page_is_file = [] { return EM_ASM_INT({ return location.protocol === 'file:' ? 1 : 0; }) != 0; };
  p.save_lesson_page = [](const std::string& name) {
    EM_ASM({ Module.fontshadeSaveLessonPage(UTF8ToString($0)); }, name.c_str());
    return sentence(tr("Downloaded %s."), name);
  };
  return p;
}

void frame() {
  fontshade::app::UseSettings use(g_app->state().view.settings);  // the frame's texts, and the screenshot's notice
  float ratio = 1;
  fit_canvas(&ratio);
  g_app->run_frame(g_window, ratio, apply_touch);
  // Read right after drawing, while the canvas still holds this frame (it is not preserved after).
  if (const auto name = g_app->take_screenshot_request()) {
    EM_ASM({ Module.fontshadeSaveCanvas(UTF8ToString($0)); }, name->c_str());
    fontshade::app::tell(g_app->state().view, sentence(fontshade::app::tr("Downloaded %s."), *name), false);
  }
  if (!g_told_page) {
    g_told_page = true;
    EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
  }
}

}  // namespace

extern "C" {

// Every window.fontshade call but the input plumbing below: the name and a JSON array of arguments in,
// one JSON object out (script_api.hpp).
EMSCRIPTEN_KEEPALIVE const char* fontshade_call(const char* name, const char* arguments_json) {
  g_json = fontshade::app::script_call(g_app->state(), name, arguments_json);
  return g_json.c_str();
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
    g_touch.start_x = g_touch.x;
    g_touch.start_y = g_touch.y;
    g_touch.swiping = nullptr;
  } else if (phase == 0) {
    g_touch.down = false;
  }
}

// Two fingers pinching at (x, y), canvas pixels: their distance now over before (web/glue.js). It
// zooms the 3-D view under them.
EMSCRIPTEN_KEEPALIVE void fontshade_pinch(double factor, double x, double y) {
  fontshade::app::pinch_view3d(g_app->state(), factor, static_cast<float>(x), static_cast<float>(y));
}

// The mouse wheel in ImGui's notches (positive: up, left), from web/glue.js, which reads the browser's
// wheel events itself (GLFW's deltas have the browser's scale and sign).
EMSCRIPTEN_KEEPALIVE void fontshade_wheel(double x, double y) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH += static_cast<float>(x);
  io.MouseWheel += static_cast<float>(y);
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
  g_app->platform = web_platform();
  glfwSetWindowUserPointer(g_window, g_app);
  fontshade::app::listen_to_keys(g_window);
  emscripten_set_main_loop(frame, 0, 1);
  return 0;
}
