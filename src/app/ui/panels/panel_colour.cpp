// 1. Colour (picker, preview card, A2 bar, what the designer rules say) and 8. what the network says
// now for the picked colour.
#include <algorithm>
#include <cstdio>

#include "core/colour/colour_rules.hpp"
#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "core/network/network.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

void channel_fields(AppState& state);
void hex_field(AppState& state);

// The picker; `full` (the workbench): also the wheel switch and R, G, B; the lesson: the picker and the
// colour's code only.
void picker(AppState& state, bool full) {
  ColourTabView& tab = state.view.colour_tab;
  float rgb[3] = {state.view.picked.r / 255.0f, state.view.picked.g / 255.0f, state.view.picked.b / 255.0f};
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(width * 0.92f > ImGui::GetFontSize() * 16 ? ImGui::GetFontSize() * 16 : width * 0.92f);
  const ImGuiColorEditFlags flags = ImGuiColorEditFlags_NoAlpha | ImGuiColorEditFlags_NoSidePreview |
                                    ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel |
                                    (tab.wheel ? ImGuiColorEditFlags_PickerHueWheel : ImGuiColorEditFlags_PickerHueBar);
  if (ImGui::ColorPicker3("##picker", rgb, flags)) {
    state.view.picked = Rgb{static_cast<int>(rgb[0] * 255 + 0.5f), static_cast<int>(rgb[1] * 255 + 0.5f),
                       static_cast<int>(rgb[2] * 255 + 0.5f)};
  }
  remember_item(state, "colour_picker");
  note_control(state, "colour_picker");
  tooltip(tr("Pick a background colour: hue on the bar (or wheel), lightness and saturation in the square."));
  if (full) {
    ImGui::Checkbox(tr("Wheel"), &tab.wheel);
    tooltip(tr("Show the hue as a wheel instead of a bar."));
    channel_fields(state);
  }
  hex_field(state);
}

// R, G, B as whole numbers 0-255.
void channel_fields(AppState& state) {
  int channels[3] = {state.view.picked.r, state.view.picked.g, state.view.picked.b};
  const char* names[3] = {"R", "G", "B"};
  const char* tips[3] = {tr("Red channel of the background, 0 to 255. The network sees it as R / 255."),
                         tr("Green channel of the background, 0 to 255. The network sees it as G / 255."),
                         tr("Blue channel of the background, 0 to 255. The network sees it as B / 255.")};
  const float field = ImGui::GetFontSize() * 3.2f;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::PushID(i);
    if (ImGui::DragInt(names[i], &channels[i], 1.0f, 0, 255, "%d", ImGuiSliderFlags_AlwaysClamp))
      state.view.picked = Rgb{channels[0], channels[1], channels[2]};
    tooltip(tips[i]);
    ImGui::PopID();
  }
}

// The colour's code: #rrggbb, R,G,B or a CSS name, typed.
void hex_field(AppState& state) {
  ColourTabView& tab = state.view.colour_tab;
  const float field = ImGui::GetFontSize() * 3.2f;
  char* hex = tab.hex.data();
  if (!tab.editing) std::snprintf(hex, tab.hex.size(), "%s", hex_of(state.view.picked).c_str());
  ImGui::SetNextItemWidth(field * 3.2f);
  if (ImGui::InputText(tr("Hex"), hex, tab.hex.size(), ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll)) {
    std::string why;  // the core's reason is English; the panel says it in the current language
    if (auto c = parse_colour(hex, &why)) {
      state.view.picked = *c;
      tab.problem.clear();
      tab.typed_name = state.activities.named_colours.note_typed(hex) ? css_name_of(hex) : "";
    } else {
      tab.typed_name.clear();
      tab.problem = tr("Not a colour: type #rrggbb, rrggbb, R,G,B (0 to 255) or a CSS name such as crimson.");
    }
  }
  remember_item(state, "colour_hex");
  tab.editing = ImGui::IsItemActive();
  tooltip(tr("The colour as #rrggbb, R,G,B or a CSS colour name (aliceblue, crimson, rebeccapurple, ...). Type one and press Enter."));
  if (!tab.problem.empty()) ImGui::TextColored(palette::problem, "%s", tab.problem.c_str());
  if (!tab.typed_name.empty()) ImGui::TextColored(palette::muted, tr("%s: in the table of the chapter's colours too."), tab.typed_name.c_str());
}

// The picked colour with a sentence in the shade the network chose, then both shades side by side.
void preview_card(AppState& state, const ForwardRecord& now) {
  const bool dark = is_dark(now.A2);
  const Rgb c = state.view.picked;
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const float height = line * 7.2f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::Dummy(ImVec2(width, height));
  remember_item(state, "preview_card");
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + height), IM_COL32(c.r, c.g, c.b, 255), line * 0.3f);

  const ImU32 chosen = dark ? palette::dark_text : palette::light_text;
  ImFont* big = fonts().preview;
  const char* sentence = tr("Readable text");
  const ImVec2 size = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, sentence);
  const ImVec2 at(p.x + (width - size.x) * 0.5f, p.y + line * 0.8f);
  list->AddText(big, big->FontSize, at, chosen, sentence);
  state.layout["preview_text"] = Rect{at.x, at.y, size.x, size.y};

  // Both shades, the network's choice ticked.
  const float y = p.y + height - line * 2.6f;
  const char* light_label = tr("light text");
  const char* dark_label = tr("dark text");
  ImFont* font = fonts().text;
  const float half = width * 0.5f;
  for (int k = 0; k < 2; ++k) {
    const bool is_dark_sample = k == 1;
    std::string label = std::string(is_dark_sample ? dark_label : light_label);
    if (is_dark_sample == dark) label = "\xE2\x9C\x93 " + label;  // ✓
    const ImVec2 s = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    const ImVec2 q(p.x + half * k + (half - s.x) * 0.5f, y);
    list->AddText(font, font->FontSize, q, is_dark_sample ? palette::dark_text : palette::light_text, label.c_str());
    if (is_dark_sample == dark)
      list->AddRect(ImVec2(q.x - line * 0.4f, q.y - line * 0.3f), ImVec2(q.x + s.x + line * 0.4f, q.y + s.y + line * 0.3f),
                    chosen, line * 0.25f, 0, 1.5f);
  }
  tooltip(tr("The picked background with text in the shade the network chooses now. Below: both shades, the network's choice ticked."));
}

// A2 as a probability bar from 0 (light text) to 1 (dark text), the 0.5 threshold marked.
void probability_bar(AppState& state, const ForwardRecord& now) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = line * 1.1f;
  ImGui::Dummy(ImVec2(width, h + line * 1.2f));
  remember_item(state, "probability_bar");
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + h), IM_COL32(60, 62, 70, 255));
  const double a2 = is_finite(now.A2) ? now.A2 : 0.0;
  list->AddRectFilled(p, ImVec2(p.x + static_cast<float>(width * a2), p.y + h),
                      is_dark(now.A2) ? palette::chose_dark : palette::chose_light);
  const float mid = p.x + width * 0.5f;
  list->AddLine(ImVec2(mid, p.y - line * 0.2f), ImVec2(mid, p.y + h + line * 0.2f), IM_COL32(255, 255, 255, 255), 2.0f);
  list->AddText(ImVec2(p.x, p.y + h + line * 0.1f), ImGui::GetColorU32(ImGuiCol_Text), tr("0 light"));
  const char* right = tr("dark 1");
  list->AddText(ImVec2(p.x + width - ImGui::CalcTextSize(right).x, p.y + h + line * 0.1f), ImGui::GetColorU32(ImGuiCol_Text), right);
  list->AddText(ImVec2(mid - ImGui::CalcTextSize("0.5").x * 0.5f, p.y + h + line * 0.1f), ImGui::GetColorU32(ImGuiCol_Text), "0.5");
  tooltip(tr("A2, the network's output: how sure it is that dark text reads better. At 0.5 or more it chooses dark text, below 0.5 light text."));
  ImGui::Text("A2 = %s  \xE2\x86\x92  %s", number(now.A2).c_str(), is_dark(now.A2) ? tr("dark text") : tr("light text"));
}

// The picked colour with light text on one half and dark text on the other: the question itself,
// before any network answers it.
void swatch_card(AppState& state) {
  const Rgb c = state.view.picked;
  const float width = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetFontSize();
  const float height = line * 4.5f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  remember_item(state, "swatch_card");
  tooltip(tr("The picked background with light text and with dark text: which reads better?"));
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(p, ImVec2(p.x + width, p.y + height), IM_COL32(c.r, c.g, c.b, 255), line * 0.3f);
  ImFont* big = fonts().preview;
  const char* words[2] = {tr("Light text"), tr("Dark text")};
  const ImU32 shades[2] = {palette::light_text, palette::dark_text};
  for (int k = 0; k < 2; ++k) {
    const ImVec2 size = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, words[k]);
    const float half = width * 0.5f;
    const ImVec2 at(p.x + half * static_cast<float>(k) + (half - size.x) * 0.5f, p.y + (height - size.y) * 0.5f);
    list->AddText(big, big->FontSize, at, shades[k], words[k]);
    state.layout[k == 0 ? "swatch_light" : "swatch_dark"] = Rect{at.x, at.y, size.x, size.y};
  }
}

// What the rules choose; `with_network`: the network's row first (not before the lesson has shown it).
void rules_table(const Rgb& c, const ForwardRecord& now, bool with_network) {
  const YiqVerdict yiq = yiq_rule(c);
  const WcagVerdict wcag = wcag2_rule(c);
  const ApcaVerdict apca = apca_rule(c);
  if (!ImGui::BeginTable("rules", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit))
    return;
  ImGui::TableSetupColumn(tr("Rule"));
  ImGui::TableSetupColumn(tr("Chooses"));
  ImGui::TableSetupColumn(tr("Because"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  const auto row = [](const char* name, const char* tip, bool dark, const std::string& figure, const char* figure_tip) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_with_tooltip(name, tip);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(dark ? tr("dark") : tr("light"));
    tooltip(tip);
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(figure.c_str());
    ImGui::PopFont();
    tooltip(figure_tip);
  };
  // Short figures: the left column is narrow; the tooltips say what each figure is.
  char buf[96];
  if (with_network)
    row(tr("Network"), tr("This network, with the weights it has now."), is_dark(now.A2), "A2 " + number(now.A2, 3),
        tr("Dark text when A2 >= 0.5."));
  std::snprintf(buf, sizeof buf, "Y %.3f %s 127.5", yiq.Y, yiq.dark ? "\xE2\x89\xA5" : "<");
  row(tr("YIQ luma"), tr("Brightness as old colour TV measured it: Y = 0.299 R + 0.587 G + 0.114 B. The book's labels follow this rule exactly."),
      yiq.dark, buf, tr("Dark text when Y is at least 127.5, half of 255."));
  std::snprintf(buf, sizeof buf, "%.2f %s %.2f", wcag.contrast_black, wcag.dark ? ">" : "\xE2\x89\xA4", wcag.contrast_white);
  row(tr("WCAG 2"), tr("The web's accessibility standard: contrast ratio (L1 + 0.05) / (L2 + 0.05) from relative luminance."),
      wcag.dark, buf, tr("Contrast of black text, then of white text. Dark text when black's contrast beats white's."));
  std::snprintf(buf, sizeof buf, "%.1f / %.1f", apca.Lc_black, apca.Lc_white);
  row(tr("APCA"), tr("APCA 0.0.98G-4g, the perceptual contrast proposed for WCAG 3. Lc runs from about -108 to 106."),
      apca.dark, buf, tr("Lightness contrast of black text, then of white text. The larger |Lc| wins."));
  ImGui::EndTable();
}

void network_now(AppState& state, const ForwardRecord& now) {
  heading(tr("What the network says now"));
  const Trainer& t = state.run.trainer();
  wrapped_textf(tr("After step %s, for %s:"), thousands(t.steps_done()).c_str(), hex_of(state.view.picked).c_str());
  ImGui::PushFont(fonts().mono);
  wrapped_textf("Z1 = %s", vector_text(now.Z1).c_str());
  tooltip(tr("Z1 = w_hidden X + b_hidden for the picked colour: each hidden node's weighted sum."));
  wrapped_textf("A1 = %s", vector_text(now.A1).c_str());
  tooltip(tr("A1: the hidden nodes' outputs after the activation (ReLU turns negatives into 0)."));
  wrapped_textf("Z2 = %s   A2 = %s", number(now.Z2).c_str(), number(now.A2).c_str());
  tooltip(tr("Z2 = w_output A1 + b_output, and A2 = logistic(Z2), the output for the picked colour."));
  ImGui::PopFont();
}

}  // namespace

void colour_panel(AppState& state) {
  heading(tr("Background colour"));
  const ForwardRecord now = state.picked_forward();
  // Where the panel is short (projector mode, a portrait screen), the network's answer comes before
  // the picker, so it is in view.
  if (state.view.projector || ImGui::GetContentRegionAvail().y < ImGui::GetFontSize() * 32) {
    preview_card(state, now);
    ImGui::Spacing();
    probability_bar(state, now);
    ImGui::Spacing();
    picker(state, true);
  } else {
    picker(state, true);
    ImGui::Spacing();
    preview_card(state, now);
    ImGui::Spacing();
    probability_bar(state, now);
  }
  ImGui::Spacing();
  heading(tr("What each rule would choose"));
  rules_table(state.view.picked, now, true);
  ImGui::Spacing();
  network_now(state, now);
}

void colour_parts(AppState& state, const std::vector<ScenePart>& parts) {
  const ForwardRecord now = state.picked_forward();
  const bool with_network = std::find(parts.begin(), parts.end(), ScenePart::preview) != parts.end();
  for (ScenePart part : parts) {
    switch (part) {
      case ScenePart::picker: picker(state, false); break;
      case ScenePart::swatch: swatch_card(state); break;
      case ScenePart::preview:
        preview_card(state, now);
        ImGui::Spacing();
        probability_bar(state, now);
        break;
      case ScenePart::rules:
        heading(tr("What each rule would choose"));
        rules_table(state.view.picked, now, with_network);
        break;
      default: break;
    }
    ImGui::Spacing();
  }
}

}  // namespace fontshade::app
