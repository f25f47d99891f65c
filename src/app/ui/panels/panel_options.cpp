// The options tab (issue 7): every training option of the core's table (option_table.hpp), each with
// a widget for its kind, named and explained by its row. A change goes through the core's option
// reader (option_changes.hpp) and starts a new run; the sentence under the table says what changed,
// and Undo goes back to the previous run's options. Typed values and sliders apply when the edit ends
// (Enter, a click elsewhere, the slider let go), so dragging starts one run.
#include <algorithm>
#include <string>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/text/format.hpp"
#include "app/state/option_changes.hpp"
#include "core/network/option_table.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

// Draws `widget`, which edits the held value of the edit `id` (it follows the run's `current` value
// while the widget is not in use), and returns whether an edit just ended with a change.
template <typename Widget>
bool held(AppState& state, const std::string& id, const OptionValue& current, Widget widget) {
  OptionEdit& edit = state.view.options_tab.edits[id];
  if (!edit.active) edit.value = current;
  widget(edit.value);
  edit.active = ImGui::IsItemActive();
  return ImGui::IsItemDeactivatedAfterEdit();
}

void apply(AppState& state, std::string_view name, const std::string& text) {
  state.view.options_tab.problem = set_option_text(state, name, text);
}

void label_cell(const char* name, const char* tip) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name);
  tooltip(tip);
  ImGui::TableNextColumn();
}

// One radio button a choice, on one line (wrapping when the column is narrow).
void choices(AppState& state, const OptionSpec& spec, const OptionValue& current) {
  const std::string option(spec.name);
  ImGui::PushID(option.c_str());
  const std::string current_name = option_text(spec, current);
  for (const OptionChoice& c : spec.choices) {
    const std::string value(c.name);
    const char* label = c.shown ? tr(c.shown) : value.c_str();
    if (c.name != spec.choices.front().name) {
      const float width = ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    }
    if (ImGui::RadioButton(label, current_name == value) && current_name != value) apply(state, spec.name, value);
    remember_item(state, ("options_" + option + "_" + value).c_str());
    tooltip(tr(spec.tooltip));
  }
  ImGui::PopID();
}

// A typed number (and its logarithmic slider when the table gives one a range).
void number_field(AppState& state, const OptionSpec& spec, const OptionValue& current) {
  const std::string name(spec.name);
  const bool applies = option_applies(spec, state.run.options());
  ImGui::BeginDisabled(!applies);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.5f);
  if (held(state, name, current, [&](OptionValue& v) { ImGui::InputDouble(("##" + name).c_str(), &std::get<double>(v), 0, 0, "%.6g"); }))
    apply(state, spec.name, option_text(spec, state.view.options_tab.edits[name].value));
  ImGui::EndDisabled();
  remember_item(state, ("options_" + name).c_str());
  tooltip(tr(applies ? spec.edit_tip : spec.unused_tip));
  if (spec.slider_max <= spec.slider_min) return;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  const std::string slider = name + "_slider";
  if (held(state, slider, current, [&](OptionValue& v) {
        ImGui::SliderScalar(("##" + slider).c_str(), ImGuiDataType_Double, &std::get<double>(v), &spec.slider_min, &spec.slider_max,
                            "%.4g", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_NoRoundToFormat);
      }))
    apply(state, spec.name, option_text(spec, state.view.options_tab.edits[slider].value));
  remember_item(state, ("options_" + slider).c_str());
  tooltip(tr(spec.slider_tip));
}

// A whole number: a slider over a short range (hidden nodes), else a typed field (steps, seed).
void whole_field(AppState& state, const OptionSpec& spec, const OptionValue& current) {
  constexpr long long kSliderRange = 100;
  const std::string name(spec.name), id = "##" + name;
  const bool slider = spec.kind == OptionKind::whole && spec.max - spec.min <= kSliderRange;
  ImGui::SetNextItemWidth(slider ? -1 : ImGui::GetFontSize() * 7);
  const auto widget = [&](OptionValue& v) {
    if (spec.kind == OptionKind::seed) {
      ImU64 seed = std::get<std::uint64_t>(v);
      ImGui::InputScalar(id.c_str(), ImGuiDataType_U64, &seed);
      v = static_cast<std::uint64_t>(seed);
    } else if (slider) {
      ImGui::SliderScalar(id.c_str(), ImGuiDataType_S64, &std::get<long long>(v), &spec.min, &spec.max, "%lld",
                          ImGuiSliderFlags_AlwaysClamp);
    } else {
      ImGui::InputScalar(id.c_str(), ImGuiDataType_S64, &std::get<long long>(v));
    }
  };
  if (held(state, name, current, widget)) apply(state, spec.name, option_text(spec, state.view.options_tab.edits[name].value));
  remember_item(state, ("options_" + name).c_str());
  tooltip(tr(spec.edit_tip));
}

// Every option of the table, in the tab's order: its name, then its widget by its kind.
void option_rows(AppState& state) {
  std::vector<const OptionSpec*> rows;
  for (const OptionSpec& spec : option_specs()) rows.push_back(&spec);
  std::sort(rows.begin(), rows.end(), [](const OptionSpec* a, const OptionSpec* b) { return a->tab_row < b->tab_row; });
  for (const OptionSpec* spec : rows) {
    label_cell(tr(spec->display), tr(spec->tooltip));
    const OptionValue current = spec->field.get(state.run.options());
    switch (spec->kind) {
      case OptionKind::choice: choices(state, *spec, current); break;
      case OptionKind::positive_number: number_field(state, *spec, current); break;
      case OptionKind::whole:
      case OptionKind::seed: whole_field(state, *spec, current); break;
    }
  }
}

void preset_row(AppState& state) {
  const std::string_view preset = preset_name_of(state.run.options());
  label_cell(tr("preset"), tr("A whole set of options at once. The seed stays."));
  struct Choice {
    const char* name;
    const char* label;
    const char* tip;
  };
  const Choice presets[] = {
      {"seed", tr("the chapter's"), tr("The chapter unchanged: 3 ReLU nodes, squared error, L = 0.05, 100,000 steps, weights uniform in [0, 1).")},
      {"tuned", tr("tuned"), tr("Still 3-3-1 ReLU and the chapter's start: cross-entropy cost, L falling from 0.5 to 0.005, 300,000 steps.")},
      {"custom", tr("custom"), tr("Any other options: change one below.")},
  };
  for (const Choice& c : presets) {
    if (c.name != presets[0].name) {  // on the line while it fits (Spanish's labels are longer)
      const float width = ImGui::CalcTextSize(c.label).x + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    }
    const bool current = preset == c.name;
    ImGui::PushStyleColor(ImGuiCol_Button, current ? ImVec4(0.94f, 0.78f, 0.31f, 1.0f) : ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::PushStyleColor(ImGuiCol_Text, current ? ImVec4(0, 0, 0, 1) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    const bool custom = std::string_view(c.name) == "custom";
    if (ImGui::Button(c.label) && !custom && !current) apply(state, "preset", c.name);
    ImGui::PopStyleColor(2);
    remember_item(state, (std::string("options_preset_") + c.name).c_str());
    tooltip(c.tip);
  }
}

// What the last change did, and the way back: first, so it shows without scrolling.
void change_rows(AppState& state) {
  ImGui::BeginDisabled(!state.can_undo_options());
  if (ImGui::Button(tr("Undo: back to the previous run's options"))) {
    state.undo_options();
    state.view.options_tab.problem.clear();
  }
  ImGui::EndDisabled();
  remember_item(state, "options_undo");
  tooltip(tr("A new run with the options before the last change, from step 0."));
  // What the last change did, on a line kept for it (empty before any change), so a change never moves
  // the controls: one line, "and N more" where the list is long; all of it in the tooltip.
  if (state.last_change) {
    const auto measure = [](std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; };
    const Options& before = state.last_change->before;
    const Options& after = state.last_change->after;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    ImGui::TextUnformatted(option_change_line(before, after, ImGui::GetContentRegionAvail().x, measure).c_str());
    ImGui::PopStyleColor();
    remember_item(state, "options_change");
    tooltip(option_change_sentence(before, after).c_str());
  } else {
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  }
  if (!state.view.options_tab.problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_text(std::string(tr("Not changed: ")) + core_message(state.view.options_tab.problem));
    ImGui::PopStyleColor();
    remember_item(state, "options_problem");
  }
  const Run& run = state.run;
  if (run.dead_at_cursor()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_textf(tr("L = %s was too large: at step %s every hidden node died (crossed out in the diagram). ReLU now gives 0 for every colour; try a smaller L."),
                  number(run.options().learning_rate).c_str(), thousands(*run.dead_at_step()).c_str());
    ImGui::PopStyleColor();
    remember_item(state, "options_dead");
  }
}

}  // namespace

void options_panel(AppState& state) {
  change_rows(state);
  if (ImGui::BeginTable("options", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    preset_row(state);
    option_rows(state);
    if (state.run.options().trainer == TrainerKind::sklearn) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
      wrapped_text(tr("With scikit-learn's trainer, steps is max_iter (epochs at most) and the greyed options are scikit-learn's defaults: log-loss with L2 alpha 1e-4, Glorot-uniform start, momentum 0.9 (Nesterov), batches of 200, the true gradient."));
      ImGui::PopStyleColor();
      remember_item(state, "options_sklearn_note");
    }
    ImGui::EndTable();
  }
}

}  // namespace fontshade::app
