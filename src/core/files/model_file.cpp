// Model files (model_file.hpp): the JSON a run saves, read back value by value (each problem with its
// line and column), written, loaded and saved; a model from a trainer and back; and the checks a
// replayed run must pass to reach the file.
//
// Index of this file (search for "[SECTION]"):
//   The reader's checks: types, numbers, keys, arrays
//   Reading the options and the data
//   Reading the sampler and the run's state
//   Reading a whole model
//   Writing, loading and saving
//   Models and trainers' states
//   A replay against the file
#include "core/files/model_file.hpp"

#include <cstdint>
#include <cstring>

#include "core/base/limits.hpp"  // kMaxSteps
#include "core/files/json_reader.hpp"
#include "core/files/json_writer.hpp"
#include "core/network/option_reader.hpp"
#include "core/files/record_json.hpp"
#include "core/base/number_reader.hpp"
#include "core/base/quoted.hpp"
#include "core/base/text_file.hpp"

namespace fontshade {
namespace {

// A model holds under 100 values (16 hidden nodes: 81 parameters and a dozen options), or under 750
// with NumPy's generator (its 624 words); reading stops well before a huge file's millions, so every
// file is refused in milliseconds.
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
  // [SECTION] The reader's checks: types, numbers, keys, arrays

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
    const auto n = read_whole(v.text, lo, hi);
    if (!n.ok()) return fail(v, path + ": " + whole_number_problem(v.text, n.fault, lo, hi, FoundStyle::bare));
    out = n.value;
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
        return fail(v, (path.empty() ? "" : path + ": ") + "unknown key " + quoted(k) + ": expected one of " + names);
    }
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

  // A JSON array of `n` items (`what` they are, for the message), checked before its items are read.
  bool rows(const JsonValue& v, const std::string& path, int n, const char* what) {
    if (!expect_type(v, JsonValue::Type::array, path)) return false;
    if (static_cast<int>(v.items.size()) != n)
      return fail(v, path + ": expected " + std::to_string(n) + " " + what + ", found " + std::to_string(v.items.size()));
    return true;
  }

  // [SECTION] Reading the options and the data

  // Every option through the one reader of options (option_reader.hpp), each value checked where it
  // stands so the message names its line and column. "gradient", "rng", "trainer" and "split" may be
  // missing: files written before they existed trained the chapter's way with fontshade's generator on
  // the random split.
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
      if (!v && (spec.name == "gradient" || spec.name == "rng" || spec.name == "trainer" || spec.name == "split")) continue;
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

  // "data": {"origin": "book", "rows": 1345, "fingerprint": "..."}, with "file": NAME for a file.
  bool read_data(const JsonValue& root, DataIdentity& id) {
    const JsonValue* data = member(root, "data", "model");
    if (!data || !expect_type(*data, JsonValue::Type::object, "data")) return false;
    if (!no_unknown_keys(*data, {"origin", "file", "rows", "fingerprint"}, "data")) return false;
    const JsonValue* origin = member(*data, "origin", "data");
    if (!origin || !expect_type(*origin, JsonValue::Type::string, "data.origin")) return false;
    const auto parsed = parse_origin(origin->text);
    if (!parsed) return fail(*origin, "data.origin: expected one of book, synthetic, file, labels, found " + quoted(origin->text));
    id.origin = *parsed;
    if (const JsonValue* file = data->find("file")) {
      if (id.origin != DataOrigin::file) return fail(*file, "data.file: only a data set from a file has a file name");
      if (!expect_type(*file, JsonValue::Type::string, "data.file")) return false;
      id.file = file->text;
    }
    const JsonValue* rows = member(*data, "rows", "data");
    if (!rows || !whole_number(*rows, "data.rows", 3, 1000000000, id.rows)) return false;
    const JsonValue* print = member(*data, "fingerprint", "data");
    if (!print || !expect_type(*print, JsonValue::Type::string, "data.fingerprint")) return false;
    const auto value = parse_fingerprint(print->text);
    if (!value) return fail(*print, "data.fingerprint: expected 16 hex digits, found " + quoted(print->text));
    id.fingerprint = *value;
    return true;
  }

  // [SECTION] Reading the sampler and the run's state

  // A 64-bit word written as a decimal string (a JSON number holds only 53 bits exactly).
  bool word(const JsonValue& v, const std::string& path, std::uint64_t& out) {
    if (!expect_type(v, JsonValue::Type::string, path)) return false;
    const auto n = read_unsigned(v.text);
    if (!n.ok())
      return fail(v, path + ": expected a whole number from 0 to 18446744073709551615 in a string, found " +
                         found_number(v.text, n.fault, FoundStyle::quoted, true));
    out = n.value;
    return true;
  }

  // fontshade's generator: ["w0", "w1", "w2", "w3"].
  bool read_own_sampler(const JsonValue& sampler, SamplerState& out) {
    if (sampler.type == JsonValue::Type::object)
      return fail(sampler, "sampler: with options.rng fontshade the sampler is four words in an array, found NumPy's state (an object)");
    if (!rows(sampler, "sampler", 4, "words (the generator's state)")) return false;
    Random::State state{};
    std::uint64_t any = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      if (!word(sampler.items[i], "sampler[" + std::to_string(i) + "]", state[i])) return false;
      any |= state[i];
    }
    if (any == 0) return fail(sampler, "sampler: four zero words are not a state of the generator (it would draw 0 for ever)");
    out = state;
    return true;
  }

  // NumPy's generator (rng numpy): {"generator": "MT19937", "key": [624 words], "pos": N}, what
  // np.random.get_state() gives, so np.random.set_state(("MT19937", key, pos)) goes on from it.
  bool read_numpy_sampler(const JsonValue& sampler, SamplerState& out) {
    if (!expect_type(sampler, JsonValue::Type::object, "sampler")) return false;
    if (!no_unknown_keys(sampler, {"generator", "key", "pos"}, "sampler")) return false;
    const JsonValue* generator = member(sampler, "generator", "sampler");
    if (!generator || !expect_type(*generator, JsonValue::Type::string, "sampler.generator")) return false;
    if (generator->text != "MT19937")
      return fail(*generator, "sampler.generator: expected \"MT19937\", found \"" + generator->text + "\"");
    const JsonValue* key = member(sampler, "key", "sampler");
    if (!key || !rows(*key, "sampler.key", NumpyRandom::kWords, "words (MT19937's state: np.random.get_state()[1])"))
      return false;
    NumpyRandom::State state;
    long long any = 0;
    for (int i = 0; i < NumpyRandom::kWords; ++i) {
      long long word = 0;
      if (!whole_number(key->items[static_cast<std::size_t>(i)], "sampler.key[" + std::to_string(i) + "]", 0, 4294967295LL, word))
        return false;
      state.key[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(word);
      any |= word;
    }
    if (any == 0) return fail(*key, "sampler.key: 624 zero words are not a state of the generator (it would draw 0 for ever)");
    const JsonValue* pos = member(sampler, "pos", "sampler");
    long long position = 0;
    if (!pos || !whole_number(*pos, "sampler.pos", 0, NumpyRandom::kWords, position)) return false;
    state.pos = static_cast<int>(position);
    out = state;
    return true;
  }

  // Version 2's state of the run: the data, the sampler, the step every ReLU node died at.
  bool read_run(const JsonValue& root, Model& m) {
    ModelRun run;
    if (!read_data(root, run.data)) return false;
    const JsonValue* sampler = member(root, "sampler", "model");
    if (!sampler) return false;
    if (m.options.rng == Rng::numpy ? !read_numpy_sampler(*sampler, run.sampler) : !read_own_sampler(*sampler, run.sampler))
      return false;
    const JsonValue* dead = member(root, "dead_at_step", "model");
    if (!dead) return false;
    if (dead->type != JsonValue::Type::null) {
      long long step = 0;
      if (!whole_number(*dead, "dead_at_step", 0, m.steps_done, step)) return false;
      run.dead_at_step = step;
    }
    m.run = run;
    return true;
  }

  // [SECTION] Reading a whole model

  bool read_into(const JsonValue& root, Model& m) {
    if (!expect_type(root, JsonValue::Type::object, "model")) return false;
    const JsonValue* format = member(root, "format", "model");
    if (!format || !expect_type(*format, JsonValue::Type::string, "format")) return false;
    if (format->text != kModelFormat)
      return fail(*format, "format: expected \"fontshade-model\", found " + quoted(format->text) + ": not a fontshade model file");
    const JsonValue* version = member(root, "version", "model");
    long long ver = 0;
    if (!version || !whole_number(*version, "version", 1, 1000000, ver)) return false;
    if (ver != 1 && ver != 2)
      return fail(*version, "version: this program reads version 1 and 2 model files, this one is version " + version->text);
    if (ver == 1 && !no_unknown_keys(root, {"format", "version", "options", "steps_done", "w_hidden", "b_hidden", "w_output", "b_output"}, ""))
      return false;
    if (ver == 2 && !no_unknown_keys(root, {"format", "version", "options", "steps_done", "data", "sampler", "dead_at_step",
                                            "w_hidden", "b_hidden", "w_output", "b_output"}, ""))
      return false;
    if (!read_options_of(root, m.options)) return false;
    const JsonValue* done = member(root, "steps_done", "model");
    if (!done || !whole_number(*done, "steps_done", 0, kMaxSteps, m.steps_done)) return false;
    if (m.steps_done > m.options.steps)
      return fail(*done, "steps_done: a run stops at options.steps (" + std::to_string(m.options.steps) +
                             "), so it cannot have done " + done->text);
    if (ver == 2 && !read_run(root, m)) return false;

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

// [SECTION] Writing, loading and saving

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
  out += "  \"version\": " + std::to_string(m.version()) + ",\n";
  out += "  \"options\": " + opts.str() + ",\n";
  out += "  \"steps_done\": " + std::to_string(m.steps_done) + ",\n";
  if (m.run) {
    const ModelRun& r = *m.run;
    JsonWriter data;
    data.begin_object().key("origin").string(origin_name(r.data.origin));
    if (r.data.origin == DataOrigin::file) data.key("file").string(r.data.file);
    data.key("rows").integer(r.data.rows).key("fingerprint").string(fingerprint_text(r.data.fingerprint)).end_object();
    out += "  \"data\": " + data.str() + ",\n";
    JsonWriter sampler;
    if (const auto* own = std::get_if<Random::State>(&r.sampler)) {
      sampler.begin_array();
      for (std::uint64_t w : *own) sampler.string(std::to_string(w));
      sampler.end_array();
    } else {
      const auto& numpy = std::get<NumpyRandom::State>(r.sampler);
      sampler.begin_object().key("generator").string("MT19937").key("key").begin_array();
      for (std::uint32_t w : numpy.key) sampler.integer(w);
      sampler.end_array().key("pos").integer(numpy.pos).end_object();
    }
    out += "  \"sampler\": " + sampler.str() + ",\n";
    out += "  \"dead_at_step\": " + (r.dead_at_step ? std::to_string(*r.dead_at_step) : std::string("null")) + ",\n";
  }
  out += "  \"w_hidden\": " + value([&](JsonWriter& w) { w.matrix(p.w_hidden); }) + ",\n";
  out += "  \"b_hidden\": " + value([&](JsonWriter& w) { w.vector(p.b_hidden); }) + ",\n";
  out += "  \"w_output\": " + value([&](JsonWriter& w) { w.matrix(p.w_output); }) + ",\n";
  out += "  \"b_output\": " + format_double(p.b_output) + "\n}\n";
  return out;
}

Result<Model> parse_model(std::string_view text, const std::string& source) {
  if (static_cast<long long>(text.size()) > kMaxModelBytes)
    return message_error(source, 0, 0, MessageId::file_too_large, {{"mib", std::to_string(kMaxModelBytes / (1024 * 1024))}});
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

// [SECTION] Models and trainers' states

Model model_of(const Trainer& trainer) {
  const TrainerState s = trainer.state();
  Model m{trainer.options(), s.parameters, s.steps_done, ModelRun{}};
  m.run->sampler = s.sampler;
  m.run->dead_at_step = s.dead_at_step;
  m.run->data = identity_of(trainer.data());
  return m;
}

TrainerState trainer_state_of(const Model& m) {
  TrainerState s;
  s.steps_done = m.steps_done;
  s.parameters = m.parameters;
  if (m.run) {
    s.sampler = m.run->sampler;
    s.dead_at_step = m.run->dead_at_step;
  }
  return s;
}

std::string continuation_problem(const Model& m, const DataSet& data) {
  if (!m.run)
    return "a version 1 model file holds the parameters but not the state of the sample order, so its run cannot go "
           "on exactly (it still predicts and evaluates); save it again with this version to continue it";
  if (m.options.trainer == TrainerKind::sklearn)
    return "a model of the scikit-learn trainer holds its parameters but not its optimizer's state (velocities, "
           "the sample order, the stopping rule's counter), so its run cannot go on from the file (it still predicts "
           "and evaluates)";
  return data_mismatch(m.run->data, data);
}

}  // namespace fontshade

// [SECTION] A replay against the file

namespace fontshade {
namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

std::string first_difference(const Parameters& a, const Parameters& b) {
  for (int i = 0; i < a.hidden(); ++i)
    for (int j = 0; j < 3; ++j)
      if (!same_bits(a.w_hidden(i, j), b.w_hidden(i, j)))
        return "w_hidden[" + std::to_string(i) + "][" + std::to_string(j) + "]";
  for (int i = 0; i < a.hidden(); ++i)
    if (!same_bits(a.b_hidden(i), b.b_hidden(i))) return "b_hidden[" + std::to_string(i) + "]";
  for (int i = 0; i < a.hidden(); ++i)
    if (!same_bits(a.w_output(i), b.w_output(i))) return "w_output[0][" + std::to_string(i) + "]";
  if (!same_bits(a.b_output, b.b_output)) return "b_output";
  return {};
}

std::string replay_mismatch(const Model& m, const Trainer& replayed) {
  if (replayed.steps_done() != m.steps_done)
    return "its run stops at step " + std::to_string(replayed.steps_done()) + " (" +
           (replayed.divergence() ? replayed.divergence()->text() : std::string("the end")) + "), before the model's step " +
           std::to_string(m.steps_done);
  const TrainerState reached = replayed.state();
  std::string differs = first_difference(reached.parameters, m.parameters);
  if (differs.empty() && m.run && reached.sampler != m.run->sampler) differs = "sampler";
  if (differs.empty() && m.run && reached.dead_at_step != m.run->dead_at_step) differs = "dead_at_step";
  if (differs.empty()) return {};
  if (!m.run)
    return "a version 1 model file holds no sampler state, and its parameters (" + differs + " first) are not those of its "
           "options' run on the data in use";
  return "at step " + std::to_string(m.steps_done) + " the run its options describe has another " + differs +
         " than the file: it was not saved by this version of fontshade, or it was edited";
}

}  // namespace fontshade
