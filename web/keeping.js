// The page's part for keeping and sharing (issue 8). Runs after glue.js, in its scope (invoke, api,
// canvas, ready). window.fontshade's calls for it (link() is the page's, the others the app's:
// src/app/script/calls_keep_share.cpp):
//   fontshade.link()                 the page's full address with the lesson after '#' (options, data,
//                                    seed, step, phase, colour, language, projector): it opens this screen
//   fontshade.lessonPage()           this page's HTML with the lesson on screen in it: a copy that opens at
//                                    this lesson from any folder (Copy link's "Save the page with this lesson")
//   fontshade.openLink(fragment)     {ok, error, pending}: a lesson (the part after '#'); a bad one opens the
//                                    defaults and says what was wrong, on the screen; pending: its step is
//                                    far, and the page rebuilds its run a frame's work at a time (reaching())
//   fontshade.saveModel()            the model file (fontshade-cli's format, version 2) of the step in view
//   fontshade.loadModel(text)        {ok, error, pending}: the model's run on the screen; a bad file changes
//                                    nothing; pending as for openLink (notice() then says how it ended)
//   fontshade.reaching()             null, or the far link's or model's run being rebuilt: {kind, step,
//                                    target, seconds}
//   fontshade.cancelReach()          stops it, and the screen stays as it was
//   fontshade.setProjector(on)       projector mode (key P)
//   fontshade.exportStep(format)     the step in view: 'json' (its trace line), 'markdown' or 'latex'
//   fontshade.exportSteps(a, b)      steps a..b as JSON lines (computed so far, at most 10,000)
//   fontshade.exportCurves()         the training curves as CSV
//   fontshade.liveText()             the sentence the screen reader's live region holds
//   fontshade.settings()             {lang, digits, projector}, remembered in localStorage
//   fontshade.notice()               the message on the screen {text, problem}, or null
//   fontshade.lesson.start(), .stop(), .scene(), .next(), .back(), .go(k), .answer(i), .reveal(),
//                                    .load(text), .export(), .addScene(): the guided lesson
//                                    (src/app/script/calls_lesson.cpp)
// The page also: speaks the browser's language (Spanish for es-*) unless the remembered settings or the
// lesson say otherwise; opens the lesson in its address when it loads (else the one a saved lesson page
// holds in its <meta name="fontshade-lesson">, else the remembered settings; on the first visit, with
// none of them, the guided lesson), keeps the
// address up to date as the view changes (history.replaceState, at most twice a second), saves files
// (downloads), copies to the clipboard, loads a model from the file picker or a file dropped on the page,
// saves a PNG of the canvas, and keeps a text mirror of the lesson for screen readers (#live).
var SETTINGS_KEY = 'fontshade.settings';
var liveRegion = document.getElementById('live');
var modelPicker = document.getElementById('model-file');
var lessonPicker = document.getElementById('lesson-file');

function pageAddress(fragment) { return location.href.split('#')[0] + '#' + fragment; }

// The language the browser asks for: the first of its languages that fontshade speaks (Spanish for
// es-*), else English.
function browserLanguage() {
  var asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (var i = 0; i < asked.length; ++i) {
    var code = String(asked[i]).toLowerCase();
    if (code === 'es' || code.indexOf('es-') === 0) return 'es';
    if (code === 'en' || code.indexOf('en-') === 0) return 'en';
  }
  return 'en';
}

// The page as it was loaded, before the app drew into it: copies that open at a lesson are made of it.
var loadedHtml = null;
document.addEventListener('DOMContentLoaded', function () { loadedHtml = document.documentElement.outerHTML; });
function lessonPage() { return invoke('_lessonPage', [loadedHtml || document.documentElement.outerHTML]); }
// The lesson a saved lesson page holds ('' in the page as built).
function savedLesson() {
  var meta = document.querySelector('meta[name="fontshade-lesson"]');
  return meta ? meta.getAttribute('content') || '' : '';
}

function readSettings() {
  try { return JSON.parse(localStorage.getItem(SETTINGS_KEY) || 'null'); } catch (e) { return null; }
}
function writeSettings(settings) {
  try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch (e) { /* private mode: nothing kept */ }
}

// A file for the reader: an <a download> on a Blob's address.
function download(name, blob) {
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 10000);
}

// The clipboard: the asynchronous API where the browser allows it, else a selected textarea and
// execCommand('copy') (older browsers, some file:// pages). The app is told when neither works.
function copyText(text) {
  function fallback() {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    area.remove();
    canvas.focus();
    if (!copied) invoke('_pageNotice', ['clipboard']);
  }
  window.fontshade.lastCopied = text;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
  else fallback();
}

function loadModelText(text) { return invoke('loadModel', [text]); }
// A JSON file chosen or dropped: the app tells a guided lesson's from a model's. Only its first bytes
// past the larger limit (a model's) are read: one more is enough for the app to refuse it with its
// message, which names the limit.
function loadModelFile(file) {
  file.slice(0, limitOf('model') + 1).text().then(function (text) { invoke('_openJsonFile', [text, file.name]); },
                                                  function () { invoke('_pageNotice', ['file']); });
}

Module.fontshadeSave = function (name, mime, text) { download(name, new Blob([text], { type: mime })); };
Module.fontshadeCopy = copyText;
Module.fontshadeCopyLink = function (fragment) { copyText(pageAddress(fragment)); };
// Called from the app's frame: the page is built and downloaded once the frame is over.
Module.fontshadeSaveLessonPage = function (name) {
  setTimeout(function () { download(name, new Blob([lessonPage()], { type: 'text/html' })); }, 0);
};
Module.fontshadeChooseModel = function () { modelPicker.value = ''; modelPicker.click(); };
Module.fontshadeChooseLesson = function () { lessonPicker.value = ''; lessonPicker.click(); };
// Called right after a frame is drawn: the canvas still holds it.
Module.fontshadeSaveCanvas = function (name) { canvas.toBlob(function (blob) { if (blob) download(name, blob); }, 'image/png'); };

modelPicker.addEventListener('change', function () {
  if (modelPicker.files && modelPicker.files[0]) loadModelFile(modelPicker.files[0]);
  canvas.focus();
});
lessonPicker.addEventListener('change', function () {
  if (lessonPicker.files && lessonPicker.files[0]) loadModelFile(lessonPicker.files[0]);
  canvas.focus();
});
// A model file dropped on the page (a JSON file; other files are left to the other parts' handlers).
function isModelFile(file) { return /\.json$/i.test(file.name) || file.type === 'application/json'; }
window.addEventListener('dragover', function (e) { e.preventDefault(); });
window.addEventListener('drop', function (e) {
  e.preventDefault();
  var files = e.dataTransfer && e.dataTransfer.files;
  if (files && files.length && isModelFile(files[0])) loadModelFile(files[0]);
});

// The page's own; the other calls above are the app's, wrapped from its list.
Object.assign(window.fontshade, {
  link: function () { return pageAddress(invoke('_lessonLink', []).fragment); },
  lessonPage: lessonPage,
  lastCopied: null  // the text last copied to the clipboard (for tests: headless pages cannot read it)
});

// The address follows the view (without a history entry per change); the remembered settings follow
// the menu bar; the live region follows the lesson, at most once a second so a reader is not flooded
// while training runs.
var shownFragment = null, savedSettings = null, spoken = '', spokenAt = 0;
function follow() {
  var link = invoke('_lessonLink', []);
  // A fresh page keeps its bare address until something differs from the defaults.
  if (link.fragment !== shownFragment && (location.hash !== '' || link.fragment !== 'v=1')) {
    history.replaceState(history.state, '', '#' + link.fragment);
  }
  shownFragment = link.fragment;
  // The language is remembered only when it is not the browser's, so the browser's still decides for a
  // reader who never chose.
  var current = invoke('settings', []);
  if (current.lang === browserLanguage()) delete current.lang;
  var settings = JSON.stringify(current);
  if (settings !== savedSettings) { writeSettings(current); savedSettings = settings; }
  var text = invoke('liveText', []);
  var now = Date.now();
  if (text !== spoken && now - spokenAt >= 1000) { liveRegion.textContent = text; spoken = text; spokenAt = now; }
}

ready.then(function () {
  // The browser's language, then the remembered settings: a link's own language and projector mode
  // then win over them, and a link that cannot be opened leaves them (its message in the link's
  // language if it names one, else in the language on screen).
  invoke('setLanguage', [browserLanguage()]);
  var saved = readSettings();
  if (saved) {
    if (typeof saved.digits === 'number') { try { invoke('setDigits', [saved.digits]); } catch (e) { /* out of range: keep */ } }
    if (saved.lang === 'en' || saved.lang === 'es') invoke('setLanguage', [saved.lang]);
    if (typeof saved.projector === 'boolean') invoke('setProjector', [saved.projector]);
  }
  var hash = location.hash.replace(/^#/, '');
  var fragment = hash;
  if (hash !== '') { try { fragment = decodeURIComponent(hash); } catch (e) { fragment = hash; } }
  else fragment = savedLesson();
  if (fragment !== '') {
    invoke('openLink', [fragment]);
  } else if (!saved || saved.lesson === undefined) {
    // The first visit (no lesson in the address, nothing remembered): the guided lesson, from scene 1.
    invoke('lesson.start', []);
  } else if (typeof saved.lesson === 'number') {
    // A reader who left in the chapter's lesson comes back to that scene.
    try { invoke('lesson.go', [saved.lesson]); } catch (e) { invoke('lesson.start', []); }
  }
  shownFragment = location.hash.replace(/^#/, '') || 'v=1';
  follow();
  setInterval(follow, 500);
}, function () {});
