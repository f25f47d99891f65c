#include "model_file.hpp"

#include <cerrno>
#include <cstdlib>

#include "json_reader.hpp"
#include "json_writer.hpp"
#include "option_reader.hpp"
#include "record_json.hpp"
#include "text_file.hpp"

namespace fontshade {
namespace {

constexpr long long kMaxModelBytes = 1024 * 1024;
// A model holds under 100 values (16 hidden nodes: 81 parameters and a dozen options); reading stops
// well before a huge file's millions, so every file is refused in milliseconds.
constexpr std::size_t kMaxModelValues = 1000;

class ModelReader {
 public:
  explicit ModelReader(const std::string& source) : source_(source) {}

  Result<Model> read(const JsonValue& root) {
    Model m;
    if (!read_into(root, m)) return error_;
    return m;
  }

 private:
  bool fail(const JsonValue& at, const std::string& message) {
    error_ = Error{source_, at.line, at.column, message};
    return false;
  }

  const JsonValue* member(const JsonValue& object, std::string_view key, const std::string& path) {
    const JsonValue* v = object.find(key);
    if (!v) fail(object, path + ": the key \"" + std::string(key) + "\" is missing");
    return v;
  }

  bool expect_type(const JsonValue& v, JsonValue::Type t, const std::string& path) {
    if (v.type == t) return true;
    return fail(v, path + ": expected " + std::string(type_name(t)) + ", found " + std::string(type_name(v.type)));
  }

  // The JSON reader has refused numbers too large for a double ("b_output: expected a finite number, ...").
  bool finite_number(const JsonValue& v, const std::string& path, double& out) {
    if (!expect_type(v, JsonValue::Type::number, path)) return false;
    out = v.number;
    return true;
  }

  bool whole_number(const JsonValue& v, const std::string& path, long long lo, long long hi, long long& out) {
    if (!expect_type(v, JsonValue::Type::number, path)) return false;
    errno = 0;
    char* end = nullptr;
    const long long n = std::strtoll(v.text.c_str(), &end, 10);
    if (*end != '\0' || errno != 0 || n < lo || n > hi)
      return fail(v, path + ": expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                         ", found " + v.text);
    out = n;
    return true;
  }

  // Names the keys that are allowed, so a misspelt key is easy to correct.
  bool no_unknown_keys(const JsonValue& object, const std::vector<std::string_view>& known, const std::string& path) {
    for (const auto& [k, v] : object.members) {
      bool found = false;
      std::string names;
      for (std::string_view name : known) {
        found = found || k == name;
        names += (names.empty() ? "" : ", ") + std::string(name);
      }
      if (!found)
        return fail(v, (path.empty() ? "" : path + ": ") + "unknown key \"" + k + "\": expected one of " + names);
    }
    return true;
  }

  // Every option through the one reader of options (option_reader.hpp), each value checked where it
  // stands so the message names its line and column. "gradient" may be missing: files written before
  // it existed trained with the true gradient.
  bool read_options_of(const JsonValue& root, Options& o) {
    const JsonValue* opts = member(root, "options", "model");
    if (!opts || !expect_type(*opts, JsonValue::Type::object, "options")) return false;
    std::vector<std::string_view> keys;
    for (const OptionSpec& spec : option_specs()) keys.push_back(spec.file_key);
    if (!no_unknown_keys(*opts, keys, "options")) return false;
    std::vector<std::pair<std::string, std::string>> pairs;
    const JsonValue* last = opts;
    for (const OptionSpec& spec : option_specs()) {
      const JsonValue* v = opts->find(spec.file_key);
      if (!v && spec.name == "gradient") continue;
      if (!v) return fail(*opts, "options: the key \"" + std::string(spec.file_key) + "\" is missing");
      const bool text = spec.kind == OptionKind::choice;
      if (!expect_type(*v, text ? JsonValue::Type::string : JsonValue::Type::number, option_label(spec, OptionNames::file)))
        return false;
      pairs.emplace_back(spec.file_key, v->text);
      if (std::string problem = check_option_value(spec.file_key, v->text, OptionNames::file); !problem.empty())
        return fail(*v, problem);
      last = v;
    }
    const auto all = read_options(Options{}, pairs, OptionNames::file);
    if (const auto* problem = std::get_if<std::string>(&all)) return fail(*last, *problem);
    o = std::get<Options>(all);
    return true;
  }

  // A JSON array of `n` finite numbers into out[0..n).
  template <typename Out>
  bool numbers(const JsonValue& v, const std::string& path, int n, Out&& out) {
    if (!expect_type(v, JsonValue::Type::array, path)) return false;
    if (static_cast<int>(v.items.size()) != n)
      return fail(v, path + ": expected " + std::to_string(n) + " numbers, found " + std::to_string(v.items.size()));
    for (int i = 0; i < n; ++i)
      if (!finite_number(v.items[static_cast<std::size_t>(i)], path + "[" + std::to_string(i) + "]", out(i))) return false;
    return true;
  }

  bool rows(const JsonValue& v, const std::string& path, int n, const char* what) {
    if (!expect_type(v, JsonValue::Type::array, path)) return false;
    if (static_cast<int>(v.items.size()) != n)
      return fail(v, path + ": expected " + std::to_string(n) + " " + what + ", found " + std::to_string(v.items.size()));
    return true;
  }

  bool read_into(const JsonValue& root, Model& m) {
    if (!expect_type(root, JsonValue::Type::object, "model")) return false;
    const JsonValue* format = member(root, "format", "model");
    if (!format || !expect_type(*format, JsonValue::Type::string, "format")) return false;
    if (format->text != kModelFormat)
      return fail(*format, "format: expected \"fontshade-model\", found \"" + format->text + "\": not a fontshade model file");
    const JsonValue* version = member(root, "version", "model");
    long long ver = 0;
    if (!version || !whole_number(*version, "version", 1, 1000000, ver)) return false;
    if (ver != kModelVersion)
      return fail(*version, "version: this program reads version 1 model files, this one is version " + version->text);
    if (!no_unknown_keys(root, {"format", "version", "options", "steps_done", "w_hidden", "b_hidden", "w_output", "b_output"}, ""))
      return false;
    if (!read_options_of(root, m.options)) return false;
    const JsonValue* done = member(root, "steps_done", "model");
    if (!done || !whole_number(*done, "steps_done", 0, 1000000000, m.steps_done)) return false;
    if (m.steps_done > m.options.steps)
      return fail(*done, "steps_done: a run stops at options.steps (" + std::to_string(m.options.steps) +
                             "), so it cannot have done " + done->text);

    const int h = m.options.hidden;
    const std::string shape = " (options.hidden is " + std::to_string(h) + ")";
    Parameters& p = m.parameters;
    p.w_hidden.resize(h, 3);
    p.b_hidden.resize(h);
    p.w_output.resize(h);
    const JsonValue* v = member(root, "w_hidden", "model");
    if (!v || !rows(*v, "w_hidden", h, ("rows" + shape).c_str())) return false;
    for (int i = 0; i < h; ++i)
      if (!numbers(v->items[static_cast<std::size_t>(i)], "w_hidden[" + std::to_string(i) + "]", 3,
                   [&](int j) -> double& { return p.w_hidden(i, j); }))
        return false;
    v = member(root, "b_hidden", "model");
    if (!v || !numbers(*v, "b_hidden", h, [&](int i) -> double& { return p.b_hidden(i); })) return false;
    v = member(root, "w_output", "model");
    if (!v || !rows(*v, "w_output", 1, "row (w_output is 1 x H)")) return false;
    if (!numbers(v->items[0], "w_output[0]", h, [&](int i) -> double& { return p.w_output(i); })) return false;
    v = member(root, "b_output", "model");
    return v && finite_number(*v, "b_output", p.b_output);
  }

  const std::string& source_;
  Error error_;
};

}  // namespace

std::string model_json(const Model& m) {
  JsonWriter opts;
  write_options(opts, m.options);
  const auto value = [](auto write) {
    JsonWriter w;
    write(w);
    return w.str();
  };
  const Parameters& p = m.parameters;
  std::string out = "{\n";
  out += "  \"format\": \"" + std::string(kModelFormat) + "\",\n";
  out += "  \"version\": " + std::to_string(kModelVersion) + ",\n";
  out += "  \"options\": " + opts.str() + ",\n";
  out += "  \"steps_done\": " + std::to_string(m.steps_done) + ",\n";
  out += "  \"w_hidden\": " + value([&](JsonWriter& w) { w.matrix(p.w_hidden); }) + ",\n";
  out += "  \"b_hidden\": " + value([&](JsonWriter& w) { w.vector(p.b_hidden); }) + ",\n";
  out += "  \"w_output\": " + value([&](JsonWriter& w) { w.matrix(p.w_output); }) + ",\n";
  out += "  \"b_output\": " + format_double(p.b_output) + "\n}\n";
  return out;
}

Result<Model> parse_model(std::string_view text, const std::string& source) {
  Result<JsonValue> json = parse_json(text, source, kMaxModelValues);
  if (!ok(json)) return std::get<Error>(json);
  return ModelReader(source).read(std::get<JsonValue>(json));
}

Result<Model> load_model_file(const std::string& path) {
  Result<std::string> text = read_text_file(path, kMaxModelBytes);
  if (!ok(text)) return std::get<Error>(text);
  return parse_model(std::get<std::string>(text), path);
}

std::optional<Error> save_model_file(const std::string& path, const Model& m) {
  if (!m.parameters.all_finite()) return Error{path, 0, 0, "the model holds non-finite parameters and cannot be saved"};
  return write_file_atomically(path, model_json(m));
}

}  // namespace fontshade
