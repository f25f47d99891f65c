// window.fontshade is one list (src/app/script/script_calls.hpp): the page wraps the app's calls from
// it and writes only the page's own. These tests read the page's scripts (web/*.js) and check them
// against the list, so a call added on one side only fails here.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "app/script/script_api.hpp"
#include "core/files/json_reader.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

const char* const kScripts[] = {"glue.js", "teacher.js", "activities.js", "keeping.js"};

std::string read_script(const std::string& name) {
  std::ifstream in(std::string(FONTSHADE_SOURCE_DIR) + "/web/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The names a script hands to the app: invoke('name', ...) and api('name').
std::set<std::string> called(const std::string& script) {
  std::set<std::string> names;
  static const std::regex call(R"((?:invoke|api)\('(\w+)')");
  for (auto it = std::sregex_iterator(script.begin(), script.end(), call); it != std::sregex_iterator(); ++it) names.insert((*it)[1]);
  return names;
}

// The names a script writes on window.fontshade itself: the keys of `window.fontshade = {` and of
// `Object.assign(window.fontshade, {` blocks (one a line, two spaces in, or on the block's own line),
// and `window.fontshade.name =`.
std::set<std::string> written(const std::string& script) {
  std::set<std::string> names;
  static const std::regex block(R"((?:window\.fontshade = \{|Object\.assign\(window\.fontshade, \{)([\s\S]*?)\s*\}\)?;)");
  static const std::regex key(R"((?:^|\{|\n)\s*(\w+): )");
  static const std::regex assigned(R"(window\.fontshade\.(\w+) = )");
  for (auto b = std::sregex_iterator(script.begin(), script.end(), block); b != std::sregex_iterator(); ++b) {
    const std::string body = (*b)[1];
    for (auto k = std::sregex_iterator(body.begin(), body.end(), key); k != std::sregex_iterator(); ++k) names.insert((*k)[1]);
  }
  for (auto a = std::sregex_iterator(script.begin(), script.end(), assigned); a != std::sregex_iterator(); ++a) names.insert((*a)[1]);
  return names;
}

}  // namespace

TEST_CASE("the JS API: the page calls only what the app answers, and writes exactly the page's own calls", "[app][script]") {
  std::map<std::string, ScriptCallName> list;
  for (const ScriptCallName& c : script_call_names()) list.emplace(std::string(c.name), c);
  REQUIRE(list.size() > 30);
  std::set<std::string> all_called, all_written;
  for (const char* name : kScripts) {
    const std::string script = read_script(name);
    for (const std::string& c : called(script)) {
      INFO(name << " calls " << c);
      REQUIRE(list.count(c));
      CHECK(list.at(c).app_answers);
      all_called.insert(c);
    }
    for (const std::string& w : written(script)) {
      INFO(name << " writes fontshade." << w);
      REQUIRE(list.count(w));
      CHECK(list.at(w).by_page);  // a call the app answers as it is is wrapped from the list, not by hand
      CHECK(all_written.insert(w).second);  // and written once
    }
  }
  for (const auto& [name, c] : list) {
    INFO(name);
    if (c.by_page && name[0] != '_') CHECK(all_written.count(name));  // the page has every call it should write
    if (name[0] == '_') CHECK(all_called.count(name));                 // the page's plumbing is the page's
    CHECK((c.app_answers || c.by_page));
  }
  // The page's own include these, and the app's own wrapped ones are not written by hand.
  for (const char* own : {"ready", "layout", "link", "loadCSV", "sweep", "lastCopied"}) CHECK(all_written.count(own));
  for (const char* wrapped : {"step", "state", "setOptions", "label", "openLink"}) CHECK_FALSE(all_written.count(wrapped));
}

TEST_CASE("the JS API: calls() lists window.fontshade's calls, who answers each, and no plumbing", "[app][script]") {
  AppState state;
  const auto parsed = parse_json(script_call(state, "calls", "[]"), "answer");
  REQUIRE(ok(parsed));
  const JsonValue* value = std::get<JsonValue>(parsed).find("value");
  REQUIRE(value);
  REQUIRE(value->type == JsonValue::Type::array);
  std::map<std::string, std::string> by;
  for (const JsonValue& c : value->items) by[c.find("name")->text] = c.find("by")->text;
  std::size_t public_names = 0;
  for (const ScriptCallName& c : script_call_names())
    if (c.name[0] != '_') {
      ++public_names;
      CHECK(by[std::string(c.name)] == (c.by_page ? "page" : "app"));
    }
  CHECK(by.size() == public_names);
  CHECK(by["step"] == "app");
  CHECK(by["sweep"] == "page");
  CHECK(by.count("_dataStart") == 0);
  // The page's own calls are not the app's to answer.
  CHECK(script_call(state, "link", "[]") ==
        "{\"error\":\"TypeError\",\"message\":\"fontshade.link is the page's own, not the app's\"}");
}
