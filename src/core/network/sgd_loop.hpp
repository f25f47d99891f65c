#pragma once
#include <cstdint>
#include <optional>

#include "core/base/linear_algebra.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"
#include "core/base/random.hpp"

namespace fontshade {

// Steps whose cost C the Trainer keeps (recent_mean_cost): a ring, C of step s at s % kCostRing.
constexpr int kCostRing = 100;

// The state a run of unrecorded SGD steps reads and moves on: the Trainer's own, lent for the run.
struct LoopState {
  Parameters* params;      // before the first step; after the run, after its last step
  Random* sampler;         // draws one training row a step (null when rows_drawn gives them)
  const std::uint32_t* rows_drawn;  // else the rows of the run's steps, drawn beforehand (NumPy's generator)
  long long* steps_done;   // counts the steps the run commits
  double* recent_costs;    // kCostRing costs: C of step s at s % kCostRing
  bool watch_death;        // not dead yet: note the step at which every node dies (relu) or saturates (tanh, logistic)
};

// How a run of unrecorded steps ended.
struct LoopEnd {
  // The run stopped before step *steps_done + 1, whose Z1 or Z2 is not finite (its row was drawn,
  // nothing of it committed): that step, or the update of the step before it, diverged.
  bool stopped = false;
  // The step whose update left every hidden node dead or saturated (hidden_layer_stuck), if the run
  // saw one (watch_death only).
  std::optional<long long> died_at;
};

// Up to n SGD steps, the same arithmetic as forward, backward and update (network.hpp) in the same
// order, so the very same bits, fused into one loop: the parameters in local variables, the options
// fixed at compile time (activation, cost, hidden size 3 or any), no record kept. The Trainer's fast
// path.
//
// Its finite check is lazy, to keep the loop short: it checks only Z1 and Z2, before the update. With
// X and Y finite, Z1 and Z2 finite make A1, A2 and C finite, and a non-finite parameter always reaches
// Z1 or Z2 of the next step (even times a zero input: inf * 0 is NaN). So a run whose every Z1 and Z2
// was finite and whose final parameters are finite never met a non-finite value; otherwise the
// divergence lies in the last step or two, and the caller replays those recorded to name it.
LoopEnd run_unrecorded_steps(const Options& options, const Input* X, const double* Y, std::uint32_t rows,
                             long long n, LoopState state);

}  // namespace fontshade
