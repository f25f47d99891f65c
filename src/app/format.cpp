#include "format.hpp"

#include <cmath>
#include <cstdio>

#include "strings.hpp"

namespace fontshade::app {
namespace {
int g_digits = 4;
}

void set_display_digits(int digits) { g_digits = digits < 2 ? 2 : (digits > 17 ? 17 : digits); }
int display_digits() { return g_digits; }

std::string number(double v) { return number(v, g_digits); }

std::string number(double v, int digits) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
  if (v == 0) return "0";
  char buf[40];
  const double magnitude = std::fabs(v);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    // Fixed notation with `digits` significant digits, trailing zeros kept off.
    const int before_point = magnitude >= 1 ? static_cast<int>(std::floor(std::log10(magnitude))) + 1 : 0;
    int decimals = digits - before_point;
    if (magnitude < 1) decimals += -static_cast<int>(std::floor(std::log10(magnitude))) - 1;
    if (decimals < 0) decimals = 0;
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
  }
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
  return buf;
}

std::string thousands(long long n) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += tr(",");
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

}  // namespace fontshade::app
