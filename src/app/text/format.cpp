#include "app/text/format.hpp"

#include <cmath>
#include <cstdio>

#include "core/base/number_text.hpp"
#include "app/text/strings.hpp"

namespace fontshade::app {
std::string number(double v) { return number(v, settings_in_use().digits); }

std::string number(double v, int digits) { return significant(v, digits); }

std::string thousands(long long n) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += tr(",");
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

std::string percent(double fraction, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f\xC2\xA0%%", decimals, 100 * fraction);
  return text;
}

}  // namespace fontshade::app
