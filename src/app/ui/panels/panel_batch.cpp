// The scikit-learn trainer's step (trainer sklearn): one mini-batch of MLPClassifier(solver='sgd'),
// every number read from the core's batch record: the batch (its size, the mean over its rows, its
// first row to read), the log-loss, the L2 term, the gradient, the velocity and the update, the epoch
// and the stopping rule's counter, and coefs_ and intercepts_ as scikit-learn prints them.
#include <cstdio>
#include <functional>
#include <string>

#include "app/text/format.hpp"
#include "app/text/numpy_text.hpp"
#include "app/text/strings.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/panels/panels.hpp"
#include "app/ui/widgets.hpp"
#include "core/network/mlp.hpp"

namespace fontshade::app {
namespace {

Rgb colour_of(const Input& X) {
  const auto channel = [](double v) { return static_cast<int>(v * 255 + 0.5); };
  return Rgb{channel(X(0)), channel(X(1)), channel(X(2))};
}

void batch_rows(AppState& state, const MlpBatchRecord& r) {
  heading(tr("The batch"));
  const float side = ImGui::GetFontSize() * 2.6f;
  colour_swatch(state, "batch_mean_swatch", colour_of(r.mean_X), side,
                tr("The mean colour of the batch's rows: each mini-batch averages its gradient over all of them."));
  ImGui::SameLine();
  ImGui::BeginGroup();
  wrapped_textf(tr("%d rows (batch %d of %d in epoch %lld)"), static_cast<int>(r.rows.size()), r.batch, r.batches_per_epoch, r.epoch);
  remember_item(state, "batch_size");
  tooltip(tr("batch_size = min(200, training rows): every epoch shuffles the training rows and cuts them into batches in order; the last one is what is left."));
  ImGui::PushFont(fonts().mono);
  wrapped_textf(tr("mean X = %s, dark share = %s"), vector_text(r.mean_X).c_str(), number(r.mean_Y).c_str());
  ImGui::PopFont();
  tooltip(tr("The mean over the batch's rows of X = (R, G, B) / 255, and of Y (1 = dark text)."));
  ImGui::EndGroup();

  colour_swatch(state, "batch_row_swatch", colour_of(r.X), side, tr("The batch's first row, to read one row through the network."));
  ImGui::SameLine();
  ImGui::BeginGroup();
  wrapped_textf(tr("Row %d, one of the batch: X = %s, Y = %s"), r.rows.front(), vector_text(r.X).c_str(), number(r.Y).c_str());
  ImGui::PushFont(fonts().mono);
  wrapped_textf("Z1 = %s  A1 = %s", vector_text(r.forward.Z1).c_str(), vector_text(r.forward.A1).c_str());
  wrapped_textf("Z2 = %s  A2 = %s", number(r.forward.Z2).c_str(), number(r.forward.A2).c_str());
  ImGui::PopFont();
  tooltip(tr("The same forward pass as the chapter's (Z1 = w_hidden X + b_hidden, ...), for this one row; scikit-learn computes it for all the batch's rows at once."));
  ImGui::EndGroup();
  remember_item(state, "batch_row");
}

void loss_rows(AppState& state, const MlpBatchRecord& r) {
  heading(tr("The loss"));
  ImGui::PushFont(fonts().mono);
  wrapped_textf("log_loss = %s", number(r.log_loss).c_str());
  ImGui::PopFont();
  tooltip(tr("-(Y ln A2 + (1 - Y) ln(1 - A2)), averaged over the batch, with A2 clipped to [2.2e-16, 1 - 2.2e-16]: scikit-learn's cost instead of the chapter's (A2 - Y)^2."));
  ImGui::PushFont(fonts().mono);
  wrapped_textf("L2 = %s", number(r.l2_term).c_str());
  ImGui::PopFont();
  tooltip(tr("alpha / 2 times the sum of every weight squared, over the batch size (alpha = 1e-4): it pulls the weights towards 0."));
  remember_item(state, "batch_l2");
  ImGui::PushFont(fonts().mono);
  wrapped_textf("loss = %s", number(r.loss).c_str());
  ImGui::PopFont();
  tooltip(tr("The batch's loss: log-loss plus the L2 term. An epoch's loss_ is the mean of its batches' losses, weighted by their sizes."));
  remember_item(state, "batch_loss");
}

// A set of the four parameter groups (the gradient, or the velocity) in scikit-learn's shapes, a row
// a group: coefs_[0] is 3 x H, intercepts_[0] 1 x H, coefs_[1] H x 1, intercepts_[1] 1 x 1.
void groups_table(const char* id, const Parameters& p, const char* tip) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerV)) return;
  const int h = p.hidden();
  const auto row = [&](const char* name, int rows, int cols, const std::function<double(int, int)>& at) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(name);
    ImGui::TableNextColumn();
    value_grid(rows, cols, at, tip);
  };
  row("coefs_[0]", 3, h, [&](int l, int j) { return p.w_hidden(j, l); });
  row("intercepts_[0]", 1, h, [&](int, int j) { return p.b_hidden(j); });
  row("coefs_[1]", h, 1, [&](int j, int) { return p.w_output(j); });
  row("intercepts_[1]", 1, 1, [&](int, int) { return p.b_output; });
  ImGui::EndTable();
}

void update_rows(AppState& state, const MlpBatchRecord& r) {
  heading(tr("Gradient, velocity and update (Nesterov's momentum)"));
  wrapped_text(tr("gradient"));
  groups_table("batch_gradient", r.gradient, tr("The gradient: the batch's mean, plus alpha times the weight (L2), over the batch size."));
  remember_item(state, "batch_gradient");
  wrapped_text(tr("velocity"));
  groups_table("batch_velocity", r.velocity,
               tr("The velocity: momentum 0.9 times the last velocity, minus L times the gradient. The weight then moves by momentum times the new velocity, minus L times the gradient (Nesterov)."));
  remember_item(state, "batch_update");
}

void epoch_rows(AppState& state, const MlpTrainer& t) {
  heading(tr("Epochs and the stopping rule"));
  if (t.loss_curve().empty()) {
    wrapped_textf(tr("Epoch 1 of at most %s: its loss_ comes at its last batch."), thousands(t.options().max_iter).c_str());
  } else {
    wrapped_textf(tr("Epochs done: %s. loss_ = %s, best_loss_ = %s."), thousands(t.n_iter()).c_str(),
                  number(t.loss_curve().back()).c_str(), number(t.best_loss()).c_str());
  }
  wrapped_textf(tr("Epochs without an improvement of tol = 0.0001: %d of 10; more than 10 stops the fit."),
                t.no_improvement_count());
  remember_item(state, "batch_stopping");
  tooltip(tr("After each epoch scikit-learn compares its loss_ with the best so far: not at least tol below it adds one to the count, a better one sets it to 0."));
  if (t.stopped()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    wrapped_textf(tr("The fit stopped after epoch %s: the training loss did not improve by tol for more than 10 epochs in a row (n_iter_ = %s)."),
                  thousands(t.n_iter()).c_str(), thousands(t.n_iter()).c_str());
    ImGui::PopStyleColor();
  }
}

void coefs_rows(AppState& state, const Parameters& p) {
  heading(tr("coefs_ and intercepts_, as scikit-learn prints them"));
  ImGui::PushFont(fonts().mono);
  ImGui::TextUnformatted(sklearn_coefs_text(p).c_str());
  ImGui::PopFont();
  remember_item(state, "batch_coefs");
  ImGui::PushStyleColor(ImGuiCol_Text, palette::muted);
  wrapped_text(tr("coefs_[0] is the chapter's w_hidden transposed: 3 rows (R, G, B), a column per hidden node. coefs_[1] is w_output transposed, intercepts_ are b_hidden and b_output."));
  ImGui::PopStyleColor();
}

}  // namespace

void batch_panel(AppState& state) {
  const Run& run = state.run;
  const MlpRun* mlp = run.mlp();
  if (!mlp) return;
  const MlpBatchRecord* r = run.batch_record();
  if (!r) {
    ImGui::TextColored(palette::muted, "%s", tr("scikit-learn's first mini-batch appears here after the first step."));
  } else {
    batch_rows(state, *r);
    ImGui::Spacing();
    loss_rows(state, *r);
    ImGui::Spacing();
    update_rows(state, *r);
  }
  ImGui::Spacing();
  epoch_rows(state, mlp->trainer());
  ImGui::Spacing();
  coefs_rows(state, run.parameters());
}

}  // namespace fontshade::app
