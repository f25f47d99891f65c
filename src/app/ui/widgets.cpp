#include "app/ui/widgets.hpp"

#include <cmath>
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
  auto* state = static_cast<AppState*>(ImGui::GetIO().UserData);
  if (state && state->view.wheel_under_resting_pointer) return;  // scrolling: what passes under the pointer is not asked about
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
  if (state) {
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

// The widest number of a grid, in the mono font (pushed by the caller).
template <typename At>
float widest(int rows, int cols, At at) {
  float width = 0;
  for (int i = 0; i < rows; ++i)
    for (int j = 0; j < cols; ++j) {
      const float w = ImGui::CalcTextSize(number(at(i, j)).c_str()).x + (is_finite(at(i, j)) ? 0 : ImGui::CalcTextSize("!").x);
      width = w > width ? w : width;
    }
  return width;
}

// A grid of numbers, right-aligned in equal columns, between brackets.
template <typename At>
void grid(int rows, int cols, At at, const char* tip) {
  ImGui::PushFont(fonts().mono);
  const float width = widest(rows, cols, at);
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

float value_grid_width(int rows, int cols, const std::function<double(int, int)>& at) {
  ImGui::PushFont(fonts().mono);
  const float cell = ImGui::GetFontSize() * 0.3f + widest(rows, cols, at), gap = ImGui::GetFontSize() * 0.6f;
  ImGui::PopFont();
  return cols * cell + (cols - 1) * gap;
}

float number_width(double v) {
  ImGui::PushFont(fonts().mono);
  const float w = ImGui::CalcTextSize((number(v) + (is_finite(v) ? "" : "!")).c_str()).x;
  ImGui::PopFont();
  return w;
}

void scalar(double v, const char* tip) {
  number_text(v);
  tooltip(tip);
}

void same_line_if_fits(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
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

int tab_strip(AppState& state, const char* id, std::span<const TabItem> items, int lit) {
  ImGui::PushID(id);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = style.ItemInnerSpacing.x;
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  int chosen = -1;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const float width = ImGui::CalcTextSize(items[k].label).x + style.FramePadding.x * 2;
    if (k > 0) {
      ImGui::SameLine(0, gap);
      if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
    }
    const bool on = static_cast<int>(k) == lit;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(on ? ImGuiCol_TabActive : ImGuiCol_Tab));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_TabHovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
    if (ImGui::Button((std::string(items[k].label) + "###" + items[k].layout_name).c_str())) chosen = static_cast<int>(k);
    ImGui::PopStyleColor(3);
    remember_item(state, items[k].layout_name);
  }
  ImGui::PopStyleVar();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float thickness = std::fmax(2.0f, ImGui::GetFontSize() * 0.12f);
  const float top = at.y - style.ItemSpacing.y * 0.5f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - style.WindowPadding.x * 0.5f, top),
                                            ImVec2(at.x + ImGui::GetContentRegionAvail().x + style.WindowPadding.x * 0.5f, top + thickness),
                                            ImGui::GetColorU32(ImGuiCol_TabActive));
  ImGui::Dummy(ImVec2(0, thickness));
  ImGui::PopID();
  return chosen;
}

std::optional<float> begin_scrolling_page(const char* name, float top, ImVec2 window, float page_height, ImGuiWindowFlags flags) {
  ImGui::SetNextWindowPos(ImVec2(0, top));
  ImGui::SetNextWindowSize(ImVec2(window.x, window.y - top));
  ImGui::SetNextWindowContentSize(ImVec2(0, page_height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  const bool open = ImGui::Begin(name, nullptr, flags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar(2);
  if (!open) return std::nullopt;
  return ImGui::GetCurrentWindow()->ScrollbarY ? ImGui::GetStyle().ScrollbarSize : 0.0f;
}

void end_scrolling_page(AppState& state, bool open) {
  if (open) state.scrolls["page_scroll"] = Scroll{0, ImGui::GetScrollY(), 0, ImGui::GetScrollMaxY()};
  ImGui::End();
}

bool begin_titled_child(const char* id, const char* title, ImVec2 size, ImGuiWindowFlags flags) {
  const bool open = ImGui::BeginChild(id, size, true, flags | (title ? ImGuiWindowFlags_MenuBar : 0));
  if (open && title && ImGui::BeginMenuBar()) {
    ImGui::TextUnformatted(title);
    ImGui::EndMenuBar();
  }
  return open;
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
