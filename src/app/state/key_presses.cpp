#include "app/state/key_presses.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {

void KeyPresses::down(KeyCode code, bool shift, double at) {
  up(code, at);  // down again without an up the window saw: the earlier press ends here
  held_.push_back({code, shift, key_repeats(code, shift), at});
}

void KeyPresses::up(KeyCode code, double at) {
  for (Held& h : held_)
    if (h.code == code && h.up_at < 0) h.up_at = at;
}

std::vector<KeyPresses::Press> KeyPresses::take(double now) {
  std::vector<Press> due;
  for (Held& h : held_) {
    if (!h.press_taken && h.down_at <= now) {
      due.push_back({h.code, h.shift, h.down_at, false});
      h.press_taken = true;
    }
    if (!h.repeats) continue;
    // Repeat k (from 1) falls due at down_at + kRepeatDelay + (k - 1) kRepeatInterval, while the key is held.
    const double until = h.up_at >= 0 ? std::min(now, h.up_at) : now;
    const double held_for = until - h.down_at - kRepeatDelay;
    if (held_for < 0) continue;
    const long long count = static_cast<long long>(std::floor(held_for / kRepeatInterval)) + 1;
    for (long long k = h.repeats_taken + 1; k <= count; ++k)
      due.push_back({h.code, h.shift, h.down_at + kRepeatDelay + static_cast<double>(k - 1) * kRepeatInterval, true});
    h.repeats_taken = std::max(h.repeats_taken, count);
  }
  // Keys let go whose presses and repeats are all taken are done.
  std::erase_if(held_, [&](const Held& h) { return h.up_at >= 0 && h.up_at <= now && h.press_taken; });
  std::stable_sort(due.begin(), due.end(), [](const Press& a, const Press& b) { return a.at < b.at; });
  return due;
}

}  // namespace fontshade::app
