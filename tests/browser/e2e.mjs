// End-to-end test of fontshade's single-file web demo in Debian's Chromium (headless, SwiftShader).
//
//   node tests/browser/e2e.mjs /abs/path/dist/index.html /abs/path/build/native/fontshade-cli
//
// Opens the page from file://, drives it with real mouse clicks and key presses and through
// window.fontshade, compares its state with `fontshade-cli trace`, decodes screenshots to check the
// preview card, and keeps the screenshots in tests/browser/output/. Prints one PASS/FAIL line per
// check and "N passed, N failed"; exits 1 if any check failed (2 on bad arguments).
//
// Index of this file (search for "[SECTION]"):
//   Results: report, check, expect
//   Arguments: the page and the CLI
//   Helpers: the CLI's trace, differences, an independent A2
//   The browser: state(), layout(), calls, frames, clicks, keys, screenshots
//   Checks 1-11: loading, mouse, keyboard, determinism, setColor, language, touch, HiDPI, no WebGL2; the groups
//   Reported bugs 12-16: full screen, wheel, swipe, wide matrices, tooltips
//   The run: the harness the groups get, the whole-run checks
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { channelDistance, countDifferences, crop, decodePng, dominantColour, exactColourStats, textShadeStats } from './png_region.mjs';
import { activitiesChecks } from './activities_checks.mjs';
import { timelineChecks } from './timeline_checks.mjs';
import { teacherChecks } from './teacher_checks.mjs';
import { notebookChecks } from './notebook_checks.mjs';
import { keepingChecks } from './keeping_checks.mjs';
import { diagramChecks } from './diagram_checks.mjs';
import { hardeningChecks } from './hardening_checks.mjs';
import { lessonChecks, LESSON_PARTS } from './lesson_checks.mjs';
import { screenChecks } from './screen_checks.mjs';
import { view3dChecks } from './view3d_checks.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(HERE, 'output');
const VIEWPORT = { width: 1280, height: 800 };
const CLICK_PAUSE_MS = 180;       // >= 150 ms between mouse down, up and the next action (ImGui 1.86 has no input queue)
const KEY_HOLD_MS = 150;          // a press, not a hold: shorter than the app's key-repeat delay (500 ms)
const STEP_WAIT_MS = 8000;        // how long to wait for a click or key to show in state()
const GROUP_TIMEOUT_MS = 15 * 60 * 1000;  // a group of checks that takes longer hangs
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];

// [SECTION] Results: report, check, expect
let passed = 0, failed = 0;
function report(ok, name, details) {
  if (ok) ++passed; else ++failed;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${details ? ` -- ${details}` : ''}`);
}
function info(text) { console.log(`INFO ${text}`); }
// How long each check took: the slowest are named at the end (CI has a time budget to keep).
const durations = [];
function finish() {
  durations.sort((a, b) => b.seconds - a.seconds);
  info(`slowest checks: ${durations.slice(0, 10).map(d => `${d.name.split(' ')[0]} ${d.seconds.toFixed(0)} s`).join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
// Runs one check: fn returns a details string (or nothing) on success and throws on failure.
async function check(name, fn) {
  const started = Date.now();
  try {
    const details = await fn();
    report(true, name, details);
    return true;
  } catch (e) {
    report(false, name, e && e.message ? e.message : String(e));
    return false;
  } finally {
    durations.push({ name, seconds: (Date.now() - started) / 1000 });
  }
}
class CheckFailed extends Error {}
function expect(condition, message) { if (!condition) throw new CheckFailed(message); }

// [SECTION] Arguments: the page and the CLI
const [pageArg, cliArg] = process.argv.slice(2);
if (!pageArg || !cliArg) {
  console.error('usage: node tests/browser/e2e.mjs /abs/path/dist/index.html /abs/path/to/fontshade-cli');
  process.exit(2);
}
const pagePath = isAbsolute(pageArg) ? pageArg : resolve(pageArg);
const cliPath = isAbsolute(cliArg) ? cliArg : resolve(cliArg);
for (const [what, p] of [['page', pagePath], ['CLI', cliPath]]) {
  if (!existsSync(p)) {
    console.error(`${what} not found: ${p}`);
    process.exit(2);
  }
}
const pageUrl = pathToFileURL(pagePath).href;
mkdirSync(OUTPUT, { recursive: true });
// Screenshots from an earlier run must not pass for this run's.
for (const f of readdirSync(OUTPUT)) if (f.endsWith('.png')) unlinkSync(join(OUTPUT, f));

function fingerprint(p) {
  const s = statSync(p);
  const sha = createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16);
  return `${p} (${s.size} bytes, modified ${s.mtime.toISOString()}, sha256 ${sha}...)`;
}
info(`page ${fingerprint(pagePath)}`);
info(`cli  ${fingerprint(cliPath)}`);

// A hang ends the run with a failure. Each group of checks has its own fifteen minutes (armed by want()
// as the group starts): the whole run grows with its groups, and a slow machine must not fail it.
let watchdog = null;
function armWatchdog(group) {
  if (watchdog) clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    report(false, 'watchdog', `the ${group} checks took longer than ${GROUP_TIMEOUT_MS / 1000} s; giving up`);
    finish();
    process.exit(1);
  }, GROUP_TIMEOUT_MS);
  watchdog.unref();
}
armWatchdog('start-up');

// [SECTION] Helpers: the CLI's trace, differences, an independent A2
const sleep = ms => new Promise(r => setTimeout(r, ms));
const hex = rgb => '#' + rgb.map(v => v.toString(16).padStart(2, '0')).join('');

// `extra`: more of the CLI's options (['--hidden', '5', ...]).
function cliTrace(seed, steps, extra = []) {
  const out = execFileSync(cliPath, ['trace', '--seed', String(seed), '--steps', String(steps), ...extra],
                           { encoding: 'utf8', maxBuffer: 256 << 20 });
  return out.split('\n').filter(line => line.trim() !== '');
}

// Every difference between a (expected, from the CLI) and b (the page), as "path: a vs b".
function differences(a, b, path = '', out = []) {
  if (out.length >= 8) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    if (!(a === b || (Number.isNaN(a) && Number.isNaN(b)))) out.push(`${path}: cli ${a} vs page ${b}`);
  } else if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) out.push(`${path}: cli ${JSON.stringify(a)} vs page ${JSON.stringify(b)}`);
    else a.forEach((v, i) => differences(v, b[i], `${path}[${i}]`, out));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of Object.keys(a)) {
      if (!(key in b)) out.push(`${path}.${key}: missing on the page`);
      else differences(a[key], b[key], `${path}.${key}`, out);
    }
  } else if (a !== b) {
    out.push(`${path}: cli ${JSON.stringify(a)} vs page ${JSON.stringify(b)}`);
  }
  return out;
}

// The network's output for one colour from the parameters state() reports (the chapter's 3-3-1
// ReLU network): an independent recomputation of picked.A2.
function forwardA2(params, rgb) {
  const X = rgb.map(v => v / 255);
  const A1 = params.w_hidden.map((row, i) => Math.max(0, row[0] * X[0] + row[1] * X[1] + row[2] * X[2] + params.b_hidden[i]));
  const Z2 = params.w_output[0].reduce((s, w, i) => s + w * A1[i], 0) + params.b_output;
  return 1 / (1 + Math.exp(-Z2));
}

// [SECTION] The browser: state(), layout(), calls, frames, clicks, keys, screenshots
const requests = [];      // anything other than the page itself and data: URLs
const pageErrors = [];
const consoleErrors = [];
let browser, page;

async function state() { return JSON.parse(await page.evaluate(() => JSON.stringify(window.fontshade.state()))); }
async function layout() { return page.evaluate(() => window.fontshade.layout()); }
async function api(fn, ...args) { return page.evaluate(([fn, args]) => window.fontshade[fn](...args), [fn, args]); }
// Waits for n animation frames of the page (the app draws once per requestAnimationFrame).
async function frames(n) {
  await page.evaluate(n => new Promise(done => {
    let k = 0;
    const tick = () => { if (++k >= n) done(); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }), n);
}
async function stepNow() { return (await state()).step; }
// Polls state().step until it differs from `from`; returns the new step or throws on timeout.
async function waitForStepChange(from, what, timeout = STEP_WAIT_MS) {
  const t0 = Date.now();
  for (;;) {
    const s = await stepNow();
    if (s !== from) return s;
    if (Date.now() - t0 > timeout) throw new CheckFailed(`${what}: state().step stayed ${from} for ${timeout} ms`);
    await sleep(50);
  }
}
// Waits until the step has not changed for `quiet` ms (e.g. after pausing); returns it.
async function waitForStepToSettle(quiet = 600, timeout = STEP_WAIT_MS) {
  const t0 = Date.now();
  let last = await stepNow(), since = Date.now();
  for (;;) {
    await sleep(100);
    const s = await stepNow();
    if (s !== last) { last = s; since = Date.now(); }
    if (Date.now() - since >= quiet) return last;
    if (Date.now() - t0 > timeout) throw new CheckFailed(`the step never settled within ${timeout} ms (last ${last})`);
  }
}
async function centreOf(name) {
  const r = (await layout())[name];
  if (!r) throw new CheckFailed(`layout() has no "${name}"`);
  const v = page.viewportSize();
  expect(r.w > 0 && r.h > 0 && r.x >= 0 && r.y >= 0 && r.x + r.w <= v.width && r.y + r.h <= v.height,
    `layout().${name} ${JSON.stringify(r)} is empty or outside the ${v.width}x${v.height} page`);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}
// Check 2's record: what a page fetched besides itself. Opening a document (the page, or a copy of it
// the checks saved, such as a lesson page) is a navigation, not a fetch.
function noteRequest(r) {
  const url = r.url();
  if (!r.isNavigationRequest() && url !== pageUrl && !url.startsWith('data:')) requests.push(url);
}
// Runs fn with `page` set to a fresh, ready page in a new browser context with these options.
async function inContext(options, fn) {
  const context = await browser.newContext(options);
  context.on('request', noteRequest);
  const fresh = await context.newPage();
  fresh.on('pageerror', e => pageErrors.push(e.message));
  fresh.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const previous = page;
  page = fresh;
  try {
    await page.goto(pageUrl);
    await page.evaluate(() => window.fontshade.ready);
    await page.evaluate(() => window.fontshade.lesson.stop());  // a first visit opens the guided lesson: these checks are the workbench's
    await frames(3);
    return await fn(context);
  } finally {
    page = previous;
    await context.close();
  }
}
const inside = (r, box, slack = 0) => r && r.x >= box.x - slack && r.y >= box.y - slack &&
  r.x + r.w <= box.x + box.w + slack && r.y + r.h <= box.y + box.h + slack;
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const rect = r => r ? `{x ${r.x.toFixed(1)}, y ${r.y.toFixed(1)}, w ${r.w.toFixed(1)}, h ${r.h.toFixed(1)}}` : 'none';
async function clickAt({ x, y }) {
  await page.mouse.move(x, y);
  await sleep(CLICK_PAUSE_MS);
  await page.mouse.down();
  await sleep(CLICK_PAUSE_MS);
  await page.mouse.up();
  await sleep(CLICK_PAUSE_MS);
}
async function clickButton(name) { await clickAt(await centreOf(name)); }
// Somewhere with nothing to hover (the empty middle of the menu bar), so no tooltip covers a panel.
async function parkMouse() {
  const l = await layout();
  const x = l.language_en ? Math.min(800, l.language_en.x - 250) : 800;
  await page.mouse.move(x, 12);
  await sleep(CLICK_PAUSE_MS);
}
// A key pressed and let go; then two frames, so the app has acted on it (a press is an event it takes
// at its next frame, however slow the frames).
async function pressKey(key) {
  await page.keyboard.down(key);
  await sleep(KEY_HOLD_MS);
  await page.keyboard.up(key);
  await sleep(CLICK_PAUSE_MS);
  await frames(2);
}
async function screenshot(file, clip) {
  const buffer = await page.screenshot(clip ? { clip } : {});
  writeFileSync(join(OUTPUT, file), buffer);
  return decodePng(buffer);
}
// Screenshot pixels per CSS pixel (1 at deviceScaleFactor 1).
let pixelScale = 1;

// [SECTION] Checks 1-11: loading, mouse, keyboard, determinism, setColor, language, touch, HiDPI, no WebGL2; the groups
async function main() {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60000 });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  context.on('request', noteRequest);
  page = await context.newPage();
  page.on('pageerror', e => pageErrors.push(e.message));
  page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.setDefaultTimeout(60000);

  // 1. Load from file:// and wait for fontshade.ready.
  const loaded = await check('1 page loads from file:// and fontshade.ready resolves', async () => {
    const t0 = Date.now();
    await page.goto(pageUrl, { waitUntil: 'commit', timeout: 60000 });
    // (a boolean: waitForFunction would wait for a returned Promise itself)
    await page.waitForFunction(() => !!(window.fontshade && window.fontshade.ready), null, { timeout: 60000 })
      .catch(() => { throw new CheckFailed('window.fontshade.ready never appeared (60 s)'); });
    const inPage = await page.evaluate(() => Promise.race([
      window.fontshade.ready.then(() => ({ ok: true, at: performance.now() }), e => ({ ok: false, why: String(e && e.message || e) })),
      new Promise(r => setTimeout(() => r({ ok: false, why: 'not ready after 60 s' }), 60000))
    ]));
    const wall = Date.now() - t0;
    expect(inPage.ok, `fontshade.ready did not resolve: ${inPage.why}`);
    // The first visit opens the guided lesson, and the address says so (the lesson group checks the rest).
    expect(page.url() === pageUrl + '#lesson=chapter', `the page is at ${page.url()}, not ${pageUrl}#lesson=chapter`);
    return `ready ${wall} ms after navigation started (test clock); performance.now() at ready ${inPage.at.toFixed(0)} ms`;
  });
  if (!loaded) {
    for (const n of ['3 mouse', '4 keyboard', '5 determinism', '6 setColor', '7 language', '8 screenshots'])
      report(false, `${n} not run`, 'the page never became ready');
    return;
  }
  // The first visit opens the guided lesson (checked in the lesson group); the checks below are the workbench's.
  await page.evaluate(() => window.fontshade.lesson.stop());
  await frames(2);
  const shot0 = await page.screenshot();
  pixelScale = decodePng(shot0).width / VIEWPORT.width;
  writeFileSync(join(OUTPUT, '00-loaded.png'), shot0);
  const fps = await page.evaluate(() => new Promise(done => {
    let k = 0; const t0 = performance.now();
    const tick = () => { ++k; if (performance.now() - t0 >= 1000) done(k * 1000 / (performance.now() - t0)); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }));
  info(`about ${fps.toFixed(1)} frames per second`);

  // FONTSHADE_E2E_ONLY=teacher,keeping (a developer's shortcut) runs only those groups of checks:
  // core, bugs, timeline, activities, teacher, keeping, diagram, hardening, notebook, screen, view3d, lesson. Unset, all of them run.
  // The preview's colours and the run's stages of check 6 (check 8b lists their screenshots).
  const colours = [[34, 119, 211], [250, 250, 210], [20, 20, 20]];
  const stages = [
    { name: 'trained', steps: 100000, note: 'reset(1); step(100000)' },
    { name: 'mid', steps: 250, note: 'reset(1); step(250)' },
    { name: 'early', steps: 100, note: 'reset(1); step(100)' }
  ];
  const only = (process.env.FONTSHADE_E2E_ONLY || '').split(',').filter(Boolean);
  const want = group => {
    const wanted = only.length === 0 || only.includes(group);
    if (wanted) armWatchdog(group);
    return wanted;
  };
  if (only.length) info(`only the checks of: ${only.join(', ')}`);
  if (want('core')) {
  // The JS API is one list (src/app/script/script_calls.hpp): the page wraps the app's calls from it.
  await check('1a window.fontshade has exactly the calls of the app\'s list, functions where they are calls', async () => {
    // A dotted name is a call on an object (fontshade.lesson.start): its object's keys, dotted.
    const { keys, calls, types } = await page.evaluate(() => {
      const entries = [];
      for (const [k, v] of Object.entries(window.fontshade)) {
        if (v && typeof v === 'object' && !(v instanceof Promise)) for (const [k2, v2] of Object.entries(v)) entries.push([k + '.' + k2, v2]);
        else entries.push([k, v]);
      }
      return { keys: entries.map(([k]) => k).sort(), calls: window.fontshade.calls(),
               types: Object.fromEntries(entries.map(([k, v]) => [k, typeof v])) };
    });
    const listed = calls.map(c => c.name).sort();
    const problems = [];
    if (JSON.stringify(keys) !== JSON.stringify(listed))
      problems.push(`on the page but not listed: ${keys.filter(k => !listed.includes(k)).join(', ') || 'none'}; ` +
                    `listed but not on the page: ${listed.filter(k => !keys.includes(k)).join(', ') || 'none'}`);
    for (const c of calls)
      if (!['ready', 'lastCopied'].includes(c.name) && types[c.name] !== 'function') problems.push(`${c.name} is a ${types[c.name]}`);
    const byPage = calls.filter(c => c.by === 'page').map(c => c.name).sort();
    expect(problems.length === 0, problems.join(' | '));
    return `${calls.length} calls, the page's own: ${byPage.join(', ')}`;
  });
  // The layout rectangles the interactive checks rely on.
  await check('1b layout() has the named rectangles inside the page', async () => {
    const l = await layout();
    const names = ['button_reset', 'button_step', 'button_step10', 'button_run', 'step_counter', 'preview_card', 'preview_text'];
    // The rest are not used here: reported, not checked.
    for (const [name, r] of Object.entries(l))
      if (!names.includes(name) && 'w' in r && !(r.x >= 0 && r.y >= 0 && r.x + r.w <= VIEWPORT.width && r.y + r.h <= VIEWPORT.height))
        info(`layout().${name} ${JSON.stringify(r)} reaches outside the ${VIEWPORT.width}x${VIEWPORT.height} page`);
    const bad = [];
    for (const name of names) {
      const r = l[name];
      if (!r) { bad.push(`${name} missing`); continue; }
      if (!(r.w > 0 && r.h > 0 && r.x >= 0 && r.y >= 0 && r.x + r.w <= VIEWPORT.width && r.y + r.h <= VIEWPORT.height))
        bad.push(`${name} ${JSON.stringify(r)} is empty or reaches outside the ${VIEWPORT.width}x${VIEWPORT.height} page`);
    }
    const t = l.preview_text, c = l.preview_card;
    if (t && c && !(t.x >= c.x && t.y >= c.y && t.x + t.w <= c.x + c.w && t.y + t.h <= c.y + c.h))
      bad.push(`preview_text ${JSON.stringify(t)} is not inside preview_card ${JSON.stringify(c)}`);
    expect(bad.length === 0, bad.join('; '));
    return `${Object.keys(l).length} rectangles`;
  });

  // 3. Real mouse clicks.
  await api('reset', 1);
  await frames(3);
  await check('3a mouse: clicking button_step advances the step by 1', async () => {
    const before = await stepNow();
    expect(before === 0, `after reset(1) the step is ${before}, not 0`);
    await clickButton('button_step');
    const after = await waitForStepChange(before, 'click on button_step');
    await sleep(500);
    const settled = await stepNow();
    expect(after === before + 1 && settled === before + 1, `step went ${before} -> ${after} -> ${settled} (expected ${before + 1})`);
    return `${before} -> ${settled}`;
  });
  await check('3b mouse: clicking button_step10 advances the step by 10', async () => {
    const before = await stepNow();
    await clickButton('button_step10');
    const after = await waitForStepChange(before, 'click on button_step10');
    await sleep(500);
    const settled = await stepNow();
    expect(after === before + 10 && settled === before + 10, `step went ${before} -> ${after} -> ${settled} (expected ${before + 10})`);
    return `${before} -> ${settled}`;
  });
  await check('3c mouse: button_run starts running, clicking it again pauses', async () => {
    const before = await stepNow();
    await clickButton('button_run');
    const first = await waitForStepChange(before, 'click on button_run');
    const samples = [first];
    for (let i = 0; i < 3; ++i) { await sleep(500); samples.push(await stepNow()); }
    const increasing = samples.every((s, i) => i === 0 || s > samples[i - 1]);
    expect(increasing, `while running the step did not keep increasing: ${[before, ...samples].join(', ')} (sampled every 0.5 s)`);
    await clickButton('button_run');  // now labelled Pause
    const paused = await waitForStepToSettle(700);
    await sleep(1500);
    const later = await stepNow();
    expect(later === paused, `after the second click the step still moved: ${paused} -> ${later} in 1.5 s`);
    return `running: ${[before, ...samples].join(' -> ')}; paused at ${paused}, still ${later} 1.5 s later`;
  });

  // 4. Keyboard.
  await check('4a keyboard: Space advances by 1', async () => {
    // Focus the canvas: a click on an empty spot of the menu bar (the page also focuses the canvas
    // on pointerdown), then make sure.
    const l = await layout();
    await clickAt({ x: Math.min(800, (l.language_en ? l.language_en.x : 1000) - 250), y: 12 });
    await page.evaluate(() => document.getElementById('canvas').focus());
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    expect(focused === 'canvas', `the canvas is not focused (active element: ${focused})`);
    const before = await stepNow();
    await pressKey('Space');
    const after = await waitForStepChange(before, 'Space');
    await sleep(500);
    const settled = await stepNow();
    expect(after === before + 1 && settled === before + 1, `step went ${before} -> ${after} -> ${settled} (expected ${before + 1})`);
    return `${before} -> ${settled}`;
  });
  await check('4b keyboard: Shift+ArrowRight advances by 10', async () => {
    const before = await stepNow();
    await page.keyboard.down('Shift');
    await pressKey('ArrowRight');
    await page.keyboard.up('Shift');
    const after = await waitForStepChange(before, 'Shift+ArrowRight');
    await sleep(500);
    const settled = await stepNow();
    expect(after === before + 10 && settled === before + 10, `step went ${before} -> ${after} -> ${settled} (expected ${before + 10})`);
    return `${before} -> ${settled}`;
  });
  await check('4c keyboard: Enter starts running, Enter again pauses', async () => {
    const before = await stepNow();
    await pressKey('Enter');
    const first = await waitForStepChange(before, 'Enter');
    await sleep(1000);
    const running = await stepNow();
    expect(running > first, `after Enter the step did not keep increasing: ${before}, ${first}, ${running}`);
    await pressKey('Enter');
    const paused = await waitForStepToSettle(700);
    await sleep(1500);
    const later = await stepNow();
    expect(later === paused, `after the second Enter the step still moved: ${paused} -> ${later} in 1.5 s`);
    return `running: ${before} -> ${first} -> ${running}; paused at ${paused}, still ${later} 1.5 s later`;
  });
  await check('4d keyboard: R resets to step 0 (seed field 1)', async () => {
    const initial = await state();
    expect(initial.step > 0, `nothing to reset: the step is already ${initial.step}`);
    await pressKey('r');
    const after = await waitForStepChange(initial.step, 'R');
    await sleep(300);
    const s = await state();
    expect(after === 0 && s.step === 0, `after R the step is ${s.step}`);
    // Step 0 of seed 1 has the starting parameters of `trace --seed 1` step 1.
    const first = JSON.parse(cliTrace(1, 1)[0]);
    const diffs = ['w_hidden', 'b_hidden', 'w_output', 'b_output'].flatMap(k => differences(first[k], s[k], k));
    expect(diffs.length === 0, `after R the parameters are not seed 1's starting ones: ${diffs.join('; ')}`);
    return `${initial.step} -> 0, parameters = seed 1's starting weights`;
  });

  // 5. Determinism against the CLI.
  for (const seed of [1, 7]) {
    for (const n of [1, 250]) {
      await check(`5 determinism: reset(${seed}); step(${n}) equals line ${n} of trace --seed ${seed} --steps ${n}`, async () => {
        const lines = cliTrace(seed, n);
        expect(lines.length === n, `the CLI printed ${lines.length} lines, not ${n}`);
        const expected = JSON.parse(lines[n - 1]);
        const text = await page.evaluate(([seed, n]) => {
          window.fontshade.reset(seed);
          window.fontshade.step(n);
          return JSON.stringify(window.fontshade.state());
        }, [seed, n]);
        const actual = JSON.parse(text);
        const diffs = differences(expected, actual, 'state');
        const extra = Object.keys(actual).filter(k => !(k in expected) && k !== 'picked' && k !== 'phase');
        if (actual.phase !== null) diffs.push(`phase is ${actual.phase}, not null outside phase mode`);
        if (extra.length) diffs.push(`keys only on the page: ${extra.join(', ')}`);
        expect(diffs.length === 0, diffs.join('; '));
        // picked: the colour, A2 recomputed from the parameters after the step, and the shade.
        const p = actual.picked;
        expect(p && typeof p === 'object', 'state() has no "picked"');
        expect(/^#[0-9a-f]{6}$/.test(p.color), `picked.color ${JSON.stringify(p.color)} is not #rrggbb`);
        const rgb = [1, 3, 5].map(i => parseInt(p.color.slice(i, i + 2), 16));
        const a2 = forwardA2(actual.after, rgb);
        expect(typeof p.A2 === 'number' && Math.abs(p.A2 - a2) <= 1e-12, `picked.A2 ${p.A2} but the parameters give ${a2} for ${p.color}`);
        expect(p.shade === (p.A2 >= 0.5 ? 'dark' : 'light'), `picked.shade ${p.shade} with A2 ${p.A2}`);
        return `${Object.keys(expected).length} keys equal; picked ${p.color} A2 ${p.A2.toPrecision(6)} ${p.shade}`;
      });
    }
  }

  // 6. setColor: the preview card and its sentence, on screenshots.
  const shadesSeen = new Set();
  for (const stage of stages) {
    await page.evaluate(n => { window.fontshade.reset(1); window.fontshade.step(n); }, stage.steps);
    await parkMouse();
    await frames(3);
    if (stage.name === 'trained') {
      await check('8a screenshot after training', async () => {
        const img = await screenshot('01-trained.png');
        const s = await state();
        expect(s.step === 100000, `the step is ${s.step}, not 100000`);
        expect(img.width > 0, 'empty screenshot');
        return `output/01-trained.png (${img.width}x${img.height}) at step ${s.step}`;
      });
    }
    for (const rgb of colours) {
      const name = `6 ${stage.name} (${stage.note}): setColor(${rgb.join(',')})`;
      await check(name, async () => {
        await api('setColor', ...rgb);
        await frames(3);
        const s = await state();
        const p = s.picked;
        const problems = [];
        if (p.color !== hex(rgb)) problems.push(`picked.color ${p.color}, expected ${hex(rgb)}`);
        if (p.shade !== (p.A2 >= 0.5 ? 'dark' : 'light')) problems.push(`picked.shade ${p.shade} with A2 ${p.A2}`);
        const a2 = forwardA2(s.after, rgb);
        if (!(Math.abs(p.A2 - a2) <= 1e-12)) problems.push(`picked.A2 ${p.A2} but the parameters give ${a2}`);
        // A trained network should agree with the luma rule on the clear cases.
        if (stage.name === 'trained') {
          const luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
          const rule = luma >= 127.5 ? 'dark' : 'light';
          if (Math.abs(luma - 127.5) > 60 && p.shade !== rule) problems.push(`after 100,000 steps the network says ${p.shade} for luma ${luma.toFixed(1)}`);
        }
        shadesSeen.add(p.shade);

        const file = `02-${stage.name}-${hex(rgb).slice(1)}-${p.shade}.png`;
        const img = await screenshot(file);
        const l = await layout();
        const card = l.preview_card, text = l.preview_text;
        if (!card || !text) throw new CheckFailed(`layout() lacks preview_card or preview_text; ${problems.join('; ')}`);
        const k = pixelScale;
        // The card is a rounded rectangle: leave the corners out (inset 6 px).
        const inset = 6;
        const cardRegion = crop(img, (card.x + inset) * k, (card.y + inset) * k, (card.w - 2 * inset) * k, (card.h - 2 * inset) * k);
        const cardStats = exactColourStats(cardRegion, rgb);
        if (!(cardStats.fraction >= 0.6 && cardStats.longestSolidRows >= 8)) {
          const dom = dominantColour(cardRegion);
          problems.push(`preview_card: only ${(100 * cardStats.fraction).toFixed(1)} % of ${cardStats.total} pixels are exactly ${rgb.join(',')}, ` +
            `longest solid band ${cardStats.longestSolidRows} rows (most common colour there: ${dom.rgb.join(',')} x${dom.count})`);
        }
        const textRegion = crop(img, text.x * k, text.y * k, text.w * k, text.h * k);
        const shade = p.shade === 'light' ? [255, 255, 255] : [0, 0, 0];
        const t = textShadeStats(textRegion, rgb, shade);
        const enoughInk = t.textLike >= 100 && t.textLike >= 0.05 * t.total;
        if (!enoughInk) problems.push(`preview_text: only ${t.textLike} of ${t.total} pixels look like text`);
        else {
          if (!(t.nearShade > 0.5 * t.textLike)) problems.push(`preview_text: only ${t.nearShade} of ${t.textLike} text pixels are near ${p.shade === 'light' ? 'white' : 'black'} (mean ${t.mean})`);
          if (!(t.nearOther <= 0.05 * t.textLike)) problems.push(`preview_text: ${t.nearOther} of ${t.textLike} text pixels are near ${p.shade === 'light' ? 'black' : 'white'}, the other shade`);
        }
        // The text colour is exactly white or black somewhere (the sentence is drawn in pure shades).
        const pure = countExact(textRegion, shade);
        if (pure < 20) problems.push(`preview_text: only ${pure} pixels are exactly ${shade.join(',')}`);
        expect(problems.length === 0, problems.join('; '));
        return `${p.color} A2 ${p.A2.toPrecision(4)} ${p.shade}; card ${(100 * cardStats.fraction).toFixed(1)} % exact, ` +
          `solid band ${cardStats.longestSolidRows} rows; text: ${t.nearShade}/${t.textLike} near ${p.shade === 'light' ? 'white' : 'black'}, ` +
          `${t.nearOther} near the other shade, ${pure} exact; output/${file}`;
      });
    }
  }
  await check('6 both shades were drawn at least once', async () => {
    expect(shadesSeen.has('light') && shadesSeen.has('dark'), `only saw: ${[...shadesSeen].join(', ')}`);
    return [...shadesSeen].join(' and ');
  });

  // 7. Language.
  await page.evaluate(() => { window.fontshade.reset(1); window.fontshade.step(100000); window.fontshade.setColor(34, 119, 211); });
  await parkMouse();
  await frames(3);
  let panelClip = null;
  await check('7 setLanguage("es") changes the top-left panel, setLanguage("en") brings it back', async () => {
    const l = await layout();
    const right = l.button_reset ? l.button_reset.x - 8 : VIEWPORT.width * 0.27;
    const bottom = l.preview_card ? l.preview_card.y + l.preview_card.h : 400;
    panelClip = { x: 0, y: 0, width: Math.floor(right), height: Math.floor(bottom) };
    const en1 = await screenshot('03-panel-en.png', panelClip);
    await frames(3);
    const en2 = await screenshot('03-panel-en-again.png', panelClip);
    const noise = countDifferences(en1, en2);
    await api('setLanguage', 'es');
    await frames(3);
    const es = await screenshot('04-panel-es.png', panelClip);
    const full = await screenshot('04-spanish.png');
    const changed = countDifferences(en1, es);
    await api('setLanguage', 'en');
    await frames(3);
    const back = await screenshot('05-panel-en-back.png', panelClip);
    const restored = countDifferences(en1, back);
    expect(full.width > 0, 'no full screenshot');
    expect(noise === 0, `two English screenshots differ in ${noise} pixels without any change (the comparison is unreliable)`);
    expect(changed >= 200, `Spanish changed only ${changed} pixels of the ${panelClip.width}x${panelClip.height} panel`);
    expect(restored === 0, `back in English, ${restored} pixels still differ from the first English screenshot`);
    return `${changed} of ${panelClip.width * panelClip.height} pixels differ in Spanish, 0 after switching back; output/04-spanish.png`;
  });

  // 9. Touch: a tap presses a button, a finger dragged across the colour square picks a colour.
  await check('9a touch: a tap on button_step advances the step by 1', async () => {
    const touchContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, hasTouch: true });
    touchContext.on('request', noteRequest);
    const touchPage = await touchContext.newPage();
    touchPage.on('pageerror', e => pageErrors.push(e.message));
    const mousePage = page;
    page = touchPage;
    try {
      await page.goto(pageUrl);
      await page.evaluate(() => window.fontshade.ready);
      await page.evaluate(() => window.fontshade.lesson.stop());
      await api('reset', 1);
      await frames(3);
      const before = await stepNow();
      const at = await centreOf('button_step');
      await page.touchscreen.tap(at.x, at.y);
      const after = await waitForStepChange(before, 'tap on Step');
      expect(after === before + 1, `step went ${before} -> ${after}`);
      // Drag a finger down the colour square (the picker's left part) from its top to its bottom:
      // the picked colour ends near black (the square's bottom row is black).
      const picker = (await layout()).colour_picker;
      expect(picker, 'layout() has no colour_picker');
      const cdp = await touchContext.newCDPSession(page);
      const x = picker.x + picker.w * 0.3;
      const touch = async (type, y) => {
        await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
        await sleep(CLICK_PAUSE_MS);
      };
      const startColour = (await state()).picked.color;
      await touch('touchStart', picker.y + picker.h * 0.1);
      for (const f of [0.3, 0.5, 0.7, 0.9, 0.99]) await touch('touchMove', picker.y + picker.h * f);
      await touch('touchEnd');
      await frames(3);
      const picked = (await state()).picked.color;
      const rgb = [1, 3, 5].map(i => parseInt(picked.slice(i, i + 2), 16));
      expect(picked !== startColour, `the picked colour stayed ${picked}`);
      expect(Math.max(...rgb) < 60, `after dragging to the bottom of the square the colour is ${picked}, not near black`);
      return `step ${before} -> ${after}; dragging down the square picked ${picked} (was ${startColour})`;
    } finally {
      page = mousePage;
      await touchContext.close();
    }
  });

  // 10. HiDPI: at a device pixel ratio of 2 the canvas draws twice the pixels, and clicks still land.
  await check('10 HiDPI: at devicePixelRatio 2 the canvas has twice the pixels and a click on Step lands', async () => {
    const hiContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
    const hiPage = await hiContext.newPage();
    hiPage.on('pageerror', e => pageErrors.push(e.message));
    const mousePage = page;
    page = hiPage;
    try {
      await page.goto(pageUrl);
      await page.evaluate(() => window.fontshade.ready);
      await page.evaluate(() => window.fontshade.lesson.stop());
      await frames(3);
      const size = await page.evaluate(() => ({ w: canvas.width, h: canvas.height, cw: canvas.clientWidth, ch: canvas.clientHeight }));
      expect(size.w === 2 * size.cw && size.h === 2 * size.ch, `canvas ${size.w}x${size.h} for ${size.cw}x${size.ch} CSS pixels`);
      await api('reset', 1);
      await frames(2);
      const before = await stepNow();
      await clickButton('button_step');
      const after = await waitForStepChange(before, 'click on Step at devicePixelRatio 2');
      expect(after === before + 1, `step went ${before} -> ${after}`);
      await screenshot('06-hidpi.png');
      return `canvas ${size.w}x${size.h} for ${size.cw}x${size.ch} CSS pixels; step ${before} -> ${after}; output/06-hidpi.png`;
    } finally {
      page = mousePage;
      await hiContext.close();
    }
  });

  // 11. Without WebGL2 the page says so, in words, and does not start.
  await check('11 without WebGL2 the page shows a readable message', async () => {
    const bare = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-3d-apis'], timeout: 60000 });
    try {
      const p = await bare.newPage({ viewport: VIEWPORT });
      await p.goto(pageUrl);
      const outcome = await p.evaluate(() => window.fontshade.ready.then(() => 'ready', e => 'rejected: ' + e.message));
      const message = await p.evaluate(() => {
        const box = document.getElementById('no-webgl2');
        return box && !box.hidden ? box.innerText : '';
      });
      expect(outcome.startsWith('rejected'), `fontshade.ready was ${outcome}`);
      expect(/WebGL 2/.test(message) && /Firefox|Chrome/.test(message), `message shown: ${JSON.stringify(message.slice(0, 120))}`);
      writeFileSync(join(OUTPUT, '07-no-webgl2.png'), await p.screenshot());
      return `${outcome}; the page says: "${message.split('\n')[0]}"; output/07-no-webgl2.png`;
    } finally {
      await bare.close();
    }
  });

  // 11b. The WebAssembly comes gzipped inside the page; browsers without DecompressionStream (Safari
  // before 16.4, Firefox before 113) inflate it with the page's own web/inflate.js.
  await check('11b without DecompressionStream the page inflates its WebAssembly itself and runs the same', async () => {
    const run = async (withDecompressionStream) => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        if (!withDecompressionStream) await context.addInitScript(() => { delete window.DecompressionStream; });
        const p = await context.newPage();
        p.on('pageerror', e => pageErrors.push(e.message));
        await p.goto(pageUrl);
        const outcome = await p.evaluate(() => Promise.race([
          window.fontshade.ready.then(() => 'ready', e => 'rejected: ' + e.message),
          new Promise(r => setTimeout(() => r('not ready after 60 s'), 60000))]));
        expect(outcome === 'ready', `fontshade.ready was ${outcome} ${withDecompressionStream ? 'with' : 'without'} DecompressionStream`);
        const has = await p.evaluate(() => typeof window.DecompressionStream === 'function');
        expect(has === withDecompressionStream, `DecompressionStream ${has ? 'was still there' : 'was missing'}`);
        return await p.evaluate(() => { fontshade.reset(5); fontshade.step(250); return fontshade.state(); });
      } finally {
        await context.close();
      }
    };
    const inflatedHere = await run(false), inflatedNatively = await run(true);
    expect(inflatedHere.step === 250, `the step is ${inflatedHere.step}, not 250`);
    expect(JSON.stringify(inflatedHere) === JSON.stringify(inflatedNatively),
      'reset(5); step(250) differs from the page that inflated natively');
    return 'ready, and step 250 of seed 5 is the same as where the browser inflates';
  });

  }  // core

  // 12-16: bugs users reported (issue 8). Each check failed before its fix.
  if (want('bugs')) await bugChecks();
  if (want('timeline')) await timelineChecks(harness());
  if (want('activities')) await activitiesChecks(harness());
  if (want('teacher')) await teacherChecks(harness());
  if (want('keeping')) await keepingChecks(harness());
  if (want('diagram')) await diagramChecks(harness());
  if (want('hardening')) await hardeningChecks(harness());
  if (want('notebook')) await notebookChecks(harness());
  if (want('screen')) await screenChecks(harness());
  if (want('view3d')) await view3dChecks(harness());
  // The guided lesson's walks take minutes each: each part has the ten minutes of a group.
  // FONTSHADE_LESSON_PARTS=teacher (a developer's shortcut) runs only those parts.
  const lessonParts = process.env.FONTSHADE_LESSON_PARTS ? process.env.FONTSHADE_LESSON_PARTS.split(',') : LESSON_PARTS;
  for (const part of lessonParts) if (want('lesson')) await lessonChecks(harness(), part);

  // 8. The screenshots are kept.
  if (want('core')) await check('8b screenshots kept in tests/browser/output/', async () => {
    const wanted = ['01-trained.png', '04-spanish.png', '04-panel-es.png'];
    for (const stage of stages)
      for (const rgb of colours) {
        const prefix = `02-${stage.name}-${hex(rgb).slice(1)}-`;
        const found = ['light', 'dark'].map(s => `${prefix}${s}.png`).find(f => existsSync(join(OUTPUT, f)));
        wanted.push(found || `${prefix}*.png`);
      }
    const missing = wanted.filter(f => !existsSync(join(OUTPUT, f)) || statSync(join(OUTPUT, f)).size === 0);
    expect(missing.length === 0, `missing: ${missing.join(', ')}`);
    return `${wanted.length} files in ${OUTPUT}`;
  });
}

// [SECTION] Reported bugs 12-16: full screen, wheel, swipe, wide matrices, tooltips
const CLEAR_COLOUR = [30, 31, 36];  // glClearColor(0.118, 0.122, 0.141): where the app drew nothing

async function bugChecks() {
  // 12. Full screen: a window exactly the screen's size (F11, kiosks, projectors). Emscripten's GLFW
  // took such a size as a request for full screen: the picture was drawn 128 px low at 1024x768 (clicks
  // missed it) and filled only 1728 of 1920 px at 1920x1080.
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    const tag = `${size.width}x${size.height}`;
    await check(`12 full screen ${tag} (screen = viewport): the canvas covers it, the picture is where layout() says, a click on Step lands`,
      () => inContext({ viewport: size, screen: size, deviceScaleFactor: 1 }, async () => {
        const problems = [];
        const c = await page.evaluate(() => {
          const canvas = document.getElementById('canvas');
          const r = canvas.getBoundingClientRect();
          return { x: r.x, y: r.y, w: r.width, h: r.height, bw: canvas.width, bh: canvas.height, screen: [screen.width, screen.height] };
        });
        if (!(c.x === 0 && c.y === 0 && c.w === size.width && c.h === size.height))
          problems.push(`the canvas covers ${c.w}x${c.h} at (${c.x}, ${c.y}), not the ${tag} viewport`);
        if (!(c.bw === size.width && c.bh === size.height)) problems.push(`the canvas draws ${c.bw}x${c.bh} pixels for ${tag}`);
        const l = await layout();
        const page_ = { x: 0, y: 0, w: size.width, h: size.height };
        for (const name of ['language_es', 'button_reset', 'button_step', 'preview_card', 'surface', 'passes_panel', 'accuracy_plot'])
          if (!(l[name] && l[name].w > 0 && inside(l[name], page_))) problems.push(`layout().${name} ${rect(l[name])} is not inside the page`);
        const img = await screenshot(`12-fullscreen-${tag}.png`);
        // The app's windows reach every edge: nowhere along them is the bare clear colour.
        const strips = { top: crop(img, 0, 0, img.width, 6), bottom: crop(img, 0, img.height - 6, img.width, 6),
          left: crop(img, 0, 0, 6, img.height), right: crop(img, img.width - 6, 0, 6, img.height) };
        for (const [edge, region] of Object.entries(strips)) {
          const bare = exactColourStats(region, CLEAR_COLOUR).fraction;
          if (bare > 0.02) problems.push(`${(100 * bare).toFixed(0)} % of the ${edge} edge is the bare clear colour (nothing drawn there)`);
        }
        // The bottom panel is whole: its window's border is the page's last row (a line, unlike the row above).
        const p = l.passes_panel;
        if (p) {
          const last = dominantColour(crop(img, p.x + 20, img.height - 1, p.w - 40, 1)).rgb;
          const above = dominantColour(crop(img, p.x + 20, img.height - 4, p.w - 40, 1)).rgb;
          if (channelDistance(last, above) < 12) problems.push(`no window border on the last row under the passes panel (${last} vs ${above} above): its bottom is cut off`);
        }
        await api('reset', 1);
        await frames(2);
        try {
          await clickButton('button_step');
          const after = await waitForStepChange(0, `click on Step at ${tag}`);
          if (after !== 1) problems.push(`a click on Step took the step to ${after}`);
        } catch (e) {
          problems.push(e.message);
        }
        expect(problems.length === 0, problems.join('; '));
        return `canvas ${c.bw}x${c.bh} over the ${tag} page, screen ${c.screen.join('x')}; Step clicked; output/12-fullscreen-${tag}.png`;
      }));
  }

  // 13. Mouse wheel over the forward/backward panel: one notch moved to the far end (its sign and
  // scale were the browser's, not ImGui's). A notch must scroll a few lines, both ways.
  await check('13 mouse wheel: notches of +100 and -100 px (and 3 lines) over the passes panel scroll it gradually, down then up', async () => {
    await api('setDigits', 4);
    await api('reset', 1);
    await api('step', 1);
    await frames(3);
    let l = await layout();
    const panel = l.passes_panel, start = l.passes_scroll;
    expect(panel && start, `layout() lacks passes_panel or passes_scroll: ${Object.keys(l).join(', ')}`);
    expect(start.max_y > 300, `the passes panel cannot scroll far enough to test (max ${start.max_y})`);
    await page.mouse.move(panel.x + panel.w * 0.75, panel.y + panel.h * 0.5);
    await sleep(CLICK_PAUSE_MS);
    const ys = [start.y];
    const scrollY = async () => { await sleep(CLICK_PAUSE_MS); await frames(2); return (await layout()).passes_scroll.y; };
    for (const delta of [100, 100, -100]) {
      await page.mouse.wheel(0, delta);
      ys.push(await scrollY());
    }
    // One notch in line mode (3 lines, as Firefox sends), dispatched like the browser would.
    const lineNotch = async deltaY => {
      await page.evaluate(([x, y, deltaY]) => document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel',
        { deltaY, deltaMode: 1, clientX: x, clientY: y, bubbles: true, cancelable: true })), [panel.x + panel.w * 0.75, panel.y + panel.h * 0.5, deltaY]);
      return scrollY();
    };
    ys.push(await lineNotch(3));
    ys.push(await lineNotch(-3));
    const steps = ys.slice(1).map((y, i) => y - ys[i]);
    const signs = [1, 1, -1, 1, -1];
    const bad = steps.map((d, i) => Math.sign(d) !== signs[i] || Math.abs(d) < 10 || Math.abs(d) > Math.min(200, start.max_y / 2));
    expect(ys[0] === 0 && !bad.includes(true),
      `scroll positions ${ys.map(y => y.toFixed(0)).join(' -> ')} (max ${start.max_y.toFixed(0)}): each notch should move 10-200 px, down, down, up, down, up`);
    for (let k = 0; k < 6 && (await layout()).passes_scroll.y > 0; ++k) await page.mouse.wheel(0, -100);
    const top = await scrollY();
    expect(top === 0, `notches up did not bring the panel back to the top (${top})`);
    return `scroll ${ys.map(y => y.toFixed(0)).join(' -> ')} -> ${top} px (max ${start.max_y.toFixed(0)})`;
  });

  // 14. Touch: a finger swiped over the passes panel scrolls it; a tap still clicks.
  await check('14 touch: a swipe over the passes panel scrolls it, and a tap on Step still steps', () =>
    inContext({ viewport: VIEWPORT, deviceScaleFactor: 1, hasTouch: true }, async context => {
      await api('reset', 1);
      await api('step', 1);
      await frames(3);
      const l = await layout();
      const panel = l.passes_panel, start = l.passes_scroll;
      expect(panel && start && start.max_y > 300, `layout() passes_panel ${rect(panel)}, passes_scroll ${JSON.stringify(start)}`);
      const cdp = await context.newCDPSession(page);
      const x = panel.x + panel.w * 0.75;
      const touch = async (type, y) => {
        await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
        await sleep(CLICK_PAUSE_MS);
      };
      const swipe = async (from, to) => {
        await touch('touchStart', from);
        for (let k = 1; k <= 5; ++k) await touch('touchMove', from + (to - from) * k / 5);
        await touch('touchEnd');
        await frames(3);
        return (await layout()).passes_scroll.y;
      };
      const up = await swipe(panel.y + panel.h * 0.8, panel.y + panel.h * 0.4);
      const distance = panel.h * 0.4;
      const down = await swipe(panel.y + panel.h * 0.4, panel.y + panel.h * 0.6);
      const after = await layout();
      const problems = [];
      if (!(Math.abs(up - distance) <= 12)) problems.push(`a swipe up of ${distance.toFixed(0)} px scrolled to ${up} (from 0)`);
      if (!(Math.abs(up - down - panel.h * 0.2) <= 12)) problems.push(`a swipe down of ${(panel.h * 0.2).toFixed(0)} px scrolled ${up} -> ${down}`);
      if (!after.forward_Z1) problems.push('the swipes closed the forward pass (a header took them as clicks)');
      if ((await stepNow()) !== 1) problems.push(`the swipes changed the step to ${await stepNow()}`);
      const at = await centreOf('button_step');
      await page.touchscreen.tap(at.x, at.y);
      try {
        const stepped = await waitForStepChange(1, 'tap on Step after swiping');
        if (stepped !== 2) problems.push(`the tap took the step to ${stepped}`);
      } catch (e) {
        problems.push(e.message);
      }
      await screenshot('14-touch-scrolled.png');
      expect(problems.length === 0, problems.join('; '));
      return `swipe up ${distance.toFixed(0)} px: scroll 0 -> ${up}; swipe down ${(panel.h * 0.2).toFixed(0)} px: -> ${down}; tap stepped; output/14-touch-scrolled.png`;
    }));

  // 15. With 8 digits the forward pass is wider than its panel: what does not fit must be reachable
  // by scrolling the panel sideways (b_hidden and the Z1 result used to be cut off).
  await check('15 with 8 digits, b_hidden and the Z1 result are inside the passes panel or reachable by its sideways scroll', async () => {
    await api('reset', 1);
    await api('step', 1);
    await api('setDigits', 8);
    await parkMouse();
    await frames(3);
    let l = await layout();
    const panel = l.passes_panel, scroll = l.passes_scroll;
    expect(panel && scroll && l.forward_b_hidden && l.forward_Z1 && l.forward_Z2, `layout() lacks passes_panel, passes_scroll or forward_*`);
    await screenshot('15-digits8.png');
    const problems = [];
    const reach = { x: panel.x - scroll.x, y: panel.y, w: panel.w + scroll.max_x, h: panel.h + scroll.max_y };
    for (const name of ['forward_b_hidden', 'forward_Z1', 'forward_Z2'])
      if (!inside(l[name], reach, 1)) problems.push(`${name} ${rect(l[name])} lies beyond the panel ${rect(panel)} and its scroll range ${JSON.stringify(scroll)}`);
    // Scroll right with the wheel (sideways notches) until the Z1 result is in view.
    await page.mouse.move(panel.x + panel.w * 0.5, panel.y + panel.h * 0.5);
    await sleep(CLICK_PAUSE_MS);
    for (let k = 0; k < 12; ++k) {
      l = await layout();
      if (inside(l.forward_Z1, l.passes_panel, 1) || l.passes_scroll.x >= l.passes_scroll.max_x) break;
      await page.mouse.wheel(100, 0);
      await sleep(CLICK_PAUSE_MS);
      await frames(2);
    }
    l = await layout();
    if (!inside(l.forward_Z1, l.passes_panel, 1)) problems.push(`scrolled sideways to ${l.passes_scroll.x} of ${l.passes_scroll.max_x}, forward_Z1 ${rect(l.forward_Z1)} is still not inside ${rect(l.passes_panel)}`);
    await parkMouse();
    await frames(2);
    await screenshot('15-digits8-scrolled.png');
    await api('setDigits', 4);
    await frames(2);
    expect(problems.length === 0, problems.join('; '));
    return `panel ${rect(panel)}, sideways range ${scroll.max_x.toFixed(0)} px; Z1 in view at scroll ${l.passes_scroll.x.toFixed(0)}; output/15-digits8.png, 15-digits8-scrolled.png`;
  });

  // 16. Tooltips: opaque, and beside what they explain, not over it.
  await check('16 a tooltip over numbers in the forward panel does not cover them; a diagram tooltip is opaque', async () => {
    await api('reset', 1);
    await api('step', 1);
    await frames(3);
    const problems = [];
    let l = await layout();
    const z1 = l.forward_w_hidden;  // the widest matrix: a tooltip at the pointer covered its right part
    expect(z1, 'layout() has no forward_w_hidden');
    await page.mouse.move(z1.x + z1.w * 0.5, z1.y + z1.h * 0.5);
    await sleep(CLICK_PAUSE_MS);
    await frames(4);
    l = await layout();
    await screenshot('16-tooltip-forward.png');
    const forwardTip = l.tooltip;
    const page_ = { x: 0, y: 0, w: VIEWPORT.width, h: VIEWPORT.height };
    if (!l.tooltip || !l.tooltip_item) problems.push(`no tooltip recorded while hovering forward_Z1 (layout keys: ${Object.keys(l).join(', ')})`);
    else {
      if (!inside(l.tooltip_item, z1, 1)) problems.push(`the tooltip explains ${rect(l.tooltip_item)}, not forward_w_hidden ${rect(z1)}`);
      if (overlap(l.tooltip, z1)) problems.push(`the tooltip ${rect(l.tooltip)} covers the hovered w_hidden ${rect(z1)}`);
      if (!inside(l.tooltip, page_)) problems.push(`the tooltip ${rect(l.tooltip)} leaves the page`);
    }
    // A hidden node of the diagram: the tooltip sits over coloured edges; opaque, none shows through.
    const d = l.diagram;
    expect(d, 'layout() has no diagram');
    await page.mouse.move(d.x + d.w * 0.5, d.y + d.h * 0.5 / 3);  // hidden node 0 (of 3)
    await sleep(CLICK_PAUSE_MS);
    await frames(4);
    l = await layout();
    const shot = await screenshot('16-tooltip-diagram.png');
    const t = l.tooltip;
    if (!t) problems.push('no tooltip recorded while hovering hidden node 0');
    else {
      if (l.tooltip_item && overlap(t, l.tooltip_item)) problems.push(`the node tooltip ${rect(t)} covers the node ${rect(l.tooltip_item)}`);
      const region = crop(shot, t.x + 3, t.y + 3, t.w - 6, t.h - 6);
      let tinted = 0;
      for (let i = 0; i < region.data.length; i += 3) {
        const p = [region.data[i], region.data[i + 1], region.data[i + 2]];
        if (Math.max(...p) - Math.min(...p) > 4) ++tinted;
      }
      if (tinted > 0) problems.push(`${tinted} coloured pixels show through the node tooltip ${rect(t)} (its text is white on grey)`);
    }
    await parkMouse();
    await frames(2);
    expect(problems.length === 0, problems.join('; '));
    return `forward tooltip ${rect(forwardTip)} beside w_hidden ${rect(z1)}; node tooltip ${rect(l.tooltip)}; output/16-tooltip-forward.png, 16-tooltip-diagram.png`;
  });
}

// [SECTION] The run: the harness the groups get, the whole-run checks

// What the check modules get: the page (which inContext may swap) and the helpers.
function harness() {
  return { page: () => page, check, expect, state, layout, api, frames, sleep, cliTrace, differences, clickAt, centreOf, pressKey,
           stepNow, waitForStepChange, waitForStepToSettle, screenshot, parkMouse, inContext, cliPath,
           // A page of the check's own becomes the one the helpers drive (its errors counted); the previous one is returned.
           setPage: p => { const previous = page; if (p !== previous && p) watchPage(p); page = p; return previous; } };
}
function watchPage(p) {
  if (p.__watched) return;
  p.__watched = true;
  p.on('pageerror', e => pageErrors.push(e.message));
  p.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
}

function countExact(region, rgb) {
  let n = 0;
  for (let i = 0; i < region.data.length; i += 3)
    if (region.data[i] === rgb[0] && region.data[i + 1] === rgb[1] && region.data[i + 2] === rgb[2]) ++n;
  return n;
}

try {
  await main();
} catch (e) {
  report(false, 'test run', `stopped early: ${e && e.stack ? e.stack : e}`);
} finally {
  // 2. Whole-run hygiene: no requests but the page, no page errors, no console errors.
  report(requests.length === 0, '2 no request other than the page itself (data: URLs allowed)',
    requests.length ? `${requests.length} request(s): ${requests.slice(0, 5).join(', ')}` : `page ${pageUrl}`);
  report(pageErrors.length === 0, '2 no pageerror events', pageErrors.length ? pageErrors.slice(0, 3).join(' | ') : '');
  report(consoleErrors.length === 0, '2 no console errors', consoleErrors.length ? consoleErrors.slice(0, 3).join(' | ') : '');
  if (browser) await browser.close().catch(() => {});
  finish();
}
