// 3. Forward pass of the step in view: Z1, A1, Z2, A2 and C with their formulas and values, matrices
// drawn as matrices, every value read from the step's record (parameters before its update). In
// phase mode the formulas not reached yet are dimmed, without values, and the phase's own is lit.
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

}  // namespace

void forward_panel(AppState& state) {
  const StepRecord* record = state.run.record();
  if (!record) {
    ImGui::TextColored(palette::muted, "%s", tr("The forward pass appears here after the first step."));
    return;
  }
  const StepRecord& r = *record;
  const Options& o = state.run.options();
  using Q = Quantity;
  const auto value = [&](Q q) { quantity_value(state, r, q); };
  const View& v = state.view;
  wrapped_textf(tr("Step %s, with the weights before its update."), thousands(r.step).c_str());

  {
    const Reveal z1 = reveal_of(v, Q::Z1);
    Highlight lit(z1 == Reveal::current, state);
    formula("Z1 = w_hidden \xC2\xB7 X + b_hidden", z1);
    if (z1 != Reveal::hidden) {
      value(Q::w_hidden);
      remember(state, "forward_w_hidden");
      operator_text("\xC2\xB7");
      value(Q::X);
      operator_text("+");
      value(Q::b_hidden);
      remember(state, "forward_b_hidden");
      operator_text("=");
      value(Q::Z1);
      remember(state, "forward_Z1");
    }
  }
  ImGui::Spacing();
  {
    const Reveal a1 = reveal_of(v, Q::A1);
    Highlight lit(a1 == Reveal::current, state);
    formula((std::string("A1 = ") + activation_formula(o.activation)).c_str(), a1);
    if (a1 != Reveal::hidden) value(Q::A1);
  }
  ImGui::Spacing();
  {
    const Reveal z2 = reveal_of(v, Q::Z2);
    Highlight lit(z2 == Reveal::current, state);
    formula("Z2 = w_output \xC2\xB7 A1 + b_output", z2);
    if (z2 != Reveal::hidden) {
      value(Q::w_output);
      operator_text("\xC2\xB7");
      value(Q::A1);
      operator_text("+");
      value(Q::b_output);
      operator_text("=");
      value(Q::Z2);
      remember(state, "forward_Z2");
    }
  }
  ImGui::Spacing();
  {
    const Reveal a2 = reveal_of(v, Q::A2);
    Highlight lit(a2 == Reveal::current, state);
    formula("A2 = logistic(Z2) = 1 / (1 + e^\xE2\x88\x92Z2)", a2);
    if (a2 != Reveal::hidden) {
      ImGui::TextUnformatted("A2 =");
      ImGui::SameLine();
      value(Q::A2);
      remember(state, "forward_A2");
      ImGui::SameLine();
      ImGui::TextColored(palette::muted, "Y = %s", number(r.Y).c_str());
      tooltip(quantity_tip(Q::Y));
    }
  }
  ImGui::Spacing();
  {
    const Reveal c = reveal_of(v, Q::C);
    Highlight lit(c == Reveal::current, state);
    formula(cost_formula(o.cost), c);
    if (c != Reveal::hidden) {
      ImGui::TextUnformatted("C =");
      ImGui::SameLine();
      value(Q::C);
      remember(state, "forward_C");
    }
  }
}

}  // namespace fontshade::app
