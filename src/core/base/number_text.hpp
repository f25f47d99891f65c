#pragma once
#include <string>

namespace fontshade {

// A number with `digits` significant digits as a person reads it: "0.5068", "-1.234e-05", "21.75";
// trailing zeros dropped, fixed notation from 1e-4 to 1e6. Non-finite values read "NaN", "+inf" and
// "-inf", never as if they were values. (Exact round-trip text is format_double's job.)
std::string significant(double v, int digits);

// "%.17g": enough digits that every double reads back to the same bits. Non-finite values, which
// JSON cannot hold, are written as null.
std::string format_double(double v);
// The shortest text that reads back to the same double, as Python's repr writes it ("0.05", not
// "0.050000000000000003"): for lines a person reads and a program runs. Non-finite: "nan", "inf".
std::string shortest_double(double v);
// As NumPy prints a float in an array (its default precision, 8): " 0.85039307", "-3.56384508", or
// with an exponent when very large or small (" 6.85467790e+200"); a sign or a space first.
std::string numpy_number_text(double v);

}  // namespace fontshade
