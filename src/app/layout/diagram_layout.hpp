#pragma once
#include <string>
#include <vector>

#include "app/layout/rect.hpp"
#include "app/layout/text_wrap.hpp"  // TextWidth

namespace fontshade {
class Run;
}

namespace fontshade::app {

struct View;

// The network diagram without pixels: where its nodes and edges go, how each looks at the view's
// phase, and where its numbers stand. The panel (ui/panels/panel_diagram.cpp) only draws this; the
// tests check it for every phase, size, mode and language (no number covers another, a node, a name
// or an edge it does not belong to).

struct Point {
  float x = 0, y = 0;
};

// The room the diagram has: the box it fills (pixels; it grows taller when many hidden nodes need
// room, and the panel scrolls), the type's height, and widths of text in the numbers' font (mono)
// and in the names' font (text: "R", "A2").
struct DiagramFrame {
  Rect box;
  float line = 15;
  TextWidth mono, text;
};

enum class NodeKind { input, hidden, output };

struct DiagramNode {
  NodeKind kind = NodeKind::input;
  int index = 0;         // the input's channel (0 R, 1 G, 2 B) or the hidden node's number
  Point centre;
  float radius = 0;
  Rect name;             // the input's letter on its left, "A2" on the output's right (hidden: none)
  unsigned part = 0;     // its DiagramPart bits (chain_rule.hpp): what a hovered formula lights
  bool ringed = false;   // the phase computes it (phase mode only): a lit ring
  bool known = false;    // its value is known at this phase (and the step has a sample)
  double value = 0;      // X[j], A1[i] or A2 when known
  double level = 0;      // a hidden node's |A1| against the largest: its grey
  bool dead = false;     // a dead ReLU node: crossed out, its edges faint
  Rect bounds() const { return Rect{centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}; }
};

struct DiagramEdge {
  int from = 0, to = 0;    // node indexes
  int hidden = 0;          // the hidden node it enters (w_hidden) or leaves (w_output)
  int input = -1;          // the input it leaves (w_hidden[hidden][input]); -1: w_output[hidden]
  unsigned part = 0;       // kHiddenEdges or kOutputEdges
  double weight = 0;       // the weight it carries (after the update at the update phase)
  double gradient = 0;     // dC_dW1[hidden][input] or dC_dW2[hidden] (0 before the first step)
  bool has_gradient = false;   // the step has a record
  bool shows_gradient = false; // a backward phase that has computed it: coloured and sized by it
  bool lit = true;         // the phase lights it (always outside phase mode); unlit edges are faint
  bool arrow = false;      // a chevron shows which way the numbers flow (right to left going back)
  float arrow_at = 0.5f;   // ... this far along the edge (from `from`), where no number is
  bool dead = false;       // it enters or leaves a dead ReLU node: faint
  float thickness = 1;
  double shown() const { return shows_gradient ? gradient : weight; }
};

// A number on the diagram: an edge's weight or gradient (written on its edge), or a node's value at
// the phase (next to the node). Placed where it covers nothing but its own edge; shortened (fewer
// digits) when there is no such place; with still no room, shown only while its edge or node is
// pointed at (placed false: `rect` is where it shows then).
struct DiagramLabel {
  int edge = -1, node = -1;  // what it belongs to (one of them)
  double value = 0;
  std::string text;          // as drawn: significant digits, a real minus sign (U+2212)
  Rect rect;
  bool placed = false;
  std::string name;          // in layout(): "w_hidden_1_2", "w_output_0", "X_0", "hidden_2", "output"
};

struct DiagramLayout {
  std::vector<DiagramNode> nodes;   // the inputs (3), the hidden nodes, the output
  std::vector<DiagramEdge> edges;   // in drawing order: each hidden node's three inputs, then its output
  std::vector<DiagramLabel> labels;
  Rect box;                         // the frame's box, grown to the height the nodes need
  bool numbers = false;             // numbers are written (the "numbers" box, a 3-3-1 network)
  std::string hint;                 // when numbers show on hover only: "4 more on hover", where it is free
  Rect hint_rect;
  bool phased = false;              // phase mode, with a step to unfold
  bool backward = false;            // a backward phase: gradients flow right to left
  const DiagramNode& output() const { return nodes.back(); }
};

// The diagram of the run at its cursor as the view shows it (the phase lights and reveals parts).
DiagramLayout layout_diagram(const Run& run, const View& view, const DiagramFrame& frame);

// The diagram's caption (English: tr() where it is shown) and whether every hidden node is dead (a
// warning under it), at the view's phase.
struct DiagramCaption {
  const char* english;
  bool all_dead;
};
DiagramCaption diagram_caption(const Run& run, const View& view);

// What the pointer at p is over: a node (checked first: it sits on its edges' ends) or the nearest
// edge within `reach`. Indexes into the layout's nodes or edges; -1 for none.
struct DiagramHit {
  int node = -1, edge = -1;
};
DiagramHit hit_test(const DiagramLayout& layout, Point p, float reach);

// Places the layout's labels (diagram_labels.cpp): each where it covers no other label, no node or
// name and no edge but its own (a faint edge, one the phase does not light, only when there is no
// other place); the nodes' numbers first, with 3 significant digits (2 if they must); the edges'
// numbers with 3, or all with 2 or 1 when more of them find room so; what still has no room is shown
// on hover only (and a hint says so, in the UI's language, in a free
// corner). Then the chevrons, where no label is.
void place_labels(DiagramLayout& layout, const DiagramFrame& frame);

// A number as the diagram writes it: `digits` significant digits and a real minus sign ("−0.002").
std::string label_text(double value, int digits);

// The distance from p to the segment a-b.
float distance_to_segment(Point p, Point a, Point b);

}  // namespace fontshade::app
