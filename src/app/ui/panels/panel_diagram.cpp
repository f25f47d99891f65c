// 5. The network as a diagram: inputs, hidden nodes, output. Outside phase mode: edge colour by the
// weight's sign, width by its size, nodes lit by the step's activations. In phase mode the diagram
// follows the phase: forward phases light what the values flow through, left to right; backward phases
// colour and size the edges by their gradient, right to left; the update shows the new weights. In a
// 3-3-1 network every edge can carry its number. Hovering a part tells the formulas, and a formula
// hovered lights its part here. What goes where is layout/diagram_layout's (no pixels, tested); this
// file draws it and says what the pointer is over.
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#include "app/layout/diagram_layout.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/ui/widgets.hpp"
#include "core/network/network.hpp"

namespace fontshade::app {
namespace {

// Gradients get their own pair of colours (Okabe-Ito vermillion and sky blue), apart from the weights'.
constexpr ImU32 kGradientPositive = IM_COL32(213, 94, 0, 255);
constexpr ImU32 kGradientNegative = IM_COL32(86, 180, 233, 255);
constexpr ImU32 kGlow = IM_COL32(255, 214, 90, 255);
constexpr ImU32 kInk = IM_COL32(235, 235, 235, 255);

ImVec2 im(Point p) { return ImVec2(p.x, p.y); }

Rect united(const Rect& a, const Rect& b) {
  const float x0 = std::fmin(a.x, b.x), y0 = std::fmin(a.y, b.y);
  return Rect{x0, y0, std::fmax(a.x + a.w, b.x + b.w) - x0, std::fmax(a.y + a.h, b.y + b.h) - y0};
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

// A chevron at fraction t of an edge, pointing the way the numbers flow (from `from` to `to`).
void flow_arrow(ImDrawList* list, ImVec2 from, ImVec2 to, float t, float size, ImU32 colour) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float length = std::sqrt(dx * dx + dy * dy) + 1e-6f;
  const float ux = dx / length, uy = dy / length;
  const ImVec2 tip(from.x + dx * t + ux * size * 0.6f, from.y + dy * t + uy * size * 0.6f);
  list->AddTriangleFilled(tip, ImVec2(tip.x - ux * size - uy * size * 0.6f, tip.y - uy * size + ux * size * 0.6f),
                          ImVec2(tip.x - ux * size + uy * size * 0.6f, tip.y - uy * size - ux * size * 0.6f), colour);
}

float mono_width(std::string_view text) {
  ImGui::PushFont(fonts().mono);
  const float w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  ImGui::PopFont();
  return w;
}

// The room left in the panel, and the type as ImGui has it.
DiagramFrame frame_here() {
  const ImVec2 origin = ImGui::GetCursorScreenPos(), avail = ImGui::GetContentRegionAvail();
  DiagramFrame frame;
  frame.box = Rect{origin.x, origin.y, avail.x, avail.y};
  frame.line = ImGui::GetFontSize();
  frame.mono = mono_width;
  frame.text = [](std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; };
  return frame;
}

// What the parts of the diagram light: the view's hovered formula, as DiagramPart bits.
struct Lights {
  bool on = false;
  unsigned parts = 0;
};

// The "numbers" box, the caption, and the warning when every hidden node is dead.
void header(AppState& state) {
  const DiagramCaption caption = diagram_caption(state.run, state.view);
  if (state.run.parameters().hidden() <= 3) {
    ImGui::Checkbox(tr("numbers"), &state.view.edge_values);
    tooltip(tr("Write each weight (or, going back, each gradient) on its edge."));
    ImGui::SameLine();
  }
  wrapped_text(tr(caption.english));
  if (caption.all_dead) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_text(tr("Every hidden node is dead (crossed out): ReLU gives 0 for every colour, so no signal passes."));
    ImGui::PopStyleColor();
    remember_item(state, "diagram_dead");
  }
  tooltip(tr("Edges: the weights the step started from (green positive, purple negative, thicker is larger); in the backward phases, the gradients (orange positive, blue negative). Nodes: lit by the step's sample. Hover a node or an edge for its value and gradient."));
}

// A number on its dark box (the box hugs the digits: the line of type is a little taller).
void draw_label(ImDrawList* list, const DiagramLabel& label, ImU32 colour) {
  const Rect& r = label.rect;
  list->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), IM_COL32(20, 21, 26, 225), 3);
  ImGui::PushFont(fonts().mono);
  list->AddText(ImVec2(r.x + 2, r.y - (ImGui::GetFontSize() - r.h) * 0.5f), colour, label.text.c_str());
  ImGui::PopFont();
}

// The edges, each layer lit, dimmed or glowing; a dead ReLU node's edges faint.
void draw_edges(ImDrawList* list, const DiagramLayout& d, Lights lights, float line) {
  for (int k = 0; k < static_cast<int>(d.edges.size()); ++k) {
    const DiagramEdge& e = d.edges[static_cast<std::size_t>(k)];
    const ImVec2 from = im(d.nodes[static_cast<std::size_t>(e.from)].centre), to = im(d.nodes[static_cast<std::size_t>(e.to)].centre);
    const float alpha = (e.lit ? 1.0f : 0.22f) * (e.dead ? 0.3f : 1.0f);
    const ImU32 colour = e.shows_gradient ? (e.gradient >= 0 ? kGradientPositive : kGradientNegative)
                                          : (e.weight >= 0 ? palette::positive : palette::negative);
    if (lights.on && (lights.parts & e.part)) list->AddLine(from, to, faded(kGlow, 0.8f), e.thickness + 5);
    list->AddLine(from, to, faded(colour, alpha), e.thickness);
    if (e.arrow) flow_arrow(list, d.backward ? to : from, d.backward ? from : to, d.backward ? 1 - e.arrow_at : e.arrow_at, line * 0.45f, faded(colour, 1));
  }
}

// A node's rings: glowing when a hovered formula lights it, lit when the phase computes it.
void node_ring(ImDrawList* list, const DiagramNode& n, Lights lights, float width) {
  const ImVec2 at = im(n.centre);
  if (lights.on && (lights.parts & n.part)) list->AddCircle(at, n.radius + 4, kGlow, 0, 4);
  if (n.ringed) list->AddCircle(at, n.radius + 2, kGlow, 0, 2.5f);
  list->AddCircle(at, n.radius, ImGui::GetColorU32(ImGuiCol_Text), 0, width);
}

// A hidden node: grey by its activation, its number inside, crossed out past its rim when dead (so it
// reads as dead at any size).
void draw_hidden(ImDrawList* list, const DiagramNode& n, Lights lights, float line) {
  const ImVec2 c = im(n.centre);
  list->AddCircleFilled(c, n.radius, n.dead ? IM_COL32(70, 70, 74, 255) : grey(n.level));
  node_ring(list, n, lights, n.dead ? 1.0f : 1.5f);
  char index[16];
  std::snprintf(index, sizeof index, "%d", n.index);
  list->AddText(ImVec2(c.x - ImGui::CalcTextSize(index).x * 0.5f, c.y - line * 0.5f),
                n.level > 0.6 && !n.dead ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255), index);
  if (!n.dead) return;
  const float k = n.radius * 1.25f, width = std::fmax(2.0f, n.radius * 0.22f);
  const ImU32 cross = ImGui::ColorConvertFloat4ToU32(palette::problem);
  list->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), cross, width);
  list->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), cross, width);
}

// The nodes: the inputs in the sample's channels, the hidden nodes, the output in the network's choice.
void draw_nodes(ImDrawList* list, const DiagramLayout& d, Lights lights, float line) {
  const ImU32 ring = ImGui::GetColorU32(ImGuiCol_Text);
  for (int k = 0; k < static_cast<int>(d.nodes.size()); ++k) {
    const DiagramNode& n = d.nodes[static_cast<std::size_t>(k)];
    if (n.kind == NodeKind::input) {
      const int v = static_cast<int>(255 * n.value);
      list->AddCircleFilled(im(n.centre), n.radius, n.index == 0 ? IM_COL32(v, 0, 0, 255) : (n.index == 1 ? IM_COL32(0, v, 0, 255) : IM_COL32(0, 0, v, 255)));
      node_ring(list, n, lights, 1.5f);
      list->AddText(ImVec2(n.name.x, n.name.y), ring, n.index == 0 ? "R" : (n.index == 1 ? "G" : "B"));
    } else if (n.kind == NodeKind::hidden) {
      draw_hidden(list, n, lights, line);
    } else {
      list->AddCircleFilled(im(n.centre), n.radius, n.known ? choice_colour(n.value) : IM_COL32(60, 62, 70, 255));
      node_ring(list, n, lights, 1.5f);
      list->AddText(ImVec2(n.name.x, n.name.y), ring, "A2");
    }
  }
}

// The numbers, over the edges and nodes (each covers only its own edge): an edge's in its edge's
// light, a node's in amber (the inputs' in white); a number with no room only while the pointer is on
// its edge or node.
void draw_labels(ImDrawList* list, const DiagramLayout& d, DiagramHit pointed) {
  for (const DiagramLabel& label : d.labels) {
    if (!label.placed && !((label.edge >= 0 && label.edge == pointed.edge) || (label.node >= 0 && label.node == pointed.node))) continue;
    if (label.edge >= 0) {
      const DiagramEdge& e = d.edges[static_cast<std::size_t>(label.edge)];
      draw_label(list, label, faded(kInk, (e.lit ? 1.0f : 0.22f) * (e.dead ? 0.3f : 1.0f)));
    } else {
      draw_label(list, label, d.nodes[static_cast<std::size_t>(label.node)].kind == NodeKind::input ? kInk : kGlow);
    }
  }
}

// Where the diagram's parts are, for layout() and the tests: the edge layers, each node, each number
// (diagram_label_*; a number shown on hover only: diagram_hover_*).
void remember_parts(AppState& state, const DiagramLayout& d) {
  const DiagramNode &in = d.nodes[0], &hid = d.nodes[3], &out = d.output();
  state.layout["diagram_hidden_edges"] = Rect{in.centre.x + in.radius, d.box.y, hid.centre.x - hid.radius - in.centre.x - in.radius, d.box.h};
  state.layout["diagram_output_edges"] = Rect{hid.centre.x + hid.radius, d.box.y, out.centre.x - out.radius - hid.centre.x - hid.radius, d.box.h};
  for (const DiagramNode& n : d.nodes)
    state.layout[n.kind == NodeKind::input ? "diagram_input_" + std::to_string(n.index)
                 : n.kind == NodeKind::hidden ? "diagram_hidden_" + std::to_string(n.index) : std::string("diagram_output")] = n.bounds();
  for (const DiagramLabel& label : d.labels) state.layout[(label.placed ? "diagram_label_" : "diagram_hover_") + label.name] = label.rect;
  if (!d.hint.empty()) state.layout["diagram_hint"] = d.hint_rect;
}

// What an edge's tooltip says, and the quantity it lights in the formulas.
std::string edge_tooltip(const DiagramLayout& d, const DiagramEdge& e, std::optional<Quantity>* lit) {
  char text[320];
  const std::string g = e.has_gradient ? number(e.gradient) : "-";
  if (e.input >= 0)
    std::snprintf(text, sizeof text, tr("w_hidden[%d][%d] = %s: weight from input %s to hidden node %d.\nIts gradient dC_dW1[%d][%d] = %s."),
                  e.hidden, e.input, number(e.weight).c_str(), e.input == 0 ? "R" : (e.input == 1 ? "G" : "B"), e.hidden, e.hidden, e.input, g.c_str());
  else
    std::snprintf(text, sizeof text, tr("w_output[0][%d] = %s: weight from hidden node %d to the output.\nIts gradient dC_dW2[0][%d] = %s."),
                  e.hidden, number(e.weight).c_str(), e.hidden, e.hidden, g.c_str());
  *lit = e.input >= 0 ? (d.backward ? Quantity::dC_dW1 : Quantity::w_hidden) : (d.backward ? Quantity::dC_dW2 : Quantity::w_output);
  return text;
}

// What a node's tooltip says (its values at the step, or before the first step its bias), and the
// quantity it lights in the formulas.
std::string node_tooltip(const AppState& state, const DiagramLayout& d, const DiagramNode& n, std::optional<Quantity>* lit) {
  char text[320];
  const StepRecord* r = state.run.record();
  const Parameters& p = state.run.parameters();
  const char* channel = n.index == 0 ? "R" : (n.index == 1 ? "G" : "B");
  if (n.kind == NodeKind::input)
    std::snprintf(text, sizeof text, tr("Input %s: X[%d] = %s, the sample's %s channel divided by 255."), channel, n.index,
                  n.known ? number(n.value).c_str() : "-", channel);
  else if (n.kind == NodeKind::hidden && r)
    std::snprintf(text, sizeof text, tr("Hidden node %d%s: Z1 = %s, A1 = %s.\nGradients: dC_dA1 = %s, dC_dB1 = %s."), n.index,
                  n.dead ? tr(" (dead: 0 for every colour)") : "", number(r->forward.Z1(n.index)).c_str(),
                  number(r->forward.A1(n.index)).c_str(), number(r->backward.dC_dA1(n.index)).c_str(), number(r->backward.dC_dB1(n.index)).c_str());
  else if (n.kind == NodeKind::hidden)
    std::snprintf(text, sizeof text, tr("Hidden node %d, bias b_hidden[%d] = %s."), n.index, n.index, number(p.b_hidden(n.index)).c_str());
  else if (r)
    std::snprintf(text, sizeof text, tr("Output: Z2 = %s, A2 = %s (%s).\nGradients: dC_dA2 = %s, dC_dB2 = %s."), number(r->forward.Z2).c_str(),
                  number(r->forward.A2).c_str(), is_dark(r->forward.A2) ? tr("dark text") : tr("light text"),
                  number(r->backward.dC_dA2).c_str(), number(r->backward.dC_dB2).c_str());
  else
    std::snprintf(text, sizeof text, tr("Output node, bias b_output = %s."), number(p.b_output).c_str());
  *lit = n.kind == NodeKind::input ? Quantity::X
         : n.kind == NodeKind::hidden ? (d.backward ? Quantity::dC_dA1 : Quantity::A1) : (d.backward ? Quantity::dC_dA2 : Quantity::A2);
  return text;
}

// What the pointer is over: its tooltip's text and the region the tooltip must not cover (with the
// part's number when it shows only now); the formula that part lights (next frame).
std::string hover(AppState& state, const DiagramLayout& d, DiagramHit hit, Rect* region) {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float line = ImGui::GetFontSize();
  if (hit.edge >= 0) {
    *region = Rect{mouse.x - line * 0.5f, mouse.y - line * 0.5f, line, line};
    return edge_tooltip(d, d.edges[static_cast<std::size_t>(hit.edge)], &state.view.hovered_next);
  }
  if (hit.node < 0) return std::string();
  const DiagramNode& n = d.nodes[static_cast<std::size_t>(hit.node)];
  *region = n.bounds();
  return node_tooltip(state, d, n, &state.view.hovered_next);
}

}  // namespace

void diagram_panel(AppState& state) {
  header(state);
  const DiagramLayout d = layout_diagram(state.run, state.view, frame_here());
  ImGui::InvisibleButton("diagram", ImVec2(d.box.w, d.box.h));
  remember_item(state, "diagram");
  const bool hovered = ImGui::IsItemHovered();
  remember_parts(state, d);
  const Lights lights{state.view.hovered.has_value(), state.view.hovered ? diagram_parts_of(*state.view.hovered) : 0u};
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float line = ImGui::GetFontSize();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const DiagramHit hit = hovered ? hit_test(d, Point{mouse.x, mouse.y}, line * 0.5f) : DiagramHit{};
  draw_edges(list, d, lights, line);
  draw_nodes(list, d, lights, line);
  draw_labels(list, d, hit);
  if (!d.hint.empty()) list->AddText(ImVec2(d.hint_rect.x, d.hint_rect.y), ImGui::GetColorU32(palette::muted), d.hint.c_str());
  Rect region;
  const std::string text = hovered ? hover(state, d, hit, &region) : std::string();
  for (const DiagramLabel& label : d.labels)  // a number shown only now is not covered by the tooltip either
    if (!label.placed && ((label.edge >= 0 && label.edge == hit.edge) || (label.node >= 0 && label.node == hit.node)))
      region = united(region, label.rect);
  remember_window(state, "network_panel", "network_scroll");  // many hidden nodes scroll
  if (!text.empty()) show_tooltip(text.c_str(), ImVec2(region.x, region.y), ImVec2(region.x + region.w, region.y + region.h));
}

}  // namespace fontshade::app
