#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/network/chain_rule.hpp"
#include "core/network/run.hpp"

namespace fontshade::app {

// The Code view: a short NumPy program written for fontshade that does the chapter's arithmetic with
// the chapter's names (forward_prop, backward_prop, the loop), and, for scikit-learn's trainer, a short
// equivalent of what fit does for each mini-batch. Code, not prose: it is not translated. Pixel-free.
struct CodeLine {
  std::string text;
  std::optional<Phase> phase;  // the line phase mode lights at this phase
};
// The chapter's trainer, as the run computes it: its activation, cost and gradient (true: node by
// node; chapter: the chapter's dC_dA1 @ dA1_dZ1), and its generator (np.random.choice with rng numpy).
std::vector<CodeLine> chapter_listing(const Options& o);
// scikit-learn's trainer: one epoch of fit, batch by batch.
std::vector<CodeLine> sklearn_listing(const Options& o);
std::vector<CodeLine> listing_of(const Run& run);

// A line cut into names (identifiers) and the rest, for pointing at names.
struct CodeToken {
  std::string_view text;
  bool name = false;
};
std::vector<CodeToken> code_tokens(std::string_view line);

// The value of a name of the listing at the cursor, as text ("[[0.1, 0.2, 0.3], ...]"), or nullopt for a
// name that holds no number there (a function's name, or before the first step). The chapter's names
// read the step's record (parameters before its update); scikit-learn's read the batch's record.
std::optional<std::string> value_text(const Run& run, std::string_view name);

}  // namespace fontshade::app
