// The page's part for the teacher (issue 7): options, data files (picker and drop). Runs after glue.js, in its scope
// (invoke, api, canvas, ready).
//   fontshade.setOptions(o)     o: any of {lr, steps, seed, hidden, activation, cost, init, schedule, final_lr,
//                               preset, gradient, rng, trainer} (the CLI's names; numbers or text, a seed past 2^53 as text):
//                               a new run with those options on top of the current ones (undo goes back).
//                               Unknown or bad values throw a RangeError naming them. Returns options().
//   fontshade.options()         the run's options by those names, and preset ("seed", "tuned" or "custom")
//   fontshade.undoOptions()     back to the previous run's options (a new run); options(), or null
//   fontshade.loadCSV(text, n)  trains on a CSV in the book's format named n: {ok, rows, error, line, column};
//                               error is the message the Data tab shows (file, line, column, in the UI
//                               language), and a bad file leaves the data as it was
//   fontshade.data()            {source, origin, rows, distinct, dark, light, train, test}
// Files: the Data tab's "Open a CSV file..." button and the O key open the page's file input through
// Module.openFilePicker (also the page's first Tab stop: it shows when focused), and a file dropped
// anywhere on the page is loaded. (Not Ctrl+O: the browser keeps that shortcut, and a key it keeps lets
// no page open a file picker.)
// Either way the file's bytes go to the core unchanged (a UTF-16 file is named as such), a piece a call.
(function () {
  var PIECE = 32768;  // bytes a call: one character a byte, as JSON, stays far below the 5 MB stack of a call

  // Hands bytes (a Uint8Array) to the app and loads them as a CSV named `name`.
  function loadBytes(bytes, name) {
    invoke('_dataStart', []);
    for (var at = 0; at < bytes.length; at += PIECE)
      invoke('_dataPiece', [String.fromCharCode.apply(null, bytes.subarray(at, Math.min(bytes.length, at + PIECE)))]);
    return invoke('_dataLoad', [name]);
  }

  // A File from the picker or a drop: only its first bytes past the core's limit are read, so a huge
  // file is refused with the core's message without being read whole.
  function loadFile(file) {
    return ready.then(function () {
      return file.slice(0, limitOf('csv') + 1).arrayBuffer();
    }).then(function (buffer) {
      return loadBytes(new Uint8Array(buffer), file.name);
    });
  }

  // The file input: off screen until focused (keyboard users reach it with Tab, and it shows), opened
  // by the Data tab's button through Module.openFilePicker.
  var input = document.createElement('input');
  input.type = 'file';
  input.id = 'csv-file';
  input.accept = '.csv,text/csv,text/plain';
  input.setAttribute('aria-label', 'CSV file / archivo CSV');
  input.style.cssText = 'position:fixed;left:8px;top:-200px;z-index:10;background:#1e1f24;color:#fff;' +
                        'padding:6px;border:2px solid #f0c850;font:14px sans-serif';
  input.addEventListener('focus', function () { input.style.top = '8px'; });
  input.addEventListener('blur', function () { input.style.top = '-200px'; });
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (file) loadFile(file).then(null, function (e) { console.warn('fontshade: ' + e); });
    input.value = '';  // the same file again is a change too
  });
  // First in the page's tab order: the canvas keeps Tab for itself (Emscripten's GLFW), so from the
  // page's start Tab reaches the picker, then the app.
  document.body.insertBefore(input, document.body.firstChild);
  Module.openFilePicker = function () { input.click(); };
  // The O key opens it too: the app's key table (src/app/state/keys.cpp) has it, and the app opens the
  // picker from the key's own event (a page may open a file picker only while a key press is that recent).

  // Dropping a file anywhere on the page. The app dims itself and says where to drop while one is over it.
  function hasFiles(e) {
    var types = e.dataTransfer && e.dataTransfer.types;
    return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
  }
  var over = 0;  // dragenter/dragleave pairs: children of the page send their own
  function dragging(on) { ready.then(function () { invoke('_dragOver', [on]); }, function () {}); }
  document.addEventListener('dragenter', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (over++ === 0) dragging(true);
  });
  document.addEventListener('dragover', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', function (e) {
    if (!hasFiles(e)) return;
    if (--over <= 0) { over = 0; dragging(false); }
  });
  document.addEventListener('drop', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    over = 0;
    dragging(false);
    var file = e.dataTransfer.files && e.dataTransfer.files[0];
    // A model file (JSON) is keeping.js's to load; every other file is read as data.
    if (file && (/\.json$/i.test(file.name) || file.type === 'application/json')) return;
    if (file) loadFile(file).then(null, function (err) { console.warn('fontshade: ' + err); });
  });

  // The page's own; the other calls above are the app's, wrapped from its list.
  Object.assign(window.fontshade, {
    loadCSV: function (text, name) {
      if (typeof text !== 'string') throw new TypeError('loadCSV takes the file\'s text (a string) and its name');
      return loadBytes(new TextEncoder().encode(text), name === undefined ? 'data.csv' : String(name));
    }
  });
})();
