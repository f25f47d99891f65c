#pragma once
#include <cstddef>
#include <memory>
#include <vector>

#include "core/network/mlp.hpp"

namespace fontshade {

// One point of the scikit-learn trainer's curves, at the end of an epoch (and at step 0).
struct EpochPoint {
  long long step = 0;   // batches done
  long long epoch = 0;  // epochs done
  double loss = 0;      // loss_ of that epoch (loss_curve_'s entry); 0 at step 0
  double train_score = 0;
  double test_score = 0;
};

// The scikit-learn trainer as a seekable thing, as Run is for the chapter's: a step is one
// mini-batch; the batches computed so far (up to the frontier) can be visited in any order, each
// rebuilt exactly from the nearest snapshot before it (a snapshot every kSnapshotEvery batches: the
// optimizer's velocities, the sample order and NumPy's state, about 7 KB). Curves: one point an epoch.
class MlpRun {
 public:
  // 1.5 MB of snapshots per 100,000 batches; a seek replays at most 511 batches.
  static constexpr long long kSnapshotEvery = 512;

  MlpRun(const DataSet& data, const MlpOptions& options);

  const MlpTrainer& trainer() const { return *trainer_; }
  long long cursor() const { return trainer_->batches_done(); }
  long long frontier() const { return frontier_; }
  // The frontier is the run's end: the stopping rule fired, max_iter epochs, or a divergence.
  bool finished() const { return frontier_finished_; }
  // The cursor can go no further.
  bool at_end() const { return trainer_->finished(); }
  void seek(long long k);
  long long advance(long long n);
  const MlpBatchRecord* record() const { return trainer_->last_record() ? &*trainer_->last_record() : nullptr; }
  // The epochs' points up to the frontier (step 0 first), and the point at the cursor.
  const std::vector<EpochPoint>& history() const { return history_; }
  EpochPoint current_point() const;
  std::size_t memory_bytes() const;

 private:
  void take_snapshot();
  EpochPoint point_now() const;

  std::unique_ptr<MlpTrainer> trainer_;  // at the cursor
  long long frontier_ = 0;
  bool frontier_finished_ = false;
  std::vector<MlpState> snapshots_;  // the state after batch i * kSnapshotEvery
  std::vector<EpochPoint> history_;
};

}  // namespace fontshade
