// Figures for the web demo in headless Chromium (SwiftShader, software WebGL2): the page's weight (on
// disk and gzipped, as a server or a mail would send it), the time from opening dist/index.html from
// file:// to fontshade.ready (its first frame drawn; the median of fresh browsers, with the page's
// start-up stages), frames per second idle and while "Train to the end" runs (the UI must keep
// drawing: training goes in slices per frame), and the time to train 100,000 steps.
// A benchmark: it prints figures and asserts nothing.
//   node bench/browser_timing.mjs [dist/index.html] [--runs N]   (N fresh browsers for ready, default 7)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = await import(pathToFileURL(join(root, 'tests/browser/node_modules/playwright-core/index.mjs')).href);
const args = process.argv.slice(2);
const runs_at = args.indexOf('--runs');
const runs = runs_at >= 0 ? Number(args.splice(runs_at, 2)[1]) : 7;
const page_path = resolve(args[0] || join(root, 'dist/index.html'));
const launch = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const bytes = readFileSync(page_path);
const GOAL_GZIP_KB = 450, GOAL_READY_MS = 1200;
const gzip_kb = gzipSync(bytes, { level: 9 }).length / 1000;

// Open -> ready in a fresh browser each time (its first page, as a student double-clicking the file),
// with the page's own marks of its stages (web/glue.js) in milliseconds since navigation started.
async function open_once() {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const opened = Date.now();
    await page.goto(pathToFileURL(page_path).href);
    await page.evaluate(() => window.fontshade.ready);
    const ready_ms = Date.now() - opened;
    const stages = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const marks = [['page read', nav.responseEnd]];
      for (const m of performance.getEntriesByType('mark'))
        if (m.name.startsWith('fontshade: ')) marks.push([m.name.slice(11), m.startTime]);
      return marks;
    });
    return { ready_ms, stages };
  } finally {
    await browser.close();
  }
}
const opens = [];
for (let i = 0; i < runs; i++) opens.push(await open_once());
const ready_ms = median(opens.map((o) => o.ready_ms));
const stage_ms = opens[0].stages.map(([name], i) => [name, median(opens.map((o) => o.stages[i][1]))]);

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(page_path).href);
  await page.evaluate(() => window.fontshade.ready);
  // A first visit opens the guided lesson (issue 17): the workbench, whose Train to the end is timed.
  await page.evaluate(() => window.fontshade.lesson.stop());
  await page.waitForTimeout(300);

  // Frames per second over a window, counted with requestAnimationFrame inside the page.
  const fps = (ms) => page.evaluate((ms) => new Promise((done) => {
    let frames = 0;
    const start = performance.now();
    const tick = () => { frames++; if (performance.now() - start < ms) requestAnimationFrame(tick); else done(frames * 1000 / (performance.now() - start)); };
    requestAnimationFrame(tick);
  }), ms);
  const idle_fps = await fps(2000);

  const layout = await page.evaluate(() => fontshade.layout());
  const button = layout.button_train_to_end;
  const started = Date.now();
  await page.mouse.move(button.x + button.w / 2, button.y + button.h / 2);
  await page.mouse.down();
  await page.waitForTimeout(180);
  await page.mouse.up();
  const training_fps = await fps(1500);
  await page.waitForFunction(() => fontshade.state().step === 100000, null, { timeout: 120000, polling: 100 });
  const train_to_end_s = (Date.now() - started) / 1000;

  // The same 100,000 steps called straight from script (no frames in between).
  const direct_ms = await page.evaluate(() => { fontshade.reset(2); const t = performance.now(); fontshade.step(100000); return performance.now() - t; });

  const verdict = (ok) => (ok ? 'meets' : 'misses');
  console.log('web demo in headless Chromium (SwiftShader), 1280x800:');
  console.log(`  page weight:                    ${(bytes.length / 1000).toFixed(1)} KB, ${gzip_kb.toFixed(1)} KB gzipped ` +
              `(goal <= ${GOAL_GZIP_KB} KB gzipped: ${verdict(gzip_kb <= GOAL_GZIP_KB)})`);
  console.log(`  file:// -> fontshade.ready:     ${ready_ms} ms, the median of ${runs} fresh browsers ` +
              `(${opens.map((o) => o.ready_ms).join(', ')}) (goal <= ${GOAL_READY_MS} ms: ${verdict(ready_ms <= GOAL_READY_MS)})`);
  console.log('  start-up stages (medians, ms after navigation started, in the page\'s clock):');
  for (const [name, ms] of stage_ms) console.log(`    ${name.padEnd(20)} ${ms.toFixed(0).padStart(5)}`);
  console.log(`  frames per second, idle:        ${idle_fps.toFixed(1)}`);
  console.log(`  frames per second, training:    ${training_fps.toFixed(1)} (Train to the end running)`);
  console.log(`  Train to the end, 100,000 steps: ${train_to_end_s.toFixed(2)} s with the UI drawing`);
  console.log(`  fontshade.step(100000):         ${direct_ms.toFixed(1)} ms (training with checkpoints, no frames)`);
} finally {
  await browser.close();
}
