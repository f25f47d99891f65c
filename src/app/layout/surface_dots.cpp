#include "app/layout/surface_dots.hpp"

#include <cstdlib>

#include "core/network/metrics.hpp"

namespace fontshade::app {

SurfaceDots surface_dots(const Run& run, int blue, int reach, int cells) {
  const DataSet& data = run.data();
  std::vector<char> is_test(data.samples.size(), 0);
  for (int row : run.split().test) is_test[static_cast<std::size_t>(row)] = 1;
  SurfaceDots out;
  std::vector<int> rows;
  for (std::size_t i = 0; i < data.samples.size(); ++i)
    if (std::abs(data.samples[i].colour.b - blue) <= reach) rows.push_back(static_cast<int>(i));
  out.near = static_cast<long long>(rows.size());
  const std::vector<int> answers = predicted_labels(run.parameters(), run.options(), data, rows);
  // The dot standing for each cell and kind, as an index into out.dots (-1: none yet).
  std::vector<int> dot_of(cells > 0 ? static_cast<std::size_t>(cells) * cells * 4 : 0, -1);
  const auto cell = [cells](int channel) { return channel * cells / 256; };
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto row = static_cast<std::size_t>(rows[k]);
    const Sample& s = data.samples[row];
    const bool wrong = answers[k] != s.label;
    const bool test = is_test[row] != 0;
    out.wrong += wrong ? 1 : 0;
    if (cells > 0) {
      const std::size_t key = (static_cast<std::size_t>(cell(s.colour.r)) * cells + cell(s.colour.g)) * 4 +
                              static_cast<std::size_t>(s.label * 2 + (test ? 1 : 0));
      if (dot_of[key] >= 0) {
        out.dots[static_cast<std::size_t>(dot_of[key])].wrong |= wrong;
        continue;
      }
      dot_of[key] = static_cast<int>(out.dots.size());
    }
    out.dots.push_back({s.colour, s.label, test, wrong});
  }
  return out;
}

}  // namespace fontshade::app
