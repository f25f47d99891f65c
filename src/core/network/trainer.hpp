#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/network/metrics.hpp"
#include "core/network/options.hpp"
#include "core/base/random.hpp"
#include "core/network/records.hpp"
#include "core/network/sampler.hpp"
#include "core/network/sgd_loop.hpp"

namespace fontshade {

// The first value that stopped being a number, and at which step.
struct Divergence {
  long long step = 0;
  std::string quantity;       // as the trace names it: "Z2", "w_hidden[0][2]"
  bool after_update = false;  // a parameter's new value (rather than a value of the step itself)
  std::string value;          // "NaN", "+inf" or "-inf"
  // "w_hidden[0][2] after the update is NaN"
  std::string what() const;
  // "training diverged at step 12: Z2 is +inf"
  std::string text() const;
};

// Every ReLU node died (see relu_node_dead): from this step on only b_output learns, and the network
// gives one answer for every colour. Not a numeric failure, but training is over in all but name; a
// learning rate far too large (the chapter's L = 50) does this.
// With tanh or logistic nodes the same happens by saturation (see hidden_layer_stuck): every node's
// slope is below 1e-8 for every colour.
struct DeadNetwork {
  long long step = 0;
  Activation activation = Activation::relu;
  bool saturated() const { return activation != Activation::relu; }
  std::string text() const;
};

// Where a run stands between two steps: all a step depends on, so a run can go on from here exactly
// as it would have (snapshots of a run, models saved mid-run). The recent costs are not in it: they
// only feed the curves, and a replay of the last Trainer::kRecentSteps steps rebuilds them.
struct TrainerState {
  long long steps_done = 0;
  Parameters parameters;
  SamplerState sampler{};
  std::optional<long long> dead_at_step;  // the step every ReLU node died (a dead network stays dead)
};

// Stochastic gradient descent as in the chapter: each step draws one training row uniformly (with
// replacement), runs forward and backward, and moves every parameter by -L * gradient.
class Trainer {
 public:
  Trainer(DataSet data, Options options);

  const Options& options() const { return options_; }
  const DataSet& data() const { return data_; }
  const Split& split() const { return split_; }
  const Parameters& parameters() const { return params_; }
  long long steps_done() const { return steps_done_; }
  // All options.steps steps are done, or training diverged.
  bool finished() const { return steps_done_ >= options_.steps || divergence_.has_value(); }
  const std::optional<Divergence>& divergence() const { return divergence_; }
  // Set at the step whose update left every ReLU node dead; stays set (the death is permanent).
  const std::optional<DeadNetwork>& dead_network() const { return dead_network_; }
  // The record of the newest step (also of a step that diverged); empty before the first step.
  const std::optional<StepRecord>& last_record() const { return last_record_; }

  // One step, recorded. Returns nullptr (and does nothing) once training has diverged. A step that
  // produces a non-finite value is recorded, sets divergence() and leaves the parameters as they were.
  const StepRecord* step();
  // n steps; only the last keeps a record (the others run on the fast path, run_unrecorded_steps:
  // same arithmetic, same bits). Stops at a divergence. Returns how many steps were done.
  long long advance(long long n);
  // Up to options.steps.
  long long train_to_end();

  TrainerState state() const;
  // Goes back (or on) to a state of this same run: no divergence, no record, recent costs zero.
  void restore(const TrainerState& state);

  // Mean of C over the last kRecentSteps steps (fewer at the start); 0 before the first step.
  double recent_mean_cost() const;
  static constexpr int kRecentSteps = kCostRing;

  Evaluation evaluate_train() const;
  Evaluation evaluate_test() const;

 private:
  // n steps on the fast path (run_unrecorded_steps). False if it met a value that is not finite: then
  // the last step it counted in steps_done, or the one after it, diverged (advance() replays them).
  bool fast_steps(long long n);
  // fast_steps with NumPy's generator: the rows drawn a block at a time, then the loop on them.
  bool fast_steps_numpy(long long n);
  // One recorded step on training row `row` (already drawn): commits it, or records the divergence.
  const StepRecord* recorded_step(std::uint32_t row);
  // After step `step` made the parameters current: notes the step at which every ReLU node died.
  void note_death(long long step);

  DataSet data_;
  Options options_;
  Split split_;
  std::vector<Input> train_X_;
  std::vector<double> train_Y_;
  // The state of a run: the parameters, the sampler, the steps done and the recent costs (plus what
  // happened: divergence, death, the newest record). Nothing else moves from step to step.
  // (split_ and params_ come before sampler_: the sampler's construction draws them.)
  Parameters params_;
  Sampler sampler_;
  long long steps_done_ = 0;
  double recent_costs_[kRecentSteps] = {};  // C of step s at s % kRecentSteps
  std::optional<Divergence> divergence_;
  std::optional<DeadNetwork> dead_network_;
  std::optional<StepRecord> last_record_;
  std::vector<std::uint32_t> rows_drawn_;  // fast_steps_numpy's block of rows (scratch)
};

// The recorded SGD step (step(), and the last step of advance()): forward, backward, C, and
// next = p - L * gradient, every value kept. Returns false if a value stopped being finite.
// run_unrecorded_steps (sgd_loop.hpp) is the same arithmetic without the records.
bool sgd_step(const Parameters& p, const Input& X, double Y, double L, const Options& o, ForwardRecord& f,
              BackwardRecord& b, double& C, Parameters& next);

// The first non-finite value of a step, in the order the step computes them (step left at 0).
std::optional<Divergence> first_non_finite(const ForwardRecord& f, double C, const BackwardRecord& b,
                                           const Parameters& after);

}  // namespace fontshade
