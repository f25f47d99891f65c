#pragma once
#include <string>
#include <vector>

#include "cli/arguments.hpp"

namespace fontshade::cli {

// Exit codes, the same for every command.
enum ExitCode { kOk = 0, kBadInput = 1, kUsage = 2, kDiverged = 3 };

// Prints "fontshade-cli COMMAND: message" on stderr and returns `code`.
int fail(const std::string& command, const std::string& message, int code);

// Parses the words with the command's flags (plus --help); on --help prints `help` and sets *done.
std::optional<Arguments> parse_command(const std::string& command, const std::vector<std::string>& words,
                                       std::vector<Flag> flags, const char* help, int* exit_code);

int run_train(const std::vector<std::string>& words);
int run_trace(const std::vector<std::string>& words);
int run_predict(const std::vector<std::string>& words);
int run_eval(const std::vector<std::string>& words);
int run_sweep(const std::vector<std::string>& words);
int run_bench(const std::vector<std::string>& words);
int run_lesson(const std::vector<std::string>& words);
int run_mlp(const std::vector<std::string>& words);
int run_notebook(const std::vector<std::string>& words);

}  // namespace fontshade::cli
