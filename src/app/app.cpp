#include "app.hpp"

#define GLFW_INCLUDE_NONE  // OpenGL comes from gl_api.hpp (ImGui's loader), not from GLFW
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>

#include "fonts.hpp"
#include "keys.hpp"
#include "format.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

constexpr float kDesignWidth = 1280, kDesignHeight = 800, kBaseFontPixels = 15;

// The app's look, unscaled: ImGui's dark style, a little rounding, titles on the left, and opaque
// tooltips (ImGui's are see-through, so the numbers under a tooltip showed through its text).
ImGuiStyle app_style() {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.FrameRounding = 3;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  return style;
}

template <typename Body>
void window(const char* title_and_id, ImVec2 pos, ImVec2 size, Body body, AppState& state, ImGuiWindowFlags extra_flags = 0) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  if (ImGui::Begin(title_and_id, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                              ImGuiWindowFlags_NoSavedSettings | extra_flags))
    body(state);
  ImGui::End();
}

template <typename Tab>
struct TabSpec {
  Tab tab;
  const char* label;        // English: shown through tr()
  const char* layout_name;  // its rectangle in layout(), for the tests
  void (*body)(AppState&);
};

// A tab bar whose selection is the view's: a click changes the view, and a view changed elsewhere (a
// call, a link) selects its tab.
template <typename Tab, std::size_t N>
void tabs(AppState& state, const char* id, Tab& current, const TabSpec<Tab> (&specs)[N]) {
  if (!ImGui::BeginTabBar(id)) return;
  const bool requested = state.view.tabs_requested;
  for (const TabSpec<Tab>& spec : specs) {
    const ImGuiTabItemFlags flags = requested && spec.tab == current ? ImGuiTabItemFlags_SetSelected : 0;
    const bool open = ImGui::BeginTabItem((std::string(tr(spec.label)) + "###" + spec.layout_name).c_str(), nullptr, flags);
    remember_item(state, spec.layout_name);
    if (open) {
      if (!requested) current = spec.tab;
      ImGui::BeginChild(spec.layout_name);
      spec.body(state);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
}

constexpr TabSpec<LeftTab> kLeftTabs[] = {
    {LeftTab::colour, tr_later("Colour"), "tab_colour", colour_panel},
    {LeftTab::chapter_colours, tr_later("The chapter's colours"), "tab_chapter_colours", chapter_colours_panel},
    {LeftTab::labels, tr_later("Label colours"), "tab_labels", labels_panel},
};
constexpr TabSpec<RightTab> kRightTabs[] = {
    {RightTab::training, tr_later("Training"), "tab_training", training_panel},
    {RightTab::options, tr_later("Options"), "tab_options", options_panel},
    {RightTab::data, tr_later("Data"), "tab_data", data_panel},
    {RightTab::seeds, tr_later("Seeds"), "tab_seeds", sweep_panel},
    {RightTab::check, tr_later("Gradient check"), "tab_check", gradient_check_panel},
};

}  // namespace

bool App::init(std::string* error) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: the layout is computed, and the web has no files
  ImGui::GetStyle() = app_style();
  // A failed shader leaves the surface blank with a message; the rest of the app still works.
  std::string shader_error;
  if (!surface_.init(&shader_error)) {
    std::fprintf(stderr, "fontshade: %s\n", shader_error.c_str());
    if (error) *error = shader_error;
  }
  return true;
}

void App::apply_scale(float scale) {
  // Rebuild fonts and sizes only when the scale moves by a step: crisp text at every size.
  const float quantised = std::round(scale * 8.0f) / 8.0f;
  if (quantised == scale_) return;
  scale_ = quantised;
  load_fonts(std::round(kBaseFontPixels * scale_));
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle fresh = app_style();
  fresh.ScaleAllSizes(scale_);
  ImGui::GetStyle() = fresh;
  ImGui::GetIO().FontDefault = fonts().text;
}

void App::keyboard() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;  // typing a seed or a colour
  struct Binding {
    int glfw;
    Key key;
    bool repeat;
  };
  static constexpr Binding kBindings[] = {
      {GLFW_KEY_SPACE, Key::space, true},   {GLFW_KEY_ENTER, Key::enter, false}, {GLFW_KEY_KP_ENTER, Key::enter, false},
      {GLFW_KEY_R, Key::r, false},          {GLFW_KEY_F, Key::f, false},         {GLFW_KEY_RIGHT, Key::right, true},
      {GLFW_KEY_LEFT, Key::left, true},     {GLFW_KEY_HOME, Key::home, false},   {GLFW_KEY_END, Key::end, false},
      {GLFW_KEY_L, Key::l, false},          {GLFW_KEY_D, Key::d, false},
  };
  for (const Binding& b : kBindings)
    if (ImGui::IsKeyPressed(b.glfw, b.repeat)) apply_key(state_, b.key, io.KeyShift);
}

void App::menu_bar(float height) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetIO().DisplaySize.x, height));
  ImGui::Begin("##bar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("fontshade");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette::muted, "%s", tr("how a neural network learns whether text on a colour should be light or dark"));
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float button = ImGui::GetFontSize() * 2.4f;
  ImGui::SameLine(right - button * 2 - ImGui::GetFontSize() * 13.0f);
  int digits = display_digits();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  if (ImGui::SliderInt(tr("digits"), &digits, 2, 17)) set_display_digits(digits);
  tooltip(tr("Significant digits shown for every number (the core keeps full double precision)."));
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(right - button * 2 - gap);
  const bool english = language() == Language::en;
  if (ImGui::Selectable("EN", english, 0, ImVec2(button, 0))) set_language(Language::en);
  remember_item(state_, "language_en");
  ImGui::SameLine();
  if (ImGui::Selectable("ES", !english, 0, ImVec2(button, 0))) set_language(Language::es);
  remember_item(state_, "language_es");
  tooltip("English / Espa\xC3\xB1ol");
  ImGui::End();
}

void App::layout(int width, int height, float top) {
  const float w = static_cast<float>(width), h = static_cast<float>(height) - top;
  const float left = std::round(w * 0.27f), middle = std::round(w * 0.40f), right = w - left - middle;
  // The step panel is as tall as what it shows (phase mode adds a bar), within limits.
  const float controls = std::round(std::fmin(std::fmax(steps_height_, h * 0.28f), h * 0.55f));
  window("###colour", ImVec2(0, top), ImVec2(left, h),
         [](AppState& s) { tabs(s, "left_tabs", s.view.left_tab, kLeftTabs); }, state_, ImGuiWindowFlags_NoTitleBar);
  window((std::string(tr("Step through SGD")) + "###steps").c_str(), ImVec2(left, top), ImVec2(middle, controls),
         [this](AppState& s) {
           step_controls_panel(s);
           steps_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
         }, state_);
  window((std::string(tr("Forward and backward pass")) + "###passes").c_str(), ImVec2(left, top + controls),
         ImVec2(middle, h - controls), [](AppState& s) {
           View& v = s.view;
           if (v.phase && (v.phase != v.followed_phase || s.run.cursor() != v.followed_step)) v.scroll_to_phase = true;
           v.followed_phase = v.phase;
           v.followed_step = s.run.cursor();
           if (ImGui::CollapsingHeader(tr("Forward pass"), ImGuiTreeNodeFlags_DefaultOpen)) forward_panel(s);
           if (ImGui::CollapsingHeader(tr("Backward pass"), ImGuiTreeNodeFlags_DefaultOpen)) backward_panel(s);
           if (v.scroll_to_phase) ImGui::SetScrollY(0);  // the sample phase: from the top
           v.scroll_to_phase = false;
           remember_window(s, "passes_panel", "passes_scroll");
         }, state_,
         // With many digits the matrices are wider than the panel: it scrolls sideways rather than cut them off.
         ImGuiWindowFlags_HorizontalScrollbar);
  // Training gets the most height: its curves, accuracy, confusion matrix and data facts all fit at 1280 x 800.
  const float diagram = std::round(h * 0.34f), surface = std::round(h * 0.29f);
  window((std::string(tr("Network")) + "###network").c_str(), ImVec2(left + middle, top), ImVec2(right, diagram), diagram_panel,
         state_);
  ImGui::SetNextWindowPos(ImVec2(left + middle, top + diagram));
  ImGui::SetNextWindowSize(ImVec2(right, surface));
  if (ImGui::Begin((std::string(tr("Decision surface")) + "###surface").c_str(), nullptr,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings))
    surface_panel(state_, surface_);
  ImGui::End();
  window("###training", ImVec2(left + middle, top + diagram + surface), ImVec2(right, h - diagram - surface),
         [](AppState& s) { tabs(s, "right_tabs", s.view.right_tab, kRightTabs); }, state_, ImGuiWindowFlags_NoTitleBar);
}

void App::prepare(int width, int height, float content_scale) {
  // Everything was designed at 1280 x 800; larger windows (projectors, 4K) and HiDPI screens scale
  // it up, smaller ones (down to 1024 x 640) scale it down a little.
  float scale = std::fmin(width / kDesignWidth, height / kDesignHeight);
  scale = std::fmax(scale, 0.8f * content_scale);
  apply_scale(std::fmax(0.75f, std::fmin(scale, 4.0f)));
}

void App::frame(int width, int height, double seconds) {
  state_.tick(seconds);
  keyboard();
  // What the pointer was over last frame, in a formula or in the diagram: the other one lights it.
  state_.view.hovered = state_.view.hovered_next;
  state_.view.hovered_next.reset();
  state_.layout.clear();
  state_.scrolls.clear();
  const float bar = ImGui::GetFontSize() + ImGui::GetStyle().WindowPadding.y * 2;
  menu_bar(bar);
  layout(width, height, bar);
  data_files(state_);
  state_.view.tabs_requested = false;
  if (const auto shown = take_shown_tooltip()) {  // for layout(): where the tooltip went, and what it explains
    state_.layout["tooltip"] = shown->tooltip;
    state_.layout["tooltip_item"] = shown->item;
  }
}

}  // namespace fontshade::app
