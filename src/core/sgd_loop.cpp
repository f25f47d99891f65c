#include "sgd_loop.hpp"

#include "network.hpp"
#include "portable_math.hpp"

namespace fontshade {
namespace {

// relu's and leaky relu's slopes are a comparison: computed where they are used, they keep fewer
// values alive across the step (tanh and logistic compute theirs with their value, from one exp).
template <Activation A>
constexpr bool kCheapSlope = A == Activation::relu || A == Activation::leaky_relu;

// kHidden: 3 (the chapter's, unrolled by the compiler) or 0 (any size up to kMaxHidden).
// kConstantL: the schedule gives the same L every step (learning_rate_at returns learning_rate).
template <Activation A, Cost K, int kHidden, bool kConstantL>
LoopEnd run(const Options& options, const Input* X, const double* Y, std::uint32_t rows, long long n,
            LoopState state) {
  constexpr int kSize = kHidden > 0 ? kHidden : kMaxHidden;
  const int h = kHidden > 0 ? kHidden : state.params->hidden();
  // Locals, not members: nothing the loop stores (the cost ring) can alias them, so they stay in
  // registers or on the stack, and no parameter is copied from one buffer to another.
  const Options o = options;
  const double L0 = o.learning_rate;
  Random sampler = *state.sampler;
  double w_hidden[kSize][3], b_hidden[kSize], w_output[kSize];
  for (int j = 0; j < h; ++j) {
    for (int k = 0; k < 3; ++k) w_hidden[j][k] = state.params->w_hidden(j, k);
    b_hidden[j] = state.params->b_hidden(j);
    w_output[j] = state.params->w_output(j);
  }
  double b_output = state.params->b_output;
  long long done = *state.steps_done;
  const long long end = done + n;
  double* const ring = state.recent_costs;
  const long long keep_costs_after = end - kCostRing;
  bool watch_death = A == Activation::relu && state.watch_death;
  LoopEnd result;

  while (done < end) {
    const std::uint32_t i = sampler.index(rows);
    const double L = kConstantL ? L0 : o.learning_rate_at(done + 1);
    const double x[3] = {X[i](0), X[i](1), X[i](2)};
    const double y = Y[i];

    // Forward, as forward() computes it.
    double Z1[kSize], A1[kSize], dA1_dZ1[kSize];
    double Z2 = 0;
    double probe = 0;  // x - x is 0 for finite x and NaN otherwise: the sum is 0 while all is finite
    for (int j = 0; j < h; ++j) {
      Z1[j] = w_hidden[j][0] * x[0] + w_hidden[j][1] * x[1] + w_hidden[j][2] * x[2] + b_hidden[j];
      if constexpr (kCheapSlope<A>)
        A1[j] = activation(A, Z1[j]);
      else
        activation_and_slope(A, Z1[j], A1[j], dA1_dZ1[j]);
      Z2 += w_output[j] * A1[j];
      probe += Z1[j] - Z1[j];
    }
    Z2 = Z2 + b_output;
    probe += Z2 - Z2;
    if (!(probe == 0)) {
      result.stopped = true;
      break;
    }

    // A2 and dA2_dZ2 from one exp; then backward and update as backward() and update() compute them.
    const portable::LogisticParts out = portable::logistic_parts(Z2);
    const double A2 = out.value;
    const double dC_dA2 = K == Cost::squared_error ? 2 * A2 - 2 * y : cross_entropy_slope(A2, out.complement, y);
    const double dC_dZ2 = dC_dA2 * out.slope;  // = dC_dB2 (dZ2_dB2 = 1)
    for (int j = 0; j < h; ++j) {
      const double dC_dW2 = dC_dZ2 * A1[j];
      const double slope = kCheapSlope<A> ? activation_slope(A, Z1[j]) : dA1_dZ1[j];
      const double dC_dZ1 = dC_dZ2 * w_output[j] * slope;  // dC_dA1 * dA1_dZ1; = dC_dB1
      for (int k = 0; k < 3; ++k) w_hidden[j][k] = w_hidden[j][k] - L * (dC_dZ1 * x[k]);
      b_hidden[j] = b_hidden[j] - L * dC_dZ1;
      w_output[j] = w_output[j] - L * dC_dW2;
    }
    b_output = b_output - L * dC_dZ2;
    ++done;

    // Only the run's last kCostRing costs can still be in the ring when it ends.
    if (done > keep_costs_after) ring[done % kCostRing] = cost(K, A2, Z2, y);
    if (A == Activation::relu && watch_death) {
      // all_relu_nodes_dead on the locals. A node whose b_hidden is > 0 is alive (b_hidden plus
      // weights >= 0 cannot round to <= 0), and that is nearly always so of one node: one comparison.
      int j = 0;
      while (j < h && !(b_hidden[j] > 0)) ++j;
      if (j == h) {
        const auto dead = [&](int j) {
          double best = b_hidden[j];
          for (int k = 0; k < 3; ++k) best += w_hidden[j][k] > 0 ? w_hidden[j][k] : 0.0;
          return best <= 0;
        };
        j = 0;
        while (j < h && dead(j)) ++j;
        if (j == h) {
          result.died_at = done;
          watch_death = false;
        }
      }
    }
  }

  for (int j = 0; j < h; ++j) {
    for (int k = 0; k < 3; ++k) state.params->w_hidden(j, k) = w_hidden[j][k];
    state.params->b_hidden(j) = b_hidden[j];
    state.params->w_output(j) = w_output[j];
  }
  state.params->b_output = b_output;
  *state.sampler = sampler;
  *state.steps_done = done;
  return result;
}

template <Activation A, Cost K, int kHidden>
LoopEnd run_for_schedule(const Options& o, const Input* X, const double* Y, std::uint32_t rows, long long n,
                         LoopState s) {
  const bool constant = o.schedule == Schedule::constant || o.steps <= 1;
  return constant ? run<A, K, kHidden, true>(o, X, Y, rows, n, s) : run<A, K, kHidden, false>(o, X, Y, rows, n, s);
}

template <Activation A, Cost K>
LoopEnd run_for_cost(const Options& o, const Input* X, const double* Y, std::uint32_t rows, long long n,
                     LoopState s) {
  return s.params->hidden() == 3 ? run_for_schedule<A, K, 3>(o, X, Y, rows, n, s)
                                 : run_for_schedule<A, K, 0>(o, X, Y, rows, n, s);
}

template <Activation A>
LoopEnd run_for_activation(const Options& o, const Input* X, const double* Y, std::uint32_t rows, long long n,
                           LoopState s) {
  return o.cost == Cost::squared_error ? run_for_cost<A, Cost::squared_error>(o, X, Y, rows, n, s)
                                       : run_for_cost<A, Cost::cross_entropy>(o, X, Y, rows, n, s);
}

}  // namespace

LoopEnd run_unrecorded_steps(const Options& o, const Input* X, const double* Y, std::uint32_t rows, long long n,
                             LoopState s) {
  switch (o.activation) {
    case Activation::relu: return run_for_activation<Activation::relu>(o, X, Y, rows, n, s);
    case Activation::leaky_relu: return run_for_activation<Activation::leaky_relu>(o, X, Y, rows, n, s);
    case Activation::tanh: return run_for_activation<Activation::tanh>(o, X, Y, rows, n, s);
    case Activation::logistic: return run_for_activation<Activation::logistic>(o, X, Y, rows, n, s);
  }
  return {};
}

}  // namespace fontshade
