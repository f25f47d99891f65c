#include "core/base/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace fontshade {

std::string format_double(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string significant(double v, int digits) {
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

std::string shortest_double(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[32];
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string numpy_number_text(double v) {
  char buf[32];
  const double size = v < 0 ? -v : v;
  std::snprintf(buf, sizeof buf, size == 0 || (size >= 1e-4 && size < 1e8) ? "% .8f" : "% .8e", v);
  return buf;
}

}  // namespace fontshade
