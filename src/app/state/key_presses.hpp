#pragma once
#include <vector>

#include "app/state/keys.hpp"

namespace fontshade::app {

// Key presses counted as events, not frames (issue 15: one press is one step, or one phase, at any
// frame rate). The window reports each press, and each repeat of a held key that the system sends
// (the keyboard's own clock: its delay and rate, as the reader set them); once a frame the app takes
// them all, in order. A press and its release between two frames is one action, a press that a slow
// frame held up is still one, a held key acts once for each repeat the clock gave, however few frames
// came meanwhile, and a key let go gives no more. Keys that do not repeat (key_repeats: Enter, R, F, ...)
// act once however long they are held.
//
// (Not a repeat timer of the app's own: a browser may hand the page a key's release half a second
// late, after a slow frame, and a timer that saw the key still down would add repeats the reader never
// made. The system's repeats are sent only while the key is down.)
class KeyPresses {
 public:
  struct Press {
    KeyCode code;
    bool shift;
    bool repeat;  // a held key's repeat, not the press itself
  };

  void press(KeyCode code, bool shift);
  void repeat(KeyCode code, bool shift);  // dropped for keys that do not repeat
  // Every press and repeat since the last take, in the order they came.
  std::vector<Press> take();

 private:
  std::vector<Press> queued_;
};

}  // namespace fontshade::app
