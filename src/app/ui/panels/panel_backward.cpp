// 4. Backward pass: every chain-rule factor (name as in the chapter, formula, value), each gradient
// with its factors' numbers, then the update of every parameter: before − L · gradient = after.
// Every number is read from the step's record.
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/formulas.hpp"
#include "core/network/gradient_check.hpp"
#include "app/ui/quantity_view.hpp"
#include "core/network/record_values.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

std::string paren(double v) { return v < 0 ? "(" + number(v) + ")" : number(v); }

// A quantity's value as one line of text: a number (in brackets when negative, as a factor is written
// by hand), a vector [a, b, c], or rows [[a, b, c], ...].
std::string value_text(const StepRecord& r, Quantity q) {
  const Shape shape = shape_of(q, r.before.hidden());
  if (shape.scalar()) return paren(value_of(r, q, 0, 0));
  std::string s = "[";
  for (int i = 0; i < shape.rows; ++i) {
    if (shape.cols > 1) s += i ? ", [" : "[";
    for (int j = 0; j < shape.cols; ++j) s += (j || (shape.cols == 1 && i) ? ", " : "") + number(value_of(r, q, i, j));
    if (shape.cols > 1) s += "]";
  }
  return s + "]";
}

bool finite_value(const StepRecord& r, Quantity q) {
  const Shape shape = shape_of(q, r.before.hidden());
  for (int i = 0; i < shape.rows; ++i)
    for (int j = 0; j < shape.cols; ++j)
      if (!is_finite(value_of(r, q, i, j))) return false;
  return true;
}

std::string names_of(const GradientFactors& g, const char* times) {
  std::string s;
  for (std::size_t k = 0; k < g.factors.size(); ++k) s += (k ? times : "") + std::string(name_of(g.factors[k]));
  return s;
}

// The chain-rule factors, in the order of the chapter's backward_prop, from the core's table.
void factors(AppState& state, const StepRecord& r, const Options& o) {
  if (!ImGui::BeginTable("factors", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(tr("Factor"), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr("Formula"), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr("Value"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  // The lit row's rectangle, noted when the next row starts (a row's height is known only then), and
  // followed only at the phases whose block the table is (at the gradients' phases their formulas
  // below are the block; the rows they use are tinted too).
  const std::optional<Phase> phase = state.view.phase;
  const bool table_is_block = phase == Phase::dC_dA2 || phase == Phase::dA2_dZ2 || phase == Phase::dA1_dZ1;
  std::optional<float> lit_top;
  const auto note_row_end = [&] {
    if (!lit_top || !table_is_block) return;
    const float left = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    note_lit(state, Rect{left, *lit_top, right - left, ImGui::GetCursorScreenPos().y - *lit_top});
    lit_top.reset();
  };
  for (Quantity q : chain_rule_factors()) {
    const Reveal reveal = reveal_of(state.view, q);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    note_row_end();
    if (reveal == Reveal::current) {
      ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kPhaseTint);
      lit_top = ImGui::GetCursorScreenPos().y;
    }
    ImGui::PushFont(fonts().bold);
    if (reveal == Reveal::hidden) ImGui::TextColored(palette::muted, "%s", std::string(name_of(q)).c_str());
    else ImGui::TextUnformatted(std::string(name_of(q)).c_str());
    ImGui::PopFont();
    tooltip(quantity_tip(q));
    if (ImGui::IsItemHovered()) state.view.hovered_next = q;
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(factor_formula(q, o).c_str());
    tooltip(quantity_tip(q));
    ImGui::TableNextColumn();
    if (reveal == Reveal::hidden) continue;
    ImGui::PushFont(fonts().mono);
    if (finite_value(r, q)) wrapped_text(value_text(r, q));
    else ImGui::TextColored(palette::problem, "%s", value_text(r, q).c_str());
    ImGui::PopFont();
    tooltip(quantity_tip(q));
    if (ImGui::IsItemHovered()) state.view.hovered_next = q;
    if (state.view.hovered == q) {
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 2, a.y - 1), ImVec2(b.x + 2, b.y + 1), kHoverOutline, 2, 0, 2);
    }
  }
  ImGui::EndTable();
  note_row_end();
}

// The chapter's code computes dC_dW1 and dC_dB1 from dC_dA1 @ dA1_dZ1, a sum over the hidden nodes.
bool chapter_product(const Options& o, Quantity gradient) {
  return o.gradient == GradientMode::chapter && (gradient == Quantity::dC_dW1 || gradient == Quantity::dC_dB1);
}

// Each gradient: its factors in the table's order, their numbers, and the product.
void products(AppState& state, const StepRecord& r, const Options& o) {
  const char* times = " \xC2\xB7 ";
  for (const GradientFactors& g : gradient_factors()) {
    const Reveal reveal = reveal_of(state.view, g.gradient);
    Highlight lit(reveal == Reveal::current, state);
    const std::string name(name_of(g.gradient));
    std::string formula = name + " = " + names_of(g, times);
    std::string numbers = value_text(r, g.factors[0]) + times + value_text(r, g.factors[1]) + times + value_text(r, g.factors[2]);
    if (chapter_product(o, g.gradient)) {
      // (1 x H) @ (H x 1): one sum, the same for every hidden node.
      formula = name + " = (dC_dA1 @ dA1_dZ1)" + times + std::string(name_of(g.factors[2])) + tr("  (the chapter's code: summed over the hidden nodes)");
      numbers = "(" + value_text(r, g.factors[0]) + " @ " + value_text(r, g.factors[1]) + ")" + times + value_text(r, g.factors[2]);
    } else if (g.gradient == Quantity::dC_dW1) {
      formula += tr("  (node by node, times each input)");
    }
    ImGui::PushFont(fonts().bold);
    if (reveal == Reveal::hidden) ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(formula);
    if (reveal == Reveal::hidden) ImGui::PopStyleColor();
    ImGui::PopFont();
    tooltip(quantity_tip(g.gradient));
    if (ImGui::IsItemHovered()) state.view.hovered_next = g.gradient;
    if (reveal == Reveal::hidden) continue;
    ImGui::Indent();
    ImGui::PushFont(fonts().mono);
    wrapped_text("= " + numbers);
    tooltip(tr("The factors' values, in the order of the formula above."));
    const std::string result = "= " + value_text(r, g.gradient);
    if (finite_value(r, g.gradient)) wrapped_text(result);
    else ImGui::TextColored(palette::problem, "%s", result.c_str());
    ImGui::PopFont();
    tooltip(quantity_tip(g.gradient));
    if (ImGui::IsItemHovered()) state.view.hovered_next = g.gradient;
    if (state.view.hovered == g.gradient) {
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 2, a.y - 1), ImVec2(b.x + 2, b.y + 1), kHoverOutline, 2, 0, 2);
    }
    ImGui::Unindent();
  }
}

// With the chapter's gradient, at dC_dW1: the true gradient and the chapter's side by side.
void both_gradients(AppState& state, const StepRecord& r, const Options& o) {
  heading(tr("The true gradient and the chapter's code, side by side"));
  wrapped_text(tr("The chapter multiplies dC_dA1 (1 x 3) by dA1_dZ1 (3 x 1) as matrices: that adds the hidden nodes' errors into one number, so every row of w_hidden and every b_hidden moves by the same amount, even a node that was switched off. The true gradient multiplies node by node."));
  const GradientModes both = both_gradient_modes(r, o);
  if (!ImGui::BeginTable("both_gradients", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::TableSetupColumn(tr("true gradient (node by node)"));
  ImGui::TableSetupColumn(tr("the chapter's code (summed)"));
  ImGui::TableHeadersRow();
  for (const BackwardRecord* b : {&both.true_gradient, &both.chapter}) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("dC_dW1 =");
    value_grid(static_cast<int>(b->dC_dW1.rows()), 3, [&](int i, int j) { return b->dC_dW1(i, j); }, quantity_tip(Quantity::dC_dW1));
    ImGui::TextUnformatted("dC_dB1 =");
    value_grid(static_cast<int>(b->dC_dB1.size()), 1, [&](int i, int) { return b->dC_dB1(i); }, quantity_tip(Quantity::dC_dB1));
  }
  ImGui::EndTable();
  remember_item(state, "both_gradients");
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

// Whether the table's widest row fits the panel.
bool table_fits(const std::vector<UpdateRow>& rows, const char* const headers[3]) {
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
  return needed <= ImGui::GetContentRegionAvail().x;
}

// The updates as lines where the table would not fit (large type, many digits): "w_hidden[0][0] = 0.3967 −
// 0.05 · (−0.0009514) = 0.3967", wrapped between numbers, never cut.
void update_list(const std::vector<UpdateRow>& rows) {
  ImGui::PushFont(fonts().mono);
  for (const UpdateRow& row : rows) {
    const std::string line = row.name + " = " + row.change + " = " + row.after;
    if (row.finite) wrapped_text(line);
    else {
      ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
      wrapped_text(line);
      ImGui::PopStyleColor();
    }
    tooltip(tr("The parameter's value before this step, minus the learning rate times its gradient, gives its value after."));
  }
  ImGui::PopFont();
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
  // A table where it fits, else lines (the panel never scrolls sideways for it).
  if (!table_fits(rows, headers)) {
    update_list(rows);
    return;
  }
  if (!ImGui::BeginTable("updates", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit))
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
  const StepRecord* record = state.run.record();
  if (!record) {
    ImGui::TextColored(palette::muted, "%s", tr("The backward pass appears here after the first step."));
    return;
  }
  const Options& o = state.run.options();
  heading(tr("Chain-rule factors"));
  // The factors' table lights its own rows (noted for follow_phase, which scrolls to them).
  factors(state, *record, o);
  ImGui::Spacing();
  heading(tr("Gradients: the factors multiplied"));
  products(state, *record, o);
  if (o.gradient == GradientMode::chapter && reveal_of(state.view, Quantity::dC_dW1) == Reveal::current) {
    ImGui::Spacing();
    both_gradients(state, *record, o);
  }
  ImGui::Spacing();
  const bool update_now = state.view.phase == Phase::update;
  if (state.phase_mode() && !update_now) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextColored(palette::muted, "%s", tr("Update"));
    ImGui::PopFont();
    return;
  }
  Highlight lit(update_now, state);
  heading(tr("Update"));
  updates(*record);
}

}  // namespace fontshade::app
