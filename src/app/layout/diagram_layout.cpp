// The diagram's nodes, edges and numbers at the view's phase, without pixels (where the numbers
// stand: diagram_labels.cpp).
#include "app/layout/diagram_layout.hpp"

#include <cmath>

#include "app/state/view.hpp"
#include "app/text/strings.hpp"  // tr_later
#include "core/base/number_text.hpp"
#include "core/network/network.hpp"
#include "core/network/run.hpp"

namespace fontshade::app {

namespace {

// How the view's phase stands for the diagram: which parameters it draws, what is lit and shown.
struct PhaseView {
  const Run& run;
  const View& view;
  const StepRecord* record;
  bool phased, backward, updated;
  Phase phase;
  PhaseView(const Run& r, const View& v)
      : run(r), view(v), record(r.record()), phased(v.phase.has_value() && record), backward(false), updated(false),
        phase(phased ? *v.phase : Phase::update) {
    backward = phased && info_of(phase).direction == Direction::backward;
    updated = phased && phase == Phase::update;
  }
  // The weights the step starts from (the update phase shows the weights it ends with).
  const Parameters& parameters() const { return record ? (updated ? record->after : record->before) : run.parameters(); }
  // Which ReLU nodes are dead: in the network as the step left it (a step's update can kill them),
  // or, in phase mode before the update, as the step found it.
  const Parameters& now() const { return record && phased && !updated ? record->before : run.parameters(); }
  bool relu() const { return run.options().activation == Activation::relu; }
  bool dead(int i) const { return relu() && relu_node_dead(now(), i); }
  bool touched(unsigned part) const { return !phased || phase_touches(view, part); }
  bool shown(Quantity q) const { return reveal_of(view, q) != Reveal::hidden; }
};

DiagramNode node(NodeKind kind, int index, Point centre, float radius) {
  DiagramNode n;
  n.kind = kind, n.index = index, n.centre = centre, n.radius = radius;
  return n;
}

// Where the nodes go: the inputs in a column on the left, the hidden nodes in the middle, the output
// on the right; many hidden nodes get room each (the box grows and the panel scrolls) rather than
// shrinking until they overlap.
void place_nodes(DiagramLayout& d, const DiagramFrame& frame, int h) {
  const float line = frame.line, width = frame.box.w;
  const float height = std::fmax(std::fmax(frame.box.h, line * 8), line * 1.7f * static_cast<float>(h));
  d.box = Rect{frame.box.x, frame.box.y, width, height};
  const float radius = std::fmin(line * 1.1f, height / (2.6f * static_cast<float>(h > 3 ? h : 3)));
  const auto column_y = [&](int i, int n) { return frame.box.y + height * (static_cast<float>(i) + 0.5f) / static_cast<float>(n); };
  // In a narrow panel (projector mode) the inputs' letters and "A2" still fit inside it.
  const float a2 = frame.text("A2");
  const float first = std::fmax(width * 0.1f, radius + line * 1.3f);
  const float last = std::fmin(width * 0.86f, width - radius * 1.4f - a2 - line * 0.2f);
  const char* letters[3] = {"R", "G", "B"};
  for (int j = 0; j < 3; ++j) {
    DiagramNode n = node(NodeKind::input, j, Point{frame.box.x + first, column_y(j, 3)}, radius);
    n.name = Rect{n.centre.x - radius - line * 1.1f, n.centre.y - line * 0.5f, frame.text(letters[j]), line};
    n.part = kInputNodes;
    d.nodes.push_back(n);
  }
  for (int i = 0; i < h; ++i) {
    DiagramNode n = node(NodeKind::hidden, i, Point{frame.box.x + first + (last - first) * (0.44f / 0.76f), column_y(i, h)}, radius);
    n.part = kHiddenNodes | kHiddenBiases;
    d.nodes.push_back(n);
  }
  DiagramNode out = node(NodeKind::output, 0, Point{frame.box.x + last, frame.box.y + height * 0.5f}, radius * 1.2f);
  out.name = Rect{out.centre.x + radius * 1.4f, out.centre.y - line * 0.5f, a2, line};
  out.part = kOutputNode | kOutputBias;
  d.nodes.push_back(out);
}

// How each node looks: lit by the sample (inputs), by its activation (hidden), by A2 (output).
void fill_nodes(DiagramLayout& d, const PhaseView& v) {
  const StepRecord* r = v.record;
  double most = 1e-12;
  if (r)
    for (int i = 0; i < r->forward.A1.size(); ++i) most = std::fmax(most, std::fabs(r->forward.A1(i)));
  // A hidden node is lit by its activation once A1 is known (and the step has a sample).
  const bool activations = r && v.shown(Quantity::A1);
  for (DiagramNode& n : d.nodes) {
    n.ringed = v.phased && v.touched(n.part);
    if (n.kind == NodeKind::input) {
      n.known = r != nullptr;
      n.value = r ? r->X(n.index) : 0.0;
    } else if (n.kind == NodeKind::hidden) {
      n.known = activations;
      n.value = activations ? r->forward.A1(n.index) : 0.0;
      n.level = std::fabs(n.value) / most;
      n.dead = v.dead(n.index);
    } else {
      n.known = r && v.shown(Quantity::A2);
      n.value = n.known ? r->forward.A2 : 0.5;
    }
  }
}

// The edges: each weight, its gradient, and how the phase draws them (thicker is larger).
void add_edges(DiagramLayout& d, const PhaseView& v, float line) {
  const Parameters& p = v.parameters();
  const int h = p.hidden();
  const BackwardRecord* b = v.record ? &v.record->backward : nullptr;
  // What an edge shows: its weight, or going back its gradient once the phase has computed it.
  const bool hidden_gradients = v.backward && b && v.shown(Quantity::dC_dW1);
  const bool output_gradients = v.backward && b && v.shown(Quantity::dC_dW2);
  double largest_weight = 1e-12, largest_hidden_gradient = 1e-300, largest_output_gradient = 1e-300;
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) largest_weight = std::fmax(largest_weight, std::fabs(p.w_hidden(i, j)));
    largest_weight = std::fmax(largest_weight, std::fabs(p.w_output(i)));
    if (b) {
      for (int j = 0; j < 3; ++j) largest_hidden_gradient = std::fmax(largest_hidden_gradient, std::fabs(b->dC_dW1(i, j)));
      largest_output_gradient = std::fmax(largest_output_gradient, std::fabs(b->dC_dW2(i)));
    }
  }
  const auto width_for = [&](double value, double largest) { return 1.0f + static_cast<float>(std::fabs(value) / largest) * line * 0.45f; };
  const auto edge = [&](int from, int to, int i, int j) {
    DiagramEdge e;
    e.from = from, e.to = to, e.hidden = i, e.input = j;
    e.part = j >= 0 ? kHiddenEdges : kOutputEdges;
    e.weight = j >= 0 ? p.w_hidden(i, j) : p.w_output(i);
    e.has_gradient = b != nullptr;
    e.gradient = b ? (j >= 0 ? b->dC_dW1(i, j) : b->dC_dW2(i)) : 0.0;
    e.shows_gradient = j >= 0 ? hidden_gradients : output_gradients;
    e.lit = v.touched(e.part);
    e.arrow = v.phased && e.lit && !v.updated;
    e.dead = v.dead(i);
    e.thickness = e.shows_gradient ? width_for(e.gradient, j >= 0 ? largest_hidden_gradient : largest_output_gradient)
                                   : width_for(e.weight, largest_weight);
    d.edges.push_back(e);
  };
  const int output = static_cast<int>(d.nodes.size()) - 1;
  for (int i = 0; i < h; ++i) {
    for (int j = 0; j < 3; ++j) edge(j, 3 + i, i, j);
    edge(3 + i, output, i, -1);
  }
}

// The phase's number for a node, if it has one: X at the forward phases, Z1, A1, dC_dA1, dA1_dZ1 for
// the hidden nodes, Z2, A2, C, dC_dA2, dA2_dZ2 for the output.
bool node_number(const PhaseView& v, const DiagramNode& n, double* value) {
  const StepRecord* r = v.record;
  if (!r || !v.phased) return false;
  const Phase p = v.phase;
  if (n.kind == NodeKind::input) {
    *value = r->X(n.index);
    return v.touched(kInputNodes) && !v.backward;
  }
  if (!v.touched(n.kind == NodeKind::hidden ? kHiddenNodes : kOutputNode)) return false;
  if (n.kind == NodeKind::hidden) {
    const int i = n.index;
    if (p == Phase::Z1) *value = r->forward.Z1(i);
    else if (p == Phase::A1 || p == Phase::Z2) *value = r->forward.A1(i);
    else if (p == Phase::dC_dA1) *value = r->backward.dC_dA1(i);
    else if (p == Phase::dA1_dZ1) *value = r->backward.dA1_dZ1(i);
    else return false;
    return true;
  }
  const std::pair<Phase, double> values[] = {{Phase::Z2, r->forward.Z2}, {Phase::A2, r->forward.A2}, {Phase::C, r->C},
                                             {Phase::dC_dA2, r->backward.dC_dA2}, {Phase::dA2_dZ2, r->backward.dA2_dZ2}};
  for (const auto& [when, x] : values)
    if (when == p) *value = x;
  return p == Phase::Z2 || p == Phase::A2 || p == Phase::C || p == Phase::dC_dA2 || p == Phase::dA2_dZ2;
}

// The numbers to write: every lit edge's, and the phase's number for each node that has one.
void add_numbers(DiagramLayout& d, const PhaseView& v) {
  for (int k = 0; k < static_cast<int>(d.nodes.size()); ++k) {
    const DiagramNode& n = d.nodes[static_cast<std::size_t>(k)];
    DiagramLabel label;
    if (!node_number(v, n, &label.value)) continue;
    label.node = k;
    label.name = n.kind == NodeKind::input ? "X_" + std::to_string(n.index)
                 : n.kind == NodeKind::hidden ? "hidden_" + std::to_string(n.index) : "output";
    d.labels.push_back(label);
  }
  for (int k = 0; k < static_cast<int>(d.edges.size()); ++k) {
    const DiagramEdge& e = d.edges[static_cast<std::size_t>(k)];
    if (!e.lit) continue;
    DiagramLabel label;
    label.edge = k;
    label.value = e.shown();
    label.name = e.input >= 0 ? "w_hidden_" + std::to_string(e.hidden) + "_" + std::to_string(e.input)
                              : "w_output_" + std::to_string(e.hidden);
    d.labels.push_back(label);
  }
}

}  // namespace

DiagramLayout layout_diagram(const Run& run, const View& view, const DiagramFrame& frame) {
  const PhaseView v(run, view);
  DiagramLayout d;
  const int h = v.parameters().hidden();
  place_nodes(d, frame, h);
  fill_nodes(d, v);
  add_edges(d, v, frame.line);
  d.phased = v.phased;
  d.backward = v.backward;
  // Every edge can carry its number in a 3-3-1 network (the "numbers" box); more would be a thicket.
  d.numbers = view.edge_values && h <= 3;
  if (d.numbers) {
    add_numbers(d, v);
    place_labels(d, frame);
  }
  return d;
}

DiagramCaption diagram_caption(const Run& run, const View& view) {
  const PhaseView v(run, view);
  const char* caption = run.mlp() ? (run.cursor() == 0 ? tr_later("the starting weights")
                                                       : tr_later("the weights after this mini-batch"))
                        : !v.record ? tr_later("the starting weights")
                        : v.updated ? tr_later("the weights after the update")
                        : v.backward ? tr_later("gradients flowing back")
                        : v.phased ? tr_later("values flowing forward through the weights")
                                   : tr_later("weights before the last update");
  return DiagramCaption{caption, v.relu() && all_relu_nodes_dead(v.now())};
}

DiagramHit hit_test(const DiagramLayout& d, Point p, float reach) {
  DiagramHit hit;
  for (int k = 0; k < static_cast<int>(d.nodes.size()); ++k) {
    const DiagramNode& n = d.nodes[static_cast<std::size_t>(k)];
    const float dx = p.x - n.centre.x, dy = p.y - n.centre.y;
    if (dx * dx + dy * dy < n.radius * n.radius) hit.node = k;
  }
  if (hit.node >= 0) return hit;
  float best = reach;
  for (int k = 0; k < static_cast<int>(d.edges.size()); ++k) {
    const DiagramEdge& e = d.edges[static_cast<std::size_t>(k)];
    const float distance = distance_to_segment(p, d.nodes[static_cast<std::size_t>(e.from)].centre,
                                               d.nodes[static_cast<std::size_t>(e.to)].centre);
    if (distance < best) {
      best = distance;
      hit.edge = k;
    }
  }
  return hit;
}

std::string label_text(double value, int digits) {
  std::string s = significant(value, digits);
  std::string out;
  for (char c : s)
    out += c == '-' ? "\xE2\x88\x92" : std::string(1, c);  // U+2212, the minus sign: wider than a hyphen
  return out;
}

float distance_to_segment(Point p, Point a, Point b) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float t = std::fmax(0.0f, std::fmin(1.0f, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy + 1e-6f)));
  const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
  return std::sqrt(ex * ex + ey * ey);
}

}  // namespace fontshade::app
