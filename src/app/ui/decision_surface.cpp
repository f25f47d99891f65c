#include "app/ui/decision_surface.hpp"

#include <vector>

#include "app/ui/gl_api.hpp"
#include "app/ui/shader_sources.hpp"

namespace fontshade::app {
namespace {

unsigned compile(unsigned kind, const std::string& source, std::string* error) {
  const unsigned shader = glCreateShader(kind);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  int ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    *error = std::string("decision surface shader: ") + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

bool DecisionSurface::init(std::string* error) {
  const unsigned vs = compile(GL_VERTEX_SHADER, decision_surface_vertex_shader(), error);
  if (!vs) return false;
  const unsigned fs = compile(GL_FRAGMENT_SHADER, decision_surface_fragment_shader(), error);
  if (!fs) return false;
  const unsigned program = glCreateProgram();
  glAttachShader(program, vs);
  glAttachShader(program, fs);
  glLinkProgram(program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  int ok = 0;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    *error = std::string("decision surface program: ") + log;
    glDeleteProgram(program);
    return false;
  }
  program_ = program;
  uniform_weights_ = glGetUniformLocation(program_, "weights");
  uniform_hidden_ = glGetUniformLocation(program_, "hidden");
  uniform_activation_ = glGetUniformLocation(program_, "activation");

  const float corners[] = {-1, -1, 1, -1, 1, 1, -1, 1};
  const unsigned short triangles[] = {0, 1, 2, 0, 2, 3};
  glGenVertexArrays(1, &vertex_array_);
  glBindVertexArray(vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glGenBuffers(1, &index_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof triangles, triangles, GL_STATIC_DRAW);
  glBindVertexArray(0);

  glGenTextures(1, &weights_texture_);
  glBindTexture(GL_TEXTURE_2D, weights_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return true;
}

void DecisionSurface::draw(ImDrawList* list, ImVec2 top_left, float side, const Parameters& p, Activation a,
                           double blue) {
  if (!ready()) return;
  // The weights texture, 17 x 2 RGBA floats: texel (0, 1) holds b_output and B; texel (i + 1, 0)
  // w_hidden[i] and b_hidden[i]; texel (i + 1, 1) w_output[i]. (The shader computes in float: close
  // enough for a picture, and the numbers elsewhere come from the core in double.)
  constexpr int kWidth = kMaxHidden + 1;
  std::vector<float> texels(kWidth * 2 * 4, 0.0f);
  const auto at = [&](int x, int y) { return &texels[static_cast<std::size_t>((y * kWidth + x) * 4)]; };
  at(0, 1)[0] = static_cast<float>(p.b_output);
  at(0, 1)[1] = static_cast<float>(blue);
  for (int i = 0; i < p.hidden(); ++i) {
    float* row = at(i + 1, 0);
    for (int j = 0; j < 3; ++j) row[j] = static_cast<float>(p.w_hidden(i, j));
    row[3] = static_cast<float>(p.b_hidden(i));
    at(i + 1, 1)[0] = static_cast<float>(p.w_output(i));
  }
  glBindTexture(GL_TEXTURE_2D, weights_texture_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, kWidth, 2, 0, GL_RGBA, GL_FLOAT, texels.data());
  hidden_ = p.hidden();
  // The shader numbers the activations as the enum does.
  static_assert(static_cast<int>(Activation::relu) == 0 && static_cast<int>(Activation::leaky_relu) == 1 &&
                static_cast<int>(Activation::tanh) == 2 && static_cast<int>(Activation::logistic) == 3);
  activation_ = static_cast<int>(a);
  top_left_ = top_left;
  side_ = side;
  list->AddCallback(&DecisionSurface::render_callback, this);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void DecisionSurface::render_callback(const ImDrawList*, const ImDrawCmd* cmd) {
  static_cast<const DecisionSurface*>(cmd->UserCallbackData)->render(cmd);
}

void DecisionSurface::render(const ImDrawCmd* cmd) const {
  const ImDrawData* data = ImGui::GetDrawData();
  const ImVec2 scale = data->FramebufferScale;
  const float framebuffer_height = data->DisplaySize.y * scale.y;
  const int x = static_cast<int>((top_left_.x - data->DisplayPos.x) * scale.x);
  const int y = static_cast<int>((top_left_.y - data->DisplayPos.y) * scale.y);
  const int side = static_cast<int>(side_ * scale.x);
  glViewport(x, static_cast<int>(framebuffer_height) - (y + side), side, side);
  // Clip to the panel like ImGui's own widgets (the panel may be scrolled).
  const ImVec4 clip = cmd->ClipRect;
  const int cx = static_cast<int>((clip.x - data->DisplayPos.x) * scale.x);
  const int cy = static_cast<int>((clip.y - data->DisplayPos.y) * scale.y);
  const int cw = static_cast<int>((clip.z - clip.x) * scale.x);
  const int ch = static_cast<int>((clip.w - clip.y) * scale.y);
  glEnable(GL_SCISSOR_TEST);
  glScissor(cx, static_cast<int>(framebuffer_height) - (cy + ch), cw, ch);
  glDisable(GL_BLEND);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, weights_texture_);
  glUniform1i(uniform_weights_, 0);
  glUniform1i(uniform_hidden_, hidden_);
  glUniform1i(uniform_activation_, activation_);
  glBindVertexArray(vertex_array_);
  glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_SHORT, nullptr);
  glBindVertexArray(0);
}

}  // namespace fontshade::app
