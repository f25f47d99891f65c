// 7. Training: mean cost of recent steps and train/test accuracy over the steps, the current accuracy
// and confusion matrix (the data set's facts are in the Data tab, panel_data.cpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "app/layout/cost_curve.hpp"
#include "app/state/program_comparison.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

struct Series {
  const char* name;
  ImU32 colour;
  double (*value)(const HistoryPoint&);
};

// A small line plot of history points against the step (0 to the frontier), y from lo to hi, with a
// line at the step in view. Clicking it goes to the plotted point nearest the click.
void plot(AppState& state, const char* id, const std::vector<HistoryPoint>& history, const Series* series, int count,
          double lo, double hi, const char* tip) {
  const float line = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = line * 3.6f;
  ImGui::InvisibleButton(id, ImVec2(width, height));
  remember_item(state, id);
  tooltip(tip);
  const StepAxis axis = step_axis(state.run, state.view.log_steps);
  if (ImGui::IsItemClicked() && !history.empty())
    state.seek(nearest_point(history, axis.step_at((ImGui::GetIO().MousePos.x - p.x) / width)));
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + height), IM_COL32(30, 31, 36, 255));
  const auto x_of = [&](long long step) { return p.x + static_cast<float>(axis.fraction_of(step)) * width; };
  const auto y_of = [&](double v) {
    const double y = (v - lo) / (hi - lo);
    return p.y + height - static_cast<float>(y < 0 ? 0 : (y > 1 ? 1 : y)) * height;
  };
  // Each series thinned to its lowest and highest (and first and last) point per pixel column: a run
  // of any length draws a few thousand vertices (cost_curve.hpp).
  std::vector<ImVec2> line_points;
  for (int k = 0; k < count; ++k) {
    line_points.clear();
    for (const CurvePoint& c : thinned_series(history, series[k].value, axis, static_cast<int>(width)))
      line_points.emplace_back(x_of(c.step), y_of(c.value));
    if (line_points.size() > 1)
      list->AddPolyline(line_points.data(), static_cast<int>(line_points.size()), series[k].colour, ImDrawFlags_None, 1.5f);
    else if (line_points.size() == 1)
      list->AddCircleFilled(line_points[0], 2.5f, series[k].colour);  // one point makes no line
  }
  // The step in view, and its values.
  const HistoryPoint& now = state.run.current_point();
  const float cursor_x = x_of(now.step);
  list->AddLine(ImVec2(cursor_x, p.y), ImVec2(cursor_x, p.y + height), IM_COL32(255, 255, 255, 110), 1.0f);
  for (int k = 0; k < count; ++k)
    if (now.step > 0 && is_finite(series[k].value(now)))
      list->AddCircleFilled(ImVec2(cursor_x, y_of(series[k].value(now))), 3.0f, series[k].colour);
  char label[64];
  std::snprintf(label, sizeof label, "%s", number(hi, 3).c_str());
  list->AddText(ImVec2(p.x + 2, p.y), IM_COL32(160, 160, 170, 255), label);
  std::snprintf(label, sizeof label, "%s", number(lo, 3).c_str());
  list->AddText(ImVec2(p.x + 2, p.y + height - line), IM_COL32(160, 160, 170, 255), label);
  std::snprintf(label, sizeof label, tr("step %s"), thousands(axis.span).c_str());
  list->AddText(ImVec2(p.x + width - ImGui::CalcTextSize(label).x - 2, p.y + height - line), IM_COL32(160, 160, 170, 255), label);
  for (int k = 0; k < count; ++k) {
    if (k > 0) ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(series[k].colour), "\xE2\x97\x8F %s", series[k].name);
  }
}

void confusion(const Evaluation& e) {
  if (!ImGui::BeginTable("confusion", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn(tr("test rows"));
  ImGui::TableSetupColumn(tr("network: dark"));
  ImGui::TableSetupColumn(tr("network: light"));
  ImGui::TableHeadersRow();
  const Confusion& c = e.confusion;
  const long long cells[2][2] = {{c.dark_as_dark, c.dark_as_light}, {c.light_as_dark, c.light_as_light}};
  const char* truth[2] = {tr("truth: dark"), tr("truth: light")};
  for (int i = 0; i < 2; ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(truth[i]);
    for (int j = 0; j < 2; ++j) {
      ImGui::TableNextColumn();
      if (i == j)
        ImGui::Text("%lld", cells[i][j]);
      else
        ImGui::TextColored(cells[i][j] ? palette::problem : palette::muted, "%lld", cells[i][j]);
    }
  }
  ImGui::EndTable();
  tooltip(tr("Each test colour counted by its true label (rows) and the network's answer (columns). The diagonal is right; the rest are mistakes."));
}

// Why scikit-learn's program does better than the chapter's NumPy network, point by point.
constexpr const char* kReasons[] = {
    tr_later("Mini-batches: each scikit-learn step averages the gradient over 200 rows; the chapter's step follows one colour, noise and all."),
    tr_later("Momentum 0.9 (Nesterov): each step keeps 90 % of the last one, so the weights keep moving in a steady direction."),
    tr_later("Log-loss: its gradient at the output is A2 - Y, which does not fade when A2 is confidently wrong, as (A2 - Y)^2's does through dA2_dZ2."),
    tr_later("A start around zero: Glorot-uniform weights and biases of both signs, where the chapter's [0, 1) start makes every weight positive."),
    tr_later("The true gradient: scikit-learn moves each hidden node by its own gradient; the chapter's dC_dA1 @ dA1_dZ1 gives every node the same update."),
    tr_later("The stopping rule and L2: scikit-learn stops once the loss stops improving and keeps the weights small; the chapter takes 100,000 steps whatever happens."),
};

void two_programs(AppState& state) {
  ProgramComparison& c = state.activities.comparison;
  const Run& run = state.run;
  const bool seed_fits = run.options().seed <= kMaxNumpySeed;
  const auto seed = static_cast<std::uint32_t>(run.options().seed);
  ImGui::BeginDisabled(!seed_fits || (c.started() && !c.done()));
  char label[96];
  std::snprintf(label, sizeof label, tr("Run both after np.random.seed(%u)"), seed);
  if (ImGui::Button(label)) c.start(run.data(), seed);
  ImGui::EndDisabled();
  remember_item(state, "compare_programs");
  tooltip(seed_fits ? tr("Trains the chapter's NumPy network (100,000 steps, the chapter's gradient) and its scikit-learn cell on this data, both from NumPy's generator, as a notebook would.")
                    : tr("np.random.seed takes seeds up to 4294967295: choose a smaller seed."));
  if (!c.started()) return;
  if (!c.done()) {
    ImGui::ProgressBar(static_cast<float>(c.progress()), ImVec2(-1, 0));
    return;
  }
  char trained[2][96];
  std::snprintf(trained[0], sizeof trained[0], tr("%s steps of one colour"), thousands(c.chapter().steps_done()).c_str());
  std::snprintf(trained[1], sizeof trained[1], tr("%s epochs of %s batches"), thousands(c.sklearn().n_iter()).c_str(),
                thousands(c.sklearn().batches_per_epoch()).c_str());
  const std::string rows[2][3] = {{tr("the chapter's NumPy network"), percent(c.chapter_test_accuracy()), trained[0]},
                                  {tr("scikit-learn's MLPClassifier"), percent(c.sklearn_test_accuracy()), trained[1]}};
  const char* heads[3] = {tr("program"), tr("test accuracy"), tr("training")};
  // As a table where it fits, else as lines (a narrow panel clipped "100,000 steps of c" in the cold run).
  float needed = 0;
  for (int col = 0; col < 3; ++col) {
    float widest = ImGui::CalcTextSize(heads[col]).x;
    for (const auto& row : rows) widest = std::max(widest, ImGui::CalcTextSize(row[col].c_str()).x);
    needed += widest + ImGui::GetStyle().CellPadding.x * 2 + 1;
  }
  if (needed > ImGui::GetContentRegionAvail().x) {
    for (const auto& row : rows) {
      ImGui::Bullet();
      wrapped_textf("%s: %s %s, %s", row[0].c_str(), heads[1], row[1].c_str(), row[2].c_str());
    }
  } else if (ImGui::BeginTable("two_programs", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) {
    for (const char* head : heads) ImGui::TableSetupColumn(head);
    ImGui::TableHeadersRow();
    for (const auto& row : rows) {
      ImGui::TableNextRow();
      for (const std::string& cell : row) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cell.c_str());
      }
    }
    ImGui::EndTable();
  }
  remember_item(state, "two_programs");
  wrapped_textf(tr("Seed %u, the same split for both. Why the gap:"), c.seed());
  for (const char* reason : kReasons) {
    ImGui::Bullet();
    wrapped_text(tr(reason));
  }
}

}  // namespace

void training_panel(AppState& state) {
  const Run& s = state.run;
  ImGui::Checkbox(tr("steps on a log scale"), &state.view.log_steps);
  tooltip(tr("Spread the first steps out: most of the learning happens in the first few hundred."));
  const CostCurve curve = cost_curve(s);
  char cost_name[96];
  std::snprintf(cost_name, sizeof cost_name, tr("mean C of the last %d steps"), Trainer::kRecentSteps);
  // scikit-learn's trainer: its loss_curve_, a point an epoch.
  const Series cost[] = {{s.mlp() ? tr("loss_ of each epoch (log-loss + L2)") : cost_name, IM_COL32(240, 200, 80, 255),
                          [](const HistoryPoint& h) { return h.recent_mean_cost; }}};
  plot(state, "cost_plot", curve.points, cost, 1, 0.0, curve.top,
       s.mlp() ? tr("scikit-learn's loss_curve_: the mean loss of each epoch. Click a point to go to the end of that epoch.")
               : tr("The cost averaged over the most recent steps: it falls as the network learns. Click a point to go to that step."));
  const Series accuracy[] = {{tr("train accuracy"), IM_COL32(120, 200, 255, 255), [](const HistoryPoint& h) { return h.train_accuracy; }},
                             {tr("test accuracy"), IM_COL32(255, 140, 120, 255), [](const HistoryPoint& h) { return h.test_accuracy; }}};
  plot(state, "accuracy_plot", plotted_history(s), accuracy, 2, 0.0, 1.0,
       tr("The share of colours the network gets right: on the rows it trains on, and on the third it never trains on. Click a point to go to that step."));

  const Evaluation& train = s.train_evaluation();
  const Evaluation& test = s.test_evaluation();
  ImGui::Text(tr("Accuracy: train %.2f %%, test %.2f %%"), 100 * train.accuracy, 100 * test.accuracy);
  tooltip(tr("Measured on every training row and every test row with the current weights."));
  confusion(test);
  ImGui::Spacing();
  // In the guided lesson only where the scene is about them (scikit-learn's trainer): elsewhere it is one
  // more button before its time (the cold run).
  const bool about_programs = !state.lesson.active || state.run.mlp();
  if (about_programs && ImGui::CollapsingHeader(tr("The chapter's two programs"), ImGuiTreeNodeFlags_DefaultOpen)) two_programs(state);
}

}  // namespace fontshade::app
