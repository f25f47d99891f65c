// 3. Forward pass of the current step: Z1, A1, Z2, A2 and C with their formulas and values, matrices
// drawn as matrices. All values from the step's record (parameters before its update).
#include "fonts.hpp"
#include "format.hpp"
#include "formulas.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

void formula(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

}  // namespace

void forward_panel(AppState& state) {
  const auto& record = state.run.trainer().last_record();
  if (!record) {
    ImGui::TextColored(palette::muted, "%s", tr("The forward pass appears here after the first step."));
    return;
  }
  const StepRecord& r = *record;
  const ForwardRecord& f = r.forward;
  const Options& o = state.run.options();
  ImGui::TextColored(palette::muted, tr("Step %s, with the weights before its update."), thousands(r.step).c_str());

  formula("Z1 = w_hidden \xC2\xB7 X + b_hidden");
  matrix(r.before.w_hidden, tr("w_hidden: one row per hidden node, one column per input (R, G, B)."));
  remember_item(state, "forward_w_hidden");
  operator_text("\xC2\xB7");
  column_vector(r.X, tr("X: the sample's R, G, B divided by 255."));
  operator_text("+");
  column_vector(r.before.b_hidden, tr("b_hidden: each hidden node's bias."));
  remember_item(state, "forward_b_hidden");
  operator_text("=");
  column_vector(f.Z1, tr("Z1: each hidden node's weighted sum of the inputs plus its bias."));
  remember_item(state, "forward_Z1");

  ImGui::Spacing();
  formula((std::string("A1 = ") + activation_formula(o.activation)).c_str());
  column_vector(f.A1, tr("A1: what each hidden node passes on. ReLU keeps positive sums and turns negative ones into 0."));

  ImGui::Spacing();
  formula("Z2 = w_output \xC2\xB7 A1 + b_output");
  row_vector(r.before.w_output, tr("w_output: how much the output listens to each hidden node."));
  operator_text("\xC2\xB7");
  column_vector(f.A1, tr("A1, from above."));
  operator_text("+");
  scalar(r.before.b_output, tr("b_output: the output node's bias."));
  operator_text("=");
  scalar(f.Z2, tr("Z2: the output node's weighted sum."));
  remember_item(state, "forward_Z2");

  ImGui::Spacing();
  formula("A2 = logistic(Z2) = 1 / (1 + e^\xE2\x88\x92Z2)");
  ImGui::Text("A2 =");
  ImGui::SameLine();
  scalar(f.A2, tr("A2: the network's answer for this sample, between 0 (light text) and 1 (dark text)."));
  ImGui::SameLine();
  ImGui::TextColored(palette::muted, "Y = %s", number(r.Y).c_str());
  tooltip(tr("Y, the label: 1 if dark text reads better on this colour, 0 if light text does."));

  ImGui::Spacing();
  formula(cost_formula(o.cost));
  ImGui::Text("C =");
  ImGui::SameLine();
  scalar(r.C, tr("C, the cost: how wrong A2 is for this sample (0 means exactly right)."));
}

}  // namespace fontshade::app
