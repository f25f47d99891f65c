// 3. Forward pass of the step in view: Z1, A1, Z2, A2 and C with their formulas and values, matrices
// drawn as matrices, every value read from the step's record (parameters before its update). In
// phase mode the formulas not reached yet are dimmed, without values, and the phase's own is lit.
#include <string>

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/formulas.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

void formula(const char* text, Reveal reveal) {
  ImGui::PushFont(fonts().bold);
  if (reveal == Reveal::hidden) ImGui::TextColored(palette::muted, "%s", text);
  else ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void remember(AppState& state, const char* name) { remember_item(state, name); }

// One formula of the pass: its line (dimmed until its phase), then its values once reached; lit at
// its own phase.
template <typename Values>
void block(AppState& state, Quantity q, const std::string& text, Values values) {
  {
    const Reveal reveal = reveal_of(state.view, q);
    Highlight lit(reveal == Reveal::current, state);
    formula(text.c_str(), reveal);
    if (reveal != Reveal::hidden) values();
  }
  ImGui::Spacing();
}

// Z1 = w_hidden · X + b_hidden = Z1, as matrices.
void z1_values(AppState& state, const StepRecord& r) {
  quantity_value(state, r, Quantity::w_hidden);
  remember(state, "forward_w_hidden");
  operator_text("\xC2\xB7");
  quantity_value(state, r, Quantity::X);
  operator_text("+");
  quantity_value(state, r, Quantity::b_hidden);
  remember(state, "forward_b_hidden");
  operator_text("=");
  quantity_value(state, r, Quantity::Z1);
  remember(state, "forward_Z1");
}

// Z2 = w_output · A1 + b_output = Z2.
void z2_values(AppState& state, const StepRecord& r) {
  quantity_value(state, r, Quantity::w_output);
  operator_text("\xC2\xB7");
  quantity_value(state, r, Quantity::A1);
  operator_text("+");
  quantity_value(state, r, Quantity::b_output);
  operator_text("=");
  quantity_value(state, r, Quantity::Z2);
  remember(state, "forward_Z2");
}

// A2, with the sample's label Y beside it.
void a2_values(AppState& state, const StepRecord& r) {
  ImGui::TextUnformatted("A2 =");
  ImGui::SameLine();
  quantity_value(state, r, Quantity::A2);
  remember(state, "forward_A2");
  ImGui::SameLine();
  ImGui::TextColored(palette::muted, "Y = %s", number(r.Y).c_str());
  tooltip(quantity_tip(Quantity::Y));
}

void c_values(AppState& state, const StepRecord& r) {
  ImGui::TextUnformatted("C =");
  ImGui::SameLine();
  quantity_value(state, r, Quantity::C);
  remember(state, "forward_C");
}

}  // namespace

void forward_panel(AppState& state) {
  const StepRecord* record = state.run.record();
  if (!record) {
    ImGui::TextColored(palette::muted, "%s", tr("The forward pass appears here after the first step."));
    return;
  }
  const StepRecord& r = *record;
  const Options& o = state.run.options();
  wrapped_textf(tr("Step %s, with the weights before its update."), thousands(r.step).c_str());
  block(state, Quantity::Z1, "Z1 = w_hidden \xC2\xB7 X + b_hidden", [&] { z1_values(state, r); });
  block(state, Quantity::A1, std::string("A1 = ") + activation_formula(o.activation), [&] { quantity_value(state, r, Quantity::A1); });
  block(state, Quantity::Z2, "Z2 = w_output \xC2\xB7 A1 + b_output", [&] { z2_values(state, r); });
  block(state, Quantity::A2, "A2 = logistic(Z2) = 1 / (1 + e^\xE2\x88\x92Z2)", [&] { a2_values(state, r); });
  const Reveal c = reveal_of(state.view, Quantity::C);
  Highlight lit(c == Reveal::current, state);
  formula(cost_formula(o.cost), c);
  if (c != Reveal::hidden) c_values(state, r);
}

}  // namespace fontshade::app
