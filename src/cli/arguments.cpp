#include "cli/arguments.hpp"

#include "core/base/number_reader.hpp"

namespace fontshade::cli {

std::optional<Arguments> Arguments::parse(const std::vector<std::string>& words, const std::vector<Flag>& flags,
                                          std::string* error) {
  Arguments a;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() < 3 || w.compare(0, 2, "--") != 0) {
      if (w.size() > 1 && w[0] == '-' && !(w[1] >= '0' && w[1] <= '9')) {
        *error = "unknown option " + w;
        return std::nullopt;
      }
      a.positional_.push_back(w);
      continue;
    }
    std::string name = w.substr(2);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    const Flag* flag = nullptr;
    for (const Flag& f : flags)
      if (f.name == name) flag = &f;
    if (!flag) {
      *error = "unknown option --" + name;
      return std::nullopt;
    }
    if (a.has(name)) {
      *error = "--" + name + " is given twice";
      return std::nullopt;
    }
    if (!flag->takes_value) {
      if (inline_value) {
        *error = "--" + name + " takes no value";
        return std::nullopt;
      }
      a.values_.emplace_back(name, "");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= words.size()) {
        *error = "--" + name + " needs a value";
        return std::nullopt;
      }
      // "--save --json" means a forgotten value, not a file named "--json" (--name=VALUE still takes one).
      if (const std::string& next = words[i + 1]; next.size() >= 3 && next.compare(0, 2, "--") == 0) {
        *error = "--" + name + " needs a value, found the option " + next;
        return std::nullopt;
      }
      inline_value = words[++i];
    }
    a.values_.emplace_back(name, *inline_value);
  }
  return a;
}

bool Arguments::has(const std::string& name) const {
  for (const auto& [n, v] : values_)
    if (n == name) return true;
  return false;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  for (const auto& [n, v] : values_)
    if (n == name) return v;
  return std::nullopt;
}

std::optional<long long> parse_whole(const std::string& flag, const std::string& text, long long lo, long long hi,
                                     std::string* error) {
  const auto v = read_whole(text, lo, hi);
  if (!v.ok()) {
    *error = "--" + flag + ": " + whole_number_problem(text, v.fault, lo, hi);
    return std::nullopt;
  }
  return v.value;
}

}  // namespace fontshade::cli
