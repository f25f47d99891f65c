#pragma once
#include <vector>

#include "core/data/dataset.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"

namespace fontshade {

// Rows are the truth, columns the network's answer (A2 >= 0.5 means dark).
struct Confusion {
  long long dark_as_dark = 0;
  long long dark_as_light = 0;
  long long light_as_dark = 0;
  long long light_as_light = 0;
  long long total() const { return dark_as_dark + dark_as_light + light_as_dark + light_as_light; }
  long long correct() const { return dark_as_dark + light_as_light; }
};

struct Evaluation {
  long long rows = 0;
  double accuracy = 0;   // fraction in [0, 1]
  double mean_cost = 0;  // mean of C over the rows, with the run's cost function
  Confusion confusion;
  // Every prediction was the same shade: the network collapsed to one class.
  bool single_class() const { return confusion.dark_as_dark + confusion.light_as_dark == 0 ||
                                     confusion.dark_as_light + confusion.light_as_light == 0; }
};

// Evaluates the parameters on the given rows of the data set.
Evaluation evaluate(const Parameters& p, const Options& options, const DataSet& data, const std::vector<int>& rows);
// The median of some figures (the mean of the middle two for an even count); 0 for none.
double median(std::vector<double> values);

Evaluation evaluate_all(const Parameters& p, const Options& options, const DataSet& data);

// The network's answer for each of the given rows, as evaluate() counts it: 1 (dark text, A2 >= 0.5)
// or 0 (light text). A row is misclassified when its answer differs from its label.
std::vector<int> predicted_labels(const Parameters& p, const Options& options, const DataSet& data, const std::vector<int>& rows);

}  // namespace fontshade
