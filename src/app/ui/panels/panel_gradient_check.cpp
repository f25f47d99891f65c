// The gradient check (issue 7, part 6): is backpropagation right? For the step in view, every
// parameter's gradient from the backward pass next to a centred finite difference of C (the core's
// check_gradients), with the relative error. With the true gradient every error is tiny; with the
// chapter's summed hidden gradient the w_hidden and b_hidden rows show the mismatch.
#include <algorithm>
#include <cstdio>

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

// Below this backpropagation and the difference agree (gradient_check.hpp explains the floor).
constexpr double kAgree = 1e-6;
// Above this the gradient is wrong, not just noisy.
constexpr double kWrong = 1e-3;

const ImVec4 kAmber(0.94f, 0.78f, 0.31f, 1.0f);

void table(AppState& state, const GradientCheck& check) {
  const float line = ImGui::GetFontSize();
  const int rows = static_cast<int>(check.rows.size());
  // The table fits what is left of the tab (its header stays and its rows scroll), and shows 3 rows
  // at least: in Spanish at 1280 x 800 the tabs take two lines and leave about 6 lines for it.
  const float row = line + ImGui::GetStyle().CellPadding.y * 2;
  const float needed = (rows + 1.5f) * row;
  const float height = std::min(needed, std::max(ImGui::GetContentRegionAvail().y, row * 4));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("gradient_rows", 4, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(tr("parameter"));
  ImGui::TableSetupColumn(tr("backprop"));
  ImGui::TableSetupColumn(tr("numeric"));
  ImGui::TableSetupColumn(tr("rel. error"));
  ImGui::TableHeadersRow();
  for (const GradientRow& r : check.rows) {
    ImGui::TableNextRow();
    const bool wrong = !(r.rel_error <= kWrong);  // NaN too
    const bool noisy = !wrong && r.rel_error > kAgree;
    if (wrong) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(120, 40, 40, 200));
    ImGui::PushFont(fonts().mono);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(number(r.backprop).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(number(r.numeric).c_str());
    ImGui::TableNextColumn();
    if (wrong || noisy) ImGui::TextColored(wrong ? palette::problem : kAmber, "%s", number(r.rel_error, 2).c_str());
    else ImGui::TextUnformatted(number(r.rel_error, 2).c_str());
    ImGui::PopFont();
  }
  ImGui::EndTable();
  remember_item(state, "gradient_table");
  tooltip(tr("backprop: the gradient the backward pass computed. numeric: (C(p + h) - C(p - h)) / 2h with h = 1e-6 max(1, |p|), the other parameters kept. rel. error: |backprop - numeric| / max(|backprop|, |numeric|, 0.001 max(1, C)). Red: above 0.001, a wrong gradient."));
}

}  // namespace

void gradient_check_panel(AppState& state) {
  heading(tr("Is backpropagation right?"));
  ImGui::BeginDisabled(state.run.record() == nullptr);
  if (ImGui::Button(tr("Check this step"))) check_step(state);
  ImGui::EndDisabled();
  remember_item(state, "button_gradient_check");
  tooltip(tr("Compare every gradient of the step in view with a finite difference of the cost C."));
  ImGui::SameLine();
  ImGui::Checkbox(tr("follow the step"), &state.activities.check_follows);
  remember_item(state, "gradient_check_follow");
  tooltip(tr("Check again whenever the step in view changes."));
  if (state.run.record() == nullptr) {
    ImGui::TextColored(palette::muted, "%s", tr("Step 0 has no gradients yet: take a step first."));
    return;
  }
  const auto& checked = state.activities.checked;
  if (!checked) {
    wrapped_text(tr("Nudges each parameter a little up and down, recomputes the cost C, and compares the slope with the gradient backpropagation computed."));
    return;
  }
  const bool chapter = checked->options.gradient == GradientMode::chapter;
  wrapped_textf(tr("Step %s, %s."), thousands(checked->step).c_str(),
                chapter ? tr("with the chapter's gradient") : tr("with the true gradient (node by node)"));
  if (!check_is_current(state)) {
    ImGui::PushStyleColor(ImGuiCol_Text, kAmber);
    wrapped_textf(tr("The step in view is %s: press Check this step to check it."), thousands(state.run.cursor()).c_str());
    ImGui::PopStyleColor();
  }
  const double worst = checked->check.max_rel_error;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(worst <= kAgree ? ImVec4(0.0f, 0.62f, 0.45f, 1.0f) : (worst <= kWrong ? kAmber : palette::problem),
                     tr("Largest relative error: %s"), number(worst, 2).c_str());
  ImGui::PopFont();
  remember_item(state, "gradient_max");
  if (worst <= kAgree)
    wrapped_text(tr("Backpropagation and the finite difference agree for every parameter."));
  else if (chapter)
    wrapped_text(tr("The chapter's NumPy sums dC_dA1 * dA1_dZ1 over the hidden nodes, so every w_hidden row gets the same update: the w_hidden and b_hidden rows are wrong, the output layer's are right."));
  else
    wrapped_text(tr("A large error with the true gradient means a ReLU kink: a Z1 within h of 0, where the difference straddles two slopes."));
  table(state, checked->check);
}

}  // namespace fontshade::app
