#include "app/ui/link_menu.hpp"

#include <cmath>
#include <string>

#include "app/state/exports.hpp"
#include "app/state/lesson_state.hpp"
#include "app/state/notice.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"
#include "imgui.h"

namespace fontshade::app {
namespace {

void say(AppState& state, const std::string& sentence) {
  if (!sentence.empty()) tell(state.view, sentence, false);
}

// A link cannot carry a data set read from a file: the lesson it holds opens the book's.
void warn_if_not_portable(AppState& state, const LessonOfState& l) {
  if (!l.portable) tell(state.view, tr("The data set came from a file, which a link cannot carry: the link opens the book's data set."), true);
}

// A choice of the menu: its button, then what it does in a line or two, muted.
bool choice(AppState& state, const char* label, const char* layout_name, const char* what, float width) {
  const bool chosen = ImGui::Button(label);
  remember_item(state, layout_name);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(what, width);
  ImGui::PopStyleColor();
  ImGui::Spacing();
  return chosen;
}

void file_page_menu(AppState& state, const Platform& platform) {
  const float width = std::fmin(ImGui::GetIO().DisplaySize.x * 0.8f, ImGui::GetFontSize() * 28);
  const LessonOfState l = lesson_of(state);
  const std::string fragment = lesson_fragment(l.lesson);
  heading(tr("This page is a file on this computer"));
  wrapped_text(tr("A link to it (file:///...) opens only on this computer: on a student's computer it opens nothing. What works instead:"), width);
  ImGui::Spacing();
  if (choice(state, tr("Save the page with this lesson"), "link_save_page",
             tr("One HTML file that opens at this lesson, from any folder: send it, or put it on a USB stick."), width)) {
    if (platform.save_lesson_page) say(state, platform.save_lesson_page(export_file_name(state, "lesson", "html")));
    warn_if_not_portable(state, l);
    ImGui::CloseCurrentPopup();
  }
  if (choice(state, tr("Copy the lesson part of the link (#...)"), "link_copy_fragment",
             tr("To paste after the address of the class's own copy of the page (.../index.html#v=1&...)."), width)) {
    if (platform.copy_text) say(state, platform.copy_text("#" + fragment, tr("the lesson part of the link")));
    warn_if_not_portable(state, l);
    ImGui::CloseCurrentPopup();
  }
  if (choice(state, tr("Copy the link anyway"), "link_copy_address", tr("It opens this screen on this computer only."), width)) {
    if (platform.copy_link) say(state, platform.copy_link(fragment));
    warn_if_not_portable(state, l);
    ImGui::CloseCurrentPopup();
  }
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  state.layout["link_popup"] = Rect{at.x, at.y, size.x, size.y};
}

}  // namespace

void copy_link_button(AppState& state, const Platform& platform) {
  const bool file_page = platform.page_is_file && platform.page_is_file();
  if (ImGui::Button(tr("Copy link"))) {
    if (file_page) {
      ImGui::OpenPopup("link_menu");
    } else {
      const LessonOfState l = lesson_of(state);
      if (platform.copy_link) say(state, platform.copy_link(lesson_fragment(l.lesson)));
      warn_if_not_portable(state, l);
    }
  }
  remember_item(state, "button_copy_link");
  tooltip(file_page ? tr("Share this lesson: this page is a file, so a link to it opens only on this computer; here is what works instead.")
                    : tr("Copy this page's address with the lesson in it (options, data, seed, step, phase, colour, language, projector): opening it shows this screen."));
  if (ImGui::BeginPopup("link_menu")) {
    file_page_menu(state, platform);
    ImGui::EndPopup();
  }
}

}  // namespace fontshade::app
