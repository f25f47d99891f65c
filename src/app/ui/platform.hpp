#pragma once
#include <functional>
#include <string>

namespace fontshade::app {

// What the desktop and the page do differently when the reader keeps or shares something: main_web.cpp
// and main_native.cpp fill these in; the App calls them from its menus. (A PNG of the screen: the
// main loop asks App::take_screenshot_request() after drawing each frame.) Each answers the sentence the
// screen shows (in the interface's language), or "" to say nothing.
struct Platform {
  // A text file for the reader: a download in the page, a file in the working folder on the desktop.
  std::function<std::string(const std::string& name, const std::string& mime, const std::string& text)> save_text;
  // The clipboard.
  std::function<std::string(const std::string& text, const std::string& what)> copy_text;
  // The lesson's link: the page copies its address with the fragment after '#'.
  std::function<std::string(const std::string& fragment)> copy_link;
  // A model file to load: the page's file picker (the desktop takes a file dropped on its window).
  std::function<std::string()> choose_model;
  // A lesson file to load: the page's file picker (the desktop takes a file dropped on its window).
  std::function<std::string()> choose_lesson;
  // Whether the page was opened as a file (file://), so a link to it opens only on this computer: Copy
  // link then offers the page itself. None on the desktop.
  std::function<bool()> page_is_file;
  // A copy of the page that opens at the lesson on screen (core/files/lesson_page.hpp), downloaded
  // under this name. The page's only.
  std::function<std::string(const std::string& name)> save_lesson_page;
};

}  // namespace fontshade::app
