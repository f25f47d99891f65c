#include "app/text/phase_text.hpp"

#include "app/text/strings.hpp"

namespace fontshade::app {

const char* phase_sentence(Phase p, const Options& o) {
  const bool relu = o.activation == Activation::relu;
  switch (p) {
    case Phase::sample:
      return tr("One training colour is drawn at random: its R, G and B divided by 255 are the inputs X, and Y says which text reads better on it.");
    case Phase::Z1:
      return tr("Forward: each hidden node adds up the inputs times its weights, plus its bias. That sum is Z1.");
    case Phase::A1:
      return relu ? tr("Each hidden node passes its sum on if it is positive, and 0 if not (ReLU). That is A1.")
                  : tr("Each hidden node passes its sum through its activation function. That is A1.");
    case Phase::Z2:
      return tr("The output node adds up the hidden outputs times its weights, plus its bias. That sum is Z2.");
    case Phase::A2:
      return tr("The logistic function squeezes Z2 between 0 and 1: A2 is the network's answer (0.5 or more: dark text).");
    case Phase::C:
      return tr("The cost C says how wrong A2 is for this colour's label Y: 0 when it is exactly right.");
    case Phase::dC_dA2:
      return tr("Backward now, from the output: how much the cost changes when A2 changes.");
    case Phase::dA2_dZ2:
      return tr("How much A2 changes when Z2 changes: the slope of the logistic function at Z2.");
    case Phase::dC_dW2:
      return tr("Chain rule: multiplying the slopes gives the gradients of the output weights and of the output bias.");
    case Phase::dC_dA1:
      return tr("The error travels back to each hidden node through the weight that joins it to the output.");
    case Phase::dA1_dZ1:
      return relu ? tr("How much each hidden node's output changes with its sum: 1 if the node was on, 0 if it was off.")
                  : tr("How much each hidden node's output changes with its sum: the slope of its activation.");
    case Phase::dC_dW1:
      return o.gradient == GradientMode::chapter
                 ? tr("The gradients of the hidden weights and biases, as the chapter's code computes them: one sum over the hidden nodes, the same for every node.")
                 : tr("Chain rule again: the gradients of the hidden weights and biases, node by node, times each input.");
    case Phase::update:
      return tr("Every weight and bias takes a small step against its gradient: after = before - L times the gradient.");
  }
  return "";
}

const char* phase_label(Phase p) {
  switch (p) {
    case Phase::sample: return tr("sample");
    case Phase::dC_dW2: return "dC_dW2, dC_dB2";
    case Phase::dC_dW1: return "dC_dW1, dC_dB1";
    case Phase::update: return tr("update");
    default: return info_of(p).name.data();
  }
}

}  // namespace fontshade::app
