#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

// English and Spanish for issue 16: the notebook's generator, scikit-learn's mini-batch trainer (its
// panel, its curve, the two programs side by side) and the code beside the step. See strings_panels.cpp.
const TranslationEntry kTable[] = {
    {"", ""},
};

}  // namespace

TranslationTable strings_notebook() { return {kTable, static_cast<int>(sizeof kTable / sizeof kTable[0])}; }

}  // namespace fontshade::app
