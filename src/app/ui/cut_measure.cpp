#include "app/ui/cut_measure.hpp"

#include <string>

#include "imgui_internal.h"  // the frame's windows, tables and tab bars, as ImGui laid them out

namespace fontshade::app {
namespace {

constexpr float kSlack = 1.0f;  // rounding: a pixel is not a cut

// "Step through SGD###steps" -> "steps"; a child "##page/###steps_1A2B3C4D" -> "steps_1A2B3C4D".
std::string short_name(const char* name) {
  std::string s(name);
  if (const std::size_t slash = s.rfind('/'); slash != std::string::npos) s = s.substr(slash + 1);
  if (const std::size_t hashes = s.rfind("###"); hashes != std::string::npos) s = s.substr(hashes + 3);
  while (!s.empty() && s[0] == '#') s.erase(0, 1);
  return s;
}

void cut(AppState& state, const std::string& what, const ImRect& r) {
  state.layout["cut:" + what] = Rect{r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()};
}

// A window's items past its visible inside, where no scroll bar reaches them.
void measure_window(AppState& state, const ImGuiWindow& w) {
  if (!w.Active || w.Hidden || (w.Flags & (ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_Tooltip))) return;
  const ImRect clip = w.InnerClipRect;
  const ImVec2 reach = w.DC.CursorMaxPos;
  const bool sideways = (w.Flags & ImGuiWindowFlags_HorizontalScrollbar) || w.ScrollMax.x > 0;
  const bool down = !(w.Flags & ImGuiWindowFlags_NoScrollbar) || w.ScrollMax.y > 0;
  if (!sideways && reach.x > clip.Max.x + kSlack)
    cut(state, short_name(w.Name) + " (" + std::to_string(static_cast<int>(reach.x - clip.Max.x)) + " px too wide)",
        ImRect(clip.Max.x, clip.Min.y, reach.x, clip.Max.y));
  if (!down && reach.y > clip.Max.y + kSlack)
    cut(state, short_name(w.Name) + " (" + std::to_string(static_cast<int>(reach.y - clip.Max.y)) + " px too tall)",
        ImRect(clip.Min.x, clip.Max.y, clip.Max.x, reach.y));
}

// A table's cells and headers past their column's right edge (ImGui clips each column there).
void measure_table(AppState& state, ImGuiTable& t) {
  for (int n = 0; n < t.ColumnsCount; ++n) {
    const ImGuiTableColumn& c = t.Columns[n];
    if (!c.IsEnabled || !c.IsVisibleX) continue;
    const float cells = ImMax(c.ContentMaxXUnfrozen, c.ContentMaxXFrozen);
    const float reach = ImMax(cells, c.ContentMaxXHeadersIdeal);
    if (reach <= c.MaxX + kSlack) continue;
    const char* name = c.NameOffset >= 0 ? t.ColumnsNames.Buf.Data + c.NameOffset : "";
    cut(state, short_name(t.OuterWindow ? t.OuterWindow->Name : "") + " column " + std::to_string(n) + " '" + name + "' (" +
                   std::to_string(static_cast<int>(reach - c.MaxX)) + " px too narrow)",
        ImRect(c.MinX, t.OuterRect.Min.y, c.MaxX, ImMin(t.OuterRect.Max.y, t.OuterRect.Min.y + 4096)));
  }
}

// A tab shortened to fit its bar: its label ends in an ellipsis.
void measure_tab_bar(AppState& state, ImGuiTabBar& bar, int frame) {
  for (const ImGuiTabItem& tab : bar.Tabs) {
    if (tab.LastFrameVisible != frame || tab.Width + kSlack >= tab.ContentWidth) continue;
    const float x = bar.BarRect.Min.x + tab.Offset;
    cut(state, std::string("tab '") + bar.GetTabName(&tab) + "'", ImRect(x, bar.BarRect.Min.y, x + tab.Width, bar.BarRect.Max.y));
  }
}

}  // namespace

void measure_cuts(AppState& state) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* w : g.Windows) measure_window(state, *w);
  for (int n = 0; n < g.Tables.GetMapSize(); ++n)
    if (ImGuiTable* t = g.Tables.TryGetMapData(n); t && t->LastFrameActive == g.FrameCount) measure_table(state, *t);
  for (int n = 0; n < g.TabBars.GetMapSize(); ++n)
    if (ImGuiTabBar* b = g.TabBars.TryGetMapData(n); b && b->CurrFrameVisible == g.FrameCount) measure_tab_bar(state, *b, g.FrameCount);
  state.layout["cut_measure"] = Rect{0, 0, 0, 0};
}

void note_drawn_text(AppState& state, const char* name, ImVec2 min, ImVec2 max, ImVec2 box_min, ImVec2 box_max) {
  const ImRect visible = ImGui::GetCurrentWindow()->InnerClipRect;
  ImRect box(box_min, box_max);
  box.ClipWithFull(ImRect(visible.Min.x, -1e9f, visible.Max.x, 1e9f));  // the window's sides; a scroll reaches its top and bottom
  if (min.x < box.Min.x - kSlack || max.x > box.Max.x + kSlack || min.y < box.Min.y - kSlack || max.y > box.Max.y + kSlack)
    cut(state, name, ImRect(min, max));
}

}  // namespace fontshade::app
