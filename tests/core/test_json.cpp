// The JSON the CLI and the browser print: doubles that round-trip, escapes, shapes.
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "core/files/json_reader.hpp"
#include "core/files/json_writer.hpp"

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

TEST_CASE("the reader keeps each value's line, column and literal", "[json]") {
  const auto v = parse_json(
      "{\n  \"a\": [1, -0, 18446744073709551616, 9007199254740993, -0.0],\n  \"\xC3\xA9\": {\"b\": null}\n}", "t.json");
  REQUIRE(ok(v));
  const JsonValue& root = std::get<JsonValue>(v);
  CHECK((root.line == 1 && root.column == 1));
  const JsonValue& a = *root.find("a");
  CHECK((a.line == 2 && a.column == 8));
  REQUIRE(a.items.size() == 5);
  for (const JsonValue& n : a.items) CHECK(n.number == std::strtod(n.text.c_str(), nullptr));
  CHECK(a.items[3].number == 9007199254740992.0);  // 2^53 + 1 rounds to even, as strtod rounds it
  CHECK(std::signbit(a.items[4].number));
  CHECK((a.items[1].line == 2 && a.items[1].column == 12));
  CHECK(a.items[1].text == "-0");
  CHECK(std::signbit(a.items[1].number));  // -0 stays -0: a model's parameter reads back to the same bits
  CHECK(a.items[2].text == "18446744073709551616");  // as written, not as the double it rounds to
  CHECK((a.items[2].line == 2 && a.items[2].column == 16));
  const JsonValue& b = *root.find("\xC3\xA9")->find("b");  // é is 2 bytes and 1 column
  CHECK(b.type == JsonValue::Type::null);
  CHECK((b.line == 3 && b.column == 14));
}

TEST_CASE("every JSON syntax error gets its exact message, line and column", "[json]") {
  struct Case {
    const char* what;
    std::string text;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"empty", "", "t.json: line 1, column 1: expected a JSON value, found the end of the file"},
      {"no ':'", "{\"a\" 1}", "t.json: line 1, column 6: expected ':' after the key, found '1'"},
      {"no ','", "{\"a\": 1 \"b\": 2}", "t.json: line 1, column 9: expected ',' or '}' in the object, found '\"'"},
      {"no ',' in an array", "[1 2]", "t.json: line 1, column 4: expected ',' or ']' in the array, found '2'"},
      {"',' before '}'", "{\"a\": 1,}", "t.json: line 1, column 9: expected a key in double quotes, found '}'"},
      {"a key without quotes", "{a: 1}", "t.json: line 1, column 2: expected a key in double quotes, found 'a'"},
      {"after the value", "{} x", "t.json: line 1, column 4: expected the end of the file after the JSON value, found 'x'"},
      {"':' after ':'", "{\"a\":: 1}", "t.json: line 1, column 6: expected a JSON value, found ':'"},
      {"a control byte", "[\x01]", "t.json: line 1, column 2: expected a JSON value, found byte 0x01"},
      {"after a byte order mark", "\xEF\xBB\xBF[x]", "t.json: line 1, column 2: expected a JSON value, found 'x'"},
      {"after a 2-byte character", "[\"\xC3\xA9\", x]", "t.json: line 1, column 7: expected a JSON value, found 'x'"},
      // Malformed tokens: nlohmann's words, at the byte where it stopped.
      {"unknown escape", "[\"ab\\qc\"]", "t.json: line 1, column 6: invalid string: forbidden character after backslash"},
      {"unclosed string", "[\n\"abc", "t.json: line 2, column 5: invalid string: missing closing quote"},
      {"short \\u", "[\"\\u12x4\"]", "t.json: line 1, column 7: invalid string: '\\u' must be followed by 4 hex digits"},
      {"raw control character", "[\"a\x01\"]",
       "t.json: line 1, column 4: invalid string: control character U+0001 (SOH) must be escaped to \\u0001"},
      {"not UTF-8", "{\"\xFF\": 1}", "t.json: line 1, column 3: invalid string: ill-formed UTF-8 byte"},
      {"misspelt literal", "[tru]", "t.json: line 1, column 5: invalid literal"},
      {"a literal cut short", "nul", "t.json: line 1, column 4: invalid literal"},
      {"a lone minus", "[-]", "t.json: line 1, column 3: invalid number; expected digit after '-'"},
      {"no digit after the point", "[1.]", "t.json: line 1, column 4: invalid number; expected digit after '.'"},
      // Numbers too large for a double: where they stand, named as the model reader names places.
      {"1e999", "{\"w\": [0, -1e999]}",
       "t.json: line 1, column 11: w[1]: expected a finite number, found -1e999, which is too large to store"},
      {"1e999 alone", " 1e999", "t.json: line 1, column 2: expected a finite number, found 1e999, which is too large to store"},
      // Reader's own rules.
      {"a key twice", "{\"a\": 1, \"\\u0061\": 2}", "t.json: line 1, column 10: the key \"a\" appears twice"},
      {"65 levels", std::string(65, '[') + "1" + std::string(65, ']'),
       "t.json: line 1, column 66: nested more than 64 levels deep"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const auto parsed = parse_json(c.text, "t.json");
    REQUIRE_FALSE(ok(parsed));
    CHECK(std::get<Error>(parsed).text() == c.error);
  }
  // 64 levels are fine, and so is a 65th level that holds nothing.
  CHECK(ok(parse_json(std::string(64, '[') + "1" + std::string(64, ']'), "t.json")));
  CHECK(ok(parse_json(std::string(65, '[') + std::string(65, ']'), "t.json")));
}
