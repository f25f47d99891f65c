#include <cstdio>

#include "core/network/colour_report.hpp"
#include "cli/command.hpp"
#include "core/files/model_file.hpp"
#include "cli/report.hpp"
#include "core/network/trainer.hpp"

namespace fontshade::cli {
namespace {

const char* const kHelpText =
    "usage: fontshade-cli predict [--model FILE] [--json] COLOR\n"
    "\n"
    "Says whether text on the background COLOR should be dark or light: the network's A2 (dark when\n"
    "A2 >= 0.5) and what YIQ luma, WCAG 2 contrast and APCA would choose, with their figures.\n"
    "COLOR is #rrggbb, rrggbb, R,G,B (0-255) or a CSS colour name (aliceblue, crimson, ...).\n"
    "\n"
    "  --model FILE   a model saved by `fontshade-cli train --save`; without it the seed preset is\n"
    "                 trained on the book's data (built in) first (a few milliseconds)\n"
    "  --json         one JSON object\n";

const char* shade(bool dark) { return dark ? "DARK" : "LIGHT"; }

}  // namespace

int run_predict(const std::vector<std::string>& words) {
  int code = 0;
  auto args = parse_command("predict", words, {{"model"}, {"json", false}}, kHelpText, &code);
  if (!args) return code;
  if (args->positional().size() != 1)
    return fail("predict", args->positional().empty() ? "expected a COLOR such as #2277d3"
                                                      : "expected one COLOR, found " + std::to_string(args->positional().size()) + " arguments",
                kUsage);
  std::string why;
  const auto colour = parse_colour(args->positional()[0], &why);
  if (!colour) return fail("predict", why, kUsage);

  Model model;
  std::string model_source;
  if (auto path = args->value("model")) {
    Result<Model> loaded = load_model_file(*path);
    if (!ok(loaded)) return fail("predict", std::get<Error>(loaded).text(), kBadInput);
    model = std::get<Model>(loaded);
    model_source = *path;
  } else {
    Trainer trainer(default_dataset(), preset_seed());
    trainer.train_to_end();
    model = model_of(trainer);
    model_source = "seed preset trained now on the book's data set";
  }
  const ColourReport report = report_colour(model.parameters, model.options.activation, *colour);
  const ForwardRecord& f = report.forward;
  const YiqVerdict& yiq = report.yiq;
  const WcagVerdict& wcag = report.wcag2;
  const ApcaVerdict& apca = report.apca;

  if (args->has("json")) {
    JsonWriter out;
    out.begin_object();
    out.key("color").string(hex_of(*colour));
    out.key("rgb").begin_array().integer(colour->r).integer(colour->g).integer(colour->b).end_array();
    out.key("model").string(model_source);
    out.key("Z2").number(f.Z2).key("A2").number(f.A2).key("shade").string(report.network_dark ? "dark" : "light");
    out.key("yiq").begin_object().key("Y").number(yiq.Y).key("shade").string(yiq.dark ? "dark" : "light").end_object();
    out.key("wcag2").begin_object().key("relative_luminance").number(wcag.luminance)
        .key("contrast_black").number(wcag.contrast_black).key("contrast_white").number(wcag.contrast_white)
        .key("shade").string(wcag.dark ? "dark" : "light").end_object();
    out.key("apca").begin_object().key("Lc_black").number(apca.Lc_black).key("Lc_white").number(apca.Lc_white)
        .key("shade").string(apca.dark ? "dark" : "light").end_object();
    out.end_object();
    std::printf("%s\n", out.str().c_str());
    return kOk;
  }
  std::printf("colour   %s  (R %d, G %d, B %d)\n", hex_of(*colour).c_str(), colour->r, colour->g, colour->b);
  std::printf("network  A2 = %.6f -> %s text   (model: %s)\n", f.A2, shade(report.network_dark), model_source.c_str());
  std::printf("YIQ      Y = %.3f -> %s text   (dark when Y >= 127.5)\n", yiq.Y, shade(yiq.dark));
  std::printf("WCAG 2   contrast with black %.3f, with white %.3f -> %s text\n", wcag.contrast_black,
              wcag.contrast_white, shade(wcag.dark));
  std::printf("APCA     Lc black %.1f, white %.1f -> %s text\n", apca.Lc_black, apca.Lc_white, shade(apca.dark));
  return kOk;
}

}  // namespace fontshade::cli
