#pragma once
#include <string>

namespace fontshade::app {

// A number for display with the digits of the settings in use (strings.hpp: 4 by default, up to 17 to
// see every bit): "0.5068", "-1.234e-05"; a non-finite value is shown as "NaN" / "+inf" / "-inf",
// never as if it were a value (is_finite tells the caller to flag it).
std::string number(double v);
std::string number(double v, int digits);
inline bool is_finite(double v) { return v - v == 0; }
// A vector as one line: "[0.5068, -0.05849, 0]".
template <typename Vector>
std::string vector_text(const Vector& v) {
  std::string s = "[";
  for (decltype(v.size()) i = 0; i < v.size(); ++i) s += (i ? ", " : "") + number(v(i));
  return s + "]";
}

// A count with the thousands separator of the language in use: "100,000" / "100.000".
std::string thousands(long long n);
// A fraction as a percentage: "98.66 %", with a no-break space, so a wrapped line never leaves the % alone.
std::string percent(double fraction, int decimals = 2);

}  // namespace fontshade::app
