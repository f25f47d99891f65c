#include "strings.hpp"

namespace fontshade::app {
namespace {

// English and Spanish for the tabs of issue 7's teacher: the tab names, options, data (see
// strings_table.cpp).
const TranslationEntry kTable[] = {
    {"The chapter's colours",
     "Los colores del capítulo"},
    {"Label colours",
     "Etiquetar colores"},
    {"Options",
     "Opciones"},
    {"Seeds",
     "Semillas"},
    {"Gradient check",
     "Comprobar el gradiente"},
};

}  // namespace

TranslationTable strings_teacher() { return {kTable, static_cast<int>(sizeof kTable / sizeof kTable[0])}; }

}  // namespace fontshade::app
