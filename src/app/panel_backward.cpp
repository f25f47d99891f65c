// 4. Backward pass: every chain-rule factor (name as in the chapter, formula, value), each gradient
// with its factors' numbers, then the update of every parameter: before − L · gradient = after.
// Every number is read from the step's record.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "fonts.hpp"
#include "format.hpp"
#include "formulas.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

std::string rows(const HiddenMatrix& m) {
  std::string s = "[";
  for (Eigen::Index i = 0; i < m.rows(); ++i) s += (i ? ", [" : "[") + number(m(i, 0)) + ", " + number(m(i, 1)) + ", " + number(m(i, 2)) + "]";
  return s + "]";
}

std::string paren(double v) { return v < 0 ? "(" + number(v) + ")" : number(v); }

void factor_row(const char* name, const char* formula, const std::string& value, bool finite, const char* tip) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(name);
  ImGui::PopFont();
  tooltip(tip);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(formula);
  tooltip(tip);
  ImGui::TableNextColumn();
  ImGui::PushFont(fonts().mono);
  if (finite)
    wrapped_text(value);
  else
    ImGui::TextColored(palette::problem, "%s", value.c_str());
  ImGui::PopFont();
  tooltip(tip);
}

template <typename V>
bool all_finite(const V& v) {
  for (Eigen::Index i = 0; i < v.size(); ++i)
    if (!is_finite(v.data()[i])) return false;
  return true;
}

void factors(const StepRecord& r, const Options& o) {
  const BackwardRecord& b = r.backward;
  if (!ImGui::BeginTable("factors", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(tr("Factor"), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr("Formula"), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr("Value"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  factor_row("dC_dA2", cost_slope_formula(o.cost), number(b.dC_dA2), is_finite(b.dC_dA2),
             tr("How the cost changes when the output A2 changes."));
  factor_row("dA2_dZ2", output_slope_formula(), number(b.dA2_dZ2), is_finite(b.dA2_dZ2),
             tr("The slope of the logistic function at Z2 (largest, 0.25, at Z2 = 0)."));
  factor_row("dZ2_dA1", "w_output", vector_text(b.dZ2_dA1), all_finite(b.dZ2_dA1),
             tr("How Z2 changes with each hidden output: the output weights."));
  factor_row("dZ2_dW2", "A1", vector_text(b.dZ2_dW2), all_finite(b.dZ2_dW2),
             tr("How Z2 changes with each output weight: the hidden outputs."));
  factor_row("dZ2_dB2", "1", number(b.dZ2_dB2), true, tr("Z2 changes one for one with b_output."));
  factor_row("dA1_dZ1", activation_slope_formula(o.activation), vector_text(b.dA1_dZ1), all_finite(b.dA1_dZ1),
             tr("The slope of each hidden node's activation at its Z1. For ReLU: 1 if Z1 > 0, else 0."));
  factor_row("dZ1_dW1", "X", vector_text(b.dZ1_dW1), all_finite(b.dZ1_dW1),
             tr("How each Z1 changes with its weights: the inputs X."));
  factor_row("dZ1_dB1", "1", number(b.dZ1_dB1), true, tr("Each Z1 changes one for one with its bias."));
  ImGui::EndTable();
}

void product(const char* name, const char* formula, const std::string& numbers, const std::string& result, bool finite,
             const char* tip) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(name);
  ImGui::PopFont();
  tooltip(tip);
  ImGui::SameLine();
  ImGui::TextUnformatted(formula);
  ImGui::Indent();
  ImGui::PushFont(fonts().mono);
  wrapped_text("= " + numbers);
  tooltip(tr("The factors' values, in the order of the formula above."));
  if (finite)
    wrapped_text("= " + result);
  else
    ImGui::TextColored(palette::problem, "= %s", result.c_str());
  ImGui::PopFont();
  tooltip(tip);
  ImGui::Unindent();
}

void products(const StepRecord& r) {
  const BackwardRecord& b = r.backward;
  const std::string tail = " \xC2\xB7 " + paren(b.dA2_dZ2) + " \xC2\xB7 " + paren(b.dC_dA2);
  product("dC_dW2", "= dZ2_dW2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dC_dA2", vector_text(b.dZ2_dW2) + tail, vector_text(b.dC_dW2), all_finite(b.dC_dW2),
          tr("The gradient for the output weights: how the cost changes with each of them."));
  product("dC_dB2", "= dZ2_dB2 \xC2\xB7 dA2_dZ2 \xC2\xB7 dC_dA2", number(b.dZ2_dB2) + tail, number(b.dC_dB2), is_finite(b.dC_dB2),
          tr("The gradient for the output bias."));
  product("dC_dA1", "= dZ2_dA1 \xC2\xB7 dA2_dZ2 \xC2\xB7 dC_dA2", vector_text(b.dZ2_dA1) + tail, vector_text(b.dC_dA1), all_finite(b.dC_dA1),
          tr("How the cost changes with each hidden output: the error passed back to the hidden layer."));
  product("dC_dW1", "= dC_dA1 \xC2\xB7 dA1_dZ1 \xC2\xB7 dZ1_dW1",
          vector_text(b.dC_dA1) + " \xC2\xB7 " + vector_text(b.dA1_dZ1) + " \xC2\xB7 " + vector_text(b.dZ1_dW1) + tr("  (node by node, times each input)"),
          rows(b.dC_dW1), all_finite(b.dC_dW1), tr("The gradient for the hidden weights: row i for hidden node i, one column per input."));
  product("dC_dB1", "= dC_dA1 \xC2\xB7 dA1_dZ1 \xC2\xB7 dZ1_dB1",
          vector_text(b.dC_dA1) + " \xC2\xB7 " + vector_text(b.dA1_dZ1) + " \xC2\xB7 " + number(b.dZ1_dB1), vector_text(b.dC_dB1),
          all_finite(b.dC_dB1), tr("The gradient for the hidden biases."));
}

// One parameter's update as the table shows it: name, "before − L · (gradient)", after.
struct UpdateRow {
  std::string name, change, after;
  bool finite;
};

UpdateRow update_row(const std::string& name, double before, double L, double gradient, double after) {
  return {name, number(before) + " \xE2\x88\x92 " + number(L) + " \xC2\xB7 " + paren(gradient),
          number(after) + (is_finite(after) ? "" : "!"), is_finite(after)};
}

// The table as wide as its widest row, past the panel's edge if need be (the panel then scrolls
// sideways), so that no column is cut off whatever the digits; 0 (the panel's width) when it fits.
float table_width(const std::vector<UpdateRow>& rows, const char* const headers[3]) {
  float widths[3] = {ImGui::CalcTextSize(headers[0]).x, ImGui::CalcTextSize(headers[1]).x, ImGui::CalcTextSize(headers[2]).x};
  for (const UpdateRow& row : rows) {
    widths[0] = std::fmax(widths[0], ImGui::CalcTextSize(row.name.c_str()).x);
    ImGui::PushFont(fonts().mono);
    widths[1] = std::fmax(widths[1], ImGui::CalcTextSize(row.change.c_str()).x);
    widths[2] = std::fmax(widths[2], ImGui::CalcTextSize(row.after.c_str()).x);
    ImGui::PopFont();
  }
  const float padding = ImGui::GetStyle().CellPadding.x * 2 + 1;  // both sides of a cell, and a border
  const float needed = widths[0] + widths[1] + widths[2] + 3 * padding;
  return needed > ImGui::GetContentRegionAvail().x ? needed : 0;
}

void updates(const StepRecord& r) {
  wrapped_textf(tr("Every parameter moves against its gradient: after = before \xE2\x88\x92 L \xC2\xB7 gradient, with L = %s."),
                     number(r.L).c_str());
  const Parameters& p = r.before;
  const Parameters& q = r.after;
  const BackwardRecord& b = r.backward;
  std::vector<UpdateRow> rows;
  char name[48];
  for (int i = 0; i < p.hidden(); ++i)
    for (int j = 0; j < 3; ++j) {
      std::snprintf(name, sizeof name, "w_hidden[%d][%d]", i, j);
      rows.push_back(update_row(name, p.w_hidden(i, j), r.L, b.dC_dW1(i, j), q.w_hidden(i, j)));
    }
  for (int i = 0; i < p.hidden(); ++i) {
    std::snprintf(name, sizeof name, "b_hidden[%d]", i);
    rows.push_back(update_row(name, p.b_hidden(i), r.L, b.dC_dB1(i), q.b_hidden(i)));
  }
  for (int i = 0; i < p.hidden(); ++i) {
    std::snprintf(name, sizeof name, "w_output[0][%d]", i);
    rows.push_back(update_row(name, p.w_output(i), r.L, b.dC_dW2(i), q.w_output(i)));
  }
  rows.push_back(update_row("b_output", p.b_output, r.L, b.dC_dB2, q.b_output));
  const char* const headers[3] = {tr("Parameter"), tr("before \xE2\x88\x92 L \xC2\xB7 gradient"), tr("after")};
  if (!ImGui::BeginTable("updates", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit,
                         ImVec2(table_width(rows, headers), 0)))
    return;
  for (const char* header : headers) ImGui::TableSetupColumn(header);
  ImGui::TableHeadersRow();
  for (const UpdateRow& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.name.c_str());
    tooltip(tr("The parameter's value before this step, minus the learning rate times its gradient, gives its value after."));
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(row.change.c_str());
    ImGui::TableNextColumn();
    if (row.finite)
      ImGui::TextUnformatted(row.after.c_str());
    else
      ImGui::TextColored(palette::problem, "%s", row.after.c_str());
    ImGui::PopFont();
  }
  ImGui::EndTable();
}

}  // namespace

void backward_panel(AppState& state) {
  const auto& record = state.run.trainer().last_record();
  if (!record) {
    ImGui::TextColored(palette::muted, "%s", tr("The backward pass appears here after the first step."));
    return;
  }
  heading(tr("Chain-rule factors"));
  factors(*record, state.run.options());
  ImGui::Spacing();
  heading(tr("Gradients: the factors multiplied"));
  products(*record);
  ImGui::Spacing();
  heading(tr("Update"));
  updates(*record);
}

}  // namespace fontshade::app
