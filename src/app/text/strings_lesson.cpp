#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

// English and Spanish for the guided lesson (issue 17): its panel, its parts, its editor and its
// messages (see strings_panels.cpp). The scenes' own texts are the lesson file's, in both languages.
const TranslationEntry kTable[] = {
    // Messages.
    {"This scene's screen could not be opened: %s.",
     "No se pudo abrir la pantalla de esta escena: %s."},
    {"The lesson could not be loaded: %s. The lesson in use stays.",
     "No se pudo cargar la lección: %s. Sigue la lección que había."},
    {"This lesson link could not be opened (%s), so the lesson in use is shown.",
     "No se pudo abrir este enlace de lección (%s), así que se muestra la lección que había."},
    // The teacher's editor.
    {"My lesson",
     "Mi lección"},
    {"Scene %s",
     "Escena %s"},
    {"Write here what the class should look at and do.",
     "Escribe aquí qué debe mirar y hacer la clase."},
};

}  // namespace

TranslationTable strings_lesson() { return {kTable, static_cast<int>(sizeof kTable / sizeof kTable[0])}; }

}  // namespace fontshade::app
