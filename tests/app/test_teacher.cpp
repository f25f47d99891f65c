// The teacher's tabs without pixels (issue 7): options through the core's reader and the scripting
// calls (setOptions then state() is the CLI's trace with the same options), undo, the sentence of what
// changed; data files (good ones replace the data, bad ones leave it and are said in the UI language);
// the data dots of the decision surface.
#include <catch2/catch.hpp>

#include "core/base/random.hpp"

#include <string>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/state/data_loading.hpp"
#include "core/files/json_reader.hpp"
#include "core/network/network.hpp"
#include "app/state/option_changes.hpp"
#include "core/files/record_json.hpp"
#include "app/script/script_api.hpp"
#include "app/text/strings.hpp"
#include "app/layout/surface_dots.hpp"
#include "core/network/trainer.hpp"

using namespace fontshade;
using namespace fontshade::app;
using namespace std::string_literals;

namespace {

JsonValue call(AppState& state, const char* name, const std::string& args) {
  const auto parsed = parse_json(script_call(state, name, args), "answer");
  REQUIRE(ok(parsed));
  return std::get<JsonValue>(parsed);
}
JsonValue value_of(AppState& state, const char* name, const std::string& args) {
  JsonValue answer = call(state, name, args);
  INFO(name << " " << args);
  REQUIRE(answer.find("value"));
  return *answer.find("value");
}
std::string refusal_of(AppState& state, const char* name, const std::string& args) {
  const JsonValue answer = call(state, name, args);
  REQUIRE(answer.find("error"));
  CHECK(answer.find("error")->text == "RangeError");
  return answer.find("message")->text;
}

// Line n of `fontshade-cli trace` with these options.
std::string trace_line(const Options& o, int n) {
  Trainer trainer(default_dataset(), o);
  for (int k = 0; k < n - 1; ++k) trainer.step();
  return step_record_json(*trainer.step());
}

// The bytes as the page hands them over: one character a byte, as JSON text.
std::string byte_text_json(const std::string& bytes) {
  std::string out = "[\"";
  for (unsigned char c : bytes) {
    char buf[8];
    if (c < 0x20 || c == '"' || c == '\\') std::snprintf(buf, sizeof buf, "\\u%04x", c);
    else if (c < 0x80) std::snprintf(buf, sizeof buf, "%c", c);
    else std::snprintf(buf, sizeof buf, "%c%c", 0xC0 | (c >> 6), 0x80 | (c & 0x3F));
    out += buf;
  }
  return out + "\"]";
}

JsonValue load_bytes(AppState& state, const std::string& bytes, const std::string& name) {
  value_of(state, "_dataStart", "[]");
  // In two pieces, as a larger file would come.
  value_of(state, "_dataPiece", byte_text_json(bytes.substr(0, bytes.size() / 2)));
  value_of(state, "_dataPiece", byte_text_json(bytes.substr(bytes.size() / 2)));
  return value_of(state, "_dataLoad", "[\"" + name + "\"]");
}

const std::string kGoodCsv = "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n0,0,0,0\n255,255,255,1\n12,34,56,0\n200,200,40,1\n";

}  // namespace

TEST_CASE("setOptions then reset(s) and step(n): state() is line n of the trace with those options", "[app][options]") {
  AppState state;
  const JsonValue o = value_of(state, "setOptions", R"([{"hidden": 5, "activation": "tanh", "lr": 0.1}])");
  CHECK(o.find("hidden")->number == 5);
  CHECK(o.find("activation")->text == "tanh");
  CHECK(o.find("lr")->number == 0.1);
  CHECK(o.find("preset")->text == "custom");
  value_of(state, "reset", "[4]");
  value_of(state, "step", "[120]");
  Options expected = preset_seed();
  expected.hidden = 5;
  expected.activation = Activation::tanh;
  expected.learning_rate = expected.final_learning_rate = 0.1;
  expected.seed = 4;
  std::string line = trace_line(expected, 120);
  line.pop_back();
  CHECK(state_json(state).rfind(line + ",\"picked\":{", 0) == 0);

  // The tuned preset: a linear schedule, cross-entropy; the seed stays.
  value_of(state, "setOptions", R"([{"preset": "tuned", "steps": 1000}])");
  value_of(state, "reset", "[9]");
  value_of(state, "step", "[300]");
  Options tuned = preset_tuned();
  tuned.steps = 1000;
  tuned.seed = 9;
  line = trace_line(tuned, 300);
  line.pop_back();
  CHECK(state_json(state).rfind(line + ",\"picked\":{", 0) == 0);
  const JsonValue now = value_of(state, "options", "[]");
  CHECK(now.find("preset")->text == "custom");  // tuned but for its steps
  CHECK(now.find("schedule")->text == "linear");
  CHECK(now.find("final_lr")->number == 0.005);
  CHECK(now.find("seed")->number == 9);
}

TEST_CASE("setOptions refuses unknown and bad values with a RangeError naming them, and changes nothing", "[app][options]") {
  AppState state;
  const Options before = state.run.options();
  CHECK(refusal_of(state, "setOptions", R"([{"lr": -1}])") == "lr: expected a positive number, found \"-1\"");
  CHECK(refusal_of(state, "setOptions", R"([{"hidden": 17}])") == "hidden: expected a whole number from 1 to 16, found \"17\"");
  CHECK(refusal_of(state, "setOptions", R"([{"activation": "softmax"}])") ==
        "activation: expected one of relu, leaky_relu, tanh, logistic, found \"softmax\"");
  CHECK(refusal_of(state, "setOptions", R"([{"speed": 3}])").rfind("unknown option speed: expected one of preset, hidden,", 0) == 0);
  CHECK(refusal_of(state, "setOptions", R"([{"final_lr": 0.01}])") ==
        "final_lr needs schedule linear (with a constant schedule every step uses lr)");
  CHECK(refusal_of(state, "setOptions", R"([{"preset": "fast"}])") == "preset: expected one of seed, tuned, custom, found \"fast\"");
  CHECK(refusal_of(state, "setOptions", R"([{"hidden": true}])") == "hidden: expected a number or a string, found a boolean");
  CHECK(refusal_of(state, "setOptions", R"([3])") == "setOptions takes an object such as {lr: 0.1, hidden: 5}");
  CHECK(state.run.options() == before);
  CHECK_FALSE(state.can_undo_options());
  // A seed beyond 2^53 goes as text.
  const JsonValue o = value_of(state, "setOptions", R"([{"seed": "18446744073709551615"}])");
  CHECK(state.run.options().seed == 18446744073709551615ULL);
  CHECK(o.find("seed")->text == "18446744073709551615");
}

TEST_CASE("a change of options starts a new run, says what changed, and undo goes back", "[app][options]") {
  AppState state;
  UseSettings use(state.view.settings);
  state.step(40);
  REQUIRE(set_option_text(state, "lr", "0.5").empty());
  CHECK(state.run.cursor() == 0);
  CHECK(state.run.options().learning_rate == 0.5);
  CHECK(state.run.options().final_learning_rate == 0.5);  // a constant schedule: final L is L
  REQUIRE(state.last_change);
  CHECK(option_change_sentence(state.last_change->before, state.last_change->after) == "New run: L 0.05 \xE2\x86\x92 0.5");
  REQUIRE(set_option_texts(state, {{"hidden", "16"}, {"schedule", "linear"}, {"final_lr", "0.01"}}).empty());
  CHECK(option_change_sentence(state.last_change->before, state.last_change->after) ==
        "New run: hidden nodes 3 \xE2\x86\x92 16, schedule constant \xE2\x86\x92 linear, final L 0.5 \xE2\x86\x92 0.01");
  state.view.settings.language = Language::es;
  CHECK(option_change_sentence(state.last_change->before, state.last_change->after) ==
        "Entrenamiento nuevo: nodos ocultos 3 \xE2\x86\x92 16, planificación constante \xE2\x86\x92 lineal, L final 0.5 \xE2\x86\x92 0.01");
  state.view.settings.language = Language::en;
  CHECK(set_option_text(state, "hidden", "0") == "hidden: expected a whole number from 1 to 16, found \"0\"");
  CHECK(state.run.options().hidden == 16);
  const JsonValue undone = value_of(state, "undoOptions", "[]");
  CHECK(undone.find("hidden")->number == 3);
  CHECK(undone.find("lr")->number == 0.5);
  CHECK(option_change_sentence(state.last_change->before, state.last_change->after) ==
        "New run: hidden nodes 16 \xE2\x86\x92 3, schedule linear \xE2\x86\x92 constant, final L 0.01 \xE2\x86\x92 0.5");
  value_of(state, "undoOptions", "[]");
  CHECK(state.run.options() == preset_seed());
  CHECK(value_of(state, "undoOptions", "[]").type == JsonValue::Type::null);  // nothing more to undo
}

TEST_CASE("the Options tab's one line of what changed: all of it where it fits, else the first changes and how many more", "[app][options]") {
  AppState state;
  UseSettings use(state.view.settings);
  REQUIRE(set_option_texts(state, {{"preset", "tuned"}}).empty());
  const Options& before = state.last_change->before;
  const Options& after = state.last_change->after;
  const auto chars = [](std::string_view t) { return static_cast<float>(t.size()); };  // a byte a unit
  const std::string whole = option_change_sentence(before, after);
  CHECK(option_change_line(before, after, chars(whole), chars) == whole);
  CHECK(option_change_line(before, after, 60, chars) == "New run: cost squared_error \xE2\x86\x92 cross_entropy and 4 more");
  CHECK(option_change_line(before, after, 30, chars) == "New run: 5 options changed");
  state.view.settings.language = Language::es;
  CHECK(option_change_line(before, after, 30, chars) == "Entrenamiento nuevo: 5 opciones cambiadas");
}

TEST_CASE("each option of the table changed alone is one change, named as the Options tab names it", "[app][options]") {
  const Settings spanish{Language::es};
  UseSettings use(spanish);
  for (const OptionSpec& spec : option_specs()) {
    INFO(spec.name);
    const Options before = option_applies(spec, preset_seed()) ? preset_seed() : preset_tuned();
    const OptionValue now = spec.field.get(before);
    Options after = before;
    if (spec.kind == OptionKind::choice)
      spec.field.set(after, static_cast<long long>((std::get<long long>(now) + 1) % static_cast<long long>(spec.choices.size())));
    else if (spec.kind == OptionKind::positive_number) spec.field.set(after, std::get<double>(now) * 2);
    else if (spec.kind == OptionKind::seed) spec.field.set(after, std::get<std::uint64_t>(now) + 1);
    else spec.field.set(after, std::get<long long>(now) + 1);
    const std::vector<OptionChange> changes = option_changes(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].name == tr(spec.display));
    CHECK(changes[0].before != changes[0].after);
    // A choice the screen names with a word shows the word (in the UI's language), else the CLI's name.
    if (spec.kind == OptionKind::choice) {
      const OptionChoice& c = spec.choices[static_cast<std::size_t>(std::get<long long>(spec.field.get(after)))];
      CHECK(changes[0].after == (c.shown ? std::string(tr(c.shown)) : std::string(c.name)));
    }
  }
}

TEST_CASE("L = 50 with seed 2 kills every ReLU node at step 1", "[app][options]") {
  AppState state;
  value_of(state, "setOptions", R"([{"lr": 50, "seed": 2}])");
  state.step(1);
  REQUIRE(state.run.dead_at_step());
  CHECK(*state.run.dead_at_step() == 1);
  CHECK(state.run.dead_at_cursor());
  CHECK(all_relu_nodes_dead(state.run.parameters()));
}

TEST_CASE("a good CSV replaces the data and a bad one is named in the UI language and the data stays", "[app][data]") {
  AppState state;
  UseSettings use(state.view.settings);  // error_text's language: the state's
  state.step(10);
  JsonValue r = load_bytes(state, kGoodCsv, "four.csv");
  CHECK(r.find("ok")->boolean);
  CHECK(r.find("rows")->number == 4);
  CHECK(r.find("error")->type == JsonValue::Type::null);
  CHECK(state.run.cursor() == 0);
  CHECK(state.view.right_tab == RightTab::data);
  JsonValue d = value_of(state, "data", "[]");
  CHECK(d.find("source")->text == "four.csv");
  CHECK(d.find("origin")->text == "file");
  CHECK(d.find("rows")->number == 4);
  CHECK(d.find("distinct")->number == 4);
  CHECK(d.find("dark")->number == 2);
  CHECK(d.find("light")->number == 2);
  CHECK(d.find("train")->number == 2);
  CHECK(d.find("test")->number == 2);

  // A bad file: the message names the file, the line and the column; the four rows stay.
  const std::string bad = "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,x,6,1\n7,8,9,0\n";
  r = load_bytes(state, bad, "archivo.csv");
  CHECK_FALSE(r.find("ok")->boolean);
  CHECK(r.find("error")->text == "archivo.csv: line 3, column 3: expected an integer from 0 to 255 for GREEN, found \"x\"");
  CHECK(r.find("line")->number == 3);
  CHECK(r.find("column")->number == 3);
  CHECK(value_of(state, "data", "[]").find("source")->text == "four.csv");
  REQUIRE(state.data_load.error);
  state.view.settings.language = Language::es;
  CHECK(error_text(*state.data_load.error) ==
        "archivo.csv: línea 3, columna 3: se esperaba un entero de 0 a 255 para GREEN, se encontró \"x\"");
  r = load_bytes(state, "\xFF\xFE" "R\0E\0D\0"s, "hoja.csv");
  CHECK(r.find("error")->text ==
        "hoja.csv: línea 1, columna 1: el archivo es UTF-16 (little-endian, empieza con los bytes FF FE), no texto UTF-8: "
        "guárdalo como UTF-8 (el \"CSV UTF-8\" de una hoja de cálculo) y cárgalo otra vez");
  state.view.settings.language = Language::en;
  CHECK(value_of(state, "data", "[]").find("rows")->number == 4);
  // A good file after a bad one clears the message.
  load_bytes(state, kGoodCsv + "9,9,9,1\n", "five.csv");
  CHECK_FALSE(state.data_load.error);
  CHECK(state.data_load.loaded == "five.csv");
  CHECK(value_of(state, "data", "[]").find("rows")->number == 5);
}

TEST_CASE("every core message template has a Spanish one in the strings tables", "[app][data][strings]") {
  const Settings spanish{Language::es};
  UseSettings use(spanish);
  for (MessageId id : message_ids()) {
    const char* english = message_template(id);
    INFO(english);
    CHECK(std::string(tr(english)) != english);
  }
}

TEST_CASE("the page's byte text is read back to the same bytes", "[app][data]") {
  CHECK(bytes_of_byte_text("abc") == std::optional<std::string>("abc"));
  CHECK(bytes_of_byte_text("\xC3\xBF\xC2\x80\x00"s) == std::optional<std::string>("\xFF\x80\x00"s));
  CHECK_FALSE(bytes_of_byte_text("\xC4\x80").has_value());  // U+0100 is no byte
  CHECK_FALSE(bytes_of_byte_text("\xC3").has_value());
  AppState state;
  CHECK(refusal_of(state, "_dataPiece", "[\"\\u0100\"]") == "the piece must hold one byte a character (codes 0-255)");
}

TEST_CASE("the surface's dots: the rows near the slice, their part of the split, the network's mistakes", "[app][surface]") {
  AppState state;
  state.step(300);
  const Run& run = state.run;
  const SurfaceDots near = surface_dots(run, 128);
  long long expected = 0;
  for (const Sample& s : run.data().samples) expected += s.colour.b >= 124 && s.colour.b <= 132;
  CHECK(near.near == expected);
  CHECK(static_cast<long long>(near.dots.size()) == expected);
  for (const SurfaceDot& d : near.dots) CHECK((d.colour.b >= 124 && d.colour.b <= 132));
  // Every row (reach 255): the test dots' mistakes are the test evaluation's.
  const SurfaceDots all = surface_dots(run, 128, 255);
  REQUIRE(all.dots.size() == run.data().samples.size());
  long long test = 0, test_wrong = 0, train_wrong = 0;
  for (const SurfaceDot& d : all.dots) {
    test += d.test;
    test_wrong += d.test && d.wrong;
    train_wrong += !d.test && d.wrong;
  }
  CHECK(test == static_cast<long long>(run.split().test.size()));
  CHECK(test_wrong == run.test_evaluation().rows - run.test_evaluation().confusion.correct());
  CHECK(train_wrong == run.train_evaluation().rows - run.train_evaluation().confusion.correct());
  CHECK(test_wrong > 0);
  CHECK(all.wrong == test_wrong + train_wrong);
  // In cells: one dot a cell and kind, wrong if any row of it is; every row still counted.
  const SurfaceDots one_cell = surface_dots(run, 128, 255, 1);
  CHECK(one_cell.near == all.near);
  CHECK(one_cell.wrong == all.wrong);
  REQUIRE(one_cell.dots.size() == 4);  // dark and light, train and test
  for (const SurfaceDot& d : one_cell.dots) {
    bool any_wrong = false;
    for (const SurfaceDot& e : all.dots) any_wrong |= e.label == d.label && e.test == d.test && e.wrong;
    CHECK(d.wrong == any_wrong);
  }
}

TEST_CASE("200,000 rows near a slice draw as at most four dots a cell, and every mistake is counted", "[app][surface]") {
  AppState state;
  DataSet big;
  big.origin = DataOrigin::file;
  big.source = "big.csv";
  Random pick(91, 1);
  for (int i = 0; i < 200000; ++i) {
    const Rgb c{static_cast<int>(pick.index(256)), static_cast<int>(pick.index(256)), 120 + static_cast<int>(pick.index(17))};
    big.samples.push_back(Sample{c, static_cast<int>(pick.index(2))});  // random labels: many mistakes
  }
  REQUIRE_FALSE(state.run.set_data(big).has_value());
  const SurfaceDots every = surface_dots(state.run, 128);
  const SurfaceDots thinned = surface_dots(state.run, 128, kSurfaceDotReach, 64);
  CHECK(thinned.near == every.near);
  CHECK(thinned.wrong == every.wrong);
  CHECK(every.near > 100000);
  CHECK(thinned.dots.size() <= 64u * 64u * 4u);
  long long wrong_dots = 0;
  for (const SurfaceDot& d : thinned.dots) wrong_dots += d.wrong;
  CHECK(wrong_dots > 0);
}
