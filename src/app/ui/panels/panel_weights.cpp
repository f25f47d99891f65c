// Every weight and bias by the chapter's names (W1..W12, B1..B4) beside the code's (w_hidden[0][0], ...),
// at the step in view: the lesson's scene on the network's shape. Names from the core's table.
#include "app/text/format.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"
#include "core/network/chapter_tables.hpp"

namespace fontshade::app {

void weights_panel(AppState& state) {
  heading(tr("Weights and biases"));
  wrapped_text(tr("The chapter numbers them W1 to W12 and B1 to B4; the code keeps them in w_hidden, b_hidden, w_output and b_output."));
  if (!ImGui::BeginTable("weights", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(tr("the chapter"));
  ImGui::TableSetupColumn(tr("the code"));
  ImGui::TableSetupColumn(tr("value now"));
  ImGui::TableHeadersRow();
  for (const ParameterName& p : parameter_names(state.run.parameters())) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(p.chapter.c_str());
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(p.code.c_str());
    ImGui::TableNextColumn();
    number_text(p.value);
    ImGui::PopFont();
  }
  ImGui::EndTable();
  remember_item(state, "weights_table");
}

}  // namespace fontshade::app
