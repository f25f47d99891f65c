// 3. Forward pass of the step in view: Z1, A1, Z2, A2 and C with their formulas and values, matrices
// drawn as matrices, every value read from the step's record (parameters before its update). In
// phase mode the formulas not reached yet are dimmed, without values, and the phase's own is lit.
// A formula's terms wrap onto the next line where the panel is narrow (projector mode at 1024 x 768):
// a matrix is never cut at the panel's edge.
#include <string>

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/formulas.hpp"
#include "core/network/record_values.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

constexpr const char* kTimes = "\xC2\xB7";   // ·
constexpr const char* kMinus = "\xE2\x88\x92";  // −

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

// A term of a formula's values: the operator before it (none for the first), the quantity, and the
// names layout() gives them.
struct Term {
  const char* op;
  Quantity q;
  const char* name = nullptr;
  const char* op_name = nullptr;
};

// The terms on one line while they fit, an operator and its term together on the next line where they
// do not. A "+" before a negative number is written as a minus before its size ("− 1.44", not
// "+ -1.44").
void terms(AppState& state, const StepRecord& r, std::initializer_list<Term> list) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  bool first = true;
  for (const Term& t : list) {
    const bool scalar = shape_of(t.q, r.before.hidden()).scalar();
    const bool subtract = t.op && std::string_view(t.op) == "+" && scalar && value_of(r, t.q, 0, 0) < 0;
    const char* op = subtract ? kMinus : t.op;
    if (!first) {
      same_line_if_fits(ImGui::CalcTextSize(op).x + spacing + quantity_width(r, t.q, subtract));
      ImGui::TextUnformatted(op);
      if (t.op_name) remember(state, t.op_name);
      ImGui::SameLine();
    }
    quantity_value(state, r, t.q, subtract);
    if (t.name) remember(state, t.name);
    first = false;
  }
}

void z1_values(AppState& state, const StepRecord& r) {
  terms(state, r, {{nullptr, Quantity::w_hidden, "forward_w_hidden"}, {kTimes, Quantity::X}, {"+", Quantity::b_hidden, "forward_b_hidden"},
                   {"=", Quantity::Z1, "forward_Z1"}});
}

void z2_values(AppState& state, const StepRecord& r) {
  terms(state, r, {{nullptr, Quantity::w_output}, {kTimes, Quantity::A1}, {"+", Quantity::b_output, "forward_b_output", "forward_op_b_output"},
                   {"=", Quantity::Z2, "forward_Z2"}});
}

// A2 beside a swatch of the sample's colour and what it is (the colour panel shows another A2: the
// picked colour's, after the update), with the sample's label Y.
void a2_values(AppState& state, const StepRecord& r) {
  const Sample& sample = state.run.data().samples[static_cast<std::size_t>(r.sample)];
  colour_swatch(state, "forward_A2_swatch", sample.colour, ImGui::GetFontSize(), tr("The training sample's colour: this A2 is the network's answer for it, before the step's update."));
  ImGui::SameLine();
  ImGui::TextUnformatted("A2 =");
  ImGui::SameLine();
  quantity_value(state, r, Quantity::A2);
  remember(state, "forward_A2");
  char text[128];
  char what[96];
  std::snprintf(what, sizeof what, tr("sample %d, before the update"), r.sample);
  std::snprintf(text, sizeof text, "(%s)", what);
  same_line_if_fits(ImGui::CalcTextSize(text).x);
  ImGui::TextColored(palette::muted, "%s", text);
  tooltip(tr("The network's answer for the step's training sample, with the weights before the step's update. The colour panel shows another A2: the picked colour's, after the update."));
  const std::string y = "Y = " + number(r.Y);
  same_line_if_fits(ImGui::CalcTextSize(y.c_str()).x);
  ImGui::TextColored(palette::muted, "%s", y.c_str());
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
