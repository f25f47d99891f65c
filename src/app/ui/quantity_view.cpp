#include "app/ui/quantity_view.hpp"

#include <cmath>
#include <map>
#include <string>

#include "app/text/format.hpp"
#include "core/network/record_values.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"
#include "imgui_internal.h"  // the window's visible height

namespace fontshade::app {

const char* quantity_tip(Quantity q) {
  using Q = Quantity;
  switch (q) {
    case Q::X: return tr("X: the sample's R, G, B divided by 255.");
    case Q::Y: return tr("Y, the label: 1 if dark text reads better on this colour, 0 if light text does.");
    case Q::w_hidden: return tr("w_hidden: one row per hidden node, one column per input (R, G, B).");
    case Q::b_hidden: return tr("b_hidden: each hidden node's bias.");
    case Q::w_output: return tr("w_output: how much the output listens to each hidden node.");
    case Q::b_output: return tr("b_output: the output node's bias.");
    case Q::Z1: return tr("Z1: each hidden node's weighted sum of the inputs plus its bias.");
    case Q::A1: return tr("A1: what each hidden node passes on. ReLU keeps positive sums and turns negative ones into 0.");
    case Q::Z2: return tr("Z2: the output node's weighted sum.");
    case Q::A2: return tr("A2: the network's answer for this sample, between 0 (light text) and 1 (dark text).");
    case Q::C: return tr("C, the cost: how wrong A2 is for this sample (0 means exactly right).");
    case Q::dC_dA2: return tr("How the cost changes when the output A2 changes.");
    case Q::dA2_dZ2: return tr("The slope of the logistic function at Z2 (largest, 0.25, at Z2 = 0).");
    case Q::dZ2_dA1: return tr("How Z2 changes with each hidden output: the output weights.");
    case Q::dZ2_dW2: return tr("How Z2 changes with each output weight: the hidden outputs.");
    case Q::dZ2_dB2: return tr("Z2 changes one for one with b_output.");
    case Q::dA1_dZ1: return tr("The slope of each hidden node's activation at its Z1. For ReLU: 1 if Z1 > 0, else 0.");
    case Q::dZ1_dW1: return tr("How each Z1 changes with its weights: the inputs X.");
    case Q::dZ1_dB1: return tr("Each Z1 changes one for one with its bias.");
    case Q::dC_dW2: return tr("The gradient for the output weights: how the cost changes with each of them.");
    case Q::dC_dB2: return tr("The gradient for the output bias.");
    case Q::dC_dA1: return tr("How the cost changes with each hidden output: the error passed back to the hidden layer.");
    case Q::dC_dW1: return tr("The gradient for the hidden weights: row i for hidden node i, one column per input.");
    case Q::dC_dB1: return tr("The gradient for the hidden biases.");
  }
  return "";
}

void quantity_value(AppState& state, const StepRecord& r, Quantity q, bool magnitude) {
  const Shape shape = shape_of(q, r.before.hidden());
  if (shape.scalar()) {
    const double v = value_of(r, q, 0, 0);
    number_text(magnitude ? std::fabs(v) : v);
    tooltip(quantity_tip(q));
  } else {
    value_grid(shape.rows, shape.cols, [&](int i, int j) { return value_of(r, q, i, j); }, quantity_tip(q));
  }
  if (ImGui::IsItemHovered()) state.view.hovered_next = q;
  if (state.view.hovered == q) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float pad = ImGui::GetFontSize() * 0.25f;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad), kHoverOutline,
                                        pad, 0, 2.0f);
  }
}

float quantity_width(const StepRecord& r, Quantity q, bool magnitude) {
  const Shape shape = shape_of(q, r.before.hidden());
  if (!shape.scalar()) return value_grid_width(shape.rows, shape.cols, [&](int i, int j) { return value_of(r, q, i, j); });
  const double v = value_of(r, q, 0, 0);
  return number_width(magnitude ? std::fabs(v) : v);
}

Highlight::Highlight(bool on, AppState& state, bool scroll) : on_(on), scroll_(scroll), state_(state) {
  if (!on_) return;
  list_ = ImGui::GetWindowDrawList();
  splitter_.Split(list_, 2);
  splitter_.SetCurrentChannel(list_, 1);
  ImGui::BeginGroup();
}

namespace {

// `r` grown to take in `more` (r empty: more).
void take_in(std::map<std::string, Rect>& layout, const char* name, const Rect& more) {
  const auto it = layout.find(name);
  if (it == layout.end()) {
    layout[name] = more;
    return;
  }
  Rect& r = it->second;
  const float x0 = std::fmin(r.x, more.x), y0 = std::fmin(r.y, more.y);
  const float x1 = std::fmax(r.x + r.w, more.x + more.w), y1 = std::fmax(r.y + r.h, more.y + more.h);
  r = Rect{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

Highlight::~Highlight() {
  if (!on_) return;
  ImGui::EndGroup();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float pad = ImGui::GetFontSize() * 0.3f;
  splitter_.SetCurrentChannel(list_, 0);
  list_->AddRectFilled(ImVec2(a.x - pad, a.y - pad), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - pad, b.y + pad),
                       kPhaseTint, pad);
  list_->AddRectFilled(ImVec2(a.x - pad, a.y - pad), ImVec2(a.x - pad + 3, b.y + pad), IM_COL32(240, 200, 80, 255));
  splitter_.Merge(list_);
  note_lit(state_, Rect{a.x - pad, a.y - pad, b.x - a.x + 2 * pad, b.y - a.y + 2 * pad}, scroll_);
}

void note_lit(AppState& state, const Rect& lit, bool scroll) {
  take_in(state.layout, "phase_highlight", lit);
  if (scroll) take_in(state.layout, kFollowedHighlight, lit);
}

void follow_phase(AppState& state) {
  if (!state.view.scroll_to_phase) return;
  state.view.scroll_to_phase = false;
  const auto it = state.layout.find(kFollowedHighlight);
  if (it == state.layout.end()) {
    ImGui::SetScrollY(0);  // nothing lit here (the sample phase): from the top
    return;
  }
  // Its top a tenth of the way down where all of it fits so, else at the top.
  const Rect& lit = it->second;
  const ImRect inner = ImGui::GetCurrentWindow()->InnerRect;  // below the title bar
  const float view = inner.GetHeight();
  // Where the block's top is, counted from the inner top at scroll 0 (from the window's own top, a
  // titled window's block landed under its title bar).
  const float top = lit.y - inner.Min.y + ImGui::GetScrollY();
  const float room = lit.h <= view * 0.9f ? view * 0.1f : 0.0f;
  ImGui::SetScrollY(std::fmax(0.0f, top - room));
}

}  // namespace fontshade::app
