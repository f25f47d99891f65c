#include "strings.hpp"

namespace fontshade::app {
// English and Spanish for projector mode, keeping and sharing a lesson, exports, help (see strings_table.cpp).
// (No strings yet: the table comes with the part's first panel.)
TranslationTable strings_keeping() { return {nullptr, 0}; }

}  // namespace fontshade::app
