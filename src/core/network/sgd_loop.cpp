#include "core/network/sgd_loop.hpp"

#include "core/network/network.hpp"
#include "core/base/portable_math.hpp"

namespace fontshade {
namespace {

// relu's and leaky relu's slopes are a comparison: computed where they are used, they keep fewer
// values alive across the step (tanh and logistic compute theirs with their value, from one exp).
template <Activation A>
constexpr bool kCheapSlope = A == Activation::relu || A == Activation::leaky_relu;

// The step's parts, on the loop's locals. Always inlined: the loop compiles to the same instructions as
// when these were written inside it (compared with GCC 12 -O3 for the chapter's 3-3-1 variant); the
// death watch stays in the loop, where GCC schedules it as before (as a part, even always inlined, it
// changed the register allocation of the whole chapter's loop: most of its instructions).
#define FONTSHADE_STEP_PART [[gnu::always_inline]] inline

// Forward, as forward() computes it, except that Z2's sum starts at its first term rather than at 0:
// 0 + p is p but for turning -0 into +0, and nothing the loop computes from Z2 (exp(-|Z2|), Z2 >= 0,
// softplus(+-Z2)) tells +0 from -0. One addition fewer on the step's chain. False when a value stopped
// being a finite number.
template <Activation A, int kSize>
FONTSHADE_STEP_PART bool forward_part(const double (&w_hidden)[kSize][3], const double (&b_hidden)[kSize], const double (&w_output)[kSize],
                                      double b_output, const double (&x)[3], int h, double (&Z1)[kSize], double (&A1)[kSize],
                                      double (&dA1_dZ1)[kSize], double& Z2) {
  Z2 = 0;
  double probe = 0;  // x - x is 0 for finite x and NaN otherwise: the sum is 0 while all is finite
  for (int j = 0; j < h; ++j) {
    Z1[j] = w_hidden[j][0] * x[0] + w_hidden[j][1] * x[1] + w_hidden[j][2] * x[2] + b_hidden[j];
    if constexpr (kCheapSlope<A>)
      A1[j] = activation(A, Z1[j]);
    else
      activation_and_slope(A, Z1[j], A1[j], dA1_dZ1[j]);
    // w_output A1 for relu: Z1 > 0 ? w_output Z1 : w_output 0 is the same product, and multiplying
    // before choosing takes the choice off the step's chain.
    const double term = A == Activation::relu ? (Z1[j] > 0 ? w_output[j] * Z1[j] : w_output[j] * 0.0) : w_output[j] * A1[j];
    Z2 = j == 0 ? term : Z2 + term;
    probe += Z1[j] - Z1[j];
  }
  Z2 = Z2 + b_output;
  probe += Z2 - Z2;
  return probe == 0;
}

// The cost C and dC_dZ2 = dC_dA2 * dA2_dZ2 (= dC_dB2, dZ2_dB2 being 1), A2 and dA2_dZ2 from one exp.
template <Cost K>
FONTSHADE_STEP_PART void output_part(double Z2, double y, double& C, double& dC_dZ2) {
  const portable::LogisticParts out = portable::logistic_parts(Z2);
  const double A2 = out.value;
  if constexpr (K == Cost::squared_error) {
    // dC_dA2 = 2 A2 - 2 Y = 2 (A2 - Y) exactly (doubling is exact), and (2 d) dA2_dZ2 is the same real
    // number as d (2 dA2_dZ2), so both round to the same double: with the 2 on dA2_dZ2, which is
    // ready earlier, the step's chain is one operation shorter.
    const double d = A2 - y;
    C = d * d;  // cost(): (A2 - Y)(A2 - Y)
    dC_dZ2 = d * (2 * out.slope);
  } else {
    C = cost(K, A2, Z2, y);
    dC_dZ2 = cross_entropy_slope(A2, out.complement, y) * out.slope;
  }
}

// dC_dZ1 = dC_dA1 * dA1_dZ1 node by node (= dC_dB1), as backward() computes it; with the chapter's
// NumPy gradient (GradientMode::chapter, only kHidden == 0 runs it) the sum over the nodes, for every node.
template <Activation A, int kHidden, int kSize>
FONTSHADE_STEP_PART void hidden_part(double dC_dZ2, const double (&w_output)[kSize], const double (&Z1)[kSize],
                                     const double (&dA1_dZ1)[kSize], int h, bool chapter_gradient, double (&dC_dZ1)[kSize]) {
  for (int j = 0; j < h; ++j) {
    const double slope = kCheapSlope<A> ? activation_slope(A, Z1[j]) : dA1_dZ1[j];
    dC_dZ1[j] = dC_dZ2 * w_output[j] * slope;
  }
  if constexpr (kHidden == 0) {
    if (chapter_gradient) {
      double summed = 0;
      for (int j = 0; j < h; ++j) summed += dC_dZ1[j];
      for (int j = 0; j < h; ++j) dC_dZ1[j] = summed;
    }
  }
}

// Every parameter against its gradient, as update() computes it.
template <int kSize>
FONTSHADE_STEP_PART void update_part(double L, double dC_dZ2, const double (&x)[3], const double (&A1)[kSize], const double (&dC_dZ1)[kSize],
                                     int h, double (&w_hidden)[kSize][3], double (&b_hidden)[kSize], double (&w_output)[kSize],
                                     double& b_output) {
  for (int j = 0; j < h; ++j) {
    const double dC_dW2 = dC_dZ2 * A1[j];
    for (int k = 0; k < 3; ++k) w_hidden[j][k] = w_hidden[j][k] - L * (dC_dZ1[j] * x[k]);
    b_hidden[j] = b_hidden[j] - L * dC_dZ1[j];
    w_output[j] = w_output[j] - L * dC_dW2;
  }
  b_output = b_output - L * dC_dZ2;
}

// The parameters into the loop's locals (b_output too, like the rest: one call, as store_part's).
template <int kSize>
FONTSHADE_STEP_PART void load_part(const Parameters& p, int h, double (&w_hidden)[kSize][3], double (&b_hidden)[kSize], double (&w_output)[kSize],
                                   double& b_output) {
  for (int j = 0; j < h; ++j) {
    for (int k = 0; k < 3; ++k) w_hidden[j][k] = p.w_hidden(j, k);
    b_hidden[j] = p.b_hidden(j);
    w_output[j] = p.w_output(j);
  }
  b_output = p.b_output;
}

// And back: all the run hands the Trainer, the parameters, the generator (moved on only when it drew
// the rows) and the steps done.
template <int kSize>
FONTSHADE_STEP_PART void store_part(const double (&w_hidden)[kSize][3], const double (&b_hidden)[kSize], const double (&w_output)[kSize],
                                    double b_output, int h, const Random& sampler, long long done, LoopState& state) {
  Parameters& p = *state.params;
  for (int j = 0; j < h; ++j) {
    for (int k = 0; k < 3; ++k) p.w_hidden(j, k) = w_hidden[j][k];
    p.b_hidden(j) = b_hidden[j];
    p.w_output(j) = w_output[j];
  }
  p.b_output = b_output;
  if (state.sampler) *state.sampler = sampler;
  *state.steps_done = done;
}

// kHidden: 3 (the chapter's, unrolled by the compiler) or 0 (any size up to kMaxHidden, and the
// chapter's NumPy gradient, GradientMode::chapter, a teaching variant that need not be fast).
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
  // The generator in a local (a copy: nothing the loop stores can alias it); a placeholder when the
  // rows were drawn beforehand.
  Random sampler = state.sampler ? *state.sampler : Random(Random::State{1, 0, 0, 0});
  const std::uint32_t* const drawn = state.rows_drawn;
  const long long first = *state.steps_done;
  double w_hidden[kSize][3], b_hidden[kSize], w_output[kSize], b_output;
  load_part(*state.params, h, w_hidden, b_hidden, w_output, b_output);
  long long done = *state.steps_done;
  const long long end = done + n;
  double* const ring = state.recent_costs;
  const long long keep_costs_after = end - kCostRing;
  bool watch_death = A != Activation::leaky_relu && state.watch_death;
  const bool chapter_gradient = o.gradient == GradientMode::chapter;  // only kHidden == 0 runs it
  LoopEnd result;

  while (done < end) {
    const std::uint32_t i = drawn ? drawn[done - first] : sampler.index(rows);
    const double L = kConstantL ? L0 : o.learning_rate_at(done + 1);
    const double x[3] = {X[i](0), X[i](1), X[i](2)};
    const double y = Y[i];
    double Z1[kSize], A1[kSize], dA1_dZ1[kSize], Z2;
    if (!forward_part<A>(w_hidden, b_hidden, w_output, b_output, x, h, Z1, A1, dA1_dZ1, Z2)) {
      result.stopped = true;
      break;
    }
    double C, dC_dZ2, dC_dZ1[kSize];
    output_part<K>(Z2, y, C, dC_dZ2);
    // Only the run's last kCostRing costs can still be in the ring when it ends.
    if (done + 1 > keep_costs_after) ring[(done + 1) % kCostRing] = C;
    hidden_part<A, kHidden>(dC_dZ2, w_output, Z1, dA1_dZ1, h, chapter_gradient, dC_dZ1);
    update_part(L, dC_dZ2, x, A1, dC_dZ1, h, w_hidden, b_hidden, w_output, b_output);
    ++done;
    if (A == Activation::relu && watch_death) {
      // all_relu_nodes_dead on the locals. A node whose b_hidden is > 0 is alive (b_hidden plus
      // weights >= 0 cannot round to <= 0), and some node's nearly always is: mostly one comparison.
      int j = 0;
      while (j < h && !(b_hidden[j] > 0)) ++j;
      if (j == h) {
        const auto dead = [&](int node) {
          double best = b_hidden[node];
          for (int k = 0; k < 3; ++k) best += w_hidden[node][k] > 0 ? w_hidden[node][k] : 0.0;
          return best <= 0;
        };
        j = 0;
        while (j < h && dead(j)) ++j;
        if (j == h) {
          result.died_at = done;
          watch_death = false;
        }
      }
    } else if ((A == Activation::tanh || A == Activation::logistic) && watch_death) {
      // hidden_layer_stuck on the locals: every node's Z1 interval over the colour cube lies where the
      // slope is below 1e-8. A node whose interval reaches within the band is learning: mostly the first.
      constexpr double z = A == Activation::tanh ? kTanhSaturatedZ : kLogisticSaturatedZ;
      int j = 0;
      for (; j < h; ++j) {
        double lo = b_hidden[j], hi = b_hidden[j];
        for (int k = 0; k < 3; ++k) (w_hidden[j][k] > 0 ? hi : lo) += w_hidden[j][k];
        if (!(lo >= z || hi <= -z)) break;
      }
      if (j == h) {
        result.died_at = done;
        watch_death = false;
      }
    }
  }

  store_part(w_hidden, b_hidden, w_output, b_output, h, sampler, done, state);
  return result;
}

using Variant = LoopEnd (*)(const Options&, const Input*, const double*, std::uint32_t, long long, LoopState);

template <Activation A, Cost K>
Variant variant_for(bool hidden_3, bool constant_L) {
#ifdef FONTSHADE_FEW_LOOP_VARIANTS
  // The page's copy of the core (src/core/CMakeLists.txt) is built for size: it keeps the chapter's
  // variant and one any-size variant per activation and cost, 9 of the 32 (about 20 KB less of the page
  // gzipped). The any-size variant does the same operations in the same order, so the numbers are the same.
  if constexpr (A == Activation::relu && K == Cost::squared_error) {
    if (hidden_3 && constant_L) return run<A, K, 3, true>;
  }
  return run<A, K, 0, false>;
#else
  if (hidden_3) return constant_L ? run<A, K, 3, true> : run<A, K, 3, false>;
  return constant_L ? run<A, K, 0, true> : run<A, K, 0, false>;
#endif
}

template <Activation A>
Variant variant_for(Cost c, bool hidden_3, bool constant_L) {
  return c == Cost::squared_error ? variant_for<A, Cost::squared_error>(hidden_3, constant_L)
                                  : variant_for<A, Cost::cross_entropy>(hidden_3, constant_L);
}

// The variant compiled for these options.
Variant variant_for(const Options& o, int hidden) {
  const bool hidden_3 = hidden == 3 && o.gradient == GradientMode::true_gradient;
  const bool constant_L = o.schedule == Schedule::constant || o.steps <= 1;
  switch (o.activation) {
    case Activation::relu: return variant_for<Activation::relu>(o.cost, hidden_3, constant_L);
    case Activation::leaky_relu: return variant_for<Activation::leaky_relu>(o.cost, hidden_3, constant_L);
    case Activation::tanh: return variant_for<Activation::tanh>(o.cost, hidden_3, constant_L);
    case Activation::logistic: return variant_for<Activation::logistic>(o.cost, hidden_3, constant_L);
  }
  return run<Activation::relu, Cost::squared_error, 0, false>;
}

}  // namespace

LoopEnd run_unrecorded_steps(const Options& o, const Input* X, const double* Y, std::uint32_t rows, long long n,
                             LoopState s) {
  // Called through a pointer, so that no optimiser folds the variants into one function: in
  // WebAssembly, binaryen would inline them all here (each is called once), and V8 compiles a function
  // that large with a simpler register allocator that keeps the loop's values in memory (measured:
  // 1.4x slower).
  const Variant run_variant = variant_for(o, s.params->hidden());
  return run_variant(o, X, Y, rows, n, s);
}

}  // namespace fontshade
