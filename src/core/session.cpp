#include "session.hpp"

namespace fontshade {

Session::Session(DataSet data, Options options) {
  facts_ = facts_of(data);
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  checkpoint();
}

void Session::reset(std::uint64_t seed) {
  Options o = options();
  o.seed = seed;
  reset(o);
}

void Session::reset(Options options) {
  DataSet data = trainer_->data();
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  history_.clear();
  checkpoint();
}

void Session::set_data(DataSet data) {
  facts_ = facts_of(data);
  const Options o = options();
  trainer_ = std::make_unique<Trainer>(std::move(data), o);
  history_.clear();
  checkpoint();
}

long long Session::next_checkpoint(long long step) {
  if (step < 100) return step + 1;
  if (step < 1000) return (step / 10 + 1) * 10;
  return (step / 100 + 1) * 100;
}

long long Session::advance(long long n) {
  const long long start = trainer_->steps_done();
  const long long target = start + n;
  while (trainer_->steps_done() < target && !trainer_->divergence()) {
    const long long due = next_checkpoint(trainer_->steps_done());
    const long long stop = due < target ? due : target;
    trainer_->advance(stop - trainer_->steps_done());
    if (trainer_->steps_done() == due || trainer_->steps_done() == target || trainer_->divergence()) checkpoint();
  }
  return trainer_->steps_done() - start;
}

void Session::checkpoint() {
  train_ = trainer_->evaluate_train();
  test_ = trainer_->evaluate_test();
  const long long step = trainer_->steps_done();
  HistoryPoint point{step, trainer_->recent_mean_cost(), train_.accuracy, test_.accuracy};
  if (!history_.empty() && history_.back().step == step)
    history_.back() = point;
  else
    history_.push_back(point);
}

}  // namespace fontshade
