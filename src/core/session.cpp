#include "session.hpp"

#include <algorithm>

#include "csv.hpp"  // kMinCsvRows

namespace fontshade {

Session::Session(DataSet data, Options options) {
  facts_ = facts_of(data);
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  restart();
}

void Session::reset(std::uint64_t seed) {
  Options o = options();
  o.seed = seed;
  reset(o);
}

void Session::reset(Options options) {
  DataSet data = trainer_->data();
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  restart();
}

std::optional<Error> Session::set_data(DataSet data) {
  if (static_cast<long long>(data.samples.size()) < kMinCsvRows)
    return Error{data.source, 0, 0, "at least 3 rows are needed (2 to train on, 1 to test)"};
  facts_ = facts_of(data);
  const Options o = options();
  trainer_ = std::make_unique<Trainer>(std::move(data), o);
  restart();
  return std::nullopt;
}

void Session::restart() {
  history_.clear();
  current_.step = -1;
  evaluate_now();
  history_.push_back(current_);
}

long long Session::next_checkpoint(long long step) {
  if (step < 100) return step + 1;
  if (step < 1000) return (step / 10 + 1) * 10;
  return (step / 100 + 1) * 100;
}

long long Session::advance(long long n) {
  const long long start = trainer_->steps_done();
  const long long target = std::min(start + std::max(n, 0LL), options().steps);
  while (trainer_->steps_done() < target && !trainer_->divergence()) {
    const long long due = next_checkpoint(trainer_->steps_done());
    trainer_->advance(std::min(due, target) - trainer_->steps_done());
    if (trainer_->steps_done() == due) {
      evaluate_now();
      history_.push_back(current_);
    }
  }
  evaluate_now();
  return trainer_->steps_done() - start;
}

void Session::evaluate_now() {
  const long long step = trainer_->steps_done();
  if (current_.step == step) return;
  train_ = trainer_->evaluate_train();
  test_ = trainer_->evaluate_test();
  current_ = HistoryPoint{step, trainer_->recent_mean_cost(), train_.accuracy, test_.accuracy};
}

}  // namespace fontshade
