// The CLI's help for the training options comes from the options' table: every option, its value's
// placeholder, every choice; no line wider than the terminal's 100 columns.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/training_setup.hpp"
#include "core/network/option_reader.hpp"

using namespace fontshade;

TEST_CASE("CLI help: every option of the table with its choices, wrapped at 100 columns", "[cli][options]") {
  const std::string help = cli::training_flags_help();
  for (const OptionSpec& spec : option_specs()) {
    INFO(spec.name);
    const std::string flag = "  " + option_label(spec, OptionNames::cli) + " " + std::string(spec.cli_value) + " ";
    const auto at = help.find(flag);
    REQUIRE(at != std::string::npos);
    // The entry runs to the next line that starts a flag.
    const auto next = help.find("\n  --", at);
    const std::string entry = help.substr(at, next == std::string::npos ? std::string::npos : next - at);
    for (const OptionChoice& c : spec.choices) CHECK(entry.find(std::string(c.name)) != std::string::npos);
    if (spec.cli_help) CHECK(entry.find(std::string(spec.cli_help).substr(0, 20)) != std::string::npos);
  }
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(line.size() <= 100);
    CHECK((line.rfind("  --", 0) == 0 || line.rfind(std::string(21, ' '), 0) == 0));
  }
  // One entry exactly, wrapped: the gradient's.
  CHECK(help.find("  --gradient G       true (the chain rule node by node, default) | chapter (the chapter's NumPy:\n"
                  "                     dC_dA1 @ dA1_dZ1 sums over the hidden nodes, every w_hidden row moves alike)\n") != std::string::npos);
  CHECK(help.find("  --hidden H         hidden nodes, 1 to 16\n") != std::string::npos);
}
