#pragma once
#include "app/state/app_state.hpp"
#include "app/ui/platform.hpp"

namespace fontshade::app {

// The menu bar's "Copy link". From a web server it copies the page's address with the lesson after '#'.
// From a page opened as a file (file://) that address opens only on this computer, so it says so and
// offers what does work: "Save the page with this lesson" (one HTML file that opens at this lesson, to
// send or put on a USB stick), the lesson part alone (#...) to paste after the class's copy of the page,
// and the address anyway. layout(): "button_copy_link", and while it is open "link_popup",
// "link_save_page", "link_copy_fragment", "link_copy_address".
void copy_link_button(AppState& state, const Platform& platform);

}  // namespace fontshade::app
