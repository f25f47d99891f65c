// The progress of a far link's or model file's run while it is rebuilt (state/reach.hpp): a bar under
// the menu bar with the step reached, and Cancel, which keeps the screen as it was. The run on the
// screen stays usable underneath; the rebuilt one takes its place when it gets there.
#include <cmath>
#include <cstdio>

#include "app/state/reach.hpp"
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"
#include "imgui_internal.h"  // BringWindowToDisplayFront

namespace fontshade::app {

void reach_progress(AppState& state, float top) {
  if (!state.reach) return;
  const Reach& reach = *state.reach;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float line = ImGui::GetFontSize();
  const float width = std::fmin(display.x * 0.9f, line * 30);
  if (const auto notice = state.layout.find("notice"); notice != state.layout.end()) top = notice->second.y + notice->second.h;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, top + line * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  if (ImGui::Begin("##reach", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing)) {
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    char text[256];
    std::snprintf(text, sizeof text,
                  reach.kind == Reach::Kind::link    ? tr("Opening the link: step %s of %s")
                  : reach.kind == Reach::Kind::scene ? tr("Training up to this screen's step: %s of %s")
                                                     : tr("Loading the model: step %s of %s"),
                  thousands(reach.run->cursor()).c_str(), thousands(reach.target).c_str());
    wrapped_text(text, width - line * 2);
    const float cancel = ImGui::CalcTextSize(tr("Cancel")).x + ImGui::GetStyle().FramePadding.x * 2;
    const float fraction = reach.target > 0 ? static_cast<float>(reach.run->cursor()) / static_cast<float>(reach.target) : 1.0f;
    ImGui::ProgressBar(fraction, ImVec2(width - cancel - line * 2.5f, 0));
    remember_item(state, "reach_bar");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) cancel_reach(state);
    remember_item(state, "reach_cancel");
    tooltip(tr("Stop, and keep the screen as it was."));
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.layout["reach"] = Rect{at.x, at.y, size.x, size.y};
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace fontshade::app
