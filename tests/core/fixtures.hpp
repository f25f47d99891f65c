#pragma once
// Shared by the tests: a small network with fixed weights, one input, and the book's data set.
#include <catch2/catch.hpp>

#include "core/data/csv.hpp"
#include "core/network/parameters.hpp"

namespace fontshade::test {

// w_hidden = [[0.2, -0.4, 0.7], [0.5, 0.1, -0.3], [-0.6, 0.8, 0.25]], b_hidden = [0.1, -0.2, 0.05],
// w_output = [[0.9, -0.5, 0.3]], b_output = -0.1. The third hidden node is negative for the example
// input, so ReLU switches it off.
inline Parameters example_parameters() {
  Parameters p;
  p.w_hidden.resize(3, 3);
  p.w_hidden << 0.2, -0.4, 0.7, 0.5, 0.1, -0.3, -0.6, 0.8, 0.25;
  p.b_hidden.resize(3);
  p.b_hidden << 0.1, -0.2, 0.05;
  p.w_output.resize(3);
  p.w_output << 0.9, -0.5, 0.3;
  p.b_output = -0.1;
  return p;
}

// The colour (200, 100, 50): X = (200, 100, 50) / 255.
inline Input example_X() { return Input(200 / 255.0, 100 / 255.0, 50 / 255.0); }

// The book's CSV: the project's own copy in data/.
inline DataSet book_data() {
  DataSet data;
  const auto error = load_csv_file(FONTSHADE_BOOK_CSV, data);
  INFO((error ? error->text() : std::string("loaded")));
  REQUIRE_FALSE(error.has_value());
  return data;
}

// Relative closeness for values worked out independently (50-digit decimal arithmetic, then rounded).
inline auto close_to(double expected) { return Approx(expected).epsilon(1e-13).margin(1e-15); }

}  // namespace fontshade::test
