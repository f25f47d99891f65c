// 5. The network as a diagram: inputs, hidden nodes, output. Edge colour by the weight's sign, width
// by its size; node fill by its activation in the current step; hover for value and gradient.
#include <cmath>
#include <cstdio>
#include <string>

#include "format.hpp"
#include "network.hpp"
#include "panels.hpp"
#include "strings.hpp"
#include "widgets.hpp"

namespace fontshade::app {
namespace {

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

// The output's fill: blue towards light text, orange towards dark text.
ImU32 choice_colour(double a2) {
  if (!is_finite(a2)) return IM_COL32(255, 0, 0, 255);
  const ImVec4 light = ImGui::ColorConvertU32ToFloat4(palette::chose_light);
  const ImVec4 dark = ImGui::ColorConvertU32ToFloat4(palette::chose_dark);
  const float t = static_cast<float>(a2);
  return ImGui::ColorConvertFloat4ToU32(ImVec4(light.x + (dark.x - light.x) * t, light.y + (dark.y - light.y) * t,
                                               light.z + (dark.z - light.z) * t, 1.0f));
}

}  // namespace

void diagram_panel(AppState& state) {
  const Trainer& t = state.run.trainer();
  const auto& record = t.last_record();
  // Before the first step there is no sample: show the weights alone.
  const Parameters& p = record ? record->before : t.parameters();
  const int h = p.hidden();
  ImGui::TextColored(palette::muted, "%s",
                     record ? tr("weights before the last update") : tr("the starting weights"));
  tooltip(tr("Edges: the weights the last step started from (green positive, purple negative, thicker is larger). Nodes: lit by that step's sample. Hover a node or an edge for its value and gradient."));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float width = avail.x, height = std::fmax(avail.y, ImGui::GetFontSize() * 8);
  ImGui::InvisibleButton("diagram", ImVec2(width, height));
  remember_item(state, "diagram");
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetFontSize();
  const float radius = std::fmin(line * 1.1f, height / (2.6f * static_cast<float>(h > 3 ? h : 3)));

  const auto column_y = [&](int i, int n) { return origin.y + height * (static_cast<float>(i) + 0.5f) / static_cast<float>(n); };
  ImVec2 in[3], hid[kMaxHidden], out;
  for (int j = 0; j < 3; ++j) in[j] = ImVec2(origin.x + width * 0.12f, column_y(j, 3));
  for (int i = 0; i < h; ++i) hid[i] = ImVec2(origin.x + width * 0.5f, column_y(i, h));
  out = ImVec2(origin.x + width * 0.86f, origin.y + height * 0.5f);

  double largest = 1e-12;
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) largest = std::fmax(largest, std::fabs(p.w_hidden(i, j)));
    largest = std::fmax(largest, std::fabs(p.w_output(i)));
  }
  const auto edge_width = [&](double w) { return 1.0f + static_cast<float>(std::fabs(w) / largest) * line * 0.45f; };
  std::string hover;
  ImVec2 hover_min, hover_max;  // what the tooltip explains, which it must not cover
  const auto hovering = [&](const char* text, ImVec2 centre, float reach) {
    hover = text;
    hover_min = ImVec2(centre.x - reach, centre.y - reach);
    hover_max = ImVec2(centre.x + reach, centre.y + reach);
  };
  float best = line * 0.5f;
  const BackwardRecord* b = record ? &record->backward : nullptr;
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) {
      const double w = p.w_hidden(i, j);
      list->AddLine(in[j], hid[i], w >= 0 ? palette::positive : palette::negative, edge_width(w));
      const float d = distance_to_segment(mouse, in[j], hid[i]);
      if (hovered && d < best) {
        best = d;
        char text[256];
        std::snprintf(text, sizeof text, tr("w_hidden[%d][%d] = %s: weight from input %s to hidden node %d.\nIts gradient dC_dW1[%d][%d] = %s."),
                      i, j, number(w).c_str(), j == 0 ? "R" : (j == 1 ? "G" : "B"), i, i, j,
                      b ? number(b->dC_dW1(i, j)).c_str() : "-");
        hovering(text, mouse, line * 0.5f);
      }
    }
    const double w = p.w_output(i);
    list->AddLine(hid[i], out, w >= 0 ? palette::positive : palette::negative, edge_width(w));
    const float d = distance_to_segment(mouse, hid[i], out);
    if (hovered && d < best) {
      best = d;
      char text[256];
      std::snprintf(text, sizeof text, tr("w_output[0][%d] = %s: weight from hidden node %d to the output.\nIts gradient dC_dW2[0][%d] = %s."),
                    i, number(w).c_str(), i, i, b ? number(b->dC_dW2(i)).c_str() : "-");
      hovering(text, mouse, line * 0.5f);
    }
  }

  const ImU32 ring = ImGui::GetColorU32(ImGuiCol_Text);
  const char* channel[3] = {"R", "G", "B"};
  for (int j = 0; j < 3; ++j) {
    const double x = record ? record->X(j) : 0.0;
    const int v = static_cast<int>(255 * x);
    list->AddCircleFilled(in[j], radius, j == 0 ? IM_COL32(v, 0, 0, 255) : (j == 1 ? IM_COL32(0, v, 0, 255) : IM_COL32(0, 0, v, 255)));
    list->AddCircle(in[j], radius, ring, 0, 1.5f);
    list->AddText(ImVec2(in[j].x - radius - line * 1.1f, in[j].y - line * 0.5f), ring, channel[j]);
    const float dx = mouse.x - in[j].x, dy = mouse.y - in[j].y;
    if (hovered && dx * dx + dy * dy < radius * radius) {
      char text[200];
      std::snprintf(text, sizeof text, tr("Input %s: X[%d] = %s, the sample's %s channel divided by 255."), channel[j], j,
                    record ? number(x).c_str() : "-", channel[j]);
      hovering(text, in[j], radius);
    }
  }
  double most = 1e-12;
  if (record)
    for (int i = 0; i < h; ++i) most = std::fmax(most, std::fabs(record->forward.A1(i)));
  for (int i = 0; i < h; ++i) {
    const double a1 = record ? record->forward.A1(i) : 0.0;
    const bool dead = t.options().activation == Activation::relu && relu_node_dead(p, i);
    list->AddCircleFilled(hid[i], radius, dead ? IM_COL32(30, 30, 30, 255) : grey(std::fabs(a1) / most));
    list->AddCircle(hid[i], radius, dead ? IM_COL32(120, 120, 120, 255) : ring, 0, dead ? 1.0f : 1.5f);
    char label[16];
    std::snprintf(label, sizeof label, "%d", i);
    list->AddText(ImVec2(hid[i].x - ImGui::CalcTextSize(label).x * 0.5f, hid[i].y - line * 0.5f),
                  std::fabs(a1) / most > 0.6 && !dead ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255), label);
    const float dx = mouse.x - hid[i].x, dy = mouse.y - hid[i].y;
    if (hovered && dx * dx + dy * dy < radius * radius) {
      char text[320];
      if (record)
        std::snprintf(text, sizeof text, tr("Hidden node %d%s: Z1 = %s, A1 = %s.\nGradients: dC_dA1 = %s, dC_dB1 = %s."), i,
                      dead ? tr(" (dead: 0 for every colour)") : "", number(record->forward.Z1(i)).c_str(),
                      number(a1).c_str(), number(b->dC_dA1(i)).c_str(), number(b->dC_dB1(i)).c_str());
      else
        std::snprintf(text, sizeof text, tr("Hidden node %d, bias b_hidden[%d] = %s."), i, i, number(p.b_hidden(i)).c_str());
      hovering(text, hid[i], radius);
    }
  }
  const double a2 = record ? record->forward.A2 : 0.5;
  list->AddCircleFilled(out, radius * 1.2f, choice_colour(a2));
  list->AddCircle(out, radius * 1.2f, ring, 0, 1.5f);
  list->AddText(ImVec2(out.x + radius * 1.4f, out.y - line * 0.5f), ring, "A2");
  const float dx = mouse.x - out.x, dy = mouse.y - out.y;
  if (hovered && dx * dx + dy * dy < radius * radius * 1.44f) {
    char text[320];
    if (record)
      std::snprintf(text, sizeof text, tr("Output: Z2 = %s, A2 = %s (%s).\nGradients: dC_dA2 = %s, dC_dB2 = %s."),
                    number(record->forward.Z2).c_str(), number(a2).c_str(), is_dark(a2) ? tr("dark text") : tr("light text"),
                    number(b->dC_dA2).c_str(), number(b->dC_dB2).c_str());
    else
      std::snprintf(text, sizeof text, tr("Output node, bias b_output = %s."), number(p.b_output).c_str());
    hovering(text, out, radius * 1.2f);
  }
  if (!hover.empty()) show_tooltip(hover.c_str(), hover_min, hover_max);
}

}  // namespace fontshade::app
