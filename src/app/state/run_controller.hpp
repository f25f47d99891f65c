#pragma once

#include "core/network/run.hpp"

namespace fontshade::app {

// Run/Pause and "Train to the end", without blocking the UI: each frame asks how many steps to take
// now. At a set speed the steps follow the clock; "as fast as possible" and "train to the end" run
// in slices that fit a time budget per frame, so the window keeps redrawing and answering clicks.
class RunController {
 public:
  // Speeds offered, steps per second; 0 means as fast as possible.
  static constexpr int kSpeeds[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 0};
  static constexpr int kSpeedCount = sizeof kSpeeds / sizeof kSpeeds[0];
  static constexpr double kFrameBudgetSeconds = 0.010;

  bool running() const { return running_; }
  bool training_to_end() const { return to_end_; }
  void start() { running_ = true; carry_ = 0; }
  void pause() { running_ = false; to_end_ = false; carry_ = 0; }
  void toggle() { running_ ? pause() : start(); }
  void train_to_end() { to_end_ = true; running_ = true; }

  int speed_index() const { return speed_index_; }
  void set_speed_index(int i) { speed_index_ = i < 0 ? 0 : (i >= kSpeedCount ? kSpeedCount - 1 : i); }
  int steps_per_second() const { return kSpeeds[speed_index_]; }  // 0: as fast as possible
  bool unlimited() const { return to_end_ || steps_per_second() == 0; }

  // Steps due after `seconds` of wall time at the set speed (0 when paused or unlimited).
  long long steps_due(double seconds);

 private:
  bool running_ = false;
  bool to_end_ = false;
  int speed_index_ = 6;  // 100 steps per second
  double carry_ = 0;     // fractional steps owed from earlier frames
};

// A slice shorter than this says little about the speed: browsers' clocks tick in 0.1 ms steps (with
// jitter), so a 1,000-step slice can read as taking no time at all, and a speed guessed from it made
// the next slice a million steps (90 ms in a frame). The seed sweep and advance_within both use it.
constexpr double kTimedSliceSeconds = 0.001;

// Moves `run`'s cursor toward `target` for about `budget_seconds` of wall time, in slices sized from
// the measured time per step, so a frame takes about the budget and no more (as fast as possible,
// Train to the end, and a far link's or model file's reach). Returns the steps moved.
long long advance_within(Run& run, long long target, double budget_seconds);

}  // namespace fontshade::app
