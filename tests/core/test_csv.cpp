// Reading the book's CSV format: what it accepts, and the exact error for each malformed input.
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace fontshade;
using namespace std::string_literals;

namespace {

const std::string kHeader = "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n";
const std::string kThreeRows = "0,0,0,0\n255,255,255,1\n12,34,56,0\n";

// Each test case writes its own file name, so CTest may run them in parallel.
std::string tmp_path(const std::string& name) { return std::string(FONTSHADE_TEST_TMP) + "/" + name; }

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  REQUIRE(out.good());
}

// A data set read from a real file, different from every malformed input below, so "unchanged" can
// only hold if the loader left it alone.
DataSet already_loaded(const std::string& path) {
  write_file(path, "9,8,7,1\n6,5,4,0\n3,2,1,1\n200,100,50,0\n");
  DataSet data;
  const auto error = load_csv_file(path, data);
  INFO((error ? error->text() : std::string("loaded")));
  REQUIRE_FALSE(error.has_value());
  REQUIRE(data.samples.size() == 4);
  return data;
}

void check_same(const DataSet& actual, const DataSet& expected) {
  CHECK(actual.source == expected.source);
  CHECK(actual.origin == expected.origin);
  REQUIRE(actual.samples.size() == expected.samples.size());
  for (std::size_t i = 0; i < actual.samples.size(); ++i) {
    CHECK(actual.samples[i].colour == expected.samples[i].colour);
    CHECK(actual.samples[i].label == expected.samples[i].label);
  }
}

// What load_csv_file does after reading the file: replace `current` only when the text parses.
std::optional<Error> load_text(const std::string& text, const std::string& source, DataSet& current) {
  Result<DataSet> parsed = parse_csv(text, source);
  if (!ok(parsed)) return std::get<Error>(parsed);
  current = std::move(std::get<DataSet>(parsed));
  return std::nullopt;
}

std::vector<Sample> parsed_samples(const std::string& text) {
  const Result<DataSet> r = parse_csv(text, "ok.csv");
  INFO((ok(r) ? std::string("parsed") : std::get<Error>(r).text()));
  REQUIRE(ok(r));
  CHECK(std::get<DataSet>(r).source == "ok.csv");
  CHECK(std::get<DataSet>(r).origin == DataOrigin::file);
  return std::get<DataSet>(r).samples;
}

void check_samples(const std::vector<Sample>& actual, const std::vector<Sample>& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    INFO("row " << i);
    CHECK(actual[i].colour == expected[i].colour);
    CHECK(actual[i].label == expected[i].label);
  }
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// ASCII text as UTF-16, little- or big-endian, with or without a byte-order mark.
std::string utf16(const std::string& ascii, bool little_endian, bool bom) {
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    out += little_endian ? c : '\0';
    out += little_endian ? '\0' : c;
  }
  return out;
}

struct Malformed {
  const char* what;
  std::string text;
  std::string error;  // the full Error::text() when the source is "bad.csv"
};

}  // namespace

TEST_CASE("the CSV loader accepts the book's format and its everyday variations", "[csv]") {
  const std::vector<Sample> expected = {{{0, 0, 0}, 0}, {{255, 255, 255}, 1}, {{12, 34, 56}, 0}};
  check_samples(parsed_samples(kHeader + kThreeRows), expected);
  check_samples(parsed_samples(kThreeRows), expected);  // no header
  check_samples(parsed_samples("red,Green,BLUE,light_or_dark_font_ind\n" + kThreeRows), expected);
  check_samples(parsed_samples("RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\r\n0,0,0,0\r\n255,255,255,1\r\n12,34,56,0\r\n"),
                expected);
  check_samples(parsed_samples("\xEF\xBB\xBF" + kHeader + kThreeRows), expected);  // UTF-8 BOM
  check_samples(parsed_samples("\xEF\xBB\xBF" + kThreeRows), expected);            // BOM, no header
  check_samples(parsed_samples(kHeader + kThreeRows + "\n\n  \n\t\r\n"), expected);  // blank trailing lines
  check_samples(parsed_samples("0,0,0,0\n255,255,255,1\n12,34,56,0"), expected);    // no final newline
  check_samples(parsed_samples(" RED ,\tgreen\t, Blue,LIGHT_OR_DARK_FONT_IND \n  0 ,0,\t0\t,0\n255 , 255,255,1\t\n"
                               "12,  34  ,56,   0   \r\n"),
                expected);
  // Leading zeros are still decimal, not octal.
  check_samples(parsed_samples("007,010,000,1\n1,2,3,0\n4,5,6,1\n"), {{{7, 10, 0}, 1}, {{1, 2, 3}, 0}, {{4, 5, 6}, 1}});
}

TEST_CASE("loading a good CSV file replaces the data set that was loaded before", "[csv]") {
  // The other half of "a bad file changes nothing": a good file does change it.
  DataSet data = already_loaded(tmp_path("csv_replace_before.csv"));
  const std::string path = tmp_path("csv_replace_after.csv");
  write_file(path, kHeader + kThreeRows);
  REQUIRE_FALSE(load_csv_file(path, data).has_value());
  CHECK(data.source == path);
  check_samples(data.samples, {{{0, 0, 0}, 0}, {{255, 255, 255}, 1}, {{12, 34, 56}, 0}});
}

TEST_CASE("every malformed CSV gets its exact error and leaves the loaded data set as it was", "[csv]") {
  const std::vector<Malformed> cases = {
      {"wrong header field", "RED,GREEN,BLUE,LABEL\n" + kThreeRows,
       "bad.csv: line 1, column 16: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or a number; field 4 "
       "should be LIGHT_OR_DARK_FONT_IND, found \"LABEL\""},
      {"header with 3 fields", "RED,GREEN,BLUE\n" + kThreeRows,
       "bad.csv: line 1, column 15: header: expected 4 fields (R,G,B,label), found 3"},
      {"header field in characters", "RED,GRÜN,BLUE,LIGHT_OR_DARK_FONT_IND\n" + kThreeRows,
       "bad.csv: line 1, column 5: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or a number; field 2 "
       "should be GREEN, found \"GRÜN\""},
      {"too few fields", kHeader + "0,0,0,0\n10,20,30\n" + kThreeRows,
       "bad.csv: line 3, column 9: expected 4 fields (R,G,B,label), found 3"},
      {"one field", kHeader + "0,0,0,0\n10\n" + kThreeRows,
       "bad.csv: line 3, column 3: expected 4 fields (R,G,B,label), found 1"},
      {"too many fields", kHeader + "0,0,0,0\n10,20,30,1,5\n" + kThreeRows,
       "bad.csv: line 3, column 11: expected the end of the line after 4 fields (R,G,B,label), found another comma"},
      {"trailing comma", kThreeRows + "10,20,30,1,\n",
       "bad.csv: line 4, column 11: expected the end of the line after 4 fields (R,G,B,label), found another comma"},
      {"empty field", kHeader + "0,0,0,0\n10,,30,1\n" + kThreeRows,
       "bad.csv: line 3, column 4: expected an integer from 0 to 255 for GREEN, found an empty field"},
      {"empty label", kHeader + "10,20,30,  \n" + kThreeRows,
       "bad.csv: line 2, column 10: expected 0 (light text) or 1 (dark text) for LIGHT_OR_DARK_FONT_IND, found an "
       "empty field"},
      {"blank field", kHeader + "10,   ,30,1\n" + kThreeRows,
       "bad.csv: line 2, column 4: expected an integer from 0 to 255 for GREEN, found an empty field"},
      {"non-digit", kHeader + "0,0,0,0\n255,abc,0,1\n" + kThreeRows,
       "bad.csv: line 3, column 5: expected an integer from 0 to 255 for GREEN, found \"abc\""},
      {"negative number", kHeader + "10,20,-30,1\n" + kThreeRows,
       "bad.csv: line 2, column 7: expected an integer from 0 to 255 for BLUE, found \"-30\""},
      // Read as a row, not as a header that should have said RED.
      {"negative number on the first line", "-10,20,30,1\n" + kThreeRows,
       "bad.csv: line 1, column 1: expected an integer from 0 to 255 for RED, found \"-10\""},
      {"first line not a header", "R,G,B,label\n" + kThreeRows,
       "bad.csv: line 1, column 1: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or a number; field 1 "
       "should be RED, found \"R\""},
      {"plus sign", kThreeRows + "+10,20,30,1\n",
       "bad.csv: line 4, column 1: expected an integer from 0 to 255 for RED, found \"+10\""},
      {"decimal number", kHeader + "10.5,20,30,1\n" + kThreeRows,
       "bad.csv: line 2, column 1: expected an integer from 0 to 255 for RED, found \"10.5\""},
      {"value 256", kHeader + "10,256,30,1\n" + kThreeRows,
       "bad.csv: line 2, column 4: expected an integer from 0 to 255 for GREEN, found 256"},
      {"huge number", kHeader + "99999999999999999999,0,0,1\n" + kThreeRows,
       "bad.csv: line 2, column 1: expected an integer from 0 to 255 for RED, found \"99999999999999999999\""},
      {"long field is cut at 24 characters", kHeader + "1,2,3,123456789012345678901234567890\n" + kThreeRows,
       "bad.csv: line 2, column 7: expected 0 (light text) or 1 (dark text) for LIGHT_OR_DARK_FONT_IND, found "
       "\"123456789012345678901234...\""},
      {"label 2", kHeader + "10,20,30,2\n" + kThreeRows,
       "bad.csv: line 2, column 10: expected 0 (light text) or 1 (dark text) for LIGHT_OR_DARK_FONT_IND, found 2"},
      {"quoted field", kHeader + "\"10\",20,30,1\n" + kThreeRows,
       "bad.csv: line 2, column 1: expected an integer from 0 to 255 for RED without quotation marks, found "
       "\"\\\"10\\\"\""},
      {"semicolon separator", kHeader + "10;20;30;1\n" + kThreeRows,
       "bad.csv: line 2, column 3: expected a comma between the fields R,G,B,label, found a semicolon"},
      {"semicolon header", "RED;GREEN;BLUE;LIGHT_OR_DARK_FONT_IND\n10;20;30;1\n",
       "bad.csv: line 1, column 4: header: expected a comma between the fields R,G,B,label, found a semicolon"},
      {"blank line in the middle", kHeader + "0,0,0,0\n\n1,1,1,1\n2,2,2,0\n",
       "bad.csv: line 3, column 1: empty line in the middle of the data: expected R,G,B,label"},
      {"line of spaces in the middle", kThreeRows + " \t \r\n1,1,1,1\n",
       "bad.csv: line 4, column 1: empty line in the middle of the data: expected R,G,B,label"},
      {"blank first line", "\n" + kHeader + kThreeRows,
       "bad.csv: line 1, column 1: empty first line: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or "
       "R,G,B,label"},
      {"header not on the first line", kThreeRows + kHeader,
       "bad.csv: line 4, column 1: expected an integer from 0 to 255 for RED, found \"RED\""},
      {"NUL byte", kHeader + "10,2\0,30,1\n"s + kThreeRows,
       "bad.csv: line 2, column 4: expected an integer from 0 to 255 for GREEN, found \"2\\x00\""},
      {"tab inside a number", kHeader + "10,20,3\t0,1\n" + kThreeRows,
       "bad.csv: line 2, column 7: expected an integer from 0 to 255 for BLUE, found \"3\\x090\""},
      {"old Mac line endings", "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\r0,0,0,0\r255,255,255,1\r12,34,56,0\r",
       "bad.csv: line 1, column 38: expected each line to end in LF or CRLF, found a carriage return on its own (an "
       "old Mac line ending)"},
      {"non-ASCII field", kHeader + "10,é,30,1\n" + kThreeRows,
       "bad.csv: line 2, column 4: expected an integer from 0 to 255 for GREEN, found \"é\""},
      // ÄÖÜ is 6 bytes but 3 characters: the 4th comma is the 12th character, the 15th byte.
      {"column counted in characters", kHeader + "ÄÖÜ,20,30,1,5\n" + kThreeRows,
       "bad.csv: line 2, column 12: expected the end of the line after 4 fields (R,G,B,label), found another comma"},
      // 1 + 30 two-byte characters: cut after 24 characters, never inside one.
      {"long non-ASCII field is cut between characters", kHeader + "1" + repeat("é", 30) + ",2,3,1\n" + kThreeRows,
       "bad.csv: line 2, column 1: expected an integer from 0 to 255 for RED, found \"1" + repeat("é", 23) + "...\""},
      {"empty file", "", "bad.csv: no data rows: at least 3 are needed (2 to train on, 1 to test)"},
      {"only a header", kHeader, "bad.csv: no data rows: at least 3 are needed (2 to train on, 1 to test)"},
      {"only blank lines", "\n\n \n", "bad.csv: no data rows: at least 3 are needed (2 to train on, 1 to test)"},
      {"one row", kHeader + "1,2,3,1\n", "bad.csv: only 1 data row: at least 3 are needed (2 to train on, 1 to test)"},
      {"two rows", kHeader + "1,2,3,1\n4,5,6,0\n\n",
       "bad.csv: only 2 data rows: at least 3 are needed (2 to train on, 1 to test)"},
      // Saved as "Unicode text" by a spreadsheet: named for what it is, with what to do.
      {"UTF-16 LE with a BOM", utf16(kHeader + kThreeRows, true, true),
       "bad.csv: line 1, column 1: the file is UTF-16 (little-endian, it starts with the bytes FF FE), not UTF-8 text: "
       "save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
      {"UTF-16 BE with a BOM", utf16(kThreeRows, false, true),
       "bad.csv: line 1, column 1: the file is UTF-16 (big-endian, it starts with the bytes FE FF), not UTF-8 text: "
       "save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
      {"UTF-16 LE without a BOM", utf16(kThreeRows, true, false),
       "bad.csv: line 1, column 1: the file is UTF-16 (little-endian: every other byte is 0), not UTF-8 text: "
       "save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
      {"UTF-16 BE without a BOM", utf16(kHeader + kThreeRows, false, false),
       "bad.csv: line 1, column 1: the file is UTF-16 (big-endian: every other byte is 0), not UTF-8 text: "
       "save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and load it again"},
  };
  const std::string path = tmp_path("csv_malformed.csv");
  const DataSet before = already_loaded(tmp_path("csv_malformed_before.csv"));
  for (const Malformed& c : cases) {
    INFO(c.what);
    REQUIRE(c.error.rfind("bad.csv: ", 0) == 0);
    const Result<DataSet> parsed = parse_csv(c.text, "bad.csv");
    REQUIRE_FALSE(ok(parsed));
    CHECK(std::get<Error>(parsed).text() == c.error);
    // Built from a template (so the app can say it in Spanish) that gives the same English.
    const Error& e = std::get<Error>(parsed);
    CHECK(e.id != MessageId::none);
    CHECK(fill_message(message_template(e.id), e.args) == e.message);
    // The same text from a file: the message names the file, and the loaded set stays as it was.
    write_file(path, c.text);
    DataSet data = before;
    const auto error = load_csv_file(path, data);
    REQUIRE(error.has_value());
    CHECK(error->text() == path + c.error.substr(7));
    check_same(data, before);
  }
}

TEST_CASE("a missing CSV file or a folder is an error and changes nothing", "[csv]") {
  const DataSet before = already_loaded(tmp_path("csv_files_before.csv"));
  DataSet data = before;
  const std::string missing = tmp_path("csv_no_such_file.csv");
  std::remove(missing.c_str());
  auto error = load_csv_file(missing, data);
  REQUIRE(error.has_value());
  CHECK(error->text() == missing + ": cannot open the file (does it exist?)");
  check_same(data, before);
  error = load_csv_file(FONTSHADE_TEST_TMP, data);
  REQUIRE(error.has_value());
  CHECK(error->text() == std::string(FONTSHADE_TEST_TMP) + ": is a folder, not a file");
  check_same(data, before);
}

TEST_CASE("the CSV row and size limits", "[csv]") {
  DataSet data;
  REQUIRE_FALSE(load_text(kThreeRows, "small.csv", data).has_value());
  const DataSet before = data;
  // Exactly 1,000,000 rows load; one more is line 1,000,002 (after the header).
  std::string text = kHeader;
  text.reserve(kHeader.size() + 8 * (kMaxCsvRows + 1));
  for (long long i = 0; i < kMaxCsvRows; ++i) text += (i % 2 ? "0,0,0,1\n" : "9,9,9,0\n");
  const Result<DataSet> full = parse_csv(text, "big.csv");
  REQUIRE(ok(full));
  CHECK(std::get<DataSet>(full).samples.size() == static_cast<std::size_t>(kMaxCsvRows));
  text += "1,2,3,1\n";
  auto error = load_text(text, "big.csv", data);
  REQUIRE(error.has_value());
  CHECK(error->text() == "big.csv: line 1000002, column 1: more than 1,000,000 data rows: the limit is 1,000,000");
  check_same(data, before);
  // Over 64 MiB is refused before looking at a single line.
  error = load_text(std::string(static_cast<std::size_t>(kMaxCsvBytes) + 1, '0'), "huge.csv", data);
  REQUIRE(error.has_value());
  CHECK(error->text() == "huge.csv: the file is larger than 64 MiB: too big for a data set of colours");
  check_same(data, before);
}

TEST_CASE("UTF-16 is guessed only on enough evidence, not on two bytes", "[csv]") {
  // A file that starts with a zero byte and then text is not UTF-16: it is reported as the bytes it holds.
  const Result<DataSet> zero_then_text = parse_csv("\0"s + "5,0,0,0\n" + kThreeRows, "bad.csv");
  REQUIRE_FALSE(ok(zero_then_text));
  CHECK(std::get<Error>(zero_then_text).text() ==
        "bad.csv: line 1, column 1: expected the header RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND or a number; field 1 should "
        "be RED, found \"\\x005\"");
  const Result<DataSet> text_then_zero = parse_csv("5\0"s + ",0,0,0\n" + kThreeRows, "bad.csv");
  REQUIRE_FALSE(ok(text_then_zero));
  CHECK(std::get<Error>(text_then_zero).text() == "bad.csv: line 1, column 1: expected an integer from 0 to 255 for RED, "
                                                  "found \"5\\x00\"");
  // Four code units are enough: "1,2\n" as UTF-16 without a byte-order mark.
  const Result<DataSet> four_units = parse_csv(utf16("1,2\n", true, false), "bad.csv");
  REQUIRE_FALSE(ok(four_units));
  CHECK(std::get<Error>(four_units).message.rfind("the file is UTF-16 (little-endian: every other byte is 0)", 0) == 0);
}

TEST_CASE("a CSV's invalid UTF-8 and terminal escapes are shown as hex escapes in its message", "[csv][quoted]") {
  const Result<DataSet> r = parse_csv(kHeader + "10,\xFF\xFE\x1b[2J,30,1\n" + kThreeRows, "bad.csv");
  REQUIRE_FALSE(ok(r));
  CHECK(std::get<Error>(r).text() ==
        "bad.csv: line 2, column 4: expected an integer from 0 to 255 for GREEN, found \"\\xFF\\xFE\\x1B[2J\"");
  const Result<DataSet> named = parse_csv("1,2\n", "evil\x1b]0;t\x07.csv");
  REQUIRE_FALSE(ok(named));
  CHECK(std::get<Error>(named).text().rfind("evil\\x1B]0;t\\x07.csv: line 1, column 4: ", 0) == 0);
}
