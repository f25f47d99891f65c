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

}  // namespace fontshade
