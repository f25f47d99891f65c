// The options' table (option_table.hpp) is the one list of options: these tests loop over it, so a
// new row is checked by them without a line here.
#include <set>
#include <string>
#include <variant>

#include "fixtures.hpp"
#include "core/files/json_reader.hpp"
#include "core/files/record_json.hpp"
#include "core/network/option_reader.hpp"

using namespace fontshade;

namespace {

// A good value of the option other than the one `o` has, as text.
std::string other_value(const OptionSpec& spec, const Options& o) {
  const OptionValue now = spec.field.get(o);
  switch (spec.kind) {
    case OptionKind::whole: return std::to_string(std::get<long long>(now) == spec.max ? spec.min : std::get<long long>(now) + 1);
    case OptionKind::positive_number: return format_double(std::get<double>(now) * 2);
    case OptionKind::seed: return std::to_string(std::get<std::uint64_t>(now) + 7);
    case OptionKind::choice: {
      const auto i = static_cast<std::size_t>(std::get<long long>(now));
      return std::string(spec.choices[(i + 1) % spec.choices.size()].name);
    }
  }
  return {};
}

// Options in which every option matters and none follows another: the tuned preset's linear schedule
// (with a constant one, final L is L).
Options where_every_option_applies() {
  const Options o = preset_tuned();
  for (const OptionSpec& spec : option_specs()) REQUIRE(option_applies(spec, o));
  return o;
}

}  // namespace

TEST_CASE("option table: each row reads and writes its own field and no other", "[options]") {
  for (const OptionSpec& spec : option_specs()) {
    INFO(spec.name);
    const Options base = where_every_option_applies();
    const std::string text = other_value(spec, base);
    const auto read = read_options(base, {{std::string(spec.name), text}}, OptionNames::script);
    REQUIRE(std::holds_alternative<Options>(read));
    const Options& changed = std::get<Options>(read);
    CHECK(option_text(spec, spec.field.get(changed)) == text);
    // Every other option that still matters is as it was (a schedule made constant makes final L
    // follow L: the reader's one rule between options, test_option_reader.cpp's).
    for (const OptionSpec& other : option_specs())
      if (&other != &spec && option_applies(other, changed))
        CHECK(option_text(other, other.field.get(changed)) == option_text(other, other.field.get(base)));
    // The row's setter writes that field, and only it.
    Options copy = base;
    spec.field.set(copy, spec.field.get(changed));
    for (const OptionSpec& other : option_specs())
      CHECK(option_text(other, other.field.get(copy)) ==
            option_text(other, other.field.get(&other == &spec ? changed : base)));
  }
}

TEST_CASE("option table: every choice by its name, and the name of every choice", "[options]") {
  for (const OptionSpec& spec : option_specs()) {
    if (spec.kind != OptionKind::choice) continue;
    REQUIRE(spec.choices.size() >= 2);
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
      const std::string name(spec.choices[i].name);
      INFO(spec.name << " " << name);
      const auto read = read_options(preset_seed(), {{std::string(spec.name), name}}, OptionNames::cli);
      REQUIRE(std::holds_alternative<Options>(read));
      CHECK(std::get<long long>(spec.field.get(std::get<Options>(read))) == static_cast<long long>(i));
      CHECK(choice_index(spec, name) == static_cast<int>(i));
    }
    CHECK(choice_index(spec, "none of these") == -1);
  }
  // name_of answers from the same table.
  CHECK(name_of(Activation::leaky_relu) == option_spec("activation").choices[1].name);
  CHECK(name_of(GradientMode::chapter) == "chapter");
}

TEST_CASE("option table: names are unique in every spelling, and every row explains itself", "[options]") {
  std::set<std::string> names, keys;
  std::set<int> rows;
  for (const OptionSpec& spec : option_specs()) {
    INFO(spec.name);
    CHECK(names.insert(std::string(spec.name)).second);
    CHECK(keys.insert(std::string(spec.file_key)).second);
    CHECK(rows.insert(spec.tab_row).second);
    CHECK(find_option(spec.name) == &spec);
    CHECK(find_option(spec.file_key) == &spec);
    CHECK(find_option(option_label(spec, OptionNames::cli).substr(2)) == &spec);
    CHECK(is_option_name(spec.name));
    CHECK(spec.display != nullptr);
    CHECK(spec.tooltip != nullptr);
    CHECK_FALSE(spec.cli_value.empty());
    CHECK((spec.kind == OptionKind::choice || spec.edit_tip != nullptr));  // choices explain with the row's tooltip
    CHECK((spec.kind == OptionKind::choice || spec.cli_help != nullptr));
    CHECK((spec.applies == nullptr) == (spec.unused_tip == nullptr));
  }
  // The Options tab shows every row once: rows 1 to N.
  CHECK(*rows.begin() == 1);
  CHECK(*rows.rbegin() == static_cast<int>(option_specs().size()));
  CHECK(find_option("momentum") == nullptr);
}

TEST_CASE("option table: the JSON options object has the file keys in the table's order, typed by kind", "[options]") {
  Options o = preset_tuned();
  o.seed = 18446744073709551615ULL;
  JsonWriter out;
  write_options(out, o);
  const auto parsed = parse_json(out.str(), "options");
  REQUIRE(ok(parsed));
  const JsonValue& object = std::get<JsonValue>(parsed);
  REQUIRE(object.members.size() == option_specs().size());
  std::size_t i = 0;
  for (const OptionSpec& spec : option_specs()) {
    INFO(spec.name);
    const auto& [key, value] = object.members[i++];
    CHECK(key == spec.file_key);
    CHECK(value.type == (spec.kind == OptionKind::choice ? JsonValue::Type::string : JsonValue::Type::number));
    CHECK(value.text == option_text(spec, spec.field.get(o)));  // numbers as written: 17 digits, whole numbers bare
  }
  // Exactly, for one: the chapter's options as the model file writes them.
  JsonWriter chapter;
  write_options(chapter, preset_seed());
  CHECK(chapter.str() ==
        "{\"hidden\":3,\"activation\":\"relu\",\"cost\":\"squared_error\",\"init\":\"uniform01\",\"schedule\":\"constant\","
        "\"learning_rate\":0.050000000000000003,\"final_learning_rate\":0.050000000000000003,\"steps\":100000,\"seed\":1,"
        "\"gradient\":\"true\",\"rng\":\"fontshade\",\"trainer\":\"chapter\",\"split\":\"random\"}");
}
