#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace fontshade {

// The one reader of numbers written as text, for the CLI's flags, links, model files and the scripts'
// arguments: what one of them takes, all take. Strict: ASCII digits only, a '-' where a sign is
// allowed, never a '+', a space, a hex or octal prefix, "inf" or "nan" (strtod's and strtoll's
// leniencies). A value too large for the type is an overflow, named as such, never clamped.
enum class NumberFault {
  none,
  syntax,    // not a number of the kind asked for
  range,     // a number, outside [lo, hi]
  overflow,  // too large (or small) for the type: no value was read
};

template <typename T>
struct NumberReading {
  T value{};
  NumberFault fault = NumberFault::none;
  bool ok() const { return fault == NumberFault::none; }
};

// -?[0-9]+, in [lo, hi].
NumberReading<long long> read_whole(std::string_view text, long long lo, long long hi);
// [0-9]+, 0 to 2^64 - 1 (seeds and the sampler's words).
NumberReading<std::uint64_t> read_unsigned(std::string_view text);
// -?(digits[.digits] | .digits)([eE][+-]?digits)?: the JSON number, plus "5." and ".5". Finite; one
// whose magnitude is past the largest double is an overflow.
NumberReading<double> read_decimal(std::string_view text);

// How a number that was refused is shown after "found ": as typed (quoted(), for the CLI, links and
// scripts) or as it stands in a JSON file (bare), and an overflow says so:
// "\"99999999999999999999\" (it overflows a 64-bit whole number)".
enum class FoundStyle { quoted, bare };
std::string found_number(std::string_view text, NumberFault fault, FoundStyle style, bool whole);

// "expected a whole number from LO to HI, found " + found_number(...): the sentence every reader of a
// whole number uses.
std::string whole_number_problem(std::string_view text, NumberFault fault, long long lo, long long hi,
                                 FoundStyle style = FoundStyle::quoted);

}  // namespace fontshade
