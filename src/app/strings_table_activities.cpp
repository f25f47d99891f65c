#include "strings.hpp"

namespace fontshade::app {

// English and Spanish for issue 7's class activities: labelling colours, the chapter's colours, seed
// sweeps, the gradient check (see strings_table.cpp).
// (No strings yet: the table comes with the part's first panel.)
TranslationTable strings_activities() { return {nullptr, 0}; }

}  // namespace fontshade::app
