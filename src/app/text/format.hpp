#pragma once
#include <string>

namespace fontshade::app {

// How many significant digits numbers show: 4 for the projector, up to 17 to see every bit.
void set_display_digits(int digits);
int display_digits();

// A number for display: "0.5068", "-1.234e-05"; a non-finite value is shown as "NaN" / "+inf" /
// "-inf", never as if it were a value (is_finite tells the caller to flag it).
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

// A count with the language's thousands separator: "100,000" / "100.000".
std::string thousands(long long n);

}  // namespace fontshade::app
