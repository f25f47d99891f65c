// Runs before the Emscripten script, first of the page's scripts (web/*.js, joined into one function
// by the build: they share this scope, and add their own calls to window.fontshade). Checks for WebGL2,
// configures the Module, hands Emscripten the WebAssembly, and defines
// window.fontshade: the page's scripting API for tests and for teachers. Every call goes to the app
// (src/app/script/script_api.cpp), which checks the arguments and throws RangeError for bad ones; the
// app's list of calls (fontshade.calls()) is the one list of them.
//   fontshade.ready            a Promise, resolved once the first frame is drawn
//   fontshade.reset(seed)      start again (same data and options) with this seed
//   fontshade.step(n)          n SGD steps forward (default 1)
//   fontshade.seek(k)          to step k of those computed so far, rebuilt exactly
//   fontshade.phase(p)         phase mode at phase p ("sample", "Z1", ..., "update", or 0-12); null: off
//   fontshade.setColor(r,g,b)  pick a background colour
//   fontshade.setLanguage(l)   "en" or "es"
//   fontshade.setDigits(n)     significant digits shown for every number, 2-17 (the menu bar's slider)
//   fontshade.state()          the step in view as fontshade-cli trace prints it, plus `picked` and `phase`
//   fontshade.calls()          every call: [{name, by}], by "app" (wrapped as it is) or "page" (the page's own);
//                              a dotted name is a call on an object (fontshade.lesson.start(): web/keeping.js)
//   fontshade.layout()         where the panels are, in CSS pixels (for tests): named rectangles
//                              {x, y, w, h} ("button_step", "passes_panel", "tooltip" and the item
//                              it explains "tooltip_item", ...) and scroll positions {x, y, max_x,
//                              max_y} ("passes_scroll": the forward/backward panel)
var canvas = document.getElementById('canvas');
var status = document.getElementById('status');
// Start-up's stages, as performance marks "fontshade: ..." (bench/browser_timing.mjs prints them).
function stage(name) { if (window.performance && performance.mark) performance.mark('fontshade: ' + name); }
stage('scripts run');

// The probe is the app's own context: asked for on the app's canvas with the attributes Emscripten's
// GLFW asks for (its default hints: alpha, depth and stencil bits, no multisampling), so GLFW gets
// this same context back instead of making a second one (each took 7 to 50 ms to start).
var hasWebGL2 = false;
try {
  hasWebGL2 = !!canvas.getContext('webgl2', { alpha: true, depth: true, stencil: true, antialias: false });
} catch (e) { hasWebGL2 = false; }

var resolveReady, rejectReady;
var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });

function call(name, returnType, argTypes, args) {
  return Module.ccall(name, returnType, argTypes, args);
}

// The arguments of a call as JSON. Values JSON cannot carry would become null (NaN, Infinity) or
// vanish: they go as {"__js": "NaN"}, so the app names them ("n must be a whole number ..., not NaN")
// instead of taking a default. Trailing undefined arguments are left out, as JavaScript reads them.
function argumentsJson(args) {
  var list = Array.prototype.slice.call(args);
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return JSON.stringify(list, function (key, value) {
    if (typeof value === 'number' && !isFinite(value)) return { __js: String(value) };
    if (value === undefined && Array.isArray(this)) return { __js: 'undefined' };
    if (typeof value === 'bigint') return { __js: String(value) + 'n' };
    if (typeof value === 'function') return { __js: 'a function' };
    if (typeof value === 'symbol') return { __js: 'a symbol' };
    return value;
  });
}

// Text for the app goes in a copy on WebAssembly's heap. (Emscripten's ccall copies strings onto its
// 5 MiB stack: a 1.3-million-character string overflowed it, and every later call failed.) A call's
// arguments are at most MAX_CALL_BYTES of JSON; within that the app refuses a link or a model past its
// own limit with a message naming it, and the page reads only that much of a file (limitOf).
var MAX_CALL_BYTES = 16 * 1024 * 1024;
function onHeap(text) {
  var size = Module.lengthBytesUTF8(text) + 1;
  var at = Module._malloc(size);
  if (!at) throw new RangeError('fontshade: no memory for ' + size + ' bytes');
  Module.stringToUTF8(text, at, size);
  return at;
}
// A call into the app: its answer's value, or the error it names, thrown here.
function invoke(name, args) {
  var json = argumentsJson(args);
  var bytes = Module.lengthBytesUTF8(json);
  if (bytes > MAX_CALL_BYTES)
    throw new RangeError('fontshade.' + name + ': its arguments are ' + bytes + ' bytes of text; a call takes at most ' +
                         MAX_CALL_BYTES + ' (16 MiB)');
  var nameAt = onHeap(name), argumentsAt = 0, text;
  try {
    argumentsAt = onHeap(json);
    text = Module.UTF8ToString(call('fontshade_call', 'number', ['number', 'number'], [nameAt, argumentsAt]));
  } finally {
    Module._free(nameAt);
    if (argumentsAt) Module._free(argumentsAt);
  }
  var answer = JSON.parse(text);
  if (answer.error) throw new (answer.error === 'RangeError' ? RangeError : TypeError)(answer.message);
  return answer.value;
}
function api(name) { return function () { return invoke(name, arguments); }; }
// The most bytes the app reads of a file ({csv, model}): the page reads one byte more of a picked or
// dropped file, and the app refuses it naming its limit.
var byteLimits = null;
function limitOf(kind) {
  if (!byteLimits) byteLimits = invoke('_byteLimits', []);
  return byteLimits[kind];
}

// The page's own functions; every other call of the app's list (src/app/script/script_calls.hpp) is
// wrapped as it is, from the list the app gives (fontshade.calls()), before `ready` resolves.
window.fontshade = {
  ready: ready,
  layout: function () {
    var layout = invoke('layout', []);
    // The app works in canvas pixels; tests and pages think in CSS pixels.
    var scale = canvas.getBoundingClientRect().width / canvas.width;
    Object.keys(layout).forEach(function (key) {
      var entry = layout[key];
      Object.keys(entry).forEach(function (field) { entry[field] *= scale; });
    });
    return layout;
  }
};
// A dotted name is a call on an object: "lesson.start" is fontshade.lesson.start().
function wrapAppCalls() {
  invoke('calls', []).forEach(function (c) {
    var dot = c.name.indexOf('.');
    if (c.by === 'app' && dot > 0) {
      var group = c.name.slice(0, dot);
      window.fontshade[group] = window.fontshade[group] || {};
      window.fontshade[group][c.name.slice(dot + 1)] = api(c.name);
    } else if (c.by === 'app') {
      window.fontshade[c.name] = api(c.name);
    } else if (!(c.name in window.fontshade)) {
      console.error('fontshade: the page has no ' + c.name + '()');
    }
  });
}

if (!hasWebGL2) {
  status.textContent = '';
  document.getElementById('no-webgl2').hidden = false;
  canvas.hidden = true;
  rejectReady(new Error('WebGL2 is not available'));
}

window.Module = {
  canvas: canvas,
  noInitialRun: !hasWebGL2,
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  onRuntimeInitialized: function () { stage('main starts'); },
  // Called by the C++ side after its first frame; the calls are wrapped once that frame has returned.
  onFirstFrame: function () {
    stage('first frame drawn');
    Promise.resolve().then(function () { wrapAppCalls(); status.textContent = ''; resolveReady(window.fontshade); });
  },
  onAbort: function (what) {
    status.textContent = 'fontshade stopped / fontshade se detuvo: ' + what;
    rejectReady(new Error(String(what)));
  },
  instantiateWasm: instantiateWasm
};

// The WebAssembly is in the page gzipped, in base64 (cmake/make_page.cmake): decoded, inflated (by
// the browser where it can, else by web/inflate.js) and compiled here; Emscripten waits for `done`.
function instantiateWasm(imports, done) {
  var element = document.getElementById('fontshade-wasm');
  // The element stays: "Save the page with this lesson" copies the page as it was loaded, wasm included.
  var text = atob(element.textContent);
  var gzipped = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) gzipped[i] = text.charCodeAt(i);
  var inflated = typeof DecompressionStream === 'function'
    ? new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    : Promise.resolve().then(function () { return gunzip(gzipped); });
  inflated.then(function (bytes) { stage('wasm inflated'); return WebAssembly.instantiate(bytes, imports); })
    .then(function (result) { stage('wasm compiled'); done(result.instance, result.module); })
    .catch(function (e) { Module.onAbort('the WebAssembly did not start: ' + (e && e.message || e)); });
  return {};  // the exports come later, through done
}
canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
canvas.addEventListener('pointerdown', function () { canvas.focus(); });

// Touch. Emscripten 3.1.6's GLFW does not see where a finger is (it reads SDL's touch fields), so
// the page hands fingers to the app itself (a tap clicks, a swipe scrolls: see src/app/platform/main_web.cpp), and
// keeps the touch events from GLFW and from the browser's emulated mouse. These listeners are added
// before GLFW's.
var running = false;
ready.then(function () { running = true; }, function () {});
// Two fingers pinch: the app zooms what is under them (the 3-D view). When the second finger comes
// down the first one's touch is let go, so a pinch does not also turn the view; after a pinch nothing
// more happens until every finger is up.
var fingers = {}, pinch = null, firstFinger = null;
function finger(phase) {
  return function (e) {
    if (e.pointerType !== 'touch') return;
    e.preventDefault();
    if (!running) return;
    var rect = canvas.getBoundingClientRect();
    var x = (e.clientX - rect.left) * canvas.width / rect.width;
    var y = (e.clientY - rect.top) * canvas.height / rect.height;
    if (phase === 1 || (phase === 2 && fingers[e.pointerId])) fingers[e.pointerId] = {x: x, y: y};
    if (phase === 0) delete fingers[e.pointerId];
    var ids = Object.keys(fingers);
    if (ids.length >= 2) {
      var a = fingers[ids[0]], b = fingers[ids[1]];
      var distance = Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
      if (pinch === null && firstFinger) call('fontshade_touch', null, ['number', 'number', 'number'], [firstFinger.x, firstFinger.y, 0]);
      else if (pinch > 0 && distance > 0)
        call('fontshade_pinch', null, ['number', 'number', 'number'], [distance / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2]);
      pinch = distance;
      return;
    }
    if (pinch !== null) {
      if (ids.length === 0) { pinch = null; firstFinger = null; }
      return;
    }
    if (!e.isPrimary) return;
    firstFinger = phase === 0 ? null : {x: x, y: y};
    call('fontshade_touch', null, ['number', 'number', 'number'], [x, y, phase]);
  };
}
canvas.addEventListener('pointerdown', finger(1), true);
canvas.addEventListener('pointermove', finger(2), true);
canvas.addEventListener('pointerup', finger(0), true);
canvas.addEventListener('pointercancel', finger(0), true);
['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
  canvas.addEventListener(type, function (e) { e.preventDefault(); e.stopImmediatePropagation(); },
                          { capture: true, passive: false });
});

// The mouse wheel and trackpads. Emscripten 3.1.6's GLFW hands ImGui the browser's raw deltas (100
// for a notch in Chrome, 3 in line mode) with the browser's sign (positive: down), where ImGui
// expects notches with positive up: one notch flew to the far end, and down did nothing at the top.
// Here a notch is 100 pixels, 3 lines or a third of a page, in ImGui's sign; a trackpad's small pixel
// deltas give fractions of a notch, so it scrolls smoothly. These listeners also come before GLFW's.
function notches(delta, mode) { return mode === 1 ? delta / 3 : (mode === 2 ? delta * 3 : delta / 100); }
canvas.addEventListener('wheel', function (e) {
  e.preventDefault();
  e.stopImmediatePropagation();
  if (!running) return;
  var x = notches(e.deltaX, e.deltaMode), y = notches(e.deltaY, e.deltaMode);
  // With Shift held ImGui turns the vertical wheel sideways; some browsers already did.
  if (e.shiftKey && y === 0) { y = x; x = 0; }
  call('fontshade_wheel', null, ['number', 'number'], [-x, -y]);
}, { capture: true, passive: false });
canvas.addEventListener('mousewheel', function (e) { e.preventDefault(); e.stopImmediatePropagation(); },
                        { capture: true, passive: false });
