#include "core/network/run.hpp"

#include <algorithm>

#include "core/data/csv.hpp"  // kMinCsvRows

namespace fontshade {

std::string replay_budget_problem(long long step) {
  if (step <= kMaxReplaySteps) return {};
  return "step " + std::to_string(step) + " is further than fontshade rebuilds for a link, a model file or a call (" +
         std::to_string(kMaxReplaySteps) + " steps, a few seconds of work in a browser); fontshade-cli reaches it "
         "(trace --from, train --stop-at)";
}

Run::Run(DataSet data, Options options, std::size_t max_snapshots) : max_snapshots_(max_snapshots < 2 ? 2 : max_snapshots) {
  facts_ = facts_of(data);
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  restart();
}

void Run::reset(std::uint64_t seed) {
  Options o = options();
  o.seed = seed;
  reset(o);
}

void Run::reset(Options options) {
  DataSet data = trainer_->data();
  trainer_ = std::make_unique<Trainer>(std::move(data), options);
  restart();
}

std::optional<Error> Run::set_data(DataSet data) {
  if (static_cast<long long>(data.samples.size()) < kMinCsvRows)
    return message_error(data.source, 0, 0, MessageId::data_too_few_rows);
  const Options o = options();
  if (std::string problem = split_problem(data, o.split); !problem.empty())
    return Error{data.source, 0, 0, "split " + std::string(name_of(o.split)) + ": " + problem};
  facts_ = facts_of(data);
  trainer_ = std::make_unique<Trainer>(std::move(data), o);
  restart();
  return std::nullopt;
}

void Run::restart() {
  frontier_ = 0;
  snapshot_every_ = options().rng == Rng::numpy ? kNumpySnapshotEvery : kSnapshotEvery;
  divergence_.reset();
  mlp_.reset();
  if (options().trainer == TrainerKind::sklearn) mlp_ = std::make_unique<MlpRun>(data(), mlp_options_of(options()));
  dead_at_ = trainer_->dead_network() ? std::optional<long long>(trainer_->dead_network()->step) : std::nullopt;
  if (mlp_) dead_at_.reset();  // ReLU death is the chapter trainer's warning
  snapshot_parameters_.clear();
  snapshot_samplers_.clear();
  snapshot_numpy_samplers_.clear();
  snapshot_deaths_.clear();
  take_snapshot();
  history_.clear();
  current_.step = -1;
  evaluate_now();
  if (mlp_) follow_mlp();
  else history_.push_back(current_);
}

bool Run::at_end() const {
  if (mlp_) return mlp_->at_end();
  return cursor() >= options().steps || trainer_->divergence().has_value();
}

void Run::follow_mlp() {
  for (std::size_t i = history_.size(); i < mlp_->history().size(); ++i) {
    const EpochPoint& e = mlp_->history()[i];
    history_.push_back(HistoryPoint{e.step, e.loss, e.train_score, e.test_score});
  }
  if (const auto& d = mlp_->trainer().divergence(); d && mlp_->cursor() == mlp_->frontier()) divergence_ = *d;
}

void Run::take_snapshot() {
  const TrainerState s = trainer_->state();
  const Parameters& p = s.parameters;
  for (int i = 0; i < p.hidden(); ++i)
    for (int j = 0; j < 3; ++j) snapshot_parameters_.push_back(p.w_hidden(i, j));
  for (int i = 0; i < p.hidden(); ++i) snapshot_parameters_.push_back(p.b_hidden(i));
  for (int i = 0; i < p.hidden(); ++i) snapshot_parameters_.push_back(p.w_output(i));
  snapshot_parameters_.push_back(p.b_output);
  if (const auto* own = std::get_if<Random::State>(&s.sampler)) snapshot_samplers_.push_back(*own);
  else snapshot_numpy_samplers_.push_back(std::get<NumpyRandom::State>(s.sampler));
  snapshot_deaths_.push_back(s.dead_at_step ? *s.dead_at_step : -1);
}

TrainerState Run::snapshot(std::size_t index) const {
  const int h = options().hidden;
  const std::size_t stride = static_cast<std::size_t>(5 * h + 1);
  const double* v = snapshot_parameters_.data() + index * stride;
  TrainerState s;
  s.steps_done = static_cast<long long>(index) * snapshot_every_;
  Parameters& p = s.parameters;
  p.w_hidden.resize(h, 3);
  p.b_hidden.resize(h);
  p.w_output.resize(h);
  for (int i = 0; i < h; ++i)
    for (int j = 0; j < 3; ++j) p.w_hidden(i, j) = *v++;
  for (int i = 0; i < h; ++i) p.b_hidden(i) = *v++;
  for (int i = 0; i < h; ++i) p.w_output(i) = *v++;
  p.b_output = *v;
  if (options().rng == Rng::numpy) s.sampler = snapshot_numpy_samplers_[index];
  else s.sampler = snapshot_samplers_[index];
  if (snapshot_deaths_[index] >= 0) s.dead_at_step = snapshot_deaths_[index];
  return s;
}

long long Run::next_checkpoint(long long step) {
  if (step < 100) return step + 1;
  if (step < 1000) return (step / 10 + 1) * 10;
  // Every 100 steps to a million, then a tenth as many each decade: a billion steps make 37,000 points.
  long long every = 100;
  for (long long decade = 1000000; step >= decade && every < 100000; decade *= 10) every *= 10;
  return (step / every + 1) * every;
}

// NumPy's generator state is 2.5 KB against fontshade's 32 bytes: a sixteenth as many snapshots keeps
// a long run's memory in the same bound (5 MB of samplers at most).
std::size_t Run::snapshot_limit() const {
  return options().rng == Rng::numpy ? std::max<std::size_t>(2, max_snapshots_ / 16) : max_snapshots_;
}

void Run::thin_snapshots() {
  const int h = options().hidden;
  const std::size_t stride = static_cast<std::size_t>(5 * h + 1);
  std::size_t kept = 0;
  const bool numpy = options().rng == Rng::numpy;
  for (std::size_t i = 0; i < snapshot_deaths_.size(); i += 2, ++kept) {
    std::copy_n(snapshot_parameters_.begin() + static_cast<std::ptrdiff_t>(i * stride), stride,
                snapshot_parameters_.begin() + static_cast<std::ptrdiff_t>(kept * stride));
    if (numpy) snapshot_numpy_samplers_[kept] = snapshot_numpy_samplers_[i];
    else snapshot_samplers_[kept] = snapshot_samplers_[i];
    snapshot_deaths_[kept] = snapshot_deaths_[i];
  }
  snapshot_parameters_.resize(kept * stride);
  (numpy ? snapshot_numpy_samplers_.resize(kept) : snapshot_samplers_.resize(kept));
  snapshot_deaths_.resize(kept);
  snapshot_every_ *= 2;
}

long long Run::advance(long long n) {
  if (mlp_) {
    const long long moved = mlp_->advance(n);
    follow_mlp();
    evaluate_now();
    return moved;
  }
  const long long start = cursor();
  const long long target = std::min(start + std::max(n, 0LL), options().steps);
  while (cursor() < target && !trainer_->divergence()) {
    const long long at = cursor();
    long long stop = target;
    if (at < frontier_) {
      stop = std::min(stop, frontier_);  // a replay of computed steps: nothing new to note
    } else {
      stop = std::min({stop, next_checkpoint(at), (at / snapshot_every_ + 1) * snapshot_every_});
    }
    trainer_->advance(stop - at);
    const long long now = cursor();
    if (now > frontier_) {
      frontier_ = now;
      if (now % snapshot_every_ == 0) {
        take_snapshot();
        if (snapshot_deaths_.size() > snapshot_limit()) thin_snapshots();
      }
      if (!dead_at_ && trainer_->dead_network()) dead_at_ = trainer_->dead_network()->step;
      if (now == next_checkpoint(now - 1)) {
        evaluate_now();
        history_.push_back(current_);
      }
    }
    if (trainer_->divergence() && now == frontier_) divergence_ = trainer_->divergence();
  }
  evaluate_now();
  return cursor() - start;
}

void Run::seek(long long k) {
  if (mlp_) {
    mlp_->seek(k);
    evaluate_now();
    return;
  }
  k = std::clamp(k, 0LL, frontier_);
  if (k == cursor() && !trainer_->divergence()) return;
  // The nearest snapshot at least kRecentSteps before k, so the replay refills the recent costs.
  const long long from = std::max(0LL, k - Trainer::kRecentSteps);
  const auto index = static_cast<std::size_t>(from / snapshot_every_);
  trainer_->restore(snapshot(index));
  trainer_->advance(k - cursor());
  evaluate_now();
}

void Run::evaluate_now() {
  const long long step = cursor();
  if (current_.step == step) return;
  if (mlp_) {
    train_ = evaluate(parameters(), options(), data(), split().train);
    test_ = evaluate(parameters(), options(), data(), split().test);
    const MlpTrainer& t = mlp_->trainer();
    // The last epoch's loss_ (0 before the first epoch ends); scikit-learn's own scores.
    current_ = HistoryPoint{step, t.loss_curve().empty() ? 0.0 : t.loss_curve().back(), t.train_score(), t.test_score()};
    return;
  }
  train_ = trainer_->evaluate_train();
  test_ = trainer_->evaluate_test();
  current_ = HistoryPoint{step, trainer_->recent_mean_cost(), train_.accuracy, test_.accuracy};
}

std::size_t Run::memory_bytes() const {
  return snapshot_bytes() + history_.capacity() * sizeof(HistoryPoint) + (mlp_ ? mlp_->memory_bytes() : 0);
}

std::size_t Run::snapshot_bytes() const {
  return snapshot_parameters_.capacity() * sizeof(double) + snapshot_samplers_.capacity() * sizeof(Random::State) +
         snapshot_numpy_samplers_.capacity() * sizeof(NumpyRandom::State) +
         snapshot_deaths_.capacity() * sizeof(long long);
}

}  // namespace fontshade
