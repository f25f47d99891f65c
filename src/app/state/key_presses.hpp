#pragma once
#include <vector>

#include "app/state/keys.hpp"

namespace fontshade::app {

// Key presses counted as events, not frames (issue 15: one press is one step, or one phase, at any
// frame rate). The window reports each key going down and up, with the time it happened; once a frame
// the app takes what is due: every press once, and for a key that repeats (key_repeats) and is held,
// one more press kRepeatDelay after it went down, then one every kRepeatInterval until it is let go.
// How many frames pass meanwhile changes nothing: a slow frame gets several at once, a press and its
// release between two frames still count once. The system's own key repeat is not reported here.
class KeyPresses {
 public:
  // A press longer than a quarter of a second is still one press (a teacher's deliberate one, or one
  // whose release a busy frame delayed): a held key starts repeating after half a second, as the
  // systems' keyboards do, then 20 times a second.
  static constexpr double kRepeatDelay = 0.5;
  static constexpr double kRepeatInterval = 0.05;

  struct Press {
    KeyCode code;
    bool shift;
    double at;    // when it happened (a repeat: when it fell due)
    bool repeat;  // a held key's repeat, not the press itself
  };

  // A key went down (again after being let go) or up, at `at` seconds on the window's clock.
  void down(KeyCode code, bool shift, double at);
  void up(KeyCode code, double at);
  // Every press and repeat due by `now`, in the order they happened; each is taken once.
  std::vector<Press> take(double now);
  // Forget every key (the window lost the keyboard).
  void clear() { held_.clear(); }

 private:
  struct Held {
    KeyCode code;
    bool shift;
    bool repeats;
    double down_at;
    double up_at = -1;  // < 0: still held
    bool press_taken = false;
    long long repeats_taken = 0;
  };
  std::vector<Held> held_;
};

}  // namespace fontshade::app
