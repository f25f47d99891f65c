// Text from outside in messages and numbers read from text: one quoting function that lets nothing
// drive a terminal or cut a C string short, and one strict reader of numbers for the CLI, links,
// model files and scripts.
#include <limits>
#include <string>

#include "fixtures.hpp"
#include "core/base/error.hpp"
#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"

using namespace fontshade;
using namespace std::string_literals;

TEST_CASE("quoted() shows control bytes and invalid UTF-8 as hex escapes, and keeps valid UTF-8", "[quoted]") {
  CHECK(quoted("plain") == "\"plain\"");
  CHECK(quoted("say \"hi\" \\ there") == "\"say \\\"hi\\\" \\\\ there\"");
  CHECK(quoted("\x1b]0;owned\x07") == "\"\\x1B]0;owned\\x07\"");
  CHECK(quoted("a\0b"s) == "\"a\\x00b\"");
  CHECK(quoted("café ÄÖÜ 色") == "\"café ÄÖÜ 色\"");
  // A lone continuation byte, a truncated sequence, an overlong '/', a surrogate, past U+10FFFF.
  CHECK(quoted("\x80") == "\"\\x80\"");
  CHECK(quoted("\xC3") == "\"\\xC3\"");
  CHECK(quoted("\xC0\xAF") == "\"\\xC0\\xAF\"");
  CHECK(quoted("\xED\xA0\x80") == "\"\\xED\\xA0\\x80\"");
  CHECK(quoted("\xF4\x90\x80\x80") == "\"\\xF4\\x90\\x80\\x80\"");
  CHECK(quoted("\xFF" "ok") == "\"\\xFFok\"");
  // C1 controls (U+009B is a terminal's CSI) and the bidirectional overrides.
  CHECK(quoted("\xC2\x9B" "31m") == "\"\\u{009B}31m\"");
  CHECK(quoted("abc\xE2\x80\xAE" "fed") == "\"abc\\u{202E}fed\"");
  // At most 24 characters, cut between characters.
  CHECK(quoted(std::string(30, 'x')) == "\"" + std::string(24, 'x') + "...\"");
}

TEST_CASE("an error's message and its file's name reach the reader escaped", "[quoted]") {
  const Error e{"evil\x1b[2Jname.csv", 3, 4, "found \x07 here"};
  CHECK(e.text() == "evil\\x1B[2Jname.csv: line 3, column 4: found \\x07 here");
  CHECK(printable("a/b\\c.csv") == "a/b\\c.csv");  // a path's backslashes stay as they are
}

TEST_CASE("whole numbers: digits and a minus only, the range and an overflow named", "[numbers]") {
  CHECK(read_whole("42", 0, 100).value == 42);
  CHECK(read_whole("-7", -10, 10).value == -7);
  CHECK(read_whole("007", 0, 10).value == 7);
  CHECK(read_whole("-9223372036854775808", std::numeric_limits<long long>::min(), 0).value == std::numeric_limits<long long>::min());
  for (const char* bad : {"", "+5", " 5", "5 ", "0x10", "1e3", "5.0", "-", "--5", "five", "١"})
    CHECK(read_whole(bad, 0, 100).fault == NumberFault::syntax);
  CHECK(read_whole("101", 0, 100).fault == NumberFault::range);
  CHECK(read_whole("9223372036854775808", 0, 100).fault == NumberFault::overflow);
  CHECK(read_whole("99999999999999999999", 0, 100).fault == NumberFault::overflow);
  CHECK(whole_number_problem("99999999999999999999", NumberFault::overflow, 0, 100) ==
        "expected a whole number from 0 to 100, found \"99999999999999999999\" (it overflows a 64-bit whole number)");
  CHECK(read_unsigned("18446744073709551615").value == 18446744073709551615ULL);
  CHECK(read_unsigned("18446744073709551616").fault == NumberFault::overflow);
  CHECK(read_unsigned("-1").fault == NumberFault::syntax);
}

TEST_CASE("decimals: the JSON number and .5 and 5., never hex, inf, nan, signs or spaces", "[numbers]") {
  CHECK(read_decimal("0.05").value == 0.05);
  CHECK(read_decimal(".5").value == 0.5);
  CHECK(read_decimal("5.").value == 5.0);
  CHECK(read_decimal("1e-3").value == 0.001);
  CHECK(read_decimal("-2.5E+2").value == -250.0);
  for (const char* bad : {"", "0x10", "+0.5", " 0.5", "0.5 ", "inf", "nan", "infinity", ".", "e5", "1e", "1e+", "1,5", "0x1p3"})
    CHECK(read_decimal(bad).fault == NumberFault::syntax);
  CHECK(read_decimal("1e999").fault == NumberFault::overflow);
}
