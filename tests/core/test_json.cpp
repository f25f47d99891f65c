// The JSON the CLI and the browser print: doubles that round-trip, escapes, shapes.
#include <cstdlib>

#include "fixtures.hpp"
#include "json_reader.hpp"
#include "json_writer.hpp"

using namespace fontshade;

TEST_CASE("doubles are printed with 17 significant digits and read back to the same bits", "[json]") {
  CHECK(format_double(0.1) == "0.10000000000000001");
  CHECK(format_double(1.0) == "1");
  CHECK(format_double(-0.0) == "-0");
  CHECK(format_double(1.0 / 3) == "0.33333333333333331");
  CHECK(format_double(1e-300) == "1e-300");
  CHECK(format_double(5e-324) == "4.9406564584124654e-324");
  CHECK(format_double(std::nan("")) == "null");
  for (double v : {0.1, 1.0 / 3, 2.0 / 255, 123456.789e-200, 5e-324}) CHECK(std::strtod(format_double(v).c_str(), nullptr) == v);
}

TEST_CASE("the writer places commas and escapes strings", "[json]") {
  JsonWriter w;
  w.begin_object().key("a").integer(1).key("b\"").begin_array().number(0.5).string("x\ny").null().end_array()
      .key("c").boolean(false).end_object();
  CHECK(w.str() == R"({"a":1,"b\"":[0.5,"x\ny",null],"c":false})");
  HiddenMatrix m(2, 3);
  m << 1, 2, 3, 4, 5, 6;
  OutputRow row(2);
  row << 7, 8;
  JsonWriter shapes;
  shapes.begin_array().matrix(m).matrix(row).end_array();
  CHECK(shapes.str() == "[[[1,2,3],[4,5,6]],[[7,8]]]");
}

TEST_CASE("the reader parses what the writer writes and names line and column of errors", "[json]") {
  const auto v = parse_json("{\"a\": [1, 2.5e3, -0.25], \"b\": \"\\u00e9\", \"c\": true}", "t.json");
  REQUIRE(ok(v));
  const JsonValue& root = std::get<JsonValue>(v);
  CHECK(root.find("a")->items[1].number == 2500);
  CHECK(root.find("b")->text == "\xC3\xA9");
  CHECK(root.find("c")->boolean);
  const auto bad = parse_json("{\n  \"a\": [1, 2,]\n}", "t.json");
  REQUIRE_FALSE(ok(bad));
  CHECK(std::get<Error>(bad).text() == "t.json: line 2, column 14: expected a JSON value, found ']'");
}
