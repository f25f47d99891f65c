// The guided lesson's own panel (issue 17): "Scene k of N", the scene's title and its text (blanks
// filled from the run), what to try, the question asked before the answer (each answer counted, a
// class can vote by hands), the answer revealed and explained, and Back / Next at the bottom.
#include <cmath>
#include <cstdio>
#include <string>

#include "app/state/lesson_mode.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/lesson_ui.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

const ImVec4 kRight(0.25f, 0.72f, 0.45f, 1.0f);

const char* action_label(SceneAction action) {
  switch (action) {
    case SceneAction::step: return tr("Take one step");
    case SceneAction::step10: return tr("Ten steps");
    case SceneAction::step100: return tr("100 steps");
    case SceneAction::step1000: return tr("1,000 steps");
    case SceneAction::to_end: return tr("Train to the end");
    case SceneAction::back: return tr("One step back");
    case SceneAction::phase_back: return tr("\xE2\x97\x80 Previous phase");
    case SceneAction::phase_next: return tr("Next phase \xE2\x96\xB6");
  }
  return "?";
}

// A text in paragraphs (the file's "\n"), wrapped at spaces.
void paragraphs(const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    wrapped_text(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    ImGui::Spacing();
    start = end + 1;
  }
}

void actions(AppState& state, const LessonScene& scene) {
  if (scene.actions.empty()) return;
  ImGui::Spacing();
  heading(tr("Try it"));
  for (std::size_t i = 0; i < scene.actions.size(); ++i) {
    const SceneAction a = scene.actions[i];
    const char* label = action_label(a);
    if (i > 0 && ImGui::GetItemRectMax().x + ImGui::CalcTextSize(label).x + ImGui::GetFontSize() * 2 < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine();
    ImGui::BeginDisabled(!scene_action_open(state, a));
    if (ImGui::Button(label)) do_scene_action(state, a);
    ImGui::EndDisabled();
    remember_item(state, ("lesson_do_" + std::string(name_of(a))).c_str());
  }
}

void question(AppState& state, const LessonScene& scene, const char* lang) {
  const LessonQuestion& q = *scene.question;
  QuestionTally& t = state.lesson.tally();
  ImGui::Spacing();
  ImGui::Separator();
  heading(t.revealed ? tr("The answer") : tr("Predict first"));
  ImGui::PushFont(fonts().bold);
  wrapped_text(fill_blanks(state, q.text.in(lang)));
  ImGui::PopFont();
  remember_item(state, "lesson_question");
  const float width = ImGui::GetContentRegionAvail().x;
  bool answered_now = false;
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    const int count = i < t.counts.size() ? t.counts[i] : 0;
    const bool right = t.revealed && static_cast<int>(i) == q.answer;
    std::string label = (right ? "\xE2\x9C\x93 " : "") + q.choices[i].in(lang);
    if (count > 0) label += "   (" + std::to_string(count) + ")";
    label += "###choice" + std::to_string(i);
    if (right) ImGui::PushStyleColor(ImGuiCol_Button, kRight);
    const bool last = t.last == static_cast<int>(i) && !t.revealed;
    if (last) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::fmax(2.0f, ImGui::GetFontSize() * 0.12f));
    if (ImGui::Button(label.c_str(), ImVec2(width, 0))) {
      answer(state, static_cast<int>(i));
      answered_now = true;
    }
    if (last) ImGui::PopStyleVar();
    if (right) ImGui::PopStyleColor();
    remember_item(state, ("lesson_choice_" + std::to_string(i)).c_str());
  }
  int total = 0;
  for (int c : t.counts) total += c;
  // Said under the choices, not in a tooltip: a tooltip under the pointer covered the next choice and
  // the answer's button (the cold run).
  if (!t.revealed && total == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("Click your answer; each click is counted, so a class can vote by hands and the teacher clicks for each."), width);
    ImGui::PopStyleColor();
  }
  if (!t.revealed && total > 0) {
    if (total == 1) ImGui::TextColored(palette::muted, "%s", tr("One answer so far."));
    else ImGui::TextColored(palette::muted, tr("%d answers so far."), total);
    // The next thing to do, as wide as the choices and in the headings' colour: it must not look
    // like one more choice.
    ImGui::PushStyleColor(ImGuiCol_Button, palette::heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
    const bool revealed_now = ImGui::Button(tr("Show the answer"), ImVec2(width, 0));
    ImGui::PopStyleColor(2);
    remember_item(state, "lesson_reveal");
    // Where the text is long (projector mode) the button could open below the panel's fold: in view.
    if (answered_now) ImGui::SetScrollHereY(1.0f);
    if (revealed_now) reveal(state);
    tooltip(tr("Shows the right answer and why, and what happens on the screen."));
  }
  if (const std::string explained = explanation(state); !explained.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.93f, 0.84f, 1.0f));
    paragraphs(explained);
    ImGui::PopStyleColor();
    remember_item(state, "lesson_explain");
  }
}

// Back and Next, at the bottom of the panel (Back not on the first scene, Next not on the last).
void navigation(AppState& state) {
  LessonMode& mode = state.lesson;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  if (mode.scene > 0) {
    if (ImGui::Button(tr("\xE2\x97\x80 Back"), ImVec2(half, 0))) previous_scene(state);
    remember_item(state, "lesson_back");
    tooltip(tr("The scene before. (Key: Page Up)"));
  } else {
    ImGui::Dummy(ImVec2(half, ImGui::GetFrameHeight()));
  }
  ImGui::SameLine();
  if (mode.scene + 1 < mode.count()) {
    if (ImGui::Button(tr("Next \xE2\x96\xB6"), ImVec2(half, 0))) next_scene(state);
    remember_item(state, "lesson_next");
    tooltip(tr("The next scene. (Key: Page Down)"));
  } else {
    if (ImGui::Button(tr("Explore freely"), ImVec2(half, 0))) stop_lesson(state);
    remember_item(state, "lesson_finish");
    tooltip(tr("The end of the lesson: the whole workbench, with every panel and control."));
  }
}

}  // namespace

float lesson_footer_height() { return ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2; }

void lesson_panel(AppState& state) {
  LessonMode& mode = state.lesson;
  const LessonScene& scene = mode.current();
  const char* lang = language_code(state.view.settings.language);
  char counter[96];
  std::snprintf(counter, sizeof counter, tr("Scene %d of %d"), mode.scene + 1, mode.count());
  ImGui::TextColored(palette::muted, "%s", counter);
  remember_item(state, "lesson_counter");
  ImGui::PushFont(fonts().bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
  wrapped_text(scene.title.in(lang));
  ImGui::PopStyleColor();
  ImGui::PopFont();
  remember_item(state, "lesson_title");
  // The body scrolls when it is longer than the panel; Back and Next stay in view below it.
  ImGui::BeginChild("lesson_body", ImVec2(0, -lesson_footer_height()));
  paragraphs(fill_blanks(state, scene.text.in(lang)));
  remember_item(state, "lesson_text");
  actions(state, scene);
  if (scene.question) question(state, scene, lang);
  remember_window(state, "lesson_body", "lesson_scroll");
  ImGui::EndChild();
  ImGui::Separator();
  navigation(state);
}

}  // namespace fontshade::app
