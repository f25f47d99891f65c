#pragma once
#include <optional>
#include <span>
#include <functional>
#include <string>
#include <string_view>

#include "app/state/app_state.hpp"
#include "imgui.h"
#include "core/base/linear_algebra.hpp"

namespace fontshade::app {

// Colours of the app, in one place so panels agree. Weights: bluish green positive, reddish purple
// negative; the network's choice: blue for light text, orange for dark text (as on the decision
// surface). Okabe and Ito's palette, readable with the common colour-vision deficiencies.
namespace palette {
inline const ImU32 positive = IM_COL32(0, 158, 115, 255);
inline const ImU32 negative = IM_COL32(204, 121, 167, 255);
inline const ImU32 chose_light = IM_COL32(41, 92, 184, 255);
inline const ImU32 chose_dark = IM_COL32(230, 133, 31, 255);
inline const ImVec4 problem = ImVec4(1.0f, 0.38f, 0.33f, 1.0f);
inline const ImVec4 muted = ImVec4(0.62f, 0.64f, 0.70f, 1.0f);
inline const ImVec4 heading = ImVec4(0.95f, 0.83f, 0.45f, 1.0f);
inline const ImU32 light_text = IM_COL32(255, 255, 255, 255);  // the two shades the network chooses from
inline const ImU32 dark_text = IM_COL32(0, 0, 0, 255);
}  // namespace palette

// A tooltip on the last item, wrapped to a readable width.
void tooltip(const char* text);
// The same tooltip, shown now (for hover tests of the caller's own: diagram nodes, edges), explaining
// the last item or the given rectangle (screen pixels). Where it went and the item it explains go to
// layout() ("tooltip", "tooltip_item") through the AppState that is ImGui's io.UserData (App::init).
void show_tooltip(const char* text);
void show_tooltip(const char* text, ImVec2 item_min, ImVec2 item_max);
// Text wrapped at spaces only, so a number is never split: to `width`, or by default to the space
// left on the line. The printf form formats first.
void wrapped_text(std::string_view text, float width = -1);
void wrapped_textf(const char* format, ...) IM_FMTARGS(1);
// Text followed by a tooltip on hover.
void text_with_tooltip(const char* text, const char* tip);
// A section heading in the heading colour.
void heading(const char* text);
// A number in the mono font; a non-finite one in red with a warning tooltip.
void number_text(double v);

// Matrices drawn as matrices: a column of values between brackets (vectors), or rows (matrices).
// `name` labels the tooltip; `tip` says what the quantity is.
void column_vector(const HiddenVector& v, const char* tip);
void column_vector(const Input& v, const char* tip);
void row_vector(const OutputRow& v, const char* tip);
void matrix(const HiddenMatrix& m, const char* tip);
void scalar(double v, const char* tip);
// Any grid of numbers between brackets: rows x cols, the value of (i, j) from `at`.
void value_grid(int rows, int cols, const std::function<double(int, int)>& at, const char* tip);
// The next item on this line when `width` more pixels fit before the window's right edge, else on the
// next line: a row of controls wraps instead of running off a narrow panel.
void same_line_if_fits(float width, float spacing = -1);
// The width of a checkbox (or radio button) with this label.
float checkbox_width(const char* label);
// How wide value_grid and number_text draw these numbers: a formula's terms wrap by them.
float value_grid_width(int rows, int cols, const std::function<double(int, int)>& at);
float number_width(double v);
// A symbol between matrices: "·", "+", "=".
void operator_text(const char* op);

// Tabs that wrap onto another row where the panel is narrow, rather than shortening their labels as
// ImGui's tab bars do ("Comprobar el…"): a button a tab (`label` through tr(), its rectangle in layout()
// under `layout_name`), the `lit` one in the active tab's colour, and a line in that colour under the
// strip, on which the caller draws the tab's body. Answers the index clicked this frame, or -1.
struct TabItem {
  const char* label = nullptr;
  const char* layout_name = nullptr;
};
int tab_strip(AppState& state, const char* id, std::span<const TabItem> items, int lit);

// A filled square of a colour, with its hex on hover; records its rect under `layout_name`.
void colour_swatch(AppState& state, const char* layout_name, Rgb colour, float side, const char* tip);
// Remembers the last item's rectangle for the scripting API.
void remember_item(AppState& state, const char* layout_name);
// Counts the last item as one of the frame's controls in layout() ("control_NNN label"): for the app's
// own canvases that take clicks; ImGui's widgets are counted by themselves (ui/control_census.cpp).
void note_control(AppState& state, const char* label);
// Before a frame's widgets: the count starts again.
void start_control_census(AppState& state);
// A page taller than the window (both layouts, the workbench's and a lesson's): one window from `top`
// down that scrolls through `page_height`, with no padding or spacing of its own; the caller places
// its children. Answers, when it is open, the width its scroll bar takes from the page; then the
// caller draws the children and calls end_scrolling_page (always, as ImGui::End).
std::optional<float> begin_scrolling_page(const char* name, float top, ImVec2 window, float page_height, ImGuiWindowFlags flags);
// Notes the page's scroll for the tests ("page_scroll") and ends the page.
void end_scrolling_page(AppState& state, bool open);
// A child of such a page with its title in a menu bar of its own (no bar when `title` is null).
bool begin_titled_child(const char* id, const char* title, ImVec2 size, ImGuiWindowFlags flags);

// Remembers the current window's visible inside (no title bar, no scroll bars) and its scroll position.
void remember_window(AppState& state, const char* layout_name, const char* scroll_name);

}  // namespace fontshade::app
