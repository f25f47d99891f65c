#pragma once
#include <optional>
#include <string>
#include <vector>

namespace fontshade::cli {

struct Flag {
  std::string name;  // without the leading "--"
  bool takes_value = true;
};

// A command's arguments: flags (--name value or --name=value) and positional words.
class Arguments {
 public:
  // On a malformed line sets *error to one clear sentence and returns nullopt.
  static std::optional<Arguments> parse(const std::vector<std::string>& words, const std::vector<Flag>& flags,
                                        std::string* error);

  bool has(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }
  // Every flag given, (name, value), in the order given.
  const std::vector<std::pair<std::string, std::string>>& values() const { return values_; }

 private:
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> positional_;
};

// A flag's whole number in [lo, hi], read by the core's strict reader (number_reader.hpp); nullopt and
// *error set when the text is not one.
std::optional<long long> parse_whole(const std::string& flag, const std::string& text, long long lo, long long hi,
                                     std::string* error);

}  // namespace fontshade::cli
