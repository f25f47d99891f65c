// 2. Step-through: reset with a seed; move through the run (back and forward by 1, 10, 100, 1000, to
// the start and the end, or anywhere on the timeline); run and pause at a chosen speed; unfold one
// step phase by phase in the chapter's order; the sample of the step in view.
#include <cmath>
#include <cstdio>

#include "app/ui/fonts.hpp"
#include "app/text/format.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/text/phase_text.hpp"
#include "app/ui/quantity_view.hpp"
#include "app/text/strings.hpp"
#include "app/ui/widgets.hpp"

namespace fontshade::app {
namespace {

float button_width(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }
// On this line after a wider gap than usual (a group of buttons ends), or on the next.
void button_row_gap(const char* next_label) { same_line_if_fits(button_width(next_label), ImGui::GetStyle().ItemSpacing.x * 2.5f); }

void reset_row(AppState& state) {
  if (ImGui::Button(tr("Reset"))) state.reset(static_cast<std::uint64_t>(state.seed_field));
  remember_item(state, "button_reset");
  tooltip(tr("Start again: new random weights, split and sample order from this seed. (Key: R)"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  ImGui::InputScalar(tr("seed"), ImGuiDataType_S64, &state.seed_field);
  if (state.seed_field < 0) state.seed_field = 0;
  tooltip(tr("The same seed always gives the same run, here and in fontshade-cli."));
  same_line_if_fits(checkbox_width(tr("Phase by phase")), ImGui::GetStyle().ItemSpacing.x * 2.5f);
  bool phases = state.phase_mode();
  ImGui::BeginDisabled(state.run.mlp() != nullptr);
  if (ImGui::Checkbox(tr("Phase by phase"), &phases)) state.set_phase_mode(phases);
  ImGui::EndDisabled();
  remember_item(state, "phase_mode");
  tooltip(state.run.mlp() ? tr("scikit-learn's step is a whole mini-batch: phase by phase is for the chapter's trainer.")
                          : tr("Unfold one step in the chapter's order: the sample, the forward pass, the cost, the backward pass, the update. (Key: F; arrows walk the phases)"));
}

// Back and forth through the run: |◀ ◀100 ◀10 ◀ · Step ×10 ×100 ×1000 ▶|
void move_row(AppState& state) {
  const long long at = state.run.cursor();
  ImGui::BeginDisabled(at == 0);
  if (ImGui::Button("|\xE2\x97\x80")) state.home();
  remember_item(state, "button_home");
  tooltip(tr("Back to step 0, before any training. (Key: Home)"));
  const long long counts[] = {100, 10, 1};
  const char* back_names[] = {"button_back100", "button_back10", "button_back"};
  for (int k = 0; k < 3; ++k) {
    char label[32];
    if (counts[k] == 1) std::snprintf(label, sizeof label, "\xE2\x97\x80");
    else std::snprintf(label, sizeof label, "\xE2\x97\x80%lld", counts[k]);
    same_line_if_fits(button_width(label));
    if (ImGui::Button(label)) state.back(counts[k]);
    remember_item(state, back_names[k]);
    tooltip(counts[k] == 1 ? tr("One step back: the step before, rebuilt exactly. (Key: Left arrow)")
                           : tr("Steps back; the panels show the step you land on. (Key: Shift+Left for ten)"));
  }
  ImGui::EndDisabled();
  button_row_gap(tr("Step"));
  ImGui::BeginDisabled(state.at_end());
  if (ImGui::Button(tr("Step"))) state.step(1);
  remember_item(state, "button_step");
  tooltip(state.run.mlp() ? tr("One mini-batch of scikit-learn's fit: forward and backward over its rows, then every weight moves with momentum. (Key: Space)")
                          : tr("One SGD step: draw one training colour, forward pass, backward pass, update every weight. (Key: Space)"));
  const long long ahead[] = {10, 100, 1000};
  const char* names[] = {"button_step10", "button_step100", "button_step1000"};
  for (int k = 0; k < 3; ++k) {
    char label[32];
    std::snprintf(label, sizeof label, "\xC3\x97%lld", ahead[k]);  // ×10
    same_line_if_fits(button_width(label));
    if (ImGui::Button(label)) state.step(ahead[k]);
    remember_item(state, names[k]);
    tooltip(k == 0 ? tr("Ten steps; the panels show the last one. (Keys: Shift+Right)") : tr("Many steps at once; the panels show the last one."));
  }
  ImGui::EndDisabled();
  same_line_if_fits(button_width("\xE2\x96\xB6|"));
  ImGui::BeginDisabled(at >= state.run.steps_done());
  if (ImGui::Button("\xE2\x96\xB6|")) state.end();
  remember_item(state, "button_end");
  tooltip(tr("To the last step computed so far. (Key: End)"));
  ImGui::EndDisabled();
}

void play_row(AppState& state) {
  ImGui::BeginDisabled(state.at_end());
  if (ImGui::Button(state.player.running() ? tr("Pause") : tr("Run"))) state.player.toggle();
  remember_item(state, "button_run");
  tooltip(tr("Keep stepping at the chosen speed. (Key: Enter)"));
  ImGui::EndDisabled();
  const float speed_width = ImGui::GetFontSize() * 11;
  same_line_if_fits(speed_width);
  int speed = state.player.speed_index();
  const int sps = state.player.steps_per_second();
  char speed_label[64];
  if (sps == 0)
    std::snprintf(speed_label, sizeof speed_label, "%s", tr("as fast as possible"));
  else
    std::snprintf(speed_label, sizeof speed_label, tr("%d steps/s"), sps);
  ImGui::SetNextItemWidth(speed_width);
  if (ImGui::SliderInt("##speed", &speed, 0, RunController::kSpeedCount - 1, speed_label, ImGuiSliderFlags_NoInput))
    state.player.set_speed_index(speed);
  tooltip(tr("Steps per second while running, from 1 to as fast as the computer can."));
  same_line_if_fits(ImGui::CalcTextSize(tr("Train to the end")).x + ImGui::GetStyle().FramePadding.x * 2);
  ImGui::BeginDisabled(state.at_end());
  if (ImGui::Button(tr("Train to the end"))) state.player.train_to_end();
  remember_item(state, "button_train_to_end");
  tooltip(tr("Run every remaining step as fast as possible; the window stays responsive."));
  ImGui::EndDisabled();
}

// The timeline: any step computed so far, by dragging; the text says where the run has got to.
void timeline(AppState& state) {
  const Run& run = state.run;
  long long at = run.cursor();
  const long long lo = 0, hi = run.steps_done();
  char text[160];
  if (const MlpRun* mlp = run.mlp())
    std::snprintf(text, sizeof text, tr("Batch %s: epoch %s of at most %s"), thousands(at).c_str(),
                  thousands(mlp->trainer().n_iter() + (mlp->trainer().finished() ? 0 : 1)).c_str(), thousands(run.options().steps).c_str());
  else
    std::snprintf(text, sizeof text, tr("Step %s of %s"), thousands(at).c_str(), thousands(run.options().steps).c_str());
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  remember_item(state, "step_counter");
  tooltip(tr("The step in view, out of the run's total (100,000 in the chapter)."));
  std::snprintf(text, sizeof text, tr("computed: %s"), thousands(hi).c_str());
  // Beside the counter where the slider's text fits in it with room to drag, else on a line of its own.
  same_line_if_fits(ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFontSize() * 4);
  ImGui::SetNextItemWidth(-1);
  ImGui::BeginDisabled(hi == 0);
  // The format is the label itself (no %): ImGui shows it as it is, with the language's separators.
  std::string label(text);
  for (std::size_t p = label.find('%'); p != std::string::npos; p = label.find('%', p + 2)) label.insert(p, "%");
  if (ImGui::SliderScalar("##timeline", ImGuiDataType_S64, &at, &lo, &hi, label.c_str(), ImGuiSliderFlags_AlwaysClamp))
    state.seek(at);
  remember_item(state, "timeline");
  tooltip(tr("Every step computed so far: drag to go back and forth through the run. Each step is rebuilt exactly."));
  ImGui::EndDisabled();
}

// scikit-learn's trainer: what it is, and where it stands.
void sklearn_line(AppState& state) {
  const Run& run = state.run;
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_textf(tr("scikit-learn (mini-batch), learning_rate_init = %s, np.random.seed(%s)"),
                number(run.options().learning_rate).c_str(), std::to_string(run.options().seed).c_str());
  ImGui::PopStyleColor();
  remember_item(state, "trainer_line");
  tooltip(tr("The chapter's second program: MLPClassifier(solver='sgd') with scikit-learn's defaults, every random number from NumPy's generator. Its steps are mini-batches; Options changes the trainer."));
  if (const auto& d = run.mlp()->trainer().divergence()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_textf(tr("Training diverged at batch %s: %s is %s. Reset with a smaller learning rate."), thousands(d->step).c_str(),
                  d->quantity.c_str(), d->value.c_str());
    ImGui::PopStyleColor();
  }
}

void problems(AppState& state) {
  Run& run = state.run;
  if (run.mlp()) return sklearn_line(state);
  const std::string_view preset = preset_name_of(run.options());
  ImGui::TextColored(palette::muted, tr("L = %s   preset: %s"), number(run.options().learning_rate_at(run.cursor() + 1)).c_str(),
                     preset == "seed" ? tr("the chapter's") : (preset == "tuned" ? tr("tuned") : tr("custom")));
  tooltip(tr("L is the learning rate: how far each step moves the weights against the gradient."));
  same_line_if_fits(checkbox_width(tr("the chapter's gradient")));
  bool chapter = run.options().gradient == GradientMode::chapter;
  ImGui::PushStyleColor(ImGuiCol_Text, chapter ? palette::problem : palette::muted);
  if (ImGui::Checkbox(tr("the chapter's gradient"), &chapter)) {
    Options o = run.options();
    o.gradient = chapter ? GradientMode::chapter : GradientMode::true_gradient;
    state.set_options(o);
  }
  ImGui::PopStyleColor();
  remember_item(state, "gradient_chapter");
  tooltip(chapter ? tr("dC_dW1 and dC_dB1 as the chapter's NumPy computes them: summed over the hidden nodes, so every hidden node gets the same update.")
                  : tr("Off: the true gradient, the chain rule node by node. On: dC_dW1 and dC_dB1 as the chapter's NumPy computes them. Changing it starts a new run."));
  if (const auto& d = run.divergence()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    wrapped_textf(tr("Training diverged at step %s: %s is %s. The parameters are those before that step. Reset with a smaller learning rate."),
                  thousands(d->step).c_str(),
                  (d->quantity + (d->after_update ? std::string(" ") + tr("after the update") : std::string())).c_str(),
                  d->value.c_str());
    ImGui::PopStyleColor();
  }
  if (run.dead_at_cursor()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::problem);
    if (run.options().activation == Activation::relu)
      wrapped_textf(tr("Every hidden node died at step %s: ReLU gives 0 for every colour, so only b_output still learns and the network answers the same for everything."),
                    thousands(*run.dead_at_step()).c_str());
    else
      wrapped_textf(tr("Every hidden node is saturated from step %s on: its slope is below 1e-8 for every colour, so almost no gradient reaches the hidden weights and the hidden layer has stopped learning. The learning rate is too large."),
                    thousands(*run.dead_at_step()).c_str());
    ImGui::PopStyleColor();
  }
}

// Phase mode: the phases of the step as buttons (the current one lit), previous and next, and what
// happens in a sentence.
void phase_bar(AppState& state) {
  if (!state.phase_mode()) return;
  const Phase now = *state.view.phase;
  if (ImGui::ArrowButton("##previous_phase", ImGuiDir_Left)) state.previous();
  remember_item(state, "button_previous_phase");
  tooltip(tr("The previous phase (Key: Left arrow)"));
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next_phase", ImGuiDir_Right)) state.next();
  remember_item(state, "button_next_phase");
  tooltip(tr("The next phase (Key: Right arrow)"));
  // Chips with room under their labels: a frame as tall as the text (ImGui's small buttons) clipped the
  // underscores of dC_dA2 and its kind.
  const ImVec2 padding(ImGui::GetStyle().FramePadding.x * 0.6f, std::fmax(2.0f, ImGui::GetFontSize() * 0.15f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, padding);
  for (const PhaseInfo& p : phases()) {
    const char* label = phase_label(p.phase);
    same_line_if_fits(ImGui::CalcTextSize(label).x + padding.x * 2);
    const bool current = p.phase == now;
    const bool done = p.phase < now;
    ImGui::PushStyleColor(ImGuiCol_Button, current ? ImVec4(0.94f, 0.78f, 0.31f, 1.0f)
                                                   : (done ? ImVec4(0.26f, 0.30f, 0.38f, 1.0f) : ImVec4(0.16f, 0.17f, 0.20f, 1.0f)));
    ImGui::PushStyleColor(ImGuiCol_Text, current ? ImVec4(0, 0, 0, 1) : (done ? ImVec4(1, 1, 1, 1) : palette::muted));
    ImGui::PushID(static_cast<int>(p.phase));
    if (ImGui::Button(label)) state.set_phase(p.phase);
    ImGui::PopID();
    ImGui::PopStyleColor(2);
    remember_item(state, (std::string("phase_") + std::string(p.name)).c_str());
  }
  ImGui::PopStyleVar();
  ImGui::PushFont(fonts().bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
  wrapped_text(phase_sentence(now, state.run.options()));
  ImGui::PopStyleColor();
  ImGui::PopFont();
  remember_item(state, "phase_sentence");
}

// scikit-learn's trainer: the batch in view, in a line (the passes panel has the rest).
void current_batch(AppState& state, const MlpBatchRecord* b) {
  if (!b) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("No batch yet: press Step for scikit-learn's first mini-batch."));
    ImGui::PopStyleColor();
    return;
  }
  const auto channel = [](double v) { return static_cast<int>(v * 255 + 0.5); };
  const Rgb mean{channel(b->mean_X(0)), channel(b->mean_X(1)), channel(b->mean_X(2))};
  colour_swatch(state, "sample_swatch", mean, ImGui::GetFontSize() * 3.2f, tr("The mean colour of the batch's rows."));
  ImGui::SameLine();
  ImGui::BeginGroup();
  wrapped_textf(tr("Batch %d of %d in epoch %lld: %d rows, log-loss %s"), b->batch, b->batches_per_epoch, b->epoch,
                static_cast<int>(b->rows.size()), number(b->log_loss).c_str());
  if (b->epoch_ended) wrapped_textf(tr("The epoch ends here: loss_ = %s"), number(b->epoch_loss).c_str());
  ImGui::EndGroup();
}

}  // namespace

void sample_panel(AppState& state) {
  if (state.run.mlp()) return current_batch(state, state.run.batch_record());
  const StepRecord* r = state.run.record();
  if (!r) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
    wrapped_text(tr("No step yet: press Step to draw the first training colour."));
    ImGui::PopStyleColor();
    return;
  }
  Highlight lit(state.view.phase == Phase::sample, state, false);
  const Sample& s = state.run.data().samples[static_cast<std::size_t>(r->sample)];
  const float side = ImGui::GetFontSize() * 3.2f;
  colour_swatch(state, "sample_swatch", s.colour, side, tr("The training colour this step drew at random."));
  ImGui::SameLine();
  ImGui::BeginGroup();
  wrapped_textf(tr("Sample %d: %s"), r->sample, hex_of(s.colour).c_str());
  tooltip(tr("Which row of the data set this step trained on, counted from 0, as the field sample of fontshade-cli trace."));
  ImGui::PushFont(fonts().mono);
  wrapped_textf("X = [%s, %s, %s]", number(r->X(0)).c_str(), number(r->X(1)).c_str(), number(r->X(2)).c_str());
  ImGui::PopFont();
  tooltip(quantity_tip(Quantity::X));
  if (ImGui::IsItemHovered()) state.view.hovered_next = Quantity::X;
  ImGui::Text("Y = %s  (%s)", number(r->Y).c_str(), r->Y == 1 ? tr("dark text") : tr("light text"));
  remember_item(state, "sample_Y");
  tooltip(quantity_tip(Quantity::Y));
  // The label convention, here where Y first appears and nowhere else: the chapter's prose has it the
  // other way round ("clara (1) u oscura (0)"); its code and data, and fontshade, say 1 = dark.
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(tr("Labels: 1 = dark text, 0 = light text, as in the chapter's code and data (its prose says the opposite)."));
  ImGui::PopStyleColor();
  remember_item(state, "label_convention");
  ImGui::EndGroup();
}

void step_controls_panel(AppState& state) {
  reset_row(state);
  move_row(state);
  play_row(state);
  timeline(state);
  problems(state);
  phase_bar(state);
  // Projector mode shows the sample on top of the passes instead, leaving them more lines.
  if (state.view.projector) return;
  ImGui::Separator();
  sample_panel(state);
}

}  // namespace fontshade::app
