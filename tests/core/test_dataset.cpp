// The project's own default data set and the facts shown about a data set.
#include "colour_rules.hpp"
#include "fixtures.hpp"

using namespace fontshade;

TEST_CASE("the default data set is synthetic, 1,345 colours, labelled by the luma rule", "[data]") {
  const DataSet d = default_dataset();
  CHECK(d.synthetic);
  CHECK(d.source.find("synthetic") != std::string::npos);
  REQUIRE(d.samples.size() == 1345);
  for (const Sample& s : d.samples) CHECK(s.label == luma_label(s.colour));
  const DataFacts f = facts_of(d);
  CHECK(f.rows == 1345);
  CHECK(f.dark + f.light == 1345);
  CHECK(f.dark > 500);
  CHECK(f.light > 500);
  // Made from a fixed seed: the same every time, on every platform.
  const Sample& first = d.samples.front();
  CHECK(hex_of(first.colour) == "#b0c8cb");
  CHECK(f.dark == 668);
  CHECK(f.distinct_colours == 1345);
}

TEST_CASE("the facts of the book's data set: repeats, balance", "[data][book]") {
  const DataFacts f = facts_of(test::book_data());
  CHECK(f.rows == 1345);
  CHECK(f.distinct_colours == 661);
  CHECK(f.dark == 833);
  CHECK(f.light == 512);
}
