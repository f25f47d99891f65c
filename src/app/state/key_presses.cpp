#include "app/state/key_presses.hpp"

#include <utility>

namespace fontshade::app {

void KeyPresses::press(KeyCode code, bool shift) { queued_.push_back({code, shift, false}); }

void KeyPresses::repeat(KeyCode code, bool shift) {
  if (key_repeats(code, shift)) queued_.push_back({code, shift, true});
}

std::vector<KeyPresses::Press> KeyPresses::take() { return std::exchange(queued_, {}); }

}  // namespace fontshade::app
