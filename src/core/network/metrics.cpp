#include "core/network/metrics.hpp"

#include <algorithm>

#include "core/network/network.hpp"

namespace fontshade {

namespace {
int answer(const Parameters& p, const Options& options, const Sample& s) {
  return is_dark(forward(p, input_of(s.colour), options.activation).A2) ? 1 : 0;
}

void add(Evaluation& e, double& cost_sum, const Parameters& p, const Options& options, const Sample& s) {
  const ForwardRecord f = forward(p, input_of(s.colour), options.activation);
  const bool said_dark = is_dark(f.A2);
  Confusion& c = e.confusion;
  if (s.label == 1) (said_dark ? c.dark_as_dark : c.dark_as_light) += 1;
  else (said_dark ? c.light_as_dark : c.light_as_light) += 1;
  cost_sum += cost(options.cost, f.A2, f.Z2, s.label);
}

Evaluation finish(Evaluation e, double cost_sum) {
  e.rows = e.confusion.total();
  if (e.rows > 0) {
    e.accuracy = static_cast<double>(e.confusion.correct()) / static_cast<double>(e.rows);
    e.mean_cost = cost_sum / static_cast<double>(e.rows);
  }
  return e;
}
}  // namespace

Evaluation evaluate(const Parameters& p, const Options& options, const DataSet& data, const std::vector<int>& rows) {
  Evaluation e;
  double cost_sum = 0;
  for (int row : rows) add(e, cost_sum, p, options, data.samples[static_cast<std::size_t>(row)]);
  return finish(e, cost_sum);
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Evaluation evaluate_all(const Parameters& p, const Options& options, const DataSet& data) {
  Evaluation e;
  double cost_sum = 0;
  for (const Sample& s : data.samples) add(e, cost_sum, p, options, s);
  return finish(e, cost_sum);
}

std::vector<int> predicted_labels(const Parameters& p, const Options& options, const DataSet& data, const std::vector<int>& rows) {
  std::vector<int> out;
  out.reserve(rows.size());
  for (int row : rows) out.push_back(answer(p, options, data.samples[static_cast<std::size_t>(row)]));
  return out;
}

}  // namespace fontshade
