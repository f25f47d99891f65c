#include "core/network/trainer.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "core/network/network.hpp"
#include "core/base/random_streams.hpp"
#include "core/network/sgd_loop.hpp"

namespace fontshade {
namespace {

// x - x is 0 for every finite x and NaN for NaN and the infinities, and NaN == 0 is false. The checks
// are independent of each other, so they cost no latency in the step's chain.
inline bool finite(double x) { return x - x == 0; }

template <typename Matrix>
bool all_finite(const Matrix& m) {
  bool ok = true;
  for (Eigen::Index i = 0; i < m.size(); ++i) ok &= finite(m.data()[i]);
  return ok;
}

std::string describe(double v) { return std::isnan(v) ? "NaN" : (v > 0 ? "+inf" : "-inf"); }

// The first non-finite entry of a vector or matrix, named as the trace names it ("w_hidden[0][2]").
template <typename Matrix>
std::optional<Divergence> first_in(const Matrix& m, const char* name, bool matrix, bool after_update) {
  for (Eigen::Index i = 0; i < m.rows(); ++i)
    for (Eigen::Index j = 0; j < m.cols(); ++j)
      if (!std::isfinite(m(i, j))) {
        std::string where = std::string(name) + "[" + std::to_string(matrix ? i : i + j) + "]";
        if (matrix) where += "[" + std::to_string(j) + "]";
        return Divergence{0, where, after_update, describe(m(i, j))};
      }
  return std::nullopt;
}

std::optional<Divergence> first_scalar(double v, const char* name, bool after_update) {
  if (std::isfinite(v)) return std::nullopt;
  return Divergence{0, name, after_update, describe(v)};
}

}  // namespace

std::string DeadNetwork::text() const {
  if (saturated())
    return "every hidden node is saturated from step " + std::to_string(step) + " on: " + std::string(name_of(activation)) +
           "'s slope is below 1e-8 for every colour, so almost no gradient reaches w_hidden and the hidden layer "
           "has stopped learning (the learning rate is too large)";
  return "every hidden node is dead from step " + std::to_string(step) +
         " on: relu gives 0 for every colour, so no gradient reaches w_hidden or w_output again and only "
         "b_output still learns (the learning rate is too large)";
}

std::string Divergence::what() const { return quantity + (after_update ? " after the update" : "") + " is " + value; }

std::string Divergence::text() const { return "training diverged at step " + std::to_string(step) + ": " + what(); }

std::optional<Divergence> first_non_finite(const ForwardRecord& f, double C, const BackwardRecord& b, const Parameters& after) {
  const std::optional<Divergence> found[] = {
      first_in(f.Z1, "Z1", false, false), first_in(f.A1, "A1", false, false), first_scalar(f.Z2, "Z2", false),
      first_scalar(f.A2, "A2", false), first_scalar(C, "C", false), first_scalar(b.dC_dA2, "dC_dA2", false),
      first_scalar(b.dA2_dZ2, "dA2_dZ2", false), first_in(b.dA1_dZ1, "dA1_dZ1", false, false),
      first_in(b.dC_dW2, "dC_dW2", true, false), first_scalar(b.dC_dB2, "dC_dB2", false),
      first_in(b.dC_dA1, "dC_dA1", false, false), first_in(b.dC_dW1, "dC_dW1", true, false),
      first_in(b.dC_dB1, "dC_dB1", false, false), first_in(after.w_hidden, "w_hidden", true, true),
      first_in(after.b_hidden, "b_hidden", false, true), first_in(after.w_output, "w_output", true, true),
      first_scalar(after.b_output, "b_output", true)};
  for (const auto& d : found)
    if (d) return d;
  return std::nullopt;
}

namespace {

// The rule's split, or the chapter's random one where the rule's region holds no row to train on:
// the programs refuse such data and options first (split_problem), so this only keeps a trainer from
// drawing from nothing. `drawn` is the random split the generator made (rng numpy draws its
// permutation either way, so a region split leaves the notebook's starting weights as they were).
Split rule_split(const DataSet& data, const Options& o, Split drawn) {
  if (o.split == SplitRule::random) return drawn;
  Split split = split_data(data, o.split, o.seed);
  return split.train.empty() ? drawn : split;
}

// rng numpy: the notebook's order on one generator, np.random.seed(S) first: the split, the starting
// parameters, and what is left draws the samples.
Sampler numpy_start(const Options& o, const DataSet& data, Split& split, Parameters& params) {
  NumpyRandom numpy(static_cast<std::uint32_t>(o.seed));
  split = rule_split(data, o, split_rows_numpy(static_cast<int>(data.samples.size()), numpy));
  params = initial_parameters(o, numpy);
  return Sampler(numpy);
}

// rng fontshade: a stream of the seed each.
Sampler own_start(const Options& o, const DataSet& data, Split& split, Parameters& params) {
  split = rule_split(data, o, split_rows(static_cast<int>(data.samples.size()), o.seed));
  Random init(o.seed, kStreamInit);
  params = initial_parameters(o, init);
  return Sampler(Random(o.seed, kStreamSamples));
}

}  // namespace

Trainer::Trainer(DataSet data, Options options)
    : data_(std::move(data)),
      options_(options),
      sampler_(options.rng == Rng::numpy ? numpy_start(options_, data_, split_, params_) : own_start(options_, data_, split_, params_)) {
  note_death(0);
  train_X_.reserve(split_.train.size());
  train_Y_.reserve(split_.train.size());
  for (int row : split_.train) {
    const Sample& s = data_.samples[static_cast<std::size_t>(row)];
    train_X_.push_back(input_of(s.colour));
    train_Y_.push_back(s.label);
  }
}

bool sgd_step(const Parameters& p, const Input& X, double Y, double L, const Options& o, ForwardRecord& f,
              BackwardRecord& b, double& C, Parameters& next) {
  forward(p, X, o.activation, f);
  backward(p, X, Y, f, o.activation, o.cost, b, o.gradient);
  C = cost(o.cost, f.A2, f.Z2, Y);
  update(p, b, L, next);
  // Z1 finite makes A1 finite; Z2 finite makes A2 finite; a non-finite gradient reaches the update.
  return all_finite(f.Z1) && finite(f.Z2) && finite(C) && all_finite(next.w_hidden) && all_finite(next.b_hidden) &&
         all_finite(next.w_output) && finite(next.b_output);
}

const StepRecord* Trainer::recorded_step(std::uint32_t i) {
  // Built in place: a record holds two sets of parameters and every factor of the chain rule.
  StepRecord& r = last_record_.emplace();
  r.step = steps_done_ + 1;
  r.sample = split_.train[i];
  r.X = train_X_[i];
  r.Y = train_Y_[i];
  r.L = options_.learning_rate_at(r.step);
  r.before = params_;
  if (sgd_step(params_, r.X, r.Y, r.L, options_, r.forward, r.backward, r.C, r.after)) {
    params_ = r.after;
    steps_done_ = r.step;
    note_death(steps_done_);
    recent_costs_[steps_done_ % kRecentSteps] = r.C;
  } else {
    divergence_ = first_non_finite(r.forward, r.C, r.backward, r.after);
    if (!divergence_) divergence_ = Divergence{0, "a value", false, "not finite"};  // cannot happen: the probe saw one
    divergence_->step = r.step;
  }
  return &r;
}

const StepRecord* Trainer::step() {
  if (divergence_) return nullptr;
  return recorded_step(sampler_.index(static_cast<std::uint32_t>(train_X_.size())));
}

long long Trainer::advance(long long n) {
  if (n <= 0 || divergence_) return 0;
  const long long start = steps_done_;
  // Where to come back to if the fast path meets a value that is not finite (a copy of the state and
  // of the recent costs: less than a recorded step costs).
  const TrainerState before = state();
  double costs_before[kRecentSteps];
  std::copy(std::begin(recent_costs_), std::end(recent_costs_), costs_before);
  if (!fast_steps(n - 1)) {
    // The last step the fast path counted, or the one after it, diverged. Go back, take the steps
    // before those on the fast path again and the rest recorded, so that the step that diverged
    // names its first non-finite value.
    const long long clean = steps_done_ - 1 - start;
    restore(before);
    std::copy(std::begin(costs_before), std::end(costs_before), recent_costs_);
    fast_steps(clean);
    while (!divergence_ && steps_done_ < start + n) step();
    return steps_done_ - start;
  }
  step();
  return steps_done_ - start;
}

bool Trainer::fast_steps(long long n) {
  if (n <= 0) return true;
  if (!sampler_.own()) return fast_steps_numpy(n);
  const LoopState state{&params_, sampler_.own(), nullptr, &steps_done_, recent_costs_, !dead_network_};
  const LoopEnd end = run_unrecorded_steps(options_, train_X_.data(), train_Y_.data(),
                                           static_cast<std::uint32_t>(train_X_.size()), n, state);
  if (end.stopped || !params_.all_finite()) return false;
  if (end.died_at) dead_network_ = DeadNetwork{*end.died_at, options_.activation};
  return true;
}

bool Trainer::fast_steps_numpy(long long n) {
  // A block of rows drawn ahead, then the loop on them: the draws are the steps' own, in order, and
  // after a whole block the generator stands where the steps leave it. (A block cut short by a
  // value that is not finite leaves it ahead, but then advance() restores the state before.)
  constexpr long long kBlock = 256;
  const auto rows = static_cast<std::uint32_t>(train_X_.size());
  rows_drawn_.resize(kBlock);
  while (n > 0) {
    const long long block = n < kBlock ? n : kBlock;
    for (long long k = 0; k < block; ++k) rows_drawn_[static_cast<std::size_t>(k)] = sampler_.index(rows);
    const LoopState state{&params_, nullptr, rows_drawn_.data(), &steps_done_, recent_costs_, !dead_network_};
    const LoopEnd end = run_unrecorded_steps(options_, train_X_.data(), train_Y_.data(), rows, block, state);
    if (end.stopped || !params_.all_finite()) return false;
    if (end.died_at) dead_network_ = DeadNetwork{*end.died_at, options_.activation};
    n -= block;
  }
  return true;
}

TrainerState Trainer::state() const {
  TrainerState s{steps_done_, parameters(), sampler_.state(), std::nullopt};
  if (dead_network_) s.dead_at_step = dead_network_->step;
  return s;
}

void Trainer::restore(const TrainerState& s) {
  params_ = s.parameters;
  sampler_ = Sampler(s.sampler);
  steps_done_ = s.steps_done;
  for (double& c : recent_costs_) c = 0;
  divergence_.reset();
  last_record_.reset();
  dead_network_.reset();
  if (s.dead_at_step) dead_network_ = DeadNetwork{*s.dead_at_step, options_.activation};
}

void Trainer::note_death(long long step) {
  if (!dead_network_ && hidden_layer_stuck(params_, options_.activation))
    dead_network_ = DeadNetwork{step, options_.activation};
}

long long Trainer::train_to_end() { return advance(options_.steps - steps_done_); }

double Trainer::recent_mean_cost() const {
  const long long n = steps_done_ < kRecentSteps ? steps_done_ : kRecentSteps;
  if (n == 0) return 0;
  // Summed in step order, oldest first, so the figure does not depend on where the ring starts.
  double sum = 0;
  for (long long step = steps_done_ - n + 1; step <= steps_done_; ++step) sum += recent_costs_[step % kRecentSteps];
  return sum / static_cast<double>(n);
}

Evaluation Trainer::evaluate_train() const { return evaluate(parameters(), options_, data_, split_.train); }
Evaluation Trainer::evaluate_test() const { return evaluate(parameters(), options_, data_, split_.test); }

}  // namespace fontshade
