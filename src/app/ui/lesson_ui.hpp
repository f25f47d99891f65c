#pragma once
#include "app/layout/rect.hpp"
#include "app/state/app_state.hpp"
#include "app/ui/platform.hpp"

namespace fontshade::app {

// The guided lesson's pixels (issue 17); its state and actions are state/lesson_mode.hpp's.
// The lesson's own panel, drawn into the current window: the scene's text, question, Back and Next.
void lesson_panel(AppState& state);
float lesson_footer_height();  // the room Back and Next take at the panel's bottom
// The teacher's editor, in `area` (window pixels), while View::lesson_editor.open.
void lesson_editor(AppState& state, Platform& platform, Rect area);
// A part a scene can show, by its name on screen (the editor's ticks, the lesson's window titles).
const char* part_title(ScenePart part);
// Copies the page's address with the lesson inside it, or says why it does not fit in a link.
void copy_lesson_link(AppState& state, Platform& platform);

}  // namespace fontshade::app
