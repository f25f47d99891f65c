// The core's file messages as templates: filled in English they are the messages the tests pin; the
// same error can be said with another language's templates (the app's Spanish).
#include <set>
#include <string>

#include "fixtures.hpp"
#include "core/base/message_templates.hpp"
#include "core/files/lesson_link.hpp"
#include "core/network/option_reader.hpp"
#include "core/network/metrics.hpp"
#include "core/network/network.hpp"
#include "core/network/run.hpp"
#include "core/base/text_file.hpp"

using namespace fontshade;

TEST_CASE("fill_message puts each value in its blank, once, and leaves unknown blanks alone", "[messages]") {
  CHECK(fill_message("expected {what} for {name}, found {found}", {{"name", "GREEN"}, {"found", "\"{name}\""}, {"what", "x"}}) ==
        "expected x for GREEN, found \"{name}\"");
  CHECK(fill_message("line {line}: ", {{"line", "7"}}) == "line 7: ");
  CHECK(fill_message("no blanks", {}) == "no blanks");
  CHECK(fill_message("{missing} and {", {}) == "{missing} and {");
}

TEST_CASE("every message id has its own non-empty template and none is left without one", "[messages]") {
  std::set<std::string> seen;
  for (MessageId id : message_ids()) {
    const std::string t = message_template(id);
    INFO(static_cast<int>(id));
    CHECK_FALSE(t.empty());
    CHECK(seen.insert(t).second);
  }
  CHECK(message_ids().size() == 62);
  CHECK(std::string(message_template(MessageId::none)).empty());
}

TEST_CASE("an error said with other templates: the location and the message, the values unchanged", "[messages][csv]") {
  const Result<DataSet> parsed = parse_csv("RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,x,6,1\n7,8,9,0\n", "archivo.csv");
  REQUIRE_FALSE(ok(parsed));
  const Error& e = std::get<Error>(parsed);
  CHECK(e.text() == "archivo.csv: line 3, column 3: expected an integer from 0 to 255 for GREEN, found \"x\"");
  CHECK(e.id == MessageId::csv_channel_bad);
  const auto spanish = [](const char* english) -> const char* {
    const std::string t = english;
    if (t == message_template(MessageId::location_line_column)) return "línea {line}, columna {column}: ";
    if (t == message_template(MessageId::csv_channel_bad)) return "se esperaba un entero de 0 a 255 para {name}, se encontró {found}";
    return english;
  };
  CHECK(e.text(spanish) == "archivo.csv: línea 3, columna 3: se esperaba un entero de 0 a 255 para GREEN, se encontró \"x\"");
  // An error without a template keeps its English message; its location is still translated.
  const Error plain{"model.json", 2, 0, "something else"};
  CHECK(plain.text(spanish) == "model.json: line 2: something else");
  CHECK(plain.text() == "model.json: line 2: something else");
}

TEST_CASE("the file-reading errors and a too small data set carry their templates", "[messages][files]") {
  const auto missing = read_text_file(std::string(FONTSHADE_TEST_TMP) + "/no_such_file_for_messages.csv", 1000);
  REQUIRE_FALSE(ok(missing));
  CHECK(std::get<Error>(missing).id == MessageId::file_missing);
  const auto folder = read_text_file(FONTSHADE_TEST_TMP, 1000);
  REQUIRE_FALSE(ok(folder));
  CHECK(std::get<Error>(folder).id == MessageId::file_folder);
  const auto device = read_text_file("/dev/null", 1000);
  REQUIRE_FALSE(ok(device));
  CHECK(std::get<Error>(device).id == MessageId::file_device);
  CHECK(std::get<Error>(device).text() == "/dev/null: is not a regular file (a device): fontshade reads only regular files");
  Run run(default_dataset(), preset_seed());
  DataSet two;
  two.samples = {{{1, 2, 3}, 1}, {{4, 5, 6}, 0}};
  two.source = "two.csv";
  const auto e = run.set_data(two);
  REQUIRE(e.has_value());
  CHECK(e->id == MessageId::data_too_few_rows);
  CHECK(e->text() == "two.csv: at least 3 rows are needed (2 to train on, 1 to test)");
}

TEST_CASE("predicted_labels is the answer evaluate() counts, row by row", "[metrics]") {
  const DataSet data = default_dataset();
  Run run(data, preset_seed());
  run.advance(500);
  const std::vector<int>& test = run.split().test;
  const std::vector<int> answers = predicted_labels(run.parameters(), run.options(), data, test);
  REQUIRE(answers.size() == test.size());
  long long right = 0, said_dark = 0;
  for (std::size_t k = 0; k < test.size(); ++k) {
    const Sample& s = data.samples[static_cast<std::size_t>(test[k])];
    right += answers[k] == s.label;
    said_dark += answers[k];
    CHECK(answers[k] == (is_dark(predict(run.parameters(), input_of(s.colour), run.options().activation)) ? 1 : 0));
  }
  const Evaluation e = evaluate(run.parameters(), run.options(), data, test);
  CHECK(right == e.confusion.correct());
  CHECK(said_dark == e.confusion.dark_as_dark + e.confusion.light_as_dark);
  CHECK(right < static_cast<long long>(test.size()));  // after 500 steps some test rows are still wrong
}

TEST_CASE("a filled template is recognised: its values read back, the most specific template wins", "[messages]") {
  const auto args = match_message("{option}: expected a whole number from {min} to {max}, found {found}",
                                  "hidden: expected a whole number from 1 to 16, found \"17\"");
  REQUIRE(args);
  CHECK((*args)[0].value == "hidden");
  CHECK((*args)[1].value == "1");
  CHECK((*args)[2].value == "16");
  CHECK((*args)[3].value == "\"17\"");
  CHECK_FALSE(match_message("{option}: expected a positive number, found {found}", "hidden: expected a whole number from 1 to 16, found 17"));
  CHECK_FALSE(match_message("the link has no version (v=1)", "the link has no version (v=1) at all"));
  CHECK(match_message("the link has no version (v=1)", "the link has no version (v=1)")->empty());
  // A value holding the next literal's text: the last literal part is found at the text's end.
  const auto step = match_message("step={step}: the run has only {steps} steps", "step=9: the run has only 5 steps steps");
  REQUIRE(step);
  CHECK((*step)[1].value == "5 steps");
}

TEST_CASE("the core's messages about options and links say the same in another language", "[messages][link]") {
  const auto spanish = [](const char* t) -> const char* {
    const std::string_view s(t);
    if (s == message_template(MessageId::option_positive)) return "{option}: se esperaba un número positivo, se encontró {found}";
    if (s == message_template(MessageId::option_unknown)) return "opción desconocida {name}";
    if (s == message_template(MessageId::option_unknown_listed)) return "opción desconocida {name}: se esperaba una de preset, {known}";
    if (s == message_template(MessageId::link_phase)) return "phase={value}: se esperaba una fase como sample, Z1, dC_dW1 o update";
    return t;
  };
  CHECK(translate_message("lr: expected a positive number, found \"fast\"", spanish) == "lr: se esperaba un número positivo, se encontró \"fast\"");
  CHECK(translate_message("phase=Z9: expected a phase such as sample, Z1, dC_dW1 or update", spanish) ==
        "phase=Z9: se esperaba una fase como sample, Z1, dC_dW1 o update");
  // "unknown option x: expected one of ..." is the listed one, not "unknown option {name}" with a long name.
  CHECK(translate_message("unknown option x: expected one of preset, lr", spanish) == "opción desconocida x: se esperaba una de preset, lr");
  CHECK(translate_message("unknown option x", spanish) == "opción desconocida x");
  CHECK(translate_message("something no template makes", spanish) == "something no template makes");
  // The messages the readers write are their templates', filled.
  CHECK(std::get<std::string>(read_options(Options{}, {{"lr", "fast"}}, OptionNames::script)) == "lr: expected a positive number, found \"fast\"");
  CHECK(std::get<std::string>(parse_lesson("v=1&phase=Z9")) == message_of(MessageId::link_phase, {{"value", "Z9"}}));
}
