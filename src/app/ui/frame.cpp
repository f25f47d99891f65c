// One frame, the same on the desktop and in the browser (platform/main_native.cpp and main_web.cpp
// call it after their own events).
#define GLFW_INCLUDE_NONE  // OpenGL comes from gl_api.hpp (ImGui's loader), not from GLFW
#include <GLFW/glfw3.h>

#include <chrono>
#include <ctime>

#include "app/ui/app.hpp"
#include "app/ui/gl_api.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace fontshade::app {

double App::run_frame(GLFWwindow* window, float content_scale, const std::function<void()>& before_new_frame) {
  const auto now = std::chrono::steady_clock::now();
  const double seconds = clock_started_ ? std::chrono::duration<double>(now - last_frame_).count() : 0.0;
  last_frame_ = now;
  clock_started_ = true;
  int width = 0, height = 0;
  glfwGetWindowSize(window, &width, &height);
  prepare(width, height, content_scale);
  const std::clock_t build_start = std::clock();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (before_new_frame) before_new_frame();
  ImGui::NewFrame();
  frame(width, height, seconds);
  ImGui::Render();
  const double build_seconds = static_cast<double>(std::clock() - build_start) / CLOCKS_PER_SEC;
  int fb_width = 0, fb_height = 0;
  glfwGetFramebufferSize(window, &fb_width, &fb_height);
  glViewport(0, 0, fb_width, fb_height);
  glClearColor(0.118f, 0.122f, 0.141f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  return build_seconds;
}

}  // namespace fontshade::app
