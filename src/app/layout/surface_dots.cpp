#include "app/layout/surface_dots.hpp"

#include <cstdlib>

#include "core/network/metrics.hpp"

namespace fontshade::app {

SurfaceDots surface_dots(const Run& run, int blue, int reach, std::size_t most) {
  const DataSet& data = run.data();
  std::vector<char> is_test(data.samples.size(), 0);
  for (int row : run.split().test) is_test[static_cast<std::size_t>(row)] = 1;
  SurfaceDots out;
  std::vector<int> rows;
  for (std::size_t i = 0; i < data.samples.size(); ++i) {
    if (std::abs(data.samples[i].colour.b - blue) > reach) continue;
    ++out.near;
    if (rows.size() < most) rows.push_back(static_cast<int>(i));
  }
  const std::vector<int> answers = predicted_labels(run.parameters(), run.options(), data, rows);
  out.dots.reserve(rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Sample& s = data.samples[static_cast<std::size_t>(rows[k])];
    const bool wrong = answers[k] != s.label;
    out.wrong += wrong ? 1 : 0;
    out.dots.push_back({s.colour, s.label, is_test[static_cast<std::size_t>(rows[k])] != 0, wrong});
  }
  return out;
}

}  // namespace fontshade::app
