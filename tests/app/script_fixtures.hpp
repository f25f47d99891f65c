#pragma once
// Shared by the app's tests: a window.fontshade call's answer, as the page would get it.
#include <catch2/catch.hpp>

#include <string>

#include "app/script/script_api.hpp"
#include "core/files/json_reader.hpp"

namespace fontshade::app::test {

// The value a call answers (the call must not be refused).
inline JsonValue script_value(AppState& s, const std::string& name, const std::string& args = "[]") {
  const auto parsed = parse_json(script_call(s, name, args), "answer");
  REQUIRE(ok(parsed));
  const JsonValue& answer = std::get<JsonValue>(parsed);
  const JsonValue* error = answer.find("message");
  INFO(name << args << ": " << (error ? error->text : std::string("answered")));
  REQUIRE(answer.find("value"));
  return *answer.find("value");
}

// The message of a call the app refuses (the page throws it as a RangeError or a TypeError).
inline std::string script_refusal(AppState& s, const std::string& name, const std::string& args) {
  const auto parsed = parse_json(script_call(s, name, args), "answer");
  REQUIRE(ok(parsed));
  const JsonValue* message = std::get<JsonValue>(parsed).find("message");
  REQUIRE(message);
  return message->text;
}

}  // namespace fontshade::app::test
