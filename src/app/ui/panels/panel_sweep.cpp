// The seed sweep (issue 7, part 5): how much the random start matters. Seeds 1 .. N trained with the
// run's options and data, a slice a frame (SweepRunner), as `fontshade-cli sweep --seeds N` trains
// them; a bar a seed for its test accuracy, collapsed and dead runs marked; a click loads that seed.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

const ImU32 kFinished = IM_COL32(255, 140, 120, 255);  // the training panel's test accuracy colour
const ImU32 kCollapsed = IM_COL32(150, 150, 160, 255);
const ImU32 kMarker = IM_COL32(240, 200, 80, 255);
const ImU32 kDead = IM_COL32(204, 121, 167, 255);      // palette::negative
const ImU32 kDiverged = IM_COL32(255, 97, 84, 255);

// The marks: a triangle over a collapsed run, a cross over a dead one, "!" for a diverged one.
void triangle(ImDrawList* list, ImVec2 c, float r, ImU32 colour) {
  list->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x - r, c.y + r * 0.8f), ImVec2(c.x + r, c.y + r * 0.8f), colour);
}
void cross(ImDrawList* list, ImVec2 c, float r, ImU32 colour) {
  list->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), colour, 2.0f);
  list->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), colour, 2.0f);
}

void controls(AppState& state) {
  SweepRunner& runner = state.activities.sweep;
  int& seeds = state.view.sweep_seeds;  // a sweep a script starts sets it too
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  ImGui::InputInt(tr("seeds"), &seeds, 10, 50);
  seeds = std::clamp(seeds, 1, SweepRunner::kMaxSeeds);
  remember_item(state, "sweep_count");
  tooltip(tr("How many seeds: 1 to 200. Seeds 1, 2, 3, ... as fontshade-cli sweep --seeds N uses them."));
  ImGui::SameLine();
  if (runner.running()) {
    if (ImGui::Button(tr("Stop"))) runner.stop();
    remember_item(state, "button_sweep");
    tooltip(tr("Stop the sweep: the seeds done so far stay."));
  } else {
    if (ImGui::Button(tr("Run the sweep"))) start_sweep(state, seeds);
    remember_item(state, "button_sweep");
    tooltip(tr("Train the run's options and data from every seed to the last step, a little each frame: the window stays responsive."));
  }
}

// The strip's scale: from a round figure under the worst run to 100 %.
double scale_bottom(const std::vector<SeedResult>& runs) {
  double worst = 1;
  for (const SeedResult& r : runs) worst = std::min(worst, r.diverged ? 0.0 : r.test.accuracy);
  return std::max(0.0, std::floor((worst - 0.01) * 10) / 10);
}

// The bars' background and the scale's lines, their figures left of the bars.
void draw_scale(ImDrawList* list, ImVec2 box, float bars, float height, double lo, float line) {
  const double hi = 1.0, grid[3] = {lo, (lo + hi) / 2, hi};
  list->AddRectFilled(box, ImVec2(box.x + bars, box.y + height), IM_COL32(30, 31, 36, 255));
  for (double g : grid) {
    const float y = box.y + height - static_cast<float>((g - lo) / (hi - lo)) * height;
    list->AddLine(ImVec2(box.x, y), ImVec2(box.x + bars, y), IM_COL32(70, 72, 80, 255));
    const std::string label = percent(g, 0);  // whole: the scale's lines are at multiples of 5 %
    const float label_w = ImGui::CalcTextSize(label.c_str()).x;
    list->AddText(ImVec2(box.x - label_w - line * 0.2f, std::clamp(y - line * 0.5f, box.y - line * 0.5f, box.y + height - line)),
                  IM_COL32(190, 190, 200, 255), label.c_str());
  }
}

// What a seed's bar says when pointed at (a click loads its run), beside the bar [x0, x1).
void seed_tooltip(AppState& state, const SeedResult& run, ImVec2 bar_min, ImVec2 bar_max, bool clicked) {
  char tip[320];
  if (run.diverged)
    std::snprintf(tip, sizeof tip, tr("Seed %llu diverged at step %lld. Click to load this run."),
                  static_cast<unsigned long long>(run.seed), run.diverged_at_step);
  else
    std::snprintf(tip, sizeof tip, tr("Seed %llu: test accuracy %s%s%s. Click to load this run, trained to the end."),
                  static_cast<unsigned long long>(run.seed), percent(run.test.accuracy).c_str(),
                  run.collapsed() ? tr(", collapsed: one shade for every test row") : "",
                  run.dead ? tr(", dead: every ReLU node died") : "");
  show_tooltip(tip, bar_min, bar_max);
  if (clicked) load_sweep_seed(state, run.seed);
}

// One bar a seed, its height the test accuracy; marks for collapsed, dead and diverged runs.
void strip(AppState& state) {
  const SeedSweep& sweep = state.activities.sweep.sweep();
  const std::vector<SeedResult>& runs = sweep.results();
  const float line = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = line * 5.5f, top_gap = line * 1.0f;  // room above the bars for the marks
  ImGui::InvisibleButton("sweep_strip", ImVec2(width, height + top_gap));
  remember_item(state, "sweep_strip");
  const bool hovered = ImGui::IsItemHovered();
  const bool clicked = ImGui::IsItemClicked();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const double lo = scale_bottom(runs), hi = 1.0;
  const float axis = ImGui::CalcTextSize(percent(1.0, 0).c_str()).x + line * 0.4f;
  const ImVec2 box(p.x + axis, p.y + top_gap);  // the bars' area: seed k (from 0) in [x + k w / N, x + (k + 1) w / N)
  const float bars = width - axis;
  state.layout["sweep_bars"] = Rect{box.x, box.y, bars, height};
  draw_scale(list, box, bars, height, lo, line);
  const float slot = bars / static_cast<float>(sweep.count());
  const auto y_of = [&](double v) { return box.y + height - static_cast<float>((v - lo) / (hi - lo)) * height; };
  const float mouse_x = ImGui::GetIO().MousePos.x;
  const int hovered_index = hovered && mouse_x >= box.x ? static_cast<int>((mouse_x - box.x) / slot) : -1;
  const bool loaded_here = sweep_matches_run(state);
  const float pad = slot > 4 ? slot * 0.15f : 0.0f;
  const float r = std::clamp(slot * 0.4f, line * 0.2f, line * 0.4f);
  for (int k = 0; k < static_cast<int>(runs.size()); ++k) {
    const SeedResult& run = runs[static_cast<std::size_t>(k)];
    const float x0 = box.x + slot * static_cast<float>(k) + pad, x1 = box.x + slot * static_cast<float>(k + 1) - pad;
    const ImVec2 mark((x0 + x1) * 0.5f, p.y + top_gap * 0.5f);
    const double v = run.diverged ? lo : run.test.accuracy;
    const ImU32 colour = run.diverged ? kDiverged : (run.collapsed() ? kCollapsed : kFinished);
    list->AddRectFilled(ImVec2(x0, y_of(v)), ImVec2(std::max(x1, x0 + 1), box.y + height), colour);
    if (run.collapsed()) triangle(list, mark, r, kMarker);
    if (run.dead) cross(list, ImVec2(mark.x, mark.y + (run.collapsed() ? r * 0.5f : 0)), r, kDead);
    if (run.diverged) list->AddText(ImVec2(mark.x - ImGui::CalcTextSize("!").x * 0.5f, p.y), kDiverged, "!");
    const bool loaded = loaded_here && run.seed == state.run.options().seed;
    if (loaded || k == hovered_index)
      list->AddRect(ImVec2(x0 - 1, box.y), ImVec2(std::max(x1, x0 + 1) + 1, box.y + height), IM_COL32(255, 255, 255, 255), 0, 0,
                    loaded ? 2.0f : 1.0f);
  }
  if (hovered_index >= 0 && hovered_index < static_cast<int>(runs.size()))
    seed_tooltip(state, runs[static_cast<std::size_t>(hovered_index)], ImVec2(box.x + slot * static_cast<float>(hovered_index), box.y),
                 ImVec2(box.x + slot * static_cast<float>(hovered_index + 1), box.y + height), clicked);
}

void legend() {
  const float line = ImGui::GetFontSize();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto mark = [&](void (*draw)(ImDrawList*, ImVec2, float, ImU32), ImU32 colour, const char* text) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(line, line));
    draw(list, ImVec2(p.x + line * 0.5f, p.y + line * 0.55f), line * 0.35f, colour);
    ImGui::SameLine();
    ImGui::TextUnformatted(text);
  };
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(line, line));
  list->AddRectFilled(ImVec2(p.x + line * 0.2f, p.y + line * 0.2f), ImVec2(p.x + line * 0.8f, p.y + line * 0.9f), kFinished);
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("test accuracy"));
  ImGui::SameLine();
  mark(triangle, kMarker, tr("collapsed"));
  tooltip(tr("Collapsed: the network answers one shade for every test row."));
  ImGui::SameLine();
  mark(cross, kDead, tr("dead"));
  tooltip(tr("Dead: every hidden ReLU node died (its Z1 is negative for every colour), so only b_output still learns."));
}

}  // namespace

void sweep_panel(AppState& state) {
  heading(tr("How much does the start matter?"));
  controls(state);
  SweepRunner& runner = state.activities.sweep;
  if (!runner.has_sweep()) {
    wrapped_text(tr("Trains the run's options and data from many seeds and shows each run's test accuracy: the seed sets the split, the starting weights and the sample order."));
    return;
  }
  const SeedSweep& sweep = runner.sweep();
  const SweepSummary s = sweep.summary();
  const SweepRunner::Timing t = runner.timing();
  if (runner.running()) {
    char text[96];
    std::snprintf(text, sizeof text, tr("%d of %d seeds"), sweep.seeds_done(), sweep.count());
    const double total = static_cast<double>(sweep.count()) * static_cast<double>(sweep.options().steps);
    ImGui::ProgressBar(static_cast<float>(static_cast<double>(runner.steps_done()) / total), ImVec2(-1, 0), text);
    remember_item(state, "sweep_progress");
  } else {
    if (runner.stopped())
      wrapped_textf(tr("Stopped after %d of %d seeds."), sweep.seeds_done(), sweep.count());
    wrapped_textf(tr("%d seeds in %s s: %s s of computing, at most %s ms of it in one frame."), sweep.seeds_done(),
                  number(t.wall_seconds, 3).c_str(), number(t.busy_seconds, 3).c_str(),
                  number(1000 * t.longest_frame_seconds, 3).c_str());
  }
  if (!s.runs.empty()) {
    wrapped_textf(tr("Test accuracy: median %s, worst %s, best %s. %d collapsed, %d dead, %d diverged."), percent(s.median).c_str(),
                  percent(s.worst).c_str(), percent(s.best).c_str(), s.collapses, s.dead, s.diverged);
    remember_item(state, "sweep_summary");
  }
  strip(state);
  legend();
  if (!sweep_matches_run(state)) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("The run's options or data have changed since this sweep: a click loads the sweep's."));
    ImGui::PopStyleColor();
  } else if (!runner.running()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("Click a bar to load that seed: a new run with it, trained to the end."));
    ImGui::PopStyleColor();
  }
}

}  // namespace fontshade::app
