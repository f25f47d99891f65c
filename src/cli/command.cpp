#include "cli/command.hpp"

#include <cstdio>

#include "core/base/quoted.hpp"

namespace fontshade::cli {

int fail(const std::string& command, const std::string& message, int code) {
  // Escaped whatever it holds (a file's name, a model's data.file): nothing reaches the terminal raw.
  std::fprintf(stderr, "fontshade-cli %s: %s\n", command.c_str(), escaped(message, std::string::npos, false).c_str());
  return code;
}

std::optional<Arguments> parse_command(const std::string& command, const std::vector<std::string>& words,
                                       std::vector<Flag> flags, const char* help, int* exit_code) {
  flags.push_back({"help", false});
  std::string error;
  auto args = Arguments::parse(words, flags, &error);
  if (!args) {
    *exit_code = fail(command, error + " (see fontshade-cli " + command + " --help)", kUsage);
    return std::nullopt;
  }
  if (args->has("help")) {
    std::fputs(help, stdout);
    *exit_code = kOk;
    return std::nullopt;
  }
  return args;
}

}  // namespace fontshade::cli
