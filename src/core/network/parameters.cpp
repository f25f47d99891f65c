#include "core/network/parameters.hpp"

#include <cmath>

namespace fontshade {

bool Parameters::all_finite() const {
  return w_hidden.allFinite() && b_hidden.allFinite() && w_output.allFinite() && std::isfinite(b_output);
}

bool Parameters::operator==(const Parameters& other) const {
  return w_hidden.rows() == other.w_hidden.rows() && w_hidden == other.w_hidden && b_hidden == other.b_hidden &&
         w_output == other.w_output && b_output == other.b_output;
}

namespace {

// uniform01() in [0, 1); uniform(lo, hi) = lo + (hi - lo) uniform01(), as both generators map it.
template <typename Generator, typename Uniform01>
Parameters draw_parameters(const Options& options, Generator& random, Uniform01 uniform01) {
  const int h = options.hidden;
  Parameters p;
  p.w_hidden.resize(h, 3);
  p.b_hidden.resize(h);
  p.w_output.resize(h);
  if (options.init == Init::uniform01) {
    for (int i = 0; i < h; ++i)
      for (int j = 0; j < 3; ++j) p.w_hidden(i, j) = uniform01();
    for (int i = 0; i < h; ++i) p.w_output(i) = uniform01();
    for (int i = 0; i < h; ++i) p.b_hidden(i) = uniform01();
    p.b_output = uniform01();
  } else {
    // He-uniform: variance 2 / fan_in keeps ReLU activations at a steady scale.
    const double hidden_limit = std::sqrt(6.0 / 3.0);
    const double output_limit = std::sqrt(6.0 / h);
    for (int i = 0; i < h; ++i)
      for (int j = 0; j < 3; ++j) p.w_hidden(i, j) = random.uniform(-hidden_limit, hidden_limit);
    for (int i = 0; i < h; ++i) p.w_output(i) = random.uniform(-output_limit, output_limit);
    p.b_hidden.setZero();
    p.b_output = 0;
  }
  return p;
}

}  // namespace

Parameters initial_parameters(const Options& options, Random& random) {
  return draw_parameters(options, random, [&] { return random.uniform01(); });
}

Parameters initial_parameters(const Options& options, NumpyRandom& random) {
  return draw_parameters(options, random, [&] { return random.random_sample(); });
}

}  // namespace fontshade
