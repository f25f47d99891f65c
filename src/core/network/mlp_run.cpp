#include "core/network/mlp_run.hpp"

#include <algorithm>

namespace fontshade {

MlpRun::MlpRun(const DataSet& data, const MlpOptions& options)
    : trainer_(std::make_unique<MlpTrainer>(data, options)) {
  take_snapshot();
  history_.push_back(point_now());
  frontier_finished_ = trainer_->finished();
}

EpochPoint MlpRun::point_now() const {
  const MlpTrainer& t = *trainer_;
  EpochPoint p;
  p.step = t.batches_done();
  p.epoch = t.n_iter();
  p.loss = t.loss_curve().empty() ? 0.0 : t.loss_curve().back();
  p.train_score = t.train_score();
  p.test_score = t.test_score();
  return p;
}

// At the cursor: the loss of the last epoch ended by then, the scores of the weights at the cursor.
EpochPoint MlpRun::current_point() const { return point_now(); }

void MlpRun::take_snapshot() { snapshots_.push_back(trainer_->state()); }

long long MlpRun::advance(long long n) {
  const long long start = cursor();
  long long left = std::max(n, 0LL);
  while (left > 0 && !trainer_->finished()) {
    const long long at = cursor();
    if (at < frontier_) {
      // A replay of computed batches: nothing new to note.
      left -= trainer_->advance(std::min(left, frontier_ - at));
      continue;
    }
    // Past the frontier one batch at a time: snapshots and epoch ends are noted as they come.
    const long long before_epochs = trainer_->n_iter();
    trainer_->advance(1);
    --left;
    frontier_ = cursor();
    if (frontier_ % kSnapshotEvery == 0) take_snapshot();
    if (trainer_->n_iter() > before_epochs) history_.push_back(point_now());
    frontier_finished_ = trainer_->finished();
  }
  // The last batch taken keeps its record (MlpTrainer::advance records its last).
  return cursor() - start;
}

void MlpRun::seek(long long k) {
  k = std::clamp(k, 0LL, frontier_);
  if (k == cursor() && (k == 0 || record())) return;
  // A snapshot before k (not at it), so that batch k is replayed and recorded.
  trainer_->restore(snapshots_[static_cast<std::size_t>(k > 0 ? (k - 1) / kSnapshotEvery : 0)]);
  if (k > cursor()) trainer_->advance(k - cursor());
}

std::size_t MlpRun::memory_bytes() const {
  std::size_t bytes = snapshots_.capacity() * sizeof(MlpState) + history_.capacity() * sizeof(EpochPoint);
  for (const MlpState& s : snapshots_) bytes += s.sample_idx.capacity() * sizeof(int);
  return bytes;
}

}  // namespace fontshade
