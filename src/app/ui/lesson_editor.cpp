// The teacher's lesson editor (issue 17): the lesson's scenes in order (open one, move it, remove it),
// "Add this screen as a scene", the selected scene's title and text in English and Spanish and the
// parts it shows, and the lesson kept and shared: saved as a file, loaded, copied as a link.
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/state/lesson_mode.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/lesson_ui.hpp"
#include "app/ui/widgets.hpp"
#include "imgui_internal.h"  // bringing the editor to the front
#include "imgui_stdlib.h"     // text fields on std::string

namespace fontshade::app {
namespace {


// The lesson's title, and its scenes: a click opens one; arrows move it; x removes it.
void scene_list(AppState& state) {
  LessonMode& mode = state.lesson;
  LessonEditorView& editor = state.view.lesson_editor;
  if (ImGui::InputText(tr("Lesson title (English)"), &mode.lesson.title.en)) mark_lesson_edited(state);
  remember_item(state, "editor_title_en");
  if (ImGui::InputText(tr("Lesson title (Spanish)"), &mode.lesson.title.es)) mark_lesson_edited(state);
  remember_item(state, "editor_title_es");
  heading(tr("Scenes"));
  const char* lang = language_code(state.view.settings.language);
  const float buttons = ImGui::GetFrameHeight() * 3 + ImGui::GetStyle().ItemSpacing.x * 3;
  for (int k = 0; k < mode.count(); ++k) {
    ImGui::PushID(k);
    const std::string label = std::to_string(k + 1) + ". " + mode.lesson.scenes[static_cast<std::size_t>(k)].title.in(lang);
    if (ImGui::Selectable(label.c_str(), editor.selected == k, 0, ImVec2(ImGui::GetContentRegionAvail().x - buttons, 0))) {
      editor.selected = k;
      mode.active = true;
      open_scene(state, k);
    }
    remember_item(state, ("editor_scene_" + std::to_string(k + 1)).c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
      move_scene(state, k, -1);
      if (editor.selected == k && k > 0) editor.selected = k - 1;
    }
    note_control(state, "up");
    remember_item(state, ("editor_up_" + std::to_string(k + 1)).c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("down", ImGuiDir_Down)) {
      move_scene(state, k, +1);
      if (editor.selected == k && k + 1 < mode.count()) editor.selected = k + 1;
    }
    note_control(state, "down");
    remember_item(state, ("editor_down_" + std::to_string(k + 1)).c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(mode.count() <= 1);
    if (ImGui::Button("\xC3\x97")) remove_scene(state, k);  // ×
    ImGui::EndDisabled();
    remember_item(state, ("editor_remove_" + std::to_string(k + 1)).c_str());
    tooltip(tr("Remove this scene (a lesson keeps one at least)."));
    ImGui::PopID();
  }
  if (editor.selected >= mode.count()) editor.selected = mode.count() - 1;
  if (ImGui::Button(tr("Add this screen as a scene"))) {
    add_screen_as_scene(state);
    editor.selected = mode.active ? mode.scene : mode.count() - 1;
  }
  remember_item(state, "editor_add_scene");
  tooltip(tr("The screen as it is now (options, data, step, phase, colour) becomes a new scene after the one in view, with the parts the screen shows."));
  ImGui::SameLine();
  if (ImGui::Button(tr("New lesson from this screen"))) {
    new_lesson(state);
    editor.selected = 0;
  }
  remember_item(state, "editor_new_lesson");
  tooltip(tr("Starts a lesson of your own, with this screen as its first scene."));
}

// The selected scene: its title and text in both languages, the parts it shows, its screen.
void scene_fields(AppState& state) {
  LessonMode& mode = state.lesson;
  const int k = state.view.lesson_editor.selected;
  LessonScene& scene = mode.lesson.scenes[static_cast<std::size_t>(k)];
  char title[64];
  std::snprintf(title, sizeof title, tr("Scene %d"), k + 1);
  heading(title);
  const float width = ImGui::GetContentRegionAvail().x;
  const float box = ImGui::GetTextLineHeight() * 5;
  const auto field = [&](const char* label, std::string* text, const char* name, bool multiline) {
    ImGui::TextUnformatted(label);
    const bool changed = multiline ? ImGui::InputTextMultiline((std::string("##") + name).c_str(), text, ImVec2(width, box))
                                   : (ImGui::SetNextItemWidth(width), ImGui::InputText((std::string("##") + name).c_str(), text));
    remember_item(state, name);
    if (changed) mark_lesson_edited(state);
  };
  field(tr("Title (English)"), &scene.title.en, "editor_scene_title_en", false);
  field(tr("Title (Spanish)"), &scene.title.es, "editor_scene_title_es", false);
  field(tr("Text (English)"), &scene.text.en, "editor_text_en", true);
  field(tr("Text (Spanish)"), &scene.text.es, "editor_text_es", true);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);  // wrapped: one line ran past the editor's edge
  wrapped_text(tr("Numbers of the run can go in the text: {step}, {A2}, {C}, the accuracy {test_accuracy}, ..."));
  ImGui::PopStyleColor();
  heading(tr("What the scene shows"));
  const int columns = width > ImGui::GetFontSize() * 24 ? 3 : 2;
  if (ImGui::BeginTable("parts", columns)) {
    for (const ScenePartInfo& info : scene_parts()) {
      ImGui::TableNextColumn();
      bool shown = std::find(scene.show.begin(), scene.show.end(), info.part) != scene.show.end();
      if (ImGui::Checkbox(part_title(info.part), &shown)) toggle_part(state, k, info.part);
      remember_item(state, ("editor_part_" + std::string(info.name)).c_str());
    }
    ImGui::EndTable();
  }
  if (ImGui::Button(tr("Use this screen for the scene"))) set_scene_screen(state, k);
  remember_item(state, "editor_use_screen");
  tooltip(tr("The scene opens the screen as it is now: its options, data, step, phase and colour."));
}

// Keeping and sharing the lesson.
void keeping(AppState& state, Platform& platform) {
  heading(tr("Keep and share"));
  if (ImGui::Button(tr("Save the lesson (JSON)")) && platform.save_text)
    tell(state.view, platform.save_text("fontshade-lesson.json", "application/json", lesson_file_json(state.lesson.lesson)), false);
  remember_item(state, "editor_save");
  tooltip(tr("The lesson as a file: open it again here, share it, or check it with fontshade-cli lesson check."));
  ImGui::SameLine();
  if (ImGui::Button(tr("Load a lesson...")) && platform.choose_lesson) tell(state.view, platform.choose_lesson(), false);
  remember_item(state, "editor_load");
  tooltip(tr("A lesson file saved here: its first scene opens. You can also drop the file on the page."));
  if (ImGui::Button(tr("Copy a link with the lesson"))) copy_lesson_link(state, platform);
  remember_item(state, "editor_copy_link");
  tooltip(tr("The page's address with the whole lesson inside it, when it fits in a link; opening it opens the lesson."));
  ImGui::SameLine();
  ImGui::BeginDisabled(state.lesson.builtin);
  if (ImGui::Button(tr("Back to the chapter's lesson"))) {
    open_lesson_link(state, "lesson=chapter");
    state.view.lesson_editor.selected = 0;
  }
  ImGui::EndDisabled();
  remember_item(state, "editor_chapter");
}

}  // namespace

void copy_lesson_link(AppState& state, Platform& platform) {
  const std::optional<std::string> fragment = lesson_link_of(state);
  if (!fragment) {
    tell(state.view, tr("This lesson is too long for a link: save it as a file and share the file."), true);
    return;
  }
  if (platform.copy_link) tell(state.view, platform.copy_link(*fragment), false);
}

void lesson_editor(AppState& state, Platform& platform, Rect area) {
  LessonEditorView& editor = state.view.lesson_editor;
  if (!editor.open) return;
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
  ImGui::SetNextWindowBgAlpha(1.0f);  // over the workbench: its panels must not show through the fields
  bool open = true;
  if (ImGui::Begin((std::string(tr("Lesson editor")) + "###lesson_editor").c_str(), &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.layout["lesson_editor"] = Rect{at.x, at.y, size.x, size.y};
    // Saving and sharing right under the scenes: below the scene's fields they fell under the fold
    // as the lesson grew (the cold run's three scenes).
    scene_list(state);
    ImGui::Separator();
    keeping(state, platform);
    ImGui::Separator();
    scene_fields(state);
  }
  ImGui::End();
  if (!open) editor.open = false;
}

}  // namespace fontshade::app
