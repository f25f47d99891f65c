#include "app/ui/widgets.hpp"

#include <cstdarg>
#include <cstdio>

#include "core/colour/colour.hpp"
#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "imgui_internal.h"  // the window's inner rectangle, for layout()
#include "app/text/strings.hpp"
#include "app/layout/text_wrap.hpp"
#include "app/layout/tooltip_place.hpp"

namespace fontshade::app {
namespace {

float text_width(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

}  // namespace

void wrapped_text(std::string_view text, float width) {
  ImGui::TextUnformatted(wrap_text(text, width < 0 ? ImGui::GetContentRegionAvail().x : width, text_width).c_str());
}

void wrapped_textf(const char* format, ...) {
  char text[2048];
  va_list args;
  va_start(args, format);
  std::vsnprintf(text, sizeof text, format, args);
  va_end(args);
  wrapped_text(text);
}

void show_tooltip(const char* text, ImVec2 item_min, ImVec2 item_max) {
  const std::string lines = wrap_text(text, ImGui::GetFontSize() * 26.0f, text_width);
  // Beside the item, not at the pointer as ImGui would put it, over the numbers it explains. Its size
  // is the text's and the window padding: ImGui sizes the tooltip to exactly that.
  const ImVec2 text_size = ImGui::CalcTextSize(lines.c_str());
  const ImVec2 padding = ImGui::GetStyle().WindowPadding;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const TooltipPlace place = place_tooltip(Rect{item_min.x, item_min.y, item_max.x - item_min.x, item_max.y - item_min.y},
                                           text_size.x + 2 * padding.x, text_size.y + 2 * padding.y, Rect{0, 0, display.x, display.y},
                                           ImGui::GetFontSize() * 0.3f);
  ImGui::SetNextWindowPos(ImVec2(place.x, place.y), ImGuiCond_Always, ImVec2(place.pivot_x, place.pivot_y));
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(lines.c_str());
  // For layout(): where the tooltip went, and what it explains (the App's state is ImGui's user data).
  if (auto* state = static_cast<AppState*>(ImGui::GetIO().UserData)) {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state->layout["tooltip"] = Rect{at.x, at.y, size.x, size.y};
    state->layout["tooltip_item"] = Rect{item_min.x, item_min.y, item_max.x - item_min.x, item_max.y - item_min.y};
  }
  ImGui::EndTooltip();
}

void show_tooltip(const char* text) { show_tooltip(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

void tooltip(const char* text) {
  if (ImGui::IsItemHovered()) show_tooltip(text);
}

void text_with_tooltip(const char* text, const char* tip) {
  ImGui::TextUnformatted(text);
  tooltip(tip);
}

void heading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void number_text(double v) {
  ImGui::PushFont(fonts().mono);
  if (is_finite(v)) {
    ImGui::TextUnformatted(number(v).c_str());
  } else {
    ImGui::TextColored(palette::problem, "%s!", number(v).c_str());
  }
  ImGui::PopFont();
  if (!is_finite(v)) tooltip(tr("This value stopped being a number: training diverged. Reset, and try a smaller learning rate."));
}

namespace {

// Draws tall brackets around the group just ended.
void brackets() {
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float tick = ImGui::GetFontSize() * 0.3f;
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  const float x0 = a.x - 2, x1 = b.x + 2;
  list->AddLine(ImVec2(x0, a.y), ImVec2(x0, b.y), colour);
  list->AddLine(ImVec2(x0, a.y), ImVec2(x0 + tick, a.y), colour);
  list->AddLine(ImVec2(x0, b.y), ImVec2(x0 + tick, b.y), colour);
  list->AddLine(ImVec2(x1, a.y), ImVec2(x1, b.y), colour);
  list->AddLine(ImVec2(x1, a.y), ImVec2(x1 - tick, a.y), colour);
  list->AddLine(ImVec2(x1, b.y), ImVec2(x1 - tick, b.y), colour);
}

// A grid of numbers, right-aligned in equal columns, between brackets.
template <typename At>
void grid(int rows, int cols, At at, const char* tip) {
  ImGui::PushFont(fonts().mono);
  float width = 0;
  for (int i = 0; i < rows; ++i)
    for (int j = 0; j < cols; ++j) {
      const float w = ImGui::CalcTextSize(number(at(i, j)).c_str()).x + (is_finite(at(i, j)) ? 0 : ImGui::CalcTextSize("!").x);
      width = w > width ? w : width;
    }
  const float gap = ImGui::GetFontSize() * 0.6f;
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(1, 1));
  for (int i = 0; i < rows; ++i) {
    for (int j = 0; j < cols; ++j) {
      if (j > 0) ImGui::SameLine(0, gap);
      const double v = at(i, j);
      const std::string s = number(v) + (is_finite(v) ? "" : "!");
      const float x = ImGui::GetCursorPosX();
      ImGui::SetCursorPosX(x + ImGui::GetFontSize() * 0.3f + width - ImGui::CalcTextSize(s.c_str()).x);
      if (is_finite(v))
        ImGui::TextUnformatted(s.c_str());
      else
        ImGui::TextColored(palette::problem, "%s", s.c_str());
    }
  }
  ImGui::EndGroup();
  ImGui::PopFont();
  brackets();
  tooltip(tip);
}

}  // namespace

void column_vector(const HiddenVector& v, const char* tip) {
  grid(static_cast<int>(v.size()), 1, [&](int i, int) { return v(i); }, tip);
}
void column_vector(const Input& v, const char* tip) {
  grid(3, 1, [&](int i, int) { return v(i); }, tip);
}
void row_vector(const OutputRow& v, const char* tip) {
  grid(1, static_cast<int>(v.size()), [&](int, int j) { return v(j); }, tip);
}
void matrix(const HiddenMatrix& m, const char* tip) {
  grid(static_cast<int>(m.rows()), 3, [&](int i, int j) { return m(i, j); }, tip);
}
void value_grid(int rows, int cols, const std::function<double(int, int)>& at, const char* tip) {
  grid(rows, cols, at, tip);
}

void scalar(double v, const char* tip) {
  number_text(v);
  tooltip(tip);
}

void operator_text(const char* op) {
  ImGui::SameLine();
  ImGui::TextUnformatted(op);
  ImGui::SameLine();
}

void remember_item(AppState& state, const char* layout_name) {
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  state.layout[layout_name] = Rect{a.x, a.y, b.x - a.x, b.y - a.y};
}

void remember_window(AppState& state, const char* layout_name, const char* scroll_name) {
  const ImRect inner = ImGui::GetCurrentWindow()->InnerRect;
  state.layout[layout_name] = Rect{inner.Min.x, inner.Min.y, inner.GetWidth(), inner.GetHeight()};
  state.scrolls[scroll_name] = Scroll{ImGui::GetScrollX(), ImGui::GetScrollY(), ImGui::GetScrollMaxX(), ImGui::GetScrollMaxY()};
}

void colour_swatch(AppState& state, const char* layout_name, Rgb c, float side, const char* tip) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(side, side));
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(c.r, c.g, c.b, 255));
  remember_item(state, layout_name);
  char text[512];
  std::snprintf(text, sizeof text, "%s  (%d, %d, %d)\n%s", hex_of(c).c_str(), c.r, c.g, c.b, tip);
  tooltip(text);
}

}  // namespace fontshade::app
