#include "core/network/sweep.hpp"

#include <algorithm>
#include <limits>

#include "core/network/trainer.hpp"

namespace fontshade {

SweepSummary summarise(std::vector<SeedResult> runs) {
  SweepSummary s;
  std::vector<double> accuracies;
  accuracies.reserve(runs.size());
  for (const SeedResult& r : runs) {
    if (r.dead) ++s.dead;
    if (r.diverged) {
      accuracies.push_back(0.0);
      ++s.diverged;
    } else {
      accuracies.push_back(r.test.accuracy);
      if (r.collapsed()) ++s.collapses;
      ++s.finished;
    }
  }
  if (!accuracies.empty()) {
    s.median = median(accuracies);
    s.worst = *std::min_element(accuracies.begin(), accuracies.end());
    s.best = *std::max_element(accuracies.begin(), accuracies.end());
  }
  s.runs = std::move(runs);
  return s;
}

SeedSweep::SeedSweep(DataSet data, Options options, std::uint64_t first_seed, int count)
    : data_(std::move(data)), options_(options), first_seed_(first_seed), count_(count < 0 ? 0 : count) {
  results_.reserve(static_cast<std::size_t>(count_));
}

SeedSweep::~SeedSweep() = default;
SeedSweep::SeedSweep(SeedSweep&&) noexcept = default;
SeedSweep& SeedSweep::operator=(SeedSweep&&) noexcept = default;

long long SeedSweep::current_steps_done() const { return current_ ? current_->steps_done() : 0; }

bool SeedSweep::run_for(long long max_steps) {
  long long budget = max_steps;
  while (!done()) {
    if (!current_) {
      if (budget <= 0) break;
      Options o = options_;
      o.seed = first_seed_ + static_cast<std::uint64_t>(seeds_done());
      current_ = std::make_unique<Trainer>(data_, o);
    }
    if (!current_->finished()) {
      if (budget <= 0) break;
      const long long remaining = options_.steps - current_->steps_done();
      const long long done_now = current_->advance(std::min(budget, remaining));
      // The step that diverged was computed too, though steps_done() does not count it.
      budget -= done_now + (current_->divergence() ? 1 : 0);
    }
    if (current_->finished()) finish_current();
  }
  return done();
}

void SeedSweep::finish_current() {
  const Trainer& t = *current_;
  SeedResult r;
  r.seed = t.options().seed;
  if (t.divergence()) {
    r.diverged = true;
    r.diverged_at_step = t.divergence()->step;
  } else {
    r.test = t.evaluate_test();
  }
  if (t.dead_network()) {
    r.dead = true;
    r.dead_at_step = t.dead_network()->step;
  }
  results_.push_back(r);
  current_.reset();
}

SweepSummary sweep_seeds(const DataSet& data, Options options, std::uint64_t first_seed, int count) {
  SeedSweep sweep(data, options, first_seed, count);
  sweep.run_for(std::numeric_limits<long long>::max());
  return sweep.summary();
}

}  // namespace fontshade
