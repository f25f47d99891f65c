// Every control the frame shows, for layout() (the lesson's first scene shows at most 10): ImGui's own
// widgets report themselves through its test-engine hooks (imgui_internal.h; IMGUI_ENABLE_TEST_ENGINE
// is set for the imgui target): a button, a checkbox, a radio button, a slider, a drag, a field, a
// selectable, a tab, a menu, a tree node, once each frame it is drawn and not clipped. The app's own
// canvases that take clicks (the colour picker, the surface, the diagram, ...) say so with note_control.
// Each goes into the state's layout as "control_NNN LABEL" with its rectangle.
#include <cstdio>
#include <string>

#include "app/state/app_state.hpp"
#include "app/ui/widgets.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace fontshade::app {
namespace {

// The label a reader sees: the part before "##" (ImGui's id suffix).
std::string shown_label(const char* label) {
  std::string text = label ? label : "";
  const std::size_t hidden = text.find("##");
  if (hidden != std::string::npos) text.erase(hidden);
  return text;
}

void count_control(AppState& state, const std::string& label, const ImRect& r) {
  char key[32];
  std::snprintf(key, sizeof key, "control_%03d ", state.controls_drawn++);
  state.layout[key + label] = Rect{r.Min.x, r.Min.y, r.Max.x - r.Min.x, r.Max.y - r.Min.y};
}

}  // namespace

void start_control_census(AppState& state) {
  state.controls_drawn = 0;
  GImGui->TestEngineHookItems = true;
}

void note_control(AppState& state, const char* label) { count_control(state, label, GImGui->LastItemData.Rect); }

}  // namespace fontshade::app

// ImGui's hooks (declared in imgui_internal.h): only ItemInfo, called by the widgets above, counts.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID, const char* label, ImGuiItemStatusFlags) {
  auto* state = static_cast<fontshade::app::AppState*>(ctx->IO.UserData);
  if (state) fontshade::app::count_control(*state, fontshade::app::shown_label(label), ctx->LastItemData.Rect);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
