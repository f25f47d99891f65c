// The whole screen, the same on the desktop and in the browser (app.hpp): the look, the menu bar, the
// panels where the arrangement puts them, messages and the help, the frame (the keyboard: keyboard.cpp).
//
// Index of this file (search for "[SECTION]"):
//   The look, the panels' and tabs' specs
//   Set-up and the interface's scale
//   The menu bar
//   The panels
//   Messages and help
//   The frame
#include "app/ui/app.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/state/exports.hpp"
#include "app/layout/ui_scale.hpp"
#include "app/ui/cut_measure.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/link_menu.hpp"
#include "app/text/format.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // the windows of the panels, bringing an overlay to the front
#include "app/state/keys.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/lesson_state.hpp"
#include "app/ui/lesson_ui.hpp"
#include "app/state/model_state.hpp"
#include "app/state/notice.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"  // follow_phase
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {

// [SECTION] The look, the panels' and tabs' specs
namespace {

constexpr double kNewsSeconds = 8;     // how long a notice that is not a problem stays

// The app's look, unscaled: ImGui's dark style, a little rounding, titles on the left, and opaque
// tooltips (ImGui's are see-through, so the numbers under a tooltip showed through its text).
// Projector mode: high contrast, pure white text on near-black, brighter edges and frames.
ImGuiStyle app_style(bool projector) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.FrameRounding = 3;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  style.Colors[ImGuiCol_NavHighlight] = ImVec4(1.0f, 0.85f, 0.2f, 1.0f);  // where the keyboard is, in the controls
  if (projector) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.75f, 0.75f, 0.78f, 1);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = ImVec4(0.02f, 0.02f, 0.03f, 1);
    c[ImGuiCol_PopupBg] = ImVec4(0.08f, 0.08f, 0.10f, 1);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.80f, 0.85f, 0.9f);
    c[ImGuiCol_FrameBg] = ImVec4(0.10f, 0.12f, 0.18f, 1);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = ImVec4(0.10f, 0.18f, 0.34f, 1);
    c[ImGuiCol_Button] = ImVec4(0.16f, 0.32f, 0.60f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.24f, 0.44f, 0.80f, 1);
    c[ImGuiCol_Header] = ImVec4(0.14f, 0.28f, 0.52f, 1);
    c[ImGuiCol_Separator] = ImVec4(0.75f, 0.75f, 0.80f, 1);
  }
  return style;
}

// A panel's title (through tr()) and ImGui id; no title: a window without a title bar (its tabs).
struct PanelSpec {
  const char* title;
  const char* id;
  ImGuiWindowFlags flags;
};
PanelSpec spec_of(PanelId id) {
  switch (id) {
    case PanelId::colour: return {nullptr, "###colour", 0};
    case PanelId::steps: return {tr_later("Step through SGD"), "###steps", 0};
    // With many digits the matrices are wider than the panel: it scrolls sideways rather than cut them off.
    case PanelId::passes: return {tr_later("Forward and backward pass"), "###passes", ImGuiWindowFlags_HorizontalScrollbar};
    case PanelId::network: return {tr_later("Network"), "###network", 0};
    case PanelId::surface: return {tr_later("Decision surface"), "###surface", 0};
    case PanelId::tabs: return {nullptr, "###training", 0};
  }
  return {nullptr, "###panel", 0};
}

template <typename Tab>
struct TabSpec {
  Tab tab;
  const char* label;        // English: shown through tr()
  const char* layout_name;  // its rectangle in layout(), for the tests
  void (*body)(AppState&);
};

// The view's tabs (tab_strip: they wrap rather than shorten their labels) over the lit tab's body. A
// click changes the view; a view changed elsewhere (a call, a link, a key) shows its tab.
template <typename Tab, std::size_t N>
void tabs(AppState& state, const char* id, Tab& current, const TabSpec<Tab> (&specs)[N]) {
  TabItem items[N];
  int lit = 0;
  for (std::size_t k = 0; k < N; ++k) {
    items[k] = TabItem{tr(specs[k].label), specs[k].layout_name};
    if (specs[k].tab == current) lit = static_cast<int>(k);
  }
  if (const int chosen = tab_strip(state, id, items, lit); chosen >= 0) current = specs[chosen].tab;
  const TabSpec<Tab>& shown = specs[lit];
  ImGui::BeginChild(shown.layout_name);
  shown.body(state);
  ImGui::EndChild();
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

constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// The 3-D view shares a panel with another picture, as two tabs whose choice is the view's
// (view3d.open): with the 2-D slice, and in projector mode with the diagram. A choice made elsewhere (the
// C key, view3d()) selects its tab; `shown` is what the tab bar showed last frame. Draws the tab bar;
// the caller then draws the tab chosen: kCubeTab, kOtherTab, or neither (the bar is not drawn).
enum CubeTab { kNoTab, kOtherTab, kCubeTab };
CubeTab cube_tab(AppState& state, bool& shown, const char* other_label, const char* other_name) {
  View3d& v = state.view.view3d;
  if (!ImGui::BeginTabBar("cube_tabs")) return kNoTab;
  const bool requested = v.open != shown;
  const std::string labels[2] = {std::string(tr(other_label)) + "###" + other_name, std::string(tr("Cube (3-D)")) + "###tab_view3d"};
  for (int k = 0; k < 2; ++k) {
    const bool is_cube = k == 1;
    const ImGuiTabItemFlags flags = requested && v.open == is_cube ? ImGuiTabItemFlags_SetSelected : 0;
    const bool selected = ImGui::BeginTabItem(labels[k].c_str(), nullptr, flags);
    remember_item(state, is_cube ? "tab_view3d" : other_name);
    if (k == 1) tooltip(tr("Inside the cube: the colours in 3-D, the hidden nodes as planes, and the hidden layer's own space. (Key: C)"));
    if (!selected) continue;
    if (!requested) v.open = is_cube;
    ImGui::EndTabItem();
  }
  shown = v.open;
  ImGui::EndTabBar();
  return v.open ? kCubeTab : kOtherTab;
}

float button_width(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

}  // namespace

// [SECTION] Set-up and the interface's scale
bool App::init(std::string* error) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: the layout is computed, and the web has no files
  io.UserData = &state_;     // widgets record what they drew for layout() (the tooltip) in the state
  // Tab is the app's (keys into the controls, panel by panel): ImGui's own Tab only visits text fields
  // and would start editing one.
  io.KeyMap[ImGuiKey_Tab] = -1;
  ImGui::GetStyle() = app_style(false);
  // A failed shader leaves the surface blank with a message; the rest of the app still works.
  std::string shader_error;
  if (!surface_.init(&shader_error)) {
    std::fprintf(stderr, "fontshade: %s\n", shader_error.c_str());
    if (error) *error = shader_error;
  }
  return true;
}

void App::apply_scale(float scale, bool projector) {
  // Rebuild fonts and sizes only when the scale moves (by a step of ui_scale's): crisp text at every size.
  if (scale == scale_ && projector == styled_projector_) return;
  if (scale != scale_) {
    scale_ = scale;
    load_fonts(font_pixels(scale_));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  styled_projector_ = projector;
  ImGuiStyle fresh = app_style(projector);
  // Projector mode's type is 1.5-2.5 times larger; its paddings and gaps grow less, so the large type
  // leaves more lines for the formulas.
  fresh.ScaleAllSizes(projector ? scale_ * 0.75f : scale_);
  if (projector) {  // thicker edges, readable from the back of the room
    fresh.WindowBorderSize = std::fmax(2.0f, scale_);
    fresh.FrameBorderSize = std::fmax(1.0f, scale_ * 0.6f);
  }
  ImGui::GetStyle() = fresh;
  ImGui::GetIO().FontDefault = fonts().text;
}

void App::prepare(int width, int height, float content_scale) {
  const bool projector = state_.view.projector;
  apply_scale(ui_scale(static_cast<float>(width), static_cast<float>(height), content_scale, projector), projector);
}

std::optional<std::string> App::take_screenshot_request() {
  if (screenshot_countdown_ <= 0 || --screenshot_countdown_ > 0) return std::nullopt;
  return screenshot_name_;
}

void App::say(const std::string& sentence) {
  if (!sentence.empty()) tell(state_.view, sentence, false);
}

// [SECTION] The menu bar

void App::model_menu() {
  if (ImGui::MenuItem(tr("Save the model (JSON)"))) {
    const std::string text = model_json(model_at_cursor(state_));
    if (platform.save_text) say(platform.save_text(export_file_name(state_, "model", "json"), "application/json", text));
  }
  remember_item(state_, "menu_save_model");
  tooltip(tr("The network at the step in view with the run's state: fontshade-cli reads it, and training on from it takes the same steps as the run would have (fontshade-cli train --resume)."));
  if (ImGui::MenuItem(tr("Load a model..."))) {
    if (platform.choose_model) say(platform.choose_model());
  }
  remember_item(state_, "menu_load_model");
  tooltip(tr("A model file saved here or by fontshade-cli train --save: the app rebuilds its run and shows the step it reached. You can also drop the file on the window."));
}

void App::export_menu() {
  const bool has_step = state_.run.record() != nullptr;
  const auto copy = [&](StepFormat format, const char* what) {
    if (platform.copy_text) say(platform.copy_text(export_current_step(state_, format), what));
  };
  if (ImGui::MenuItem(tr("Copy the step's trace line (JSON)"), nullptr, false, has_step)) copy(StepFormat::json, tr("the step's trace line"));
  remember_item(state_, "menu_copy_json");
  tooltip(tr("The step in view as one line of fontshade-cli trace: every value with 17 digits."));
  if (ImGui::MenuItem(tr("Copy the step's arithmetic as Markdown"), nullptr, false, has_step))
    copy(StepFormat::markdown, tr("the step's arithmetic (Markdown)"));
  remember_item(state_, "menu_copy_markdown");
  tooltip(tr("Every formula of the step with its numbers, as shown on screen, for notes and slides."));
  if (ImGui::MenuItem(tr("Copy the step's arithmetic as LaTeX"), nullptr, false, has_step))
    copy(StepFormat::latex, tr("the step's arithmetic (LaTeX)"));
  remember_item(state_, "menu_copy_latex");
  tooltip(tr("Every formula of the step with its numbers in an align* environment, for slides."));
  ImGui::Separator();
  if (ImGui::MenuItem(tr("Save the curves (CSV)"))) {
    if (platform.save_text) say(platform.save_text(export_file_name(state_, "curves", "csv"), "text/csv", curves_csv(state_)));
  }
  remember_item(state_, "menu_save_curves");
  tooltip(tr("step, recent_mean_cost, train_accuracy, test_accuracy at every point of the training curves."));
  ImGui::Separator();
  const long long done = state_.run.steps_done();
  ImGui::TextUnformatted(tr("Steps as JSON lines, from"));
  ImGui::SameLine();
  const float field = ImGui::GetFontSize() * 5;
  ImGui::SetNextItemWidth(field);
  ImGui::InputScalar("##export_first", ImGuiDataType_S64, &export_first_);
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("to step"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(field);
  ImGui::InputScalar("##export_last", ImGuiDataType_S64, &export_last_);
  export_first_ = std::clamp(export_first_, 1LL, std::max(done, 1LL));
  export_last_ = std::clamp(export_last_, export_first_, std::max(export_first_, std::min(done, export_first_ + kMaxExportedSteps - 1)));
  ImGui::BeginDisabled(done == 0);
  if (ImGui::Button(tr("Save these steps"))) {
    std::string problem;
    const std::string lines = export_step_range(state_, export_first_, export_last_, &problem);
    if (!problem.empty()) tell(state_.view, problem, true);
    else if (platform.save_text) {
      char what[64];
      std::snprintf(what, sizeof what, "steps%lld-%lld", export_first_, export_last_);
      say(platform.save_text(export_file_name(state_, what, "jsonl"), "application/x-ndjson", lines));
    }
    ImGui::CloseCurrentPopup();
  }
  remember_item(state_, "menu_save_steps");
  ImGui::EndDisabled();
  tooltip(tr("Each step of the range as fontshade-cli trace prints it, one line a step (at most 10,000 steps, computed so far)."));
  ImGui::Separator();
  if (ImGui::MenuItem(tr("Save a picture of the screen (PNG)"))) {
    screenshot_name_ = export_file_name(state_, "screen", "png");
    screenshot_countdown_ = 3;  // once the menu has gone
  }
  remember_item(state_, "menu_save_png");
}

// The menu bar's parts: the title, the buttons, the subtitle where there is room, and on the right
// the digits and the language. Too narrow for one row (a phone, a zoomed page): the right part goes
// to a second row.
namespace {
struct BarWidths {
  float title, buttons, right;
};
BarWidths bar_widths() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = style.ItemSpacing.x;
  BarWidths w{};
  ImGui::PushFont(fonts().bold);
  w.title = ImGui::CalcTextSize("fontshade").x + gap;
  ImGui::PopFont();
  for (const char* l : {tr("Back to the lesson"), tr("Lesson"), tr("Model"), tr("Export"), tr("Copy link"), tr("Projector"), "?"})
    w.buttons += button_width(l) + gap;
  w.right = ImGui::GetFontSize() * 4.5f + style.ItemInnerSpacing.x + ImGui::CalcTextSize(tr("digits")).x + gap * 2 +
            ImGui::GetFontSize() * 2.4f * 2 + gap;
  return w;
}
}  // namespace

float App::menu_bar_height(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const BarWidths w = bar_widths();
  bar_rows_ = w.buttons + w.right + style.WindowPadding.x * 2 > width ? 2 : 1;
  const float row = ImGui::GetFontSize() + style.WindowPadding.y * 2;
  return bar_rows_ == 1 ? row : row + ImGui::GetFrameHeight() + style.ItemSpacing.y;
}

void App::begin_bar_window(float height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetIO().DisplaySize.x;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  const float row = ImGui::GetFontSize() + style.WindowPadding.y * 2;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(style.WindowPadding.x, std::fmax(0.0f, (row - ImGui::GetFrameHeight()) * 0.5f)));
  ImGui::Begin("##bar", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  bar_window_ = ImGui::GetCurrentWindow();
}

void App::menu_bar(float height) {
  begin_bar_window(height);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetWindowContentRegionMax().x;
  const BarWidths widths = bar_widths();
  const float right_group = bar_rows_ == 1 ? widths.right : 0;  // on the first row, the room the right part takes
  if (widths.title + widths.buttons + right_group < right) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("fontshade");
    ImGui::PopFont();
    ImGui::SameLine();
  }
  bar_buttons();
  // The subtitle where there is room for it.
  const char* subtitle = tr("how a neural network learns whether text on a colour should be light or dark");
  const float after_buttons = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x;
  if (ImGui::CalcTextSize(subtitle).x < right - right_group - after_buttons) {
    ImGui::SameLine();
    ImGui::TextColored(palette::muted, "%s", subtitle);
  }
  if (bar_rows_ == 1) ImGui::SameLine(right - widths.right + style.ItemSpacing.x);
  else ImGui::SetCursorPosX(right - widths.right + style.ItemSpacing.x);  // on a row of its own
  bar_settings(right);
  ImGui::End();
}

// The menu bar's buttons: Back to the lesson, Lesson, Model, Export, Copy link, Projector, ?.
void App::bar_buttons() {
  // The way back into the guided lesson, at its scene, and the lesson's menu.
  if (ImGui::Button(tr("Back to the lesson"))) start_lesson(state_);
  remember_item(state_, "button_lesson");
  tooltip(tr("The guided lesson, at the scene you left it. (Key: Page Down / Page Up move between scenes)"));
  ImGui::SameLine();
  if (ImGui::Button(tr("Lesson"))) ImGui::OpenPopup("lesson_menu");
  remember_item(state_, "menu_lesson");
  tooltip(tr("For teachers: edit this lesson, add a scene, save, load and share lessons."));
  if (ImGui::BeginPopup("lesson_menu")) {
    lesson_menu();
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Model"))) ImGui::OpenPopup("model_menu");
  remember_item(state_, "menu_model");
  tooltip(tr("Save the model of the step in view, or load one."));
  if (ImGui::BeginPopup("model_menu")) {
    model_menu();
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Export"))) ImGui::OpenPopup("export_menu");
  remember_item(state_, "menu_export");
  tooltip(tr("The step in view for slides (JSON, Markdown, LaTeX), a range of steps, the curves, a picture of the screen."));
  if (ImGui::BeginPopup("export_menu")) {
    export_menu();
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  copy_link_button(state_, platform);
  ImGui::SameLine();
  const bool projector = state_.view.projector;
  if (projector) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.85f, 0.62f, 0.10f, 1.0f));
  if (projector) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
  if (ImGui::Button(tr("Projector"))) state_.view.projector = !projector;
  if (projector) ImGui::PopStyleColor(2);
  remember_item(state_, "button_projector");
  tooltip(tr("Projector mode: large type, the lesson's panels only, high contrast. (Key: P)"));
  ImGui::SameLine();
  if (ImGui::Button("?")) state_.view.help_open = !state_.view.help_open;
  remember_item(state_, "button_help");
  tooltip(tr("Every key, and how to reach every control with the keyboard. (Key: ?)"));
}

// The menu bar's right part: the digits and the language (`right`: the bar's right edge).
void App::bar_settings(float right) {
  const float language_button = ImGui::GetFontSize() * 2.4f;
  Settings& settings = state_.view.settings;
  int digits = settings.digits;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.5f);
  if (ImGui::SliderInt(tr("digits"), &digits, 2, 17)) settings.digits = clamp_digits(digits);
  remember_item(state_, "digits");
  tooltip(tr("Significant digits shown for every number (the core keeps full double precision)."));
  ImGui::SameLine(right - language_button * 2 - ImGui::GetStyle().ItemSpacing.x);
  const bool english = settings.language == Language::en;
  if (ImGui::Selectable("EN", english, 0, ImVec2(language_button, 0))) settings.language = Language::en;
  remember_item(state_, "language_en");
  ImGui::SameLine();
  if (ImGui::Selectable("ES", !english, 0, ImVec2(language_button, 0))) settings.language = Language::es;
  remember_item(state_, "language_es");
  tooltip("English / Espa\xC3\xB1ol");
}

// [SECTION] The panels

void App::panel_body(PanelId id) {
  AppState& s = state_;
  panel_windows_[static_cast<int>(id)] = ImGui::GetCurrentWindow();
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  s.layout[std::string(panel_name(id))] = Rect{at.x, at.y, size.x, size.y};
  switch (id) {
    case PanelId::colour:
      // Projector mode: the colour and its preview, without the other tabs.
      if (s.view.projector) colour_panel(s);
      else tabs(s, "left_tabs", s.view.left_tab, kLeftTabs);
      break;
    case PanelId::steps:
      step_controls_panel(s);
      steps_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
      step_button_id_ = ImGui::GetID(tr("Step"));  // the id the panel's Step button has (same label, same id stack)
      break;
    case PanelId::passes: {
      View& v = s.view;
      if (v.phase && (v.phase != v.followed_phase || s.run.cursor() != v.followed_step)) v.scroll_to_phase = true;
      v.followed_phase = v.phase;
      v.followed_step = s.run.cursor();
      if (s.view.projector) {  // the sample here, where the step's story starts (the step panel has no room for it)
        sample_panel(s);
        ImGui::Separator();
      }
      passes_tabs();
      v.scroll_to_phase = false;  // followed by the formulas or the code, or nothing to follow (a mini-batch)
      remember_window(s, "passes_panel", "passes_scroll");
      break;
    }
    case PanelId::network: {
      // Projector mode has no surface panel: the 3-D view takes the diagram's place when chosen.
      const CubeTab tab = s.view.projector ? cube_tab(s, cube_shown_, tr_later("Network"), "tab_diagram") : kOtherTab;
      if (tab == kCubeTab) cube_panel(s, cube_);
      if (tab == kOtherTab) diagram_panel(s);
      break;
    }
    case PanelId::surface: {
      const CubeTab tab = cube_tab(s, cube_shown_, tr_later("Slice (2-D)"), "tab_slice");
      if (tab == kCubeTab) cube_panel(s, cube_);
      if (tab == kOtherTab) surface_panel(s, surface_);
      break;
    }
    case PanelId::tabs: tabs(s, "right_tabs", s.view.right_tab, kRightTabs); break;
  }
}

// The passes panel: the step's formulas (scikit-learn's trainer: its mini-batch) or the code beside it.
void App::passes_tabs() {
  AppState& s = state_;
  View& v = s.view;
  const bool requested = v.code_requested;
  v.code_requested = false;
  if (!ImGui::BeginTabBar("passes_tabs")) return;
  const ImGuiTabItemFlags formulas_flag = requested && !v.show_code ? ImGuiTabItemFlags_SetSelected : 0;
  const bool formulas = ImGui::BeginTabItem(s.run.mlp() ? tr("Mini-batch") : tr("Formulas"), nullptr, formulas_flag);
  remember_item(s, "tab_formulas");
  if (formulas) {
    if (!requested) v.show_code = false;
    if (s.run.mlp()) {
      batch_panel(s);
    } else {
      if (ImGui::CollapsingHeader(tr("Forward pass"), ImGuiTreeNodeFlags_DefaultOpen)) forward_panel(s);
      if (ImGui::CollapsingHeader(tr("Backward pass"), ImGuiTreeNodeFlags_DefaultOpen)) backward_panel(s);
      follow_phase(s);
    }
    ImGui::EndTabItem();
  }
  const bool code = ImGui::BeginTabItem(tr("Code"), nullptr, requested && v.show_code ? ImGuiTabItemFlags_SetSelected : 0);
  remember_item(s, "tab_code");
  if (code) {
    if (!requested) v.show_code = true;
    if (!code_drawn_) v.scroll_to_phase = true;  // just shown: to the lit line, or the top
    code_panel(s, platform);
    ImGui::EndTabItem();
  }
  code_drawn_ = code;
  ImGui::EndTabBar();
}

void App::place_panels(int width, int height, float top) {
  const float w = static_cast<float>(width), h = static_cast<float>(height);
  arrangement_ = arrange(w, h, top, scale_, state_.view.projector, steps_height_, state_.view.view3d.open);
  for (ImGuiWindow*& window : panel_windows_) window = nullptr;
  if (!arrangement_.page) {
    for (const Placement& p : arrangement_.panels) {
      const PanelSpec spec = spec_of(p.id);
      ImGui::SetNextWindowPos(ImVec2(p.rect.x, p.rect.y));
      ImGui::SetNextWindowSize(ImVec2(p.rect.w, p.rect.h));
      const std::string name = (spec.title ? std::string(tr(spec.title)) : std::string()) + spec.id;
      if (ImGui::Begin(name.c_str(), nullptr, kPanelFlags | spec.flags | (spec.title ? 0 : ImGuiWindowFlags_NoTitleBar))) panel_body(p.id);
      ImGui::End();
    }
    return;
  }
  // A page taller than the window: the panels as children of one window that scrolls, each with its
  // title in a bar of its own.
  const std::optional<float> scrollbar = begin_scrolling_page("##page", top, ImVec2(w, h), arrangement_.page_height, kPanelFlags);
  if (scrollbar) {
    const float page_width = w - *scrollbar;
    for (const Placement& p : arrangement_.panels) {
      const PanelSpec spec = spec_of(p.id);
      ImGui::SetCursorPos(ImVec2(p.rect.x * page_width / w, p.rect.y));
      const ImVec2 size(p.rect.w * page_width / w, p.rect.h);
      // Where the panel is on the page even when it is scrolled out of view (ImGui then skips its body).
      const ImVec2 at = ImGui::GetCursorScreenPos();
      state_.layout[std::string(panel_name(p.id))] = Rect{at.x, at.y, size.x, size.y};
      if (begin_titled_child(spec.id, spec.title ? tr(spec.title) : nullptr, size, spec.flags)) panel_body(p.id);
      ImGui::EndChild();
    }
  }
  end_scrolling_page(state_, scrollbar.has_value());
}

// The order Tab visits: the step panel, the others as arranged, the menu bar.
void App::note_tab_order() {
  tab_order_.clear();
  if (state_.lesson.active) {
    tab_order_ = lesson_windows_;
    if (bar_window_) tab_order_.push_back(bar_window_);
    if (focused_panel_ >= static_cast<int>(tab_order_.size())) focused_panel_ = -1;
    return;
  }
  ImGuiWindow* steps = panel_windows_[static_cast<int>(PanelId::steps)];
  if (steps) tab_order_.push_back(steps);
  for (const Placement& p : arrangement_.panels)
    if (ImGuiWindow* window = panel_windows_[static_cast<int>(p.id)]; window && window != steps) tab_order_.push_back(window);
  if (bar_window_) tab_order_.push_back(bar_window_);
  if (focused_panel_ >= static_cast<int>(tab_order_.size())) focused_panel_ = -1;
}

// [SECTION] Messages and help

void App::notice(float top, double seconds) {
  View& v = state_.view;
  if (v.notice.empty()) return;
  v.notice_seconds += seconds;
  if (!v.notice_problem && v.notice_seconds > kNewsSeconds) {
    v.notice.clear();
    return;
  }
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float line = ImGui::GetFontSize();
  const float width = std::fmin(display.x * 0.9f, std::fmax(line * 24, std::fmin(display.x * 0.6f, ImGui::CalcTextSize(v.notice.c_str()).x + line * 6)));
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, top + line * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, v.notice_problem ? ImVec4(0.35f, 0.06f, 0.05f, 1) : ImVec4(0.05f, 0.22f, 0.14f, 1));
  ImGui::PushStyleColor(ImGuiCol_Border, v.notice_problem ? palette::problem : ImVec4(0.4f, 0.85f, 0.6f, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  if (ImGui::Begin("##notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing)) {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    const float close = button_width("OK");
    wrapped_text(v.notice, width - close - line * 2);
    ImGui::SameLine(width - close - ImGui::GetStyle().WindowPadding.x);
    if (ImGui::Button("OK")) v.notice.clear();
    remember_item(state_, "notice_close");
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state_.layout["notice"] = Rect{at.x, at.y, size.x, size.y};
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

void App::help_overlay() {
  View& v = state_.view;
  if (!v.help_open) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::fmin(display.x * 0.92f, ImGui::GetFontSize() * 48), std::fmin(display.y * 0.86f, ImGui::GetFontSize() * 34)));
  bool open = true;
  if (ImGui::Begin((std::string(tr("Keyboard")) + "###help").c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    wrapped_text(tr("Every key of fontshade. The shortcuts work when the keyboard is not in a text field or in the controls."));
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::TableSetupColumn(tr("Keys"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 13);
      ImGui::TableSetupColumn(tr("What it does"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      for (const KeySpec& k : key_table()) {
        if (!k.keys) continue;  // said in the row before
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts().bold);
        wrapped_text(tr(k.keys));
        ImGui::PopFont();
        ImGui::TableNextColumn();
        wrapped_text(tr(k.what));
      }
      ImGui::EndTable();
    }
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state_.layout["help_overlay"] = Rect{at.x, at.y, size.x, size.y};
  }
  ImGui::End();
  if (!open) v.help_open = false;
}

// [SECTION] The frame

void App::frame(int width, int height, double seconds) {
  UseSettings use(state_.view.settings);  // the frame's texts in the view's language and digits
  state_.tick(seconds);
  keyboard();
  // What the pointer was over last frame, in a formula or in the diagram: the other one lights it.
  state_.view.hovered = state_.view.hovered_next;
  state_.view.hovered_next.reset();
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseWheel != 0 || io.MouseWheelH != 0) state_.view.wheel_under_resting_pointer = true;
  else if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) state_.view.wheel_under_resting_pointer = false;
  state_.layout.clear();
  state_.scrolls.clear();
  start_control_census(state_);
  const bool lesson = state_.lesson.active;
  const float bar = lesson ? ImGui::GetFontSize() + ImGui::GetStyle().WindowPadding.y * 2 : menu_bar_height(static_cast<float>(width));
  if (lesson) {
    lesson_bar(bar);
    place_lesson(width, height, bar);
  } else {
    menu_bar(bar);
    place_panels(width, height, bar);
  }
  note_tab_order();
  // The teacher's editor over the right part of the screen.
  const float editor_width = std::fmin(static_cast<float>(width), std::fmax(static_cast<float>(width) * 0.45f, ImGui::GetFontSize() * 30));
  lesson_editor(state_, platform, Rect{static_cast<float>(width) - editor_width, bar, editor_width, static_cast<float>(height) - bar});
  data_files(state_);
  state_.view.tabs_requested = false;
  notice(bar, seconds);
  reach_progress(state_, bar);
  help_overlay();
  // For the tests: the type's size on screen (the numbers are in the mono font), and what was cut off.
  state_.layout["font_mono"] = Rect{0, 0, 0, fonts().mono->FontSize};
  state_.layout["font_text"] = Rect{0, 0, 0, fonts().text->FontSize};
  measure_cuts(state_);
}

}  // namespace fontshade::app
