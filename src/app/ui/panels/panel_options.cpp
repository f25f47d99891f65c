// The options tab (issue 7): every training option the CLI has, each with a widget. A change goes
// through the core's option reader (option_changes.hpp) and starts a new run; the sentence under the
// table says what changed, and Undo goes back to the previous run's options. Typed values and sliders
// apply when the edit ends (Enter, a click elsewhere, the slider let go), so dragging starts one run.
#include <cstdio>
#include <string>

#include "app/state/app_state.hpp"
#include "app/text/format.hpp"
#include "core/files/json_writer.hpp"  // format_double: 17 digits, read back to the same bits
#include "app/state/option_changes.hpp"
#include "core/network/options.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

// A value being edited: the widget edits `value`, which follows the run's options while the widget
// is not in use.
template <typename T>
struct Held {
  T value{};
  bool active = false;
};

Held<double> g_lr_typed, g_lr_slid, g_final_typed;
Held<long long> g_steps;
Held<unsigned long long> g_seed;
Held<int> g_hidden;
std::string g_problem;  // the last value the reader refused, until the next change

// Draws `widget` (which edits the held value) and returns whether an edit just ended with a change.
template <typename T, typename Widget>
bool held(Held<T>& h, T current, Widget widget) {
  if (!h.active) h.value = current;
  widget(&h.value);
  h.active = ImGui::IsItemActive();
  return ImGui::IsItemDeactivatedAfterEdit();
}

void apply(AppState& state, const char* name, const std::string& text) { g_problem = set_option_text(state, name, text); }

void label_cell(const char* name, const char* tip) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name);
  tooltip(tip);
  ImGui::TableNextColumn();
}

// One radio button a choice, on one line (wrapping when the column is narrow).
void choices(AppState& state, const char* option, std::string_view current, std::initializer_list<const char*> values,
             const char* tip) {
  ImGui::PushID(option);
  bool first = true;
  for (const char* v : values) {
    const char* shown = option_display_value(option, v);
    const char* label = shown ? shown : v;
    if (!first) {
      const float width = ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
      ImGui::SameLine();
      if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    }
    first = false;
    if (ImGui::RadioButton(label, current == v) && current != v) apply(state, option, v);
    remember_item(state, (std::string("options_") + option + "_" + v).c_str());
    tooltip(tip);
  }
  ImGui::PopID();
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
    if (c.name != presets[0].name) ImGui::SameLine();
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

void learning_rate_rows(AppState& state) {
  const Options& o = state.run.options();
  const float line = ImGui::GetFontSize();
  label_cell("L", tr("The learning rate: how far each step moves the weights against the gradient. The chapter uses 0.05; 50 kills every ReLU node."));
  ImGui::SetNextItemWidth(line * 5.5f);
  if (held(g_lr_typed, o.learning_rate, [](double* v) { ImGui::InputDouble("##lr", v, 0, 0, "%.6g"); }))
    apply(state, "lr", format_double(g_lr_typed.value));
  remember_item(state, "options_lr");
  tooltip(tr("Type a learning rate and press Enter. A new run starts."));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  const double lo = 1e-4, hi = 100;
  if (held(g_lr_slid, o.learning_rate, [&](double* v) {
        ImGui::SliderScalar("##lr_slider", ImGuiDataType_Double, v, &lo, &hi, "%.4g",
                            ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_NoRoundToFormat);
      }))
    apply(state, "lr", format_double(g_lr_slid.value));
  remember_item(state, "options_lr_slider");
  tooltip(tr("Drag on a logarithmic scale, from 0.0001 to 100; the new run starts when you let go."));

  label_cell(tr("schedule"), tr("Constant: L every step (the chapter). Linear: from L at the first step to the final L at the last."));
  choices(state, "schedule", name_of(o.schedule), {"constant", "linear"},
          tr("Constant: L every step (the chapter). Linear: from L at the first step to the final L at the last."));

  label_cell(tr("final L"), tr("The learning rate of the last step, for a linear schedule. With a constant schedule it is L."));
  ImGui::BeginDisabled(o.schedule != Schedule::linear);
  ImGui::SetNextItemWidth(line * 5.5f);
  if (held(g_final_typed, o.final_learning_rate, [](double* v) { ImGui::InputDouble("##final_lr", v, 0, 0, "%.6g"); }))
    apply(state, "final_lr", format_double(g_final_typed.value));
  ImGui::EndDisabled();
  remember_item(state, "options_final_lr");
  tooltip(o.schedule == Schedule::linear ? tr("Type the last step's learning rate and press Enter. A new run starts.")
                                         : tr("Only for a linear schedule: with a constant schedule every step uses L."));
}

void run_rows(AppState& state) {
  const Options& o = state.run.options();
  const float line = ImGui::GetFontSize();
  label_cell(tr("steps"), tr("How many SGD steps the run takes (the chapter: 100,000)."));
  ImGui::SetNextItemWidth(line * 7);
  if (held(g_steps, o.steps, [](long long* v) { ImGui::InputScalar("##steps", ImGuiDataType_S64, v); }))
    apply(state, "steps", std::to_string(g_steps.value));
  remember_item(state, "options_steps");
  tooltip(tr("Type a number of steps and press Enter. A new run starts."));

  label_cell(tr("seed"), tr("Which run: the split, the starting weights and the order of the samples. The same seed is the same run everywhere."));
  ImGui::SetNextItemWidth(line * 7);
  if (held(g_seed, static_cast<unsigned long long>(o.seed), [](unsigned long long* v) { ImGui::InputScalar("##seed", ImGuiDataType_U64, v); }))
    apply(state, "seed", std::to_string(g_seed.value));
  remember_item(state, "options_seed");
  tooltip(tr("Type a seed and press Enter. A new run starts."));

  label_cell(tr("hidden nodes"), tr("How many nodes the hidden layer has, 1 to 16 (the chapter: 3)."));
  ImGui::SetNextItemWidth(-1);
  if (held(g_hidden, o.hidden, [](int* v) { ImGui::SliderInt("##hidden", v, kMinHidden, kMaxHidden, "%d", ImGuiSliderFlags_AlwaysClamp); }))
    apply(state, "hidden", std::to_string(g_hidden.value));
  remember_item(state, "options_hidden");
  tooltip(tr("Drag or click for 1 to 16 hidden nodes (Ctrl+click to type); the new run starts when you let go."));
}

// What a step is and where the random numbers come from: the chapter's notebook, number for number.
void trainer_rows(AppState& state) {
  const Options& o = state.run.options();
  label_cell(tr("trainer"), tr("What a step is. The chapter's: one training colour, forward, backward, update. scikit-learn's: one mini-batch of MLPClassifier(solver='sgd'), the chapter's second program."));
  choices(state, "trainer", name_of(o.trainer), {"chapter", "sklearn"},
          tr("What a step is. The chapter's: one training colour, forward, backward, update. scikit-learn's: one mini-batch of MLPClassifier(solver='sgd'), the chapter's second program."));
  label_cell(tr("random numbers"), tr("fontshade: its own generator. numpy: NumPy's, after np.random.seed(seed), drawn as the chapter's notebook draws them, so a notebook shows the same numbers."));
  ImGui::BeginDisabled(o.trainer == TrainerKind::sklearn);
  choices(state, "rng", o.trainer == TrainerKind::sklearn ? std::string_view("numpy") : name_of(o.rng), {"fontshade", "numpy"},
          o.trainer == TrainerKind::sklearn ? tr("scikit-learn always draws from NumPy's generator.")
                                            : tr("fontshade: its own generator. numpy: NumPy's, after np.random.seed(seed), drawn as the chapter's notebook draws them, so a notebook shows the same numbers."));
  ImGui::EndDisabled();
}

void choice_rows(AppState& state) {
  const Options& o = state.run.options();
  // scikit-learn's trainer has its own cost, start, schedule and gradient (its defaults).
  const bool sklearn = o.trainer == TrainerKind::sklearn;
  label_cell(tr("activation"), tr("The hidden nodes' function: relu (the chapter), leaky_relu (slope 0.01 below 0), tanh or logistic."));
  choices(state, "activation", name_of(o.activation), {"relu", "leaky_relu", "tanh", "logistic"},
          tr("The hidden nodes' function: relu (the chapter), leaky_relu (slope 0.01 below 0), tanh or logistic."));
  ImGui::BeginDisabled(sklearn);
  label_cell(tr("cost"), tr("squared_error: (A2 - Y)^2, the chapter's. cross_entropy: the logistic output's own cost, whose gradient does not fade when A2 is confidently wrong."));
  choices(state, "cost", name_of(o.cost), {"squared_error", "cross_entropy"},
          tr("squared_error: (A2 - Y)^2, the chapter's. cross_entropy: the logistic output's own cost, whose gradient does not fade when A2 is confidently wrong."));
  label_cell(tr("init"), tr("uniform01: every weight and bias uniform in [0, 1), the chapter's. he: weights uniform in +-sqrt(6 / inputs), biases 0."));
  choices(state, "init", name_of(o.init), {"uniform01", "he"},
          tr("uniform01: every weight and bias uniform in [0, 1), the chapter's. he: weights uniform in +-sqrt(6 / inputs), biases 0."));
  label_cell(tr("gradient"), tr("True: the chain rule node by node. The chapter's: dC_dW1 and dC_dB1 as the chapter's NumPy computes them, summed over the hidden nodes."));
  choices(state, "gradient", name_of(o.gradient), {"true", "chapter"},
          tr("True: the chain rule node by node. The chapter's: dC_dW1 and dC_dB1 as the chapter's NumPy computes them, summed over the hidden nodes."));
  ImGui::EndDisabled();
  if (sklearn) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("With scikit-learn's trainer, steps is max_iter (epochs at most) and the greyed options are scikit-learn's defaults: log-loss with L2 alpha 1e-4, Glorot-uniform start, momentum 0.9 (Nesterov), batches of 200, the true gradient."));
    ImGui::PopStyleColor();
    remember_item(state, "options_sklearn_note");
  }
}

// What the last change did, and the way back: first, so it shows without scrolling.
void change_rows(AppState& state) {
  ImGui::BeginDisabled(!state.can_undo_options());
  if (ImGui::Button(tr("Undo: back to the previous run's options"))) {
    state.undo_options();
    g_problem.clear();
  }
  ImGui::EndDisabled();
  remember_item(state, "options_undo");
  tooltip(tr("A new run with the options before the last change, from step 0."));
  if (state.last_change) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    wrapped_text(option_change_sentence(state.last_change->before, state.last_change->after));
    ImGui::PopStyleColor();
    remember_item(state, "options_change");
  }
  if (!g_problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_text(std::string(tr("Not changed: ")) + g_problem);
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
    learning_rate_rows(state);
    run_rows(state);
    trainer_rows(state);
    choice_rows(state);
    ImGui::EndTable();
  }
}

}  // namespace fontshade::app
