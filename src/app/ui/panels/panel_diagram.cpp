// 5. The network as a diagram: inputs, hidden nodes, output. Outside phase mode: edge colour by the
// weight's sign, width by its size, nodes lit by the step's activations. In phase mode the diagram
// follows the phase: forward phases light what the values flow through, left to right; backward phases
// colour and size the edges by their gradient, right to left; the update shows the new weights. In a
// 3-3-1 network every edge can carry its number. Hovering a part tells the formulas, and a formula
// hovered lights its part here.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui_internal.h"  // ImRect

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/network.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

// Gradients get their own pair of colours (Okabe-Ito vermillion and sky blue), apart from the weights'.
constexpr ImU32 kGradientPositive = IM_COL32(213, 94, 0, 255);
constexpr ImU32 kGradientNegative = IM_COL32(86, 180, 233, 255);
constexpr ImU32 kGlow = IM_COL32(255, 214, 90, 255);

float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float t = std::fmax(0.0f, std::fmin(1.0f, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy + 1e-6f)));
  const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
  return std::sqrt(ex * ex + ey * ey);
}

ImU32 grey(double level) {
  const int g = static_cast<int>(40 + 215 * (level < 0 ? 0 : (level > 1 ? 1 : level)));
  return IM_COL32(g, g, g, 255);
}

ImU32 faded(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= alpha;
  return ImGui::ColorConvertFloat4ToU32(c);
}

// The output's fill: blue towards light text, orange towards dark text.
ImU32 choice_colour(double a2) {
  if (!is_finite(a2)) return IM_COL32(255, 0, 0, 255);
  const ImVec4 light = ImGui::ColorConvertU32ToFloat4(palette::chose_light);
  const ImVec4 dark = ImGui::ColorConvertU32ToFloat4(palette::chose_dark);
  const float t = static_cast<float>(a2);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(light.x + (dark.x - light.x) * t, light.y + (dark.y - light.y) * t,
                                               light.z + (dark.z - light.z) * t, 1.0f));
}

// A chevron at the middle of an edge, pointing the way the numbers flow.
void flow_arrow(ImDrawList* list, ImVec2 from, ImVec2 to, float size, ImU32 colour) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float length = std::sqrt(dx * dx + dy * dy) + 1e-6f;
  const float ux = dx / length, uy = dy / length;
  const ImVec2 tip(from.x + dx * 0.5f + ux * size * 0.6f, from.y + dy * 0.5f + uy * size * 0.6f);
  list->AddTriangleFilled(tip, ImVec2(tip.x - ux * size - uy * size * 0.6f, tip.y - uy * size + ux * size * 0.6f),
                          ImVec2(tip.x - ux * size + uy * size * 0.6f, tip.y - uy * size - ux * size * 0.6f), colour);
}

// Numbers on dark labels, each put where it overlaps no label placed before it and no node: the
// first free place among a few along its edge (edges cross, so one fixed place would pile them up).
class Labels {
 public:
  explicit Labels(ImDrawList* list) : list_(list) {}
  // A node, and the place under it where its own number goes.
  void avoid(ImVec2 centre, float radius, float below) {
    blocked_.push_back(ImRect(centre.x - radius, centre.y - radius, centre.x + radius, centre.y + radius + below));
  }
  // Along a -> b at the first free fraction of `candidates` (the first one if none is free).
  void along_edge(ImVec2 a, ImVec2 b, std::initializer_list<float> candidates, const std::string& text, ImU32 colour) {
    ImGui::PushFont(fonts().mono);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::PopFont();
    ImRect chosen;
    bool first = true;
    for (float t : candidates) {
      const ImVec2 c(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      const ImRect r(c.x - size.x * 0.5f - 2, c.y - size.y * 0.5f, c.x + size.x * 0.5f + 2, c.y + size.y * 0.5f);
      if (first) chosen = r;
      first = false;
      if (free(r)) {
        chosen = r;
        break;
      }
    }
    draw(chosen, text, colour);
  }
  void at(ImVec2 centre, const std::string& text, ImU32 colour) {
    ImGui::PushFont(fonts().mono);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::PopFont();
    draw(ImRect(centre.x - size.x * 0.5f - 2, centre.y - size.y * 0.5f, centre.x + size.x * 0.5f + 2, centre.y + size.y * 0.5f), text,
         colour);
  }

 private:
  bool free(const ImRect& r) const {
    for (const ImRect& other : blocked_)
      if (r.Overlaps(other)) return false;
    return true;
  }
  void draw(const ImRect& r, const std::string& text, ImU32 colour) {
    blocked_.push_back(r);
    list_->AddRectFilled(r.Min, r.Max, IM_COL32(20, 21, 26, 225), 3);
    ImGui::PushFont(fonts().mono);
    list_->AddText(ImVec2(r.Min.x + 2, r.Min.y), colour, text.c_str());
    ImGui::PopFont();
  }
  ImDrawList* list_;
  std::vector<ImRect> blocked_;
};



}  // namespace

void diagram_panel(AppState& state) {
  const Run& run = state.run;
  const View& view = state.view;
  const StepRecord* record = run.record();
  const bool phased = view.phase.has_value() && record;
  const Phase phase = phased ? *view.phase : Phase::update;
  const Direction direction = phased ? info_of(phase).direction : Direction::forward;
  const bool backward = phased && direction == Direction::backward;
  const bool updated = phased && phase == Phase::update;
  // The weights the step starts from (the update phase shows the weights it ends with).
  const Parameters& p = record ? (updated ? record->after : record->before) : run.parameters();
  const int h = p.hidden();
  // Which ReLU nodes are dead: in the network as the step left it (a step's update can kill them),
  // or, in phase mode before the update, as the step found it.
  const Parameters& now = record && phased && !updated ? record->before : run.parameters();
  const auto dead_node = [&](int i) { return run.options().activation == Activation::relu && relu_node_dead(now, i); };
  const auto touched = [&](unsigned part) { return !phased || phase_touches(view, part); };
  const auto shown = [&](Quantity q) { return reveal_of(view, q) != Reveal::hidden; };
  const bool hover_lights = view.hovered.has_value();
  const unsigned hover_parts = view.hovered ? diagram_parts_of(*view.hovered) : 0;

  const char* caption = run.mlp() ? (run.cursor() == 0 ? tr("the starting weights") : tr("the weights after this mini-batch"))
                        : !record ? tr("the starting weights")
                        : updated ? tr("the weights after the update")
                        : backward ? tr("gradients flowing back")
                        : phased ? tr("values flowing forward through the weights")
                                 : tr("weights before the last update");
  if (h <= 3) {
    ImGui::Checkbox(tr("numbers"), &state.view.edge_values);
    tooltip(tr("Write each weight (or, going back, each gradient) on its edge."));
    ImGui::SameLine();
  }
  wrapped_text(caption);
  if (run.options().activation == Activation::relu && all_relu_nodes_dead(now)) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_text(tr("Every hidden node is dead (crossed out): ReLU gives 0 for every colour, so no signal passes."));
    ImGui::PopStyleColor();
    remember_item(state, "diagram_dead");
  }
  tooltip(tr("Edges: the weights the step started from (green positive, purple negative, thicker is larger); in the backward phases, the gradients (orange positive, blue negative). Nodes: lit by the step's sample. Hover a node or an edge for its value and gradient."));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  // Many hidden nodes get room for each (the window scrolls) rather than shrinking until they overlap.
  const float per_node = ImGui::GetFontSize() * 1.7f;
  const float width = avail.x, height = std::fmax(std::fmax(avail.y, ImGui::GetFontSize() * 8), per_node * static_cast<float>(p.hidden()));
  ImGui::InvisibleButton("diagram", ImVec2(width, height));
  remember_item(state, "diagram");
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetFontSize();
  const float radius = std::fmin(line * 1.1f, height / (2.6f * static_cast<float>(h > 3 ? h : 3)));
  const bool numbers = view.edge_values && h <= 3;

  const auto column_y = [&](int i, int n) { return origin.y + height * (static_cast<float>(i) + 0.5f) / static_cast<float>(n); };
  ImVec2 in[3], hid[kMaxHidden], out;
  // In a narrow panel (projector mode) the inputs' letters and "A2" still fit inside it.
  const float first = std::fmax(width * 0.1f, radius + line * 1.3f);
  const float last = std::fmin(width * 0.86f, width - radius * 1.4f - ImGui::CalcTextSize("A2").x - line * 0.2f);
  for (int j = 0; j < 3; ++j) in[j] = ImVec2(origin.x + first, column_y(j, 3));
  for (int i = 0; i < h; ++i) hid[i] = ImVec2(origin.x + first + (last - first) * (0.44f / 0.76f), column_y(i, h));
  out = ImVec2(origin.x + last, origin.y + height * 0.5f);

  const BackwardRecord* b = record ? &record->backward : nullptr;
  // What an edge shows: its weight, or going back its gradient once the phase has computed it.
  const bool hidden_gradients = backward && b && shown(Quantity::dC_dW1);
  const bool output_gradients = backward && b && shown(Quantity::dC_dW2);
  double largest_weight = 1e-12, largest_hidden_gradient = 1e-300, largest_output_gradient = 1e-300;
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) largest_weight = std::fmax(largest_weight, std::fabs(p.w_hidden(i, j)));
    largest_weight = std::fmax(largest_weight, std::fabs(p.w_output(i)));
    if (b) {
      for (int j = 0; j < 3; ++j) largest_hidden_gradient = std::fmax(largest_hidden_gradient, std::fabs(b->dC_dW1(i, j)));
      largest_output_gradient = std::fmax(largest_output_gradient, std::fabs(b->dC_dW2(i)));
    }
  }
  // Where each layer of edges lies, for the tests' pixel checks.
  state.layout["diagram_hidden_edges"] = Rect{in[0].x + radius, origin.y, hid[0].x - radius - in[0].x - radius, height};
  state.layout["diagram_output_edges"] = Rect{hid[0].x + radius, origin.y, out.x - radius * 1.2f - hid[0].x - radius, height};
  Labels labels(list);
  const float below = numbers && phased ? line * 1.1f : 0.0f;
  for (int j = 0; j < 3; ++j) labels.avoid(in[j], radius + 2, below);
  for (int i = 0; i < h; ++i) labels.avoid(hid[i], radius + 2, below);
  labels.avoid(out, radius * 1.2f + 2, below);
  const auto width_for = [&](double v, double largest) { return 1.0f + static_cast<float>(std::fabs(v) / largest) * line * 0.45f; };

  std::string hover;
  ImVec2 hover_min, hover_max;  // what the tooltip explains, which it must not cover
  const auto hovering = [&](const std::string& text, ImVec2 centre, float reach, Quantity q) {
    hover = text;
    hover_min = ImVec2(centre.x - reach, centre.y - reach);
    hover_max = ImVec2(centre.x + reach, centre.y + reach);
    state.view.hovered_next = q;
  };
  float best = line * 0.5f;

  // A dead ReLU node passes nothing: its edges are drawn faint.
  // The edges, each layer lit, dimmed or glowing.
  const auto edge = [&](ImVec2 from, ImVec2 to, double weight, double gradient, bool gradients, double largest_gradient,
                        unsigned part, bool into_hidden, bool dead) {
    const bool on = touched(part);
    const float alpha = (on ? 1.0f : 0.22f) * (dead ? 0.3f : 1.0f);
    const ImU32 colour = gradients ? (gradient >= 0 ? kGradientPositive : kGradientNegative)
                                   : (weight >= 0 ? palette::positive : palette::negative);
    const float thickness = gradients ? width_for(gradient, largest_gradient) : width_for(weight, largest_weight);
    if (hover_lights && (hover_parts & part)) list->AddLine(from, to, faded(kGlow, 0.8f), thickness + 5);
    list->AddLine(from, to, faded(colour, alpha), thickness);
    if (phased && on && !updated) flow_arrow(list, backward ? to : from, backward ? from : to, line * 0.45f, faded(colour, 1));
    if (numbers && (on || !phased)) {
      const std::string text = number(gradients ? gradient : weight, 3);
      const ImU32 ink = faded(IM_COL32(235, 235, 235, 255), alpha);
      if (into_hidden)
        labels.along_edge(from, to, {0.3f, 0.42f, 0.22f, 0.54f, 0.66f, 0.36f, 0.48f, 0.6f, 0.72f, 0.26f, 0.33f, 0.39f, 0.45f,
                                     0.51f, 0.57f, 0.63f, 0.69f, 0.75f, 0.8f}, text, ink);
      else labels.along_edge(from, to, {0.42f, 0.3f, 0.55f}, text, ink);
    }
  };
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) {
      const double g = b ? b->dC_dW1(i, j) : 0.0;
      edge(in[j], hid[i], p.w_hidden(i, j), g, hidden_gradients, largest_hidden_gradient, kHiddenEdges, true, dead_node(i));
      const float d = distance_to_segment(mouse, in[j], hid[i]);
      if (hovered && d < best) {
        best = d;
        char text[256];
        std::snprintf(text, sizeof text, tr("w_hidden[%d][%d] = %s: weight from input %s to hidden node %d.\nIts gradient dC_dW1[%d][%d] = %s."),
                      i, j, number(p.w_hidden(i, j)).c_str(), j == 0 ? "R" : (j == 1 ? "G" : "B"), i, i, j,
                      b ? number(g).c_str() : "-");
        hovering(text, mouse, line * 0.5f, backward ? Quantity::dC_dW1 : Quantity::w_hidden);
      }
    }
    const double g = b ? b->dC_dW2(i) : 0.0;
    edge(hid[i], out, p.w_output(i), g, output_gradients, largest_output_gradient, kOutputEdges, false, dead_node(i));
    const float d = distance_to_segment(mouse, hid[i], out);
    if (hovered && d < best) {
      best = d;
      char text[256];
      std::snprintf(text, sizeof text, tr("w_output[0][%d] = %s: weight from hidden node %d to the output.\nIts gradient dC_dW2[0][%d] = %s."),
                    i, number(p.w_output(i)).c_str(), i, i, b ? number(g).c_str() : "-");
      hovering(text, mouse, line * 0.5f, backward ? Quantity::dC_dW2 : Quantity::w_output);
    }
  }

  const ImU32 ring = ImGui::GetColorU32(ImGuiCol_Text);
  const auto node_ring = [&](ImVec2 at, float r, unsigned part, float width_px) {
    if (hover_lights && (hover_parts & part)) list->AddCircle(at, r + 4, kGlow, 0, 4);
    if (phased && touched(part)) list->AddCircle(at, r + 2, kGlow, 0, 2.5f);
    list->AddCircle(at, r, ring, 0, width_px);
  };
  const char* channel[3] = {"R", "G", "B"};
  for (int j = 0; j < 3; ++j) {
    const double x = record ? record->X(j) : 0.0;
    const int v = static_cast<int>(255 * x);
    list->AddCircleFilled(in[j], radius, j == 0 ? IM_COL32(v, 0, 0, 255) : (j == 1 ? IM_COL32(0, v, 0, 255) : IM_COL32(0, 0, v, 255)));
    node_ring(in[j], radius, kInputNodes, 1.5f);
    list->AddText(ImVec2(in[j].x - radius - line * 1.1f, in[j].y - line * 0.5f), ring, channel[j]);
    if (numbers && record && phased && touched(kInputNodes) && !backward)
      labels.at(ImVec2(in[j].x, in[j].y + radius + line * 0.55f), number(x, 3), IM_COL32(235, 235, 235, 255));
    const float dx = mouse.x - in[j].x, dy = mouse.y - in[j].y;
    if (hovered && dx * dx + dy * dy < radius * radius) {
      char text[200];
      std::snprintf(text, sizeof text, tr("Input %s: X[%d] = %s, the sample's %s channel divided by 255."), channel[j], j,
                    record ? number(x).c_str() : "-", channel[j]);
      hovering(text, in[j], radius, Quantity::X);
    }
  }
  double most = 1e-12;
  if (record)
    for (int i = 0; i < h; ++i) most = std::fmax(most, std::fabs(record->forward.A1(i)));
  // A hidden node is lit by its activation once A1 is known (and the step has a sample).
  const bool activations = record && shown(Quantity::A1);
  for (int i = 0; i < h; ++i) {
    const double a1 = activations ? record->forward.A1(i) : 0.0;
    const bool dead = dead_node(i);
    list->AddCircleFilled(hid[i], radius, dead ? IM_COL32(70, 70, 74, 255) : grey(std::fabs(a1) / most));
    node_ring(hid[i], radius, kHiddenNodes | kHiddenBiases, dead ? 1.0f : 1.5f);
    char index[16];
    std::snprintf(index, sizeof index, "%d", i);
    list->AddText(ImVec2(hid[i].x - ImGui::CalcTextSize(index).x * 0.5f, hid[i].y - line * 0.5f),
                  std::fabs(a1) / most > 0.6 && !dead ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255), index);
    // A dead node is crossed out, past its rim, so it reads as dead at any size.
    if (dead) {
      const float k = radius * 1.25f;
      const ImU32 cross = ImGui::ColorConvertFloat4ToU32(palette::problem);
      list->AddLine(ImVec2(hid[i].x - k, hid[i].y - k), ImVec2(hid[i].x + k, hid[i].y + k), cross, std::fmax(2.0f, radius * 0.22f));
      list->AddLine(ImVec2(hid[i].x - k, hid[i].y + k), ImVec2(hid[i].x + k, hid[i].y - k), cross, std::fmax(2.0f, radius * 0.22f));
    }
    char name[32];
    std::snprintf(name, sizeof name, "diagram_hidden_%d", i);
    state.layout[name] = Rect{hid[i].x - radius, hid[i].y - radius, 2 * radius, 2 * radius};
    // The phase's number for the node, under it.
    if (numbers && record && phased && touched(kHiddenNodes)) {
      double v = 0;
      bool any = true;
      if (phase == Phase::Z1) v = record->forward.Z1(i);
      else if (phase == Phase::A1 || phase == Phase::Z2) v = record->forward.A1(i);
      else if (phase == Phase::dC_dA1) v = b->dC_dA1(i);
      else if (phase == Phase::dA1_dZ1) v = b->dA1_dZ1(i);
      else any = false;
      if (any) labels.at(ImVec2(hid[i].x, hid[i].y + radius + line * 0.55f), number(v, 3), kGlow);
    }
    const float dx = mouse.x - hid[i].x, dy = mouse.y - hid[i].y;
    if (hovered && dx * dx + dy * dy < radius * radius) {
      char text[320];
      if (record)
        std::snprintf(text, sizeof text, tr("Hidden node %d%s: Z1 = %s, A1 = %s.\nGradients: dC_dA1 = %s, dC_dB1 = %s."), i,
                      dead ? tr(" (dead: 0 for every colour)") : "", number(record->forward.Z1(i)).c_str(),
                      number(record->forward.A1(i)).c_str(), number(b->dC_dA1(i)).c_str(), number(b->dC_dB1(i)).c_str());
      else
        std::snprintf(text, sizeof text, tr("Hidden node %d, bias b_hidden[%d] = %s."), i, i, number(p.b_hidden(i)).c_str());
      hovering(text, hid[i], radius, backward ? Quantity::dC_dA1 : Quantity::A1);
    }
  }
  const bool answered = record && shown(Quantity::A2);
  const double a2 = answered ? record->forward.A2 : 0.5;
  list->AddCircleFilled(out, radius * 1.2f, answered ? choice_colour(a2) : IM_COL32(60, 62, 70, 255));
  node_ring(out, radius * 1.2f, kOutputNode | kOutputBias, 1.5f);
  list->AddText(ImVec2(out.x + radius * 1.4f, out.y - line * 0.5f), ring, "A2");
  if (numbers && record && phased && touched(kOutputNode)) {
    const std::pair<Phase, double> values[] = {{Phase::Z2, record->forward.Z2}, {Phase::A2, record->forward.A2},
                                                {Phase::C, record->C},          {Phase::dC_dA2, b->dC_dA2},
                                                {Phase::dA2_dZ2, b->dA2_dZ2}};
    for (const auto& [when, v] : values)
      if (when == phase) labels.at(ImVec2(out.x, out.y + radius * 1.2f + line * 0.55f), number(v, 3), kGlow);
  }
  const float dx = mouse.x - out.x, dy = mouse.y - out.y;
  if (hovered && dx * dx + dy * dy < radius * radius * 1.44f) {
    char text[320];
    if (record)
      std::snprintf(text, sizeof text, tr("Output: Z2 = %s, A2 = %s (%s).\nGradients: dC_dA2 = %s, dC_dB2 = %s."),
                    number(record->forward.Z2).c_str(), number(record->forward.A2).c_str(),
                    is_dark(record->forward.A2) ? tr("dark text") : tr("light text"), number(b->dC_dA2).c_str(),
                    number(b->dC_dB2).c_str());
    else
      std::snprintf(text, sizeof text, tr("Output node, bias b_output = %s."), number(p.b_output).c_str());
    hovering(text, out, radius * 1.2f, backward ? Quantity::dC_dA2 : Quantity::A2);
  }
  remember_window(state, "network_panel", "network_scroll");  // many hidden nodes scroll
  if (!hover.empty()) show_tooltip(hover.c_str(), hover_min, hover_max);
}

}  // namespace fontshade::app
