#pragma once
#include "core/network/chain_rule.hpp"
#include "core/network/options.hpp"

namespace fontshade::app {

// One plain sentence for each phase of a step, in the interface's language.
const char* phase_sentence(Phase p, const Options& o);
// The phase's short label on its button: "sample", "Z1", ..., "dC_dW2, dC_dB2", ..., "update".
const char* phase_label(Phase p);

}  // namespace fontshade::app
