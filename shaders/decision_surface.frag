// The network's A2 over a slice of colour space: x is R, y is G, B is fixed. The weights come in a
// small float texture (row i: w_hidden[i] and b_hidden[i], then w_output[i]; the last row holds
// b_output and B), so the same code runs on WebGL2 and desktop GL 3.3 without extra uniforms.
in vec2 uv;
out vec4 colour;

uniform sampler2D weights;  // RGBA32F, width kMaxHidden + 1, height 2
uniform int hidden;         // H
uniform int activation;     // 0 relu, 1 leaky_relu, 2 tanh, 3 logistic

float activate(float z) {
  if (activation == 0) return max(z, 0.0);
  if (activation == 1) return z > 0.0 ? z : 0.01 * z;  // kLeakySlope in src/core/network.hpp
  if (activation == 2) return tanh(z);
  return 1.0 / (1.0 + exp(-z));
}

// A2 for the input X, with the chapter's names (in float: a picture, not a record).
float network(vec3 X) {
  float Z2 = texelFetch(weights, ivec2(0, 1), 0).x;  // b_output
  for (int i = 0; i < 16; ++i) {
    if (i >= hidden) break;
    vec4 w_hidden_i = texelFetch(weights, ivec2(i + 1, 0), 0);  // w_hidden[i] (xyz), b_hidden[i] (w)
    float w_output_i = texelFetch(weights, ivec2(i + 1, 1), 0).x;
    float Z1_i = dot(w_hidden_i.xyz, X) + w_hidden_i.w;
    Z2 += w_output_i * activate(Z1_i);
  }
  return 1.0 / (1.0 + exp(-Z2));
}

// Light text (A2 near 0) in blue, dark text (A2 near 1) in orange, 0.5 in pale grey.
vec3 shade_colour(float a2) {
  vec3 light_text = vec3(0.16, 0.36, 0.72);
  vec3 middle = vec3(0.93, 0.93, 0.93);
  vec3 dark_text = vec3(0.90, 0.52, 0.12);
  return a2 < 0.5 ? mix(light_text, middle, a2 * 2.0) : mix(middle, dark_text, a2 * 2.0 - 1.0);
}

void main() {
  float blue = texelFetch(weights, ivec2(0, 1), 0).y;
  float a2 = network(vec3(uv.x, uv.y, blue));
  vec3 c = shade_colour(a2);
  // The 0.5 boundary: a line two pixels wide wherever A2 crosses 0.5.
  float d = abs(a2 - 0.5) / max(fwidth(a2), 1e-6);
  c = mix(vec3(0.0), c, smoothstep(1.0, 2.0, d));
  colour = vec4(c, 1.0);
}
