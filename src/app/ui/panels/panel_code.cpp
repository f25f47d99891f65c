// The code beside the step (issue 16): a short NumPy program with the chapter's names that does what
// the run does (for scikit-learn's trainer, what fit does for each mini-batch). In phase mode the line
// of the current phase is lit; pointing at a name shows its value at the cursor (and lights it in the
// diagram). "Check it in your notebook" copies the lines that make the chapter's notebook print the
// numbers on screen.
#include <string>

#include "app/state/exports.hpp"
#include "app/state/notice.hpp"
#include "app/text/code_listing.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

void notebook_button(AppState& state, Platform& platform) {
  const NotebookLines lines = notebook_lines_of(state);
  ImGui::BeginDisabled(lines.python.empty() || !platform.copy_text);
  if (ImGui::Button(tr("Check it in your notebook"))) tell(state.view, platform.copy_text(lines.python, tr("the notebook lines")), false);
  ImGui::EndDisabled();
  remember_item(state, "code_notebook");
  tooltip(lines.python.empty() ? notebook_problem_text(lines.problem)
                               : tr("Copies a few lines of Python: pasted into the chapter's notebook after its cells, they print the numbers on this screen (np.random.seed and the same draws)."));
}

// One line of code, a name at a time: a name with a value at the cursor shows it on hover.
void code_line(AppState& state, const CodeLine& line, bool lit, int index) {
  if (line.text.empty()) {
    ImGui::TextUnformatted(" ");
    return;
  }
  const ImVec2 start = ImGui::GetCursorScreenPos();
  if (lit) {
    // The panel follows the phase (View::scroll_to_phase), as the formulas do: once per change.
    if (state.view.scroll_to_phase) {
      ImGui::SetScrollHereY(0.3f);
      state.view.scroll_to_phase = false;
    }
    const float width = ImGui::CalcTextSize(line.text.c_str()).x;
    ImGui::GetWindowDrawList()->AddRectFilled(start, ImVec2(start.x + width, start.y + ImGui::GetTextLineHeight()), kPhaseTint);
    state.layout["code_lit_line"] = Rect{start.x, start.y, width, ImGui::GetTextLineHeight()};
  }
  bool first = true;
  for (const CodeToken& t : code_tokens(line.text)) {
    if (!first) ImGui::SameLine(0, 0);
    first = false;
    const std::string text(t.text);
    ImGui::TextUnformatted(text.c_str());
    if (!t.name || !ImGui::IsItemHovered()) continue;
    if (const auto value = value_text(state.run, t.text)) {
      show_tooltip((text + " = " + *value).c_str());
      state.layout["code_hovered_name"] = Rect{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                                               ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
      if (const auto q = parse_quantity(t.text)) state.view.hovered_next = *q;
    }
  }
  if (index == 0) remember_item(state, "code_first_line");
}

}  // namespace

void code_panel(AppState& state, Platform& platform) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(state.run.mlp()
                   ? tr("What scikit-learn's fit does, in a few lines of NumPy: each step of this run is one pass of the inner loop. Point at a name to see its value now.")
                   : tr("The chapter's arithmetic in a few lines of NumPy with the chapter's names, written for fontshade. In phase mode the line of the phase is lit; point at a name to see its value at this step."));
  ImGui::PopStyleColor();
  notebook_button(state, platform);
  ImGui::Spacing();
  const std::optional<Phase> phase = state.view.phase;
  const bool stepped = state.run.record() != nullptr;
  ImGui::PushFont(fonts().mono);
  ImGui::BeginGroup();
  int index = 0;
  for (const CodeLine& line : listing_of(state.run)) {
    code_line(state, line, phase && stepped && line.phase == phase, index);
    ++index;
  }
  ImGui::EndGroup();
  ImGui::PopFont();
  remember_item(state, "code_listing");
}

}  // namespace fontshade::app
