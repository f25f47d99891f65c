// The 3-D view's call (issue 18): view3d({yaw, pitch, zoom, space}) shows the view, sets any of those
// (a space chosen here is shown at once, not animated) and answers {open, yaw, pitch, zoom, space,
// blend}. A number that is not finite (the page passes NaN and the infinities as {"__js": "NaN"}), out
// of its range or of the wrong type, an unknown key or space: a RangeError naming the argument as every
// call does (shown(), script_calls.hpp).
#include <cmath>
#include <cstdio>

#include "app/script/script_calls.hpp"
#include "core/base/quoted.hpp"
#include "core/files/json_writer.hpp"

namespace fontshade::app {
namespace {

const JsonValue* member(const JsonValue& o, std::string_view key) {
  for (const auto& [k, v] : o.members)
    if (k == key) return &v;
  return nullptr;
}

std::string range_text(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", v);
  return text;
}

// A number argument in [lo, hi]; absent: `current` stays.
void read_number(Call& c, const JsonValue& o, const char* key, const char* unit, double lo, double hi, double& current) {
  const JsonValue* v = member(o, key);
  if (!v) return;
  const bool ok = v->type == JsonValue::Type::number && std::isfinite(v->number) && v->number >= lo && v->number <= hi;
  if (!ok) {
    c.refuse(std::string(key) + " must be a finite number" + unit + " from " + range_text(lo) + " to " + range_text(hi) + ", not " + shown(*v));
    return;
  }
  current = v->number;
}

std::string view3d_json(const View3d& v) {
  JsonWriter out;
  out.begin_object()
      .key("open").boolean(v.open)
      .key("yaw").number(v.camera.yaw)
      .key("pitch").number(v.camera.pitch)
      .key("zoom").number(v.camera.zoom)
      .key("space").string(name_of(v.space))
      .key("blend").number(v.blend);
  return out.end_object().str();
}

std::string call_view3d(AppState& s, Call& c) {
  View3d next = s.view.view3d;
  if (const JsonValue* o = c.at(0); o && o->type != JsonValue::Type::null) {
    if (o->type != JsonValue::Type::object) {
      c.refuse("view3d takes an object such as {yaw: 30, pitch: 20, zoom: 1.5, space: 'hidden'}, not " + shown(*o));
      return "null";
    }
    for (const auto& [key, value] : o->members)
      if (key != "yaw" && key != "pitch" && key != "zoom" && key != "space")
        c.refuse("view3d has no argument " + quoted(key) + " (yaw, pitch, zoom, space)");
    read_number(c, *o, "yaw", " of degrees", -kYawLimit, kYawLimit, next.camera.yaw);
    read_number(c, *o, "pitch", " of degrees", -kPitchLimit, kPitchLimit, next.camera.pitch);
    read_number(c, *o, "zoom", "", kZoomMin, kZoomMax, next.camera.zoom);
    if (const JsonValue* space = member(*o, "space")) {
      const auto parsed = space->type == JsonValue::Type::string ? parse_space(space->text) : std::nullopt;
      if (!parsed) c.refuse("space must be 'cube' or 'hidden', not " + shown(*space));
      else {
        next.space = *parsed;
        next.blend = *parsed == Space3d::hidden ? 1 : 0;
      }
    }
  }
  if (c.refused()) return "null";
  next.open = true;
  s.view.view3d = next;
  return view3d_json(s.view.view3d);
}

}  // namespace

void add_view3d_calls(ScriptCalls& calls) { calls.insert({"view3d", {call_view3d}}); }

}  // namespace fontshade::app
