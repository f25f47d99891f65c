#include "core/base/number_reader.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/base/quoted.hpp"

namespace fontshade {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits from `at` on; false when there are none.
bool digits(std::string_view s, std::size_t& at) {
  const std::size_t start = at;
  while (at < s.size() && is_digit(s[at])) ++at;
  return at > start;
}

// The magnitude of a run of digits, or nullopt past `most`.
bool accumulate(std::string_view digits_text, std::uint64_t most, std::uint64_t& out) {
  std::uint64_t v = 0;
  for (char c : digits_text) {
    const auto d = static_cast<std::uint64_t>(c - '0');
    if (v > (most - d) / 10) return false;
    v = v * 10 + d;
  }
  out = v;
  return true;
}

}  // namespace

NumberReading<long long> read_whole(std::string_view text, long long lo, long long hi) {
  NumberReading<long long> r;
  const bool negative = !text.empty() && text[0] == '-';
  std::size_t at = negative ? 1 : 0;
  if (!digits(text, at) || at != text.size()) {
    r.fault = NumberFault::syntax;
    return r;
  }
  const std::uint64_t most = negative ? static_cast<std::uint64_t>(std::numeric_limits<long long>::max()) + 1
                                      : static_cast<std::uint64_t>(std::numeric_limits<long long>::max());
  std::uint64_t magnitude = 0;
  if (!accumulate(text.substr(negative ? 1 : 0), most, magnitude)) {
    r.fault = NumberFault::overflow;
    return r;
  }
  // -2^63 has no positive counterpart: negate in unsigned arithmetic, then convert.
  r.value = negative ? static_cast<long long>(0 - magnitude) : static_cast<long long>(magnitude);
  if (r.value < lo || r.value > hi) r.fault = NumberFault::range;
  return r;
}

NumberReading<std::uint64_t> read_unsigned(std::string_view text) {
  NumberReading<std::uint64_t> r;
  std::size_t at = 0;
  if (!digits(text, at) || at != text.size()) r.fault = NumberFault::syntax;
  else if (!accumulate(text, std::numeric_limits<std::uint64_t>::max(), r.value)) r.fault = NumberFault::overflow;
  return r;
}

NumberReading<double> read_decimal(std::string_view text) {
  NumberReading<double> r;
  std::size_t at = !text.empty() && text[0] == '-' ? 1 : 0;
  const bool whole_part = digits(text, at);
  bool fraction_part = false;
  if (at < text.size() && text[at] == '.') {
    ++at;
    fraction_part = digits(text, at);
  }
  bool exponent_ok = true;
  if ((whole_part || fraction_part) && at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    exponent_ok = digits(text, at);
  }
  if (!(whole_part || fraction_part) || !exponent_ok || at != text.size()) {
    r.fault = NumberFault::syntax;
    return r;
  }
  // The grammar is checked: strtod reads exactly these characters (the "C" locale's point: the
  // programs never set another).
  const std::string copy(text);
  r.value = std::strtod(copy.c_str(), nullptr);
  if (!std::isfinite(r.value)) r.fault = NumberFault::overflow;
  return r;
}

std::string found_number(std::string_view text, NumberFault fault, FoundStyle style, bool whole) {
  std::string out = style == FoundStyle::quoted ? quoted(text) : std::string(text);
  if (fault == NumberFault::overflow)
    out += whole ? " (it overflows a 64-bit whole number)" : " (it overflows a double: its magnitude is past 1.8e308)";
  return out;
}

std::string whole_number_problem(std::string_view text, NumberFault fault, long long lo, long long hi, FoundStyle style) {
  return "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", found " +
         found_number(text, fault, style, true);
}

}  // namespace fontshade
