// The lesson mode's screen (issue 17): its menu bar (the lesson's title, "Explore freely", the lesson's
// menu, the projector, the language), the lesson's panel and one window a part of the scene, where
// layout/lesson_arrangement puts them; the lesson's menu, in both modes.
#include <string>

#include "app/layout/lesson_arrangement.hpp"
#include "app/state/exports.hpp"
#include "app/state/lesson_mode.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"
#include "app/ui/app.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/lesson_ui.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace fontshade::app {

// The parts a scene can show, by their names on screen (English through tr()).
const char* part_title(ScenePart part) {
  switch (part) {
    case ScenePart::picker: return tr("Colour picker");
    case ScenePart::swatch: return tr("Light and dark text");
    case ScenePart::preview: return tr("The network's choice");
    case ScenePart::rules: return tr("The rules");
    case ScenePart::data: return tr("The data");
    case ScenePart::weights: return tr("Weights and biases");
    case ScenePart::activations: return tr("Activation functions");
    case ScenePart::network: return tr("Network");
    case ScenePart::forward: return tr("Forward pass");
    case ScenePart::backward: return tr("Backward pass");
    case ScenePart::steps: return tr("Step through SGD");
    case ScenePart::training: return tr("Training");
    case ScenePart::surface: return tr("Decision surface");
    case ScenePart::chapter_colours: return tr("The chapter's colours");
    case ScenePart::check: return tr("Gradient check");
    case ScenePart::options: return tr("Options");
    case ScenePart::labels: return tr("Label colours");
    case ScenePart::seeds: return tr("Seeds");
  }
  return "?";
}

namespace {

constexpr ImGuiWindowFlags kWindowFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// A part's window title (English through tr()); the colour's parts share "Colour".
const char* window_title(const SceneWindow& w) {
  return colour_part(w.parts.front()) ? tr("Colour") : part_title(w.parts.front());
}

float button_width(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

}  // namespace

void App::lesson_part(const SceneWindow& w) {
  AppState& s = state_;
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  s.layout[std::string(w.name)] = Rect{at.x, at.y, size.x, size.y};
  if (w.parts.empty()) return lesson_panel(s);
  switch (w.parts.front()) {
    case ScenePart::data: data_facts_panel(s); break;
    case ScenePart::weights: weights_panel(s); break;
    case ScenePart::activations: activations_panel(s); break;
    case ScenePart::network: diagram_panel(s); break;
    case ScenePart::forward: forward_panel(s); break;
    case ScenePart::backward: backward_panel(s); break;
    case ScenePart::steps: step_controls_panel(s); break;
    case ScenePart::training: training_panel(s); break;
    case ScenePart::surface: surface_panel(s, surface_); break;
    case ScenePart::chapter_colours: chapter_colours_panel(s); break;
    case ScenePart::check: gradient_check_panel(s); break;
    case ScenePart::options: options_panel(s); break;
    case ScenePart::labels: labels_panel(s); break;
    case ScenePart::seeds: sweep_panel(s); break;
    default: colour_parts(s, w.parts); break;
  }
}

void App::place_lesson(int width, int height, float top) {
  const float w = static_cast<float>(width), h = static_cast<float>(height);
  const LessonArrangement a = arrange_lesson(w, h, top, scale_, state_.view.projector, state_.lesson.parts());
  for (ImGuiWindow*& window : panel_windows_) window = nullptr;
  lesson_windows_.clear();
  const auto name_of_window = [](const SceneWindow& sw) {
    return (sw.parts.empty() ? std::string() : std::string(window_title(sw))) + "###" + std::string(sw.name);
  };
  if (!a.page) {
    for (const SceneWindow& sw : a.windows) {
      ImGui::SetNextWindowPos(ImVec2(sw.rect.x, sw.rect.y));
      ImGui::SetNextWindowSize(ImVec2(sw.rect.w, sw.rect.h));
      const ImGuiWindowFlags flags = kWindowFlags | (sw.parts.empty() ? ImGuiWindowFlags_NoTitleBar : 0);
      if (ImGui::Begin(name_of_window(sw).c_str(), nullptr, flags)) {
        lesson_windows_.push_back(ImGui::GetCurrentWindow());
        lesson_part(sw);
      }
      ImGui::End();
    }
    return;
  }
  // Taller than the window: the windows as children of one page that scrolls.
  const std::optional<float> scrollbar = begin_scrolling_page("##lesson_page", top, ImVec2(w, h), a.page_height, kWindowFlags);
  if (scrollbar) {
    for (const SceneWindow& sw : a.windows) {
      ImGui::SetCursorPos(ImVec2(sw.rect.x, sw.rect.y));
      const ImVec2 size(sw.rect.w - *scrollbar, sw.rect.h);
      if (begin_titled_child(name_of_window(sw).c_str(), sw.parts.empty() ? nullptr : window_title(sw), size, 0)) {
        lesson_windows_.push_back(ImGui::GetCurrentWindow());
        lesson_part(sw);
      }
      ImGui::EndChild();
    }
  }
  end_scrolling_page(state_, scrollbar.has_value());
}

// The lesson's menu, in both modes: the editor, this screen as a scene, saving, loading and sharing.
void App::lesson_menu() {
  AppState& s = state_;
  if (ImGui::MenuItem(tr("Edit the lesson..."), nullptr, s.view.lesson_editor.open)) s.view.lesson_editor.open = !s.view.lesson_editor.open;
  remember_item(s, "menu_lesson_editor");
  tooltip(tr("The teacher's editor: the scenes in order, their texts in English and Spanish, the parts each shows."));
  if (ImGui::MenuItem(tr("Add this screen as a scene"))) {
    add_screen_as_scene(s);
    s.view.lesson_editor.open = true;
    s.view.lesson_editor.selected = s.lesson.active ? s.lesson.scene : s.lesson.count() - 1;
  }
  remember_item(s, "menu_add_scene");
  ImGui::Separator();
  if (ImGui::MenuItem(tr("Save the lesson (JSON)")) && platform.save_text)
    say(platform.save_text("fontshade-lesson.json", "application/json", lesson_file_json(s.lesson.lesson)));
  remember_item(s, "menu_save_lesson");
  if (ImGui::MenuItem(tr("Load a lesson...")) && platform.choose_lesson) say(platform.choose_lesson());
  remember_item(s, "menu_load_lesson");
  if (ImGui::MenuItem(tr("Copy a link with the lesson"))) copy_lesson_link(s, platform);
  remember_item(s, "menu_copy_lesson_link");
  // The page's only: one HTML file that opens at this lesson (its scene), for a class without a server.
  if (platform.save_lesson_page && ImGui::MenuItem(tr("Save the page with this lesson")))
    say(platform.save_lesson_page(export_file_name(s, "lesson", "html")));
  if (platform.save_lesson_page) remember_item(s, "menu_save_lesson_page");
  if (!s.lesson.builtin && ImGui::MenuItem(tr("Back to the chapter's lesson"))) open_lesson_link(s, "lesson=chapter");
}

// The lesson mode's bar: few controls, so a newcomer sees where to begin.
void App::lesson_bar(float height) {
  AppState& s = state_;
  begin_bar_window(height);
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* language = s.view.settings.language == Language::en ? "Espa\xC3\xB1ol" : "English";
  const char* labels[] = {tr("Explore freely"), tr("Lesson"), tr("Projector")};
  float right = style.ItemSpacing.x * 4 + button_width(language);
  for (const char* l : labels) right += button_width(l);
  const float room = ImGui::GetWindowContentRegionMax().x - right;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("fontshade");
  ImGui::PopFont();
  const std::string title = s.lesson.lesson.title.in(language_code(s.view.settings.language));
  if (ImGui::GetItemRectMax().x + ImGui::CalcTextSize(title.c_str()).x + style.ItemSpacing.x * 2 < room) {
    ImGui::SameLine();
    ImGui::TextColored(palette::muted, "%s", title.c_str());
  }
  ImGui::SameLine(std::fmax(room, ImGui::GetCursorPosX()));
  if (ImGui::Button(labels[0])) stop_lesson(s);
  remember_item(s, "button_explore");
  tooltip(tr("The whole workbench, every panel and control; the Lesson button brings you back to this scene."));
  ImGui::SameLine();
  if (ImGui::Button(labels[1])) ImGui::OpenPopup("lesson_menu");
  remember_item(s, "menu_lesson");
  tooltip(tr("For teachers: edit this lesson, add a scene, save, load and share lessons."));
  if (ImGui::BeginPopup("lesson_menu")) {
    lesson_menu();
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  const bool projector = s.view.projector;
  if (projector) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.85f, 0.62f, 0.10f, 1.0f));
  if (projector) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
  if (ImGui::Button(labels[2])) s.view.projector = !projector;
  if (projector) ImGui::PopStyleColor(2);
  remember_item(s, "button_projector");
  tooltip(tr("Projector mode: large type, the lesson's panels only, high contrast. (Key: P)"));
  ImGui::SameLine();
  if (ImGui::Button(language)) s.view.settings.language = s.view.settings.language == Language::en ? Language::es : Language::en;
  remember_item(s, s.view.settings.language == Language::en ? "language_es" : "language_en");
  tooltip("English / Espa\xC3\xB1ol");
  ImGui::End();
}

}  // namespace fontshade::app
