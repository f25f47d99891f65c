#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/network/options.hpp"
#include "core/network/parameters.hpp"

namespace fontshade {

// Two of the chapter's tables, as the guided lesson shows them (issue 17).

// The chapter's table of activation functions: each function and its slope (its derivative), in the
// chapter's order. Those the hidden layer can use name their option (the network's own arithmetic).
struct ActivationInfo {
  std::string_view name;     // "ReLU"
  std::string_view formula;  // "max(0, x)": maths, the same in every language
  double (*f)(double);
  double (*slope)(double);
  std::optional<Activation> option;  // the hidden layer's activation of this name, if it is one
};
std::span<const ActivationInfo> chapter_activations();

// Every weight and bias by the chapter's name beside the code's: w_hidden's rows are the hidden nodes'
// weights for R, G, B, numbered W1, W2, W3 for the first node and on; w_output's follow (W10 to W12 in
// the chapter's 3-3-1 network); the biases are B1 to B3 (b_hidden) and B4 (b_output).
struct ParameterName {
  std::string chapter;  // "W4"
  std::string code;     // "w_hidden[1][0]"
  double value = 0;
};
std::vector<ParameterName> parameter_names(const Parameters& p);

}  // namespace fontshade
