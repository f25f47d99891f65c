// Figures for the web demo in headless Chromium (SwiftShader, software WebGL2): time from opening
// dist/index.html to its first frame, frames per second idle and while "Train to the end" runs (the
// UI must keep drawing: training goes in slices per frame), and the time to train 100,000 steps.
// A benchmark: it prints figures and asserts nothing.
//   node bench/browser_timing.mjs [dist/index.html]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = await import(pathToFileURL(join(root, 'tests/browser/node_modules/playwright-core/index.mjs')).href);
const page_path = resolve(process.argv[2] || join(root, 'dist/index.html'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const opened = Date.now();
  await page.goto(pathToFileURL(page_path).href);
  await page.evaluate(() => window.fontshade.ready);
  const first_frame_ms = Date.now() - opened;

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

  console.log('web demo in headless Chromium (SwiftShader), 1280x800:');
  console.log(`  open -> first frame:            ${first_frame_ms} ms (goal < 1500 ms)`);
  console.log(`  frames per second, idle:        ${idle_fps.toFixed(1)}`);
  console.log(`  frames per second, training:    ${training_fps.toFixed(1)} (Train to the end running)`);
  console.log(`  Train to the end, 100,000 steps: ${train_to_end_s.toFixed(2)} s with the UI drawing`);
  console.log(`  fontshade.step(100000):         ${direct_ms.toFixed(1)} ms (training with checkpoints, no frames)`);
} finally {
  await browser.close();
}
