// The chapter's colours (issue 7, part 4): the chapter ends by asking its trained network about named
// colours. Each row: the colour's name and the network's A2, then the network's and each rule's answer
// as its name written in the chosen shade on the colour itself (so an unreadable choice looks
// unreadable), with a bar in the app's colours for the shade (orange dark text, blue light text). Two
// lines a row: the left column is narrow. CSS names typed in the colour field join the table. A click
// on a row picks its colour.
#include <cstdio>

#include "core/colour/css_colours.hpp"
#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

// One answer: its name written in the chosen shade on the colour, a bar under it in the shade's
// colour. Hovering it explains the answer.
void answer_cell(ImVec2 p, float w, float h, Rgb c, const char* name, bool dark, const char* tip) {
  const float line = ImGui::GetFontSize(), bar = line * 0.22f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + w, p.y + h - bar), IM_COL32(c.r, c.g, c.b, 255));
  list->AddRectFilled(ImVec2(p.x, p.y + h - bar), ImVec2(p.x + w, p.y + h), dark ? palette::chose_dark : palette::chose_light);
  const ImVec2 t = ImGui::CalcTextSize(name);
  list->PushClipRect(p, ImVec2(p.x + w, p.y + h), true);
  list->AddText(ImVec2(p.x + (w - t.x) * 0.5f, p.y + (h - bar - t.y) * 0.5f), dark ? palette::dark_text : palette::light_text, name);
  list->PopClipRect();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (ImGui::IsWindowHovered() && mouse.x >= p.x && mouse.x < p.x + w && mouse.y >= p.y && mouse.y < p.y + h)
    show_tooltip(tip, p, ImVec2(p.x + w, p.y + h));
}

void legend_swatch(ImU32 colour) {
  const float line = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(line * 1.2f, line));
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + line * 0.6f), ImVec2(p.x + line * 1.2f, p.y + line * 0.9f), colour);
  ImGui::SameLine();
}

// A row: the name, the hex and A2 on a line, then the network's and the rules' answers side by side.
// A click anywhere on it picks the colour.
void colour_row(AppState& state, const NamedColourRow& row) {
  const ColourReport& r = row.report;
  const float line = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const float cells = line * 1.45f, gap = line * 0.25f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool picked = state.view.picked == r.colour;
  ImGui::PushID(row.name.c_str());
  if (ImGui::Selectable("##row", picked, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(width, line * 1.15f + cells + gap)))
    state.view.picked = r.colour;
  ImGui::PopID();
  remember_item(state, ("chapter_colour_" + row.name).c_str());
  char tip[256];
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool on_name = ImGui::IsItemHovered() && mouse.y < p.y + line * 1.15f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::string name = row.name + (row.typed ? " *" : "");
  list->AddText(fonts().bold, line, p, ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
  const float name_w = fonts().bold->CalcTextSizeA(line, FLT_MAX, 0, name.c_str()).x;
  list->AddText(ImVec2(p.x + name_w + line * 0.6f, p.y), ImGui::ColorConvertFloat4ToU32(palette::muted), hex_of(r.colour).c_str());
  const std::string a2 = "A2 = " + number(r.forward.A2);
  const float a2_w = fonts().mono->CalcTextSizeA(line, FLT_MAX, 0, a2.c_str()).x;
  list->AddText(fonts().mono, line, ImVec2(p.x + width - a2_w - line * 0.2f, p.y), ImGui::GetColorU32(ImGuiCol_Text), a2.c_str());
  if (on_name) {
    std::snprintf(tip, sizeof tip, tr("%s is %s (%d, %d, %d). Click to pick it."), row.name.c_str(), hex_of(r.colour).c_str(),
                  r.colour.r, r.colour.g, r.colour.b);
    show_tooltip(tip, p, ImVec2(p.x + width, p.y + line * 1.15f));
  }
  const auto shade = [](bool dark) { return dark ? tr("dark text") : tr("light text"); };
  const float y = p.y + line * 1.15f;
  const float w = (width - 3 * gap) / 4;
  std::snprintf(tip, sizeof tip, tr("The network: %s (A2 = %s)."), shade(r.network_dark), number(r.forward.A2).c_str());
  answer_cell(ImVec2(p.x, y), w, cells, r.colour, tr("Network"), r.network_dark, tip);
  std::snprintf(tip, sizeof tip, tr("YIQ luma: %s (Y = %.1f; dark text from 127.5)."), shade(r.yiq.dark), r.yiq.Y);
  answer_cell(ImVec2(p.x + (w + gap), y), w, cells, r.colour, "YIQ", r.yiq.dark, tip);
  std::snprintf(tip, sizeof tip, tr("WCAG 2: %s (contrast %.2f with black, %.2f with white)."), shade(r.wcag2.dark),
                r.wcag2.contrast_black, r.wcag2.contrast_white);
  answer_cell(ImVec2(p.x + 2 * (w + gap), y), w, cells, r.colour, "WCAG 2", r.wcag2.dark, tip);
  std::snprintf(tip, sizeof tip, tr("APCA: %s (Lc %.1f with black text, %.1f with white)."), shade(r.apca.dark), r.apca.Lc_black,
                r.apca.Lc_white);
  answer_cell(ImVec2(p.x + 3 * (w + gap), y), w, cells, r.colour, "APCA", r.apca.dark, tip);
}

}  // namespace

void chapter_colours_panel(AppState& state) {
  heading(tr("The chapter's colours"));
  const long long step = state.run.cursor();
  wrapped_textf(tr("The chapter ends by asking its trained network about these colours. The network after step %s of %s:"),
                thousands(step).c_str(), thousands(state.run.options().steps).c_str());
  if (step < state.run.options().steps) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("(Train to the end to ask the trained network, as the chapter does.)"));
    ImGui::PopStyleColor();
  }
  legend_swatch(palette::chose_dark);
  ImGui::TextUnformatted(tr("dark text"));
  ImGui::SameLine();
  legend_swatch(palette::chose_light);
  ImGui::TextUnformatted(tr("light text"));
  tooltip(tr("Each answer is written in the shade it chooses, on the colour itself, with a bar in the shade's colour."));

  const std::vector<NamedColourRow> rows = state.activities.named_colours.rows(state.run.parameters(), state.run.options().activation);
  int agree_yiq = 0, agree_wcag = 0, agree_apca = 0;
  ImGui::BeginGroup();
  for (const NamedColourRow& row : rows) {
    const ColourReport& r = row.report;
    agree_yiq += r.yiq.dark == r.network_dark;
    agree_wcag += r.wcag2.dark == r.network_dark;
    agree_apca += r.apca.dark == r.network_dark;
    colour_row(state, row);
  }
  ImGui::EndGroup();
  remember_item(state, "chapter_colours_table");
  const int n = static_cast<int>(rows.size());
  wrapped_textf(tr("The network agrees with YIQ on %d of %d, with WCAG 2 on %d, with APCA on %d."), agree_yiq, n, agree_wcag, agree_apca);
  wrapped_text(tr("Each answer is written in the shade it chooses, on the colour itself. Click a row to pick its colour."));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(tr("Type a CSS colour name (such as rebeccapurple) in the Colour tab's field to add it here, marked *."));
  ImGui::PopStyleColor();
  if (!state.activities.named_colours.typed().empty()) {
    if (ImGui::SmallButton(tr("Remove the typed names"))) state.activities.named_colours.clear_typed();
    remember_item(state, "chapter_colours_clear");
  }
}

}  // namespace fontshade::app
