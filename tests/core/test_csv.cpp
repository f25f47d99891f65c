// Reading the book's CSV format: what it accepts, and the exact error for each malformed input.
#include "fixtures.hpp"
