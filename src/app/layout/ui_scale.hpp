#pragma once

namespace fontshade::app {

// The type's size at scale 1: the design's 15 px at 1280 x 800.
constexpr float kBaseFontPixels = 15;

// How much the whole interface is scaled for a window of width x height pixels with this content
// scale (HiDPI): everything was designed at 1280 x 800; larger windows (projectors, 4K) and HiDPI
// screens scale it up, smaller ones scale it down a little, from 0.875 (13 px type: never smaller, a
// small window gets a page that scrolls instead) to 4.
// Projector mode scales it a further 1.5 to 2.5 times, for type about a 32nd of the screen's shorter
// side. In steps of 1/8, so the fonts are rebuilt only when the scale moves by a step. The app and the
// layout tests both use this rule.
float ui_scale(float width, float height, float content_scale, bool projector);
// The type's size in whole pixels at a scale (the fonts are built at it).
float font_pixels(float scale);

}  // namespace fontshade::app
