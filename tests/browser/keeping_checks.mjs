// Browser checks for keeping and sharing a lesson (issue 8): projector mode (its type measured at
// 1024x768), the layouts of other screens (portrait tablets, 1920x1080, browser zoom 200 %), links
// (a link opened in a new page, from file:// and from a web server, gives the same state(); a bad
// one its message), the settings remembered without a link, models (the page's file equals the CLI's
// and goes on identically; a bad file gets its message; the file picker, a dropped file), downloads
// from the menus (model, curves, a PNG of the screen), the clipboard, exports, the keyboard into the
// controls and the help overlay, and the screen reader's live region. `t` is the harness of e2e.mjs.
//
// Index of this file (search for "[SECTION]"):
//   Helpers: the CLI, panels apart and inside the page
//   Projector mode
//   Other screens
//   Links
//   Models
//   Menus: downloads and the clipboard
//   Keyboard and screen readers
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { crop, decodePng, dominantColour } from './png_region.mjs';

const CLI = process.argv[3];
const TMP = mkdtempSync(join(tmpdir(), 'fontshade-keeping-'));
const PAUSE_MS = 180;
const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');

// [SECTION] Helpers: the CLI, panels apart and inside the page
function cli(...args) { return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 256 << 20 }); }
const overlaps = (a, b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const rect = r => r ? `{x ${r.x.toFixed(0)}, y ${r.y.toFixed(0)}, w ${r.w.toFixed(0)}, h ${r.h.toFixed(0)}}` : 'none';
const PANELS = ['panel_colour', 'panel_steps', 'panel_passes', 'panel_network', 'panel_surface', 'panel_tabs'];

// The panels in layout(): present ones pairwise apart and within the page's width; the problems found.
function panelProblems(l, width, height, expected, page = false) {
  const problems = [];
  const present = PANELS.filter(n => l[n]);
  if (expected && present.join() !== expected.join()) problems.push(`panels ${present.join(', ')}, expected ${expected.join(', ')}`);
  for (let i = 0; i < present.length; ++i) {
    const r = l[present[i]];
    if (r.x < -0.5 || r.x + r.w > width + 0.5) problems.push(`${present[i]} ${rect(r)} leaves the ${width} px width`);
    if (!page && (r.y < 0 || r.y + r.h > height + 0.5)) problems.push(`${present[i]} ${rect(r)} leaves the ${height} px height`);
    for (let j = 0; j < i; ++j)
      if (overlaps(r, l[present[j]])) problems.push(`${present[i]} ${rect(r)} overlaps ${present[j]} ${rect(l[present[j]])}`);
  }
  return problems;
}

export async function keepingChecks(t) {
  const { check, expect, state, layout, api, frames, sleep, clickAt, centreOf, pressKey, stepNow, waitForStepChange, screenshot,
          parkMouse, inContext, differences } = t;
  const page = () => t.page();
  const pageUrl = page().url().split('#')[0];
  const browser = page().context().browser();

  // Within inContext: loads `url` as a new document (about:blank between, so a link differing only
  // after '#' still loads the page afresh).
  async function openAt(url) {
    await page().goto('about:blank');
    await page().goto(url);
    await page().evaluate(() => window.fontshade.ready);
    await frames(3);
  }
  const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

  // [SECTION] Projector mode
  await check('30 projector mode at 1024x768: the lesson\'s four panels, type at least 24 CSS px (measured), high contrast, Step clicked',
    () => inContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 }, async () => {
      await api('reset', 1);
      await api('step', 1);
      await api('setDigits', 4);
      await frames(2);
      const plain = await layout();
      const plainFont = plain.font_mono.h;
      await api('setProjector', true);
      await parkMouse();
      await frames(4);
      const l = await layout();
      const problems = panelProblems(l, 1024, 768, ['panel_colour', 'panel_steps', 'panel_passes', 'panel_network']);
      const font = l.font_mono.h;
      if (!(font >= 24)) problems.push(`the numbers' font is ${font} CSS px`);
      if (!(font >= 1.5 * plainFont && font <= 2.5 * plainFont)) problems.push(`the font grew ${plainFont} -> ${font} px, not 1.5-2.5 times`);
      // The key numbers as drawn: Z1 is a column of 3 (a text line each), A2 and C one line.
      const lines = { forward_Z1: 3, forward_A2: 1, forward_C: 1, forward_Z2: 1 };
      const heights = [];
      for (const [name, n] of Object.entries(lines)) {
        const r = l[name];
        if (!r) { problems.push(`layout() has no ${name}`); continue; }
        heights.push(`${name} ${(r.h / n).toFixed(1)} px a line`);
        if (!(r.h / n >= 24)) problems.push(`${name} is ${r.h.toFixed(1)} px for ${n} line(s): under 24 px a line`);
      }
      for (const name of ['button_step', 'preview_card', 'step_counter', 'preview_text', 'diagram', 'passes_panel'])
        if (!l[name] || !(l[name].x >= 0 && l[name].y >= 0 && l[name].x + l[name].w <= 1024 && l[name].y + l[name].h <= 768))
          problems.push(`layout().${name} ${rect(l[name])} is not on the 1024x768 page`);
      const img = await screenshot('30-projector-1024x768.png');
      // High contrast: the panels' background is near-black, the step counter's text pure white.
      const bg = dominantColour(crop(img, l.panel_passes.x + l.panel_passes.w - 30, l.panel_passes.y + l.panel_passes.h * 0.6, 10, 10)).rgb;
      if (Math.max(...bg) > 12) problems.push(`the passes panel's background is ${bg}, not near-black`);
      const counter = crop(img, l.step_counter.x, l.step_counter.y, l.step_counter.w, l.step_counter.h);
      let white = 0;
      for (let i = 0; i < counter.data.length; i += 3) if (counter.data[i] === 255 && counter.data[i + 1] === 255 && counter.data[i + 2] === 255) ++white;
      if (white < 50) problems.push(`only ${white} pure white pixels in the step counter`);
      await clickAt(await centreOf('button_step'));
      const stepped = await waitForStepChange(1, 'click on Step in projector mode').catch(e => e.message);
      if (stepped !== 2) problems.push(`a click on Step: ${stepped}`);
      // P leaves projector mode.
      await page().evaluate(() => document.getElementById('canvas').focus());
      await pressKey('p');
      await frames(2);
      const after = await api('settings');
      if (after.projector) problems.push('P did not leave projector mode');
      const back = await layout();
      if (!back.panel_surface || !back.panel_tabs) problems.push('out of projector mode the surface and the tabs are not back');
      expect(problems.length === 0, problems.join('; '));
      return `font ${plainFont} -> ${font} CSS px; ${heights.join(', ')}; background ${bg}; ${white} white pixels in the counter; output/30-projector-1024x768.png`;
    }));

  // [SECTION] Other screens
  const screens = [
    { tag: '1024x768', viewport: { width: 1024, height: 768 }, projector: false, arrangement: 6 },
    { tag: '1920x1080', viewport: { width: 1920, height: 1080 }, projector: false, arrangement: 6 },
    { tag: '1920x1080-projector', viewport: { width: 1920, height: 1080 }, projector: true, arrangement: 4 },
    { tag: '768x1024', viewport: { width: 768, height: 1024 }, projector: false, arrangement: 6, portrait: true },
    { tag: '1024x1366', viewport: { width: 1024, height: 1366 }, projector: false, arrangement: 6, portrait: true },
  ];
  for (const s of screens) {
    await check(`31 ${s.tag}${s.projector ? '' : ''}: the panels apart and on the page, the named regions where drawn, a click on Step lands`,
      () => inContext({ viewport: s.viewport, deviceScaleFactor: 1 }, async () => {
        await api('reset', 1);
        await api('step', 40);
        await api('phase', 'A2');
        await api('setProjector', s.projector);
        await parkMouse();
        await frames(4);
        const l = await layout();
        const { width, height } = s.viewport;
        const problems = panelProblems(l, width, height, null);
        const present = PANELS.filter(n => l[n]);
        if (present.length !== s.arrangement) problems.push(`${present.length} panels: ${present.join(', ')}`);
        if (s.portrait) {
          // The height used: the passes panel spans the width under the colour and the steps, the tabs at the bottom.
          const p = l.panel_passes, c = l.panel_colour, st = l.panel_steps, tabs = l.panel_tabs;
          if (!(p && c && st && tabs && p.w >= width - 2 && p.y >= c.y + c.h - 1 && p.y >= st.y + st.h - 1 && tabs.y + tabs.h >= height - 2))
            problems.push(`not the portrait rows: colour ${rect(c)}, steps ${rect(st)}, passes ${rect(p)}, tabs ${rect(tabs)}`);
          if (!(l.preview_card && l.preview_card.y + l.preview_card.h <= c.y + c.h)) problems.push(`the preview card ${rect(l.preview_card)} is not in view in ${rect(c)}`);
        }
        for (const name of ['button_step', 'step_counter', 'preview_card', 'language_es', 'menu_model', 'button_projector'])
          if (!l[name] || !(l[name].x >= 0 && l[name].y >= 0 && l[name].x + l[name].w <= width && l[name].y + l[name].h <= height))
            problems.push(`layout().${name} ${rect(l[name])} is not on the page`);
        // The menu bar's parts do not overlap each other.
        const bar = ['menu_model', 'menu_export', 'button_copy_link', 'button_projector', 'button_help', 'digits', 'language_en', 'language_es'];
        for (let i = 0; i < bar.length; ++i)
          for (let j = 0; j < i; ++j)
            if (l[bar[i]] && l[bar[j]] && overlaps(l[bar[i]], l[bar[j]])) problems.push(`${bar[i]} overlaps ${bar[j]}`);
        await screenshot(`31-${s.tag}.png`);
        const before = await stepNow();
        await clickAt(await centreOf('button_step'));
        const after = await waitForStepChange(before, `click on Step at ${s.tag}`).catch(e => e.message);
        if (after !== before + 1) problems.push(`a click on Step: ${before} -> ${after}`);
        expect(problems.length === 0, problems.join('; '));
        return `${present.length} panels apart; output/31-${s.tag}.png`;
      }));
  }

  await check('32 browser zoom 200 % at 1024x768 (512x384 CSS px at 2 device pixels each): panels apart, a page that scrolls, Step clicked',
    () => inContext({ viewport: { width: 512, height: 384 }, deviceScaleFactor: 2 }, async () => {
      await api('reset', 1);
      await api('step', 10);
      await parkMouse();
      await frames(4);
      const size = await page().evaluate(() => ({ w: canvas.width, h: canvas.height }));
      let l = await layout();
      const problems = panelProblems(l, 512, 384, PANELS.filter(n => l[n]), true);
      if (!(size.w === 1024 && size.h === 768)) problems.push(`the canvas draws ${size.w}x${size.h} pixels`);
      if (PANELS.filter(n => l[n]).length !== 6) problems.push(`panels: ${PANELS.filter(n => l[n]).join(', ')}`);
      if (!l.page_scroll || !(l.page_scroll.max_y > 0)) problems.push(`no page to scroll: ${JSON.stringify(l.page_scroll)}`);
      const bar = ['menu_model', 'menu_export', 'button_copy_link', 'button_projector', 'button_help', 'digits', 'language_en', 'language_es'];
      for (const n of bar) if (!l[n] || l[n].x + l[n].w > 512.5) problems.push(`${n} ${rect(l[n])} is not in the bar`);
      for (let i = 0; i < bar.length; ++i)
        for (let j = 0; j < i; ++j)
          if (l[bar[i]] && l[bar[j]] && overlaps(l[bar[i]], l[bar[j]])) problems.push(`${bar[i]} overlaps ${bar[j]}`);
      if (!(l.font_mono.h >= 10)) problems.push(`the type is ${l.font_mono.h} CSS px at 200 %`);
      await screenshot('32-zoom-200.png');
      const before = await stepNow();
      await clickAt(await centreOf('button_step'));
      const after = await waitForStepChange(before, 'click on Step at 200 %').catch(e => e.message);
      if (after !== before + 1) problems.push(`a click on Step: ${before} -> ${after}`);
      // The wheel over the diagram (which does not scroll) scrolls the page down to the passes panel.
      const d = l.panel_network;
      await page().mouse.move(Math.min(500, d.x + d.w / 2), Math.min(370, d.y + 40));
      await sleep(PAUSE_MS);
      for (let k = 0; k < 3; ++k) { await page().mouse.wheel(0, 100); await sleep(PAUSE_MS); }
      await frames(3);
      l = await layout();
      if (!(l.page_scroll.y > 0)) problems.push(`the wheel did not scroll the page (${JSON.stringify(l.page_scroll)})`);
      await screenshot('32-zoom-200-scrolled.png');
      expect(problems.length === 0, problems.join('; '));
      return `canvas ${size.w}x${size.h}; type ${l.font_mono.h.toFixed(1)} CSS px; page scrolls ${l.page_scroll.max_y.toFixed(0)} px; output/32-zoom-200.png`;
    }));

  // [SECTION] Links
  let lessonState = null, lessonLink = null;
  await check('33 link(): the address holds the lesson; opened in a new page (file://) it gives the same state() and settings', async () => {
    await api('reset', 3);
    await api('step', 250);
    await api('phase', 'dC_dW1');
    await api('setColor', 250, 250, 210);
    await api('setLanguage', 'es');
    await frames(2);
    lessonLink = await api('link');
    lessonState = await state();
    const settings = await api('settings');
    await sleep(1200);  // the address follows the view at most twice a second
    const shown = page().url();
    await api('setLanguage', 'en');
    expect(lessonLink.startsWith(pageUrl + '#v=1&') && /seed=3/.test(lessonLink) && /step=250/.test(lessonLink) && /phase=dC_dW1/.test(lessonLink) &&
           /color=fafad2/.test(lessonLink) && /lang=es/.test(lessonLink), `link() is ${lessonLink}`);
    expect(shown === lessonLink, `the address bar shows ${shown}, link() says ${lessonLink}`);
    return inContext(desktop, async () => {
      await openAt(lessonLink);
      const opened = await state();
      const diffs = differences(lessonState, opened);
      const s2 = await api('settings');
      expect(diffs.length === 0, `state() differs: ${diffs.join('; ')}`);
      expect(s2.lang === 'es' && s2.projector === settings.projector, `settings ${JSON.stringify(s2)}`);
      expect((await api('notice')) === null, `a notice on a good link: ${JSON.stringify(await api('notice'))}`);
      await screenshot('33-link-opened.png');
      return `${lessonLink.slice(pageUrl.length)}: state() equal (step ${opened.step}, phase ${opened.phase}, picked ${opened.picked.color}), Spanish; output/33-link-opened.png`;
    });
  });

  await check('34 the same link from a web server (http://127.0.0.1) opens the same state()', async () => {
    const html = readFileSync(new URL(pageUrl));
    const server = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); });
    await new Promise(done => server.listen(0, '127.0.0.1', done));
    // Its own context: the page's requests to this server are the point here, not a leak.
    const context = await browser.newContext(desktop);
    try {
      const p = await context.newPage();
      const errors = [];
      p.on('pageerror', e => errors.push(e.message));
      const url = `http://127.0.0.1:${server.address().port}/index.html#${lessonLink.split('#')[1]}`;
      await p.goto(url);
      await p.evaluate(() => window.fontshade.ready);
      const opened = JSON.parse(await p.evaluate(() => JSON.stringify(window.fontshade.state())));
      const link = await p.evaluate(() => window.fontshade.link());
      const diffs = differences(lessonState, opened);
      expect(diffs.length === 0, `state() differs: ${diffs.join('; ')}`);
      expect(link === url, `link() there is ${link}`);
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      return `${url}: state() equal`;
    } finally {
      await context.close();
      server.close();
    }
  });

  await check('35 a malformed link shows its message (in the remembered language) and opens the defaults', async () => {
    const bad = `${pageUrl}#v=1&lr=fast&step=40`;
    return inContext(desktop, async () => {
      await page().evaluate(() => localStorage.setItem('fontshade.settings', JSON.stringify({ lang: 'es', digits: 5, projector: false })));
      await openAt(bad);
      const notice = await api('notice');
      const s = await state();
      const l = await layout();
      const img = await screenshot('35-bad-link.png');
      expect(notice && notice.problem && /^No se pudo abrir este enlace \(lr: se esperaba un número positivo, se encontró "fast"\)/.test(notice.text), `notice ${JSON.stringify(notice)}`);
      expect(s.step === 0 && s.phase === null, `not the defaults: step ${s.step}, phase ${s.phase}`);
      const first = JSON.parse(t.cliTrace(1, 1)[0]);
      const diffs = ['w_hidden', 'b_output'].flatMap(k => differences(first[k], s[k], k));
      expect(diffs.length === 0, `not seed 1's start: ${diffs.join('; ')}`);
      expect(l.notice && l.notice.w > 100, `no notice on the screen: ${rect(l.notice)}`);
      // The notice is drawn: a dark red box.
      const box = dominantColour(crop(img, l.notice.x + 4, l.notice.y + 4, 20, 8)).rgb;
      expect(box[0] > 2 * box[1] && box[0] > 60, `the notice's box is ${box}, not red`);
      return `"${notice.text}"; step 0 of seed 1; output/35-bad-link.png`;
    });
  });

  await check('36 without a link, the language, the digits and projector mode are remembered (localStorage)', () =>
    inContext(desktop, async () => {
      await page().evaluate(() => { window.fontshade.setLanguage('es'); window.fontshade.setDigits(6); window.fontshade.setProjector(true); });
      await sleep(1200);
      await openAt(pageUrl);
      const settings = await api('settings');
      expect(settings.lang === 'es' && settings.digits === 6 && settings.projector === true, `settings ${JSON.stringify(settings)}`);
      await api('setProjector', false);
      await api('setLanguage', 'en');
      return `reopened without a link: ${JSON.stringify(settings)}`;
    }));

  // [SECTION] Models
  await check('37 saveModel() after reset(1); step(500) is the CLI\'s model for that run, byte for byte; both go on identically', async () => {
    await api('reset', 1);
    await api('step', 500);
    const pageModel = await api('saveModel');
    const cli500 = join(TMP, 'cli500.json'), page500 = join(TMP, 'page500.json'), resumed = join(TMP, 'resumed1000.json');
    cli('train', '--seed', '1', '--stop-at', '500', '--save', cli500);
    const cliModel = readFileSync(cli500, 'utf8');
    expect(pageModel === cliModel, `the page's model differs from the CLI's:\n${pageModel.slice(0, 300)}\nvs\n${cliModel.slice(0, 300)}`);
    writeFileSync(page500, pageModel);
    cli('train', '--resume', page500, '--stop-at', '1000', '--save', resumed);
    await api('step', 500);
    const page1000 = await api('saveModel');
    expect(page1000 === readFileSync(resumed, 'utf8'), 'after 500 more steps the page\'s model differs from the CLI\'s resumed one');
    return `${pageModel.length} bytes equal at step 500; the CLI resumed the page's file to 1000 = the page at 1000`;
  });

  await check('38 loadModel(the CLI\'s model at 500) in a new page: state() is trace line 500, and 500 steps on, line 1000', () =>
    inContext(desktop, async () => {
      const text = readFileSync(join(TMP, 'cli500.json'), 'utf8');
      const result = await api('loadModel', text);
      expect(result.ok === true && result.error === null, `loadModel: ${JSON.stringify(result)}`);
      const lines = t.cliTrace(1, 1000);
      let diffs = differences(JSON.parse(lines[499]), await state());
      expect(diffs.length === 0, `at 500: ${diffs.join('; ')}`);
      await api('step', 500);
      diffs = differences(JSON.parse(lines[999]), await state());
      expect(diffs.length === 0, `at 1000: ${diffs.join('; ')}`);
      await api('seek', 17);
      diffs = differences(JSON.parse(lines[16]), await state());
      expect(diffs.length === 0, `back at 17: ${diffs.join('; ')}`);
      const notice = await api('notice');
      return `loaded (${notice && notice.text}); lines 500, 1000 and 17 equal`;
    }));

  await check('39 a bad model file gets its message (line and column), by call, by the file picker and dropped; a good one loads by both', () =>
    inContext(desktop, async () => {
      const p = page();
      await api('reset', 2);
      await api('step', 30);
      const before = await state();
      const problems = [];
      const bad = '{"format": "fontshade-model",\n "version": 9}';
      const result = await api('loadModel', bad);
      if (!(result.ok === false && result.error === 'model: line 2, column 13: version: this program reads version 1 and 2 model files, this one is version 9'))
        problems.push(`loadModel(bad): ${JSON.stringify(result)}`);
      let notice = await api('notice');
      if (!(notice && notice.problem && notice.text.includes('line 2, column 13'))) problems.push(`notice ${JSON.stringify(notice)}`);
      if (differences(before, await state()).length) problems.push('a bad model changed the state');
      // The file picker: a truncated model.
      const good = readFileSync(join(TMP, 'cli500.json'), 'utf8');
      await p.setInputFiles('#model-file', { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, 200)) });
      await sleep(500);
      notice = await api('notice');
      if (!(notice && notice.problem && /^The model could not be loaded: model: line \d+, column \d+: (invalid string: missing closing quote|expected)/.test(notice.text)))
        problems.push(`file picker, cut file: notice ${JSON.stringify(notice)}`);
      await frames(2);
      await screenshot('39-bad-model.png');
      // The file picker: the good one.
      await p.setInputFiles('#model-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
      await sleep(800);
      if ((await stepNow()) !== 500) problems.push(`after picking the good file the step is ${await stepNow()}`);
      // Dropped on the page.
      await api('reset', 2);
      await p.evaluate(text => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, good);
      await sleep(800);
      if ((await stepNow()) !== 500) problems.push(`after dropping the good file the step is ${await stepNow()}`);
      expect(problems.length === 0, problems.join('; '));
      return `bad: "${result.error}"; picked and dropped files load; output/39-bad-model.png`;
    }));

  // [SECTION] Menus: downloads and the clipboard
  await check('40 the menus download the model, the curves and a PNG of the screen; Copy link copies the address', () =>
    inContext(desktop, async context => {
      const p = page();
      await api('reset', 1);
      await api('step', 300);
      await api('setColor', 250, 250, 210);
      await parkMouse();
      await frames(3);
      const problems = [];
      const fromMenu = async (menu, item) => {
        await clickAt(await centreOf(menu));
        await frames(3);
        const wait = p.waitForEvent('download', { timeout: 15000 });
        await clickAt(await centreOf(item));
        const download = await wait;
        const path = join(TMP, download.suggestedFilename());
        await download.saveAs(path);
        return { name: download.suggestedFilename(), bytes: readFileSync(path) };
      };
      const model = await fromMenu('menu_model', 'menu_save_model');
      if (model.name !== 'fontshade-seed1-step300-model.json') problems.push(`model file named ${model.name}`);
      if (model.bytes.toString('utf8') !== await api('saveModel')) problems.push('the downloaded model is not saveModel()');
      const curves = await fromMenu('menu_export', 'menu_save_curves');
      if (curves.bytes.toString('utf8') !== await api('exportCurves')) problems.push('the downloaded curves are not exportCurves()');
      const picture = await fromMenu('menu_export', 'menu_save_png');
      await parkMouse();
      await frames(2);
      const png = decodePng(picture.bytes);
      const l = await layout();
      if (!(png.width === 1280 && png.height === 800)) problems.push(`the PNG is ${png.width}x${png.height}`);
      else {
        const card = l.preview_card;
        const inCard = dominantColour(crop(png, card.x + 8, card.y + card.h - 12, card.w - 16, 6)).rgb;
        if (inCard.join() !== '250,250,210') problems.push(`the PNG's preview card is ${inCard}, not 250,250,210`);
        const shot = decodePng(await p.screenshot());
        const bar = dominantColour(crop(shot, 0, 2, 200, 4)).rgb, pngBar = dominantColour(crop(png, 0, 2, 200, 4)).rgb;
        if (bar.join() !== pngBar.join()) problems.push(`the PNG's menu bar ${pngBar} is not the screen's ${bar}`);
      }
      writeFileSync(join(OUTPUT, '40-downloaded-screen.png'), picture.bytes);
      // Copy link: the real clipboard where headless Chromium lets the page read it, else what the page handed it.
      let clipboard = null;
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      } catch (e) { /* not for file:// */ }
      // A file:// page's Copy link offers a menu (a file:/// link opens only on this computer): its
      // "Copy the link anyway" copies the address.
      await clickAt(await centreOf('button_copy_link'));
      await frames(3);
      await clickAt(await centreOf('link_copy_address'));
      await sleep(600);
      const link = await api('link');
      const handed = await p.evaluate(() => window.fontshade.lastCopied);
      if (handed !== link) problems.push(`Copy link handed the clipboard ${handed}, not ${link}`);
      clipboard = await p.evaluate(() => navigator.clipboard.readText().then(t => t, e => `unreadable: ${e.message}`));
      const notice = await api('notice');
      if (!(notice && !notice.problem && /link/.test(notice.text))) problems.push(`after Copy link the notice is ${JSON.stringify(notice)}`);
      expect(problems.length === 0, problems.join('; '));
      return `model, curves and ${png.width}x${png.height} PNG downloaded; clipboard: ${clipboard === link ? 'the link (read back)' : clipboard}`;
    }));

  await check('41 exports: exportStep (json = the trace line, markdown, latex), exportSteps(1, 3), exportCurves', async () => {
    await api('reset', 1);
    await api('step', 3);
    const lines = t.cliTrace(1, 3);
    const json = await api('exportStep', 'json');
    expect(json === lines[2] + '\n', `exportStep('json') is not trace line 3: ${json.slice(0, 120)}`);
    const range = await api('exportSteps', 1, 3);
    expect(range === lines.join('\n') + '\n', 'exportSteps(1, 3) is not trace lines 1-3');
    const md = await api('exportStep', 'markdown'), tex = await api('exportStep', 'latex');
    expect(/Z1/.test(md) && /dC_dW1/.test(md), 'the Markdown lacks Z1 or dC_dW1');
    expect(/\\begin\{align\*\}/.test(tex) && /\\mathrm\{Z1\}/.test(tex), 'the LaTeX lacks align* or Z1');
    const csv = await api('exportCurves');
    expect(csv.startsWith('step,recent_mean_cost,train_accuracy,test_accuracy\n0,0,'), `curves: ${csv.slice(0, 80)}`);
    let refused = '';
    try { await api('exportSteps', 2, 9); } catch (e) { refused = e.message; }
    expect(/the steps must run from 1 to 3/.test(refused), `exportSteps(2, 9): ${refused || 'not refused'}`);
    return `json = line 3; 3 lines; markdown ${md.length} chars; latex ${tex.length} chars; curves ${csv.split('\n').length - 2} rows`;
  });

  // [SECTION] Keyboard and screen readers
  await check('42 keyboard: Tab lands on Step and Space presses it (one step); Escape gives the arrows back; ? opens and closes the help', async () => {
    await api('reset', 1);
    await api('step', 5);
    await api('phase', null);
    await frames(2);
    await page().evaluate(() => document.getElementById('canvas').focus());
    const problems = [];
    await pressKey('Tab');
    await frames(3);
    const before = await stepNow();
    await pressKey('Space');
    await sleep(400);
    const afterSpace = await stepNow();
    if (afterSpace !== before + 1) problems.push(`Tab then Space: step ${before} -> ${afterSpace}`);
    await pressKey('Enter');
    await sleep(400);
    const afterEnter = await stepNow();
    if (afterEnter !== afterSpace + 1) problems.push(`then Enter on the focused Step: ${afterSpace} -> ${afterEnter} (not one step, or it ran)`);
    await pressKey('ArrowRight');  // moves between controls, not through the run
    await sleep(300);
    if ((await stepNow()) !== afterEnter) problems.push(`ArrowRight in the controls moved the run to ${await stepNow()}`);
    await pressKey('Escape');
    await pressKey('ArrowRight');
    await sleep(300);
    if ((await stepNow()) !== afterEnter + 1) problems.push(`after Escape ArrowRight took the step to ${await stepNow()}`);
    await page().keyboard.press('?');
    await frames(3);
    let l = await layout();
    if (!l.help_overlay) problems.push('? did not open the help');
    const img = await screenshot('42-help.png');
    await page().keyboard.press('?');
    await frames(3);
    l = await layout();
    if (l.help_overlay) problems.push('? again did not close the help');
    expect(problems.length === 0, problems.join('; '));
    return `Tab+Space ${before} -> ${afterSpace}, Enter -> ${afterEnter}, Escape then -> ${afterEnter + 1}; help ${img.width}x${img.height}; output/42-help.png`;
  });

  await check('43 the live region mirrors the lesson in words (step, phase, sample, A2, choice), in the interface\'s language', async () => {
    await api('reset', 1);
    await api('step', 7);
    await api('phase', 'C');
    await sleep(1300);
    const live = await page().evaluate(() => ({ text: document.getElementById('live').textContent, polite: document.getElementById('live').getAttribute('aria-live') }));
    const expected = await api('liveText');
    const s = await state();
    expect(live.polite === 'polite', `aria-live is ${live.polite}`);
    expect(live.text === expected, `the region says "${live.text}", liveText() "${expected}"`);
    expect(live.text.startsWith('Step 7 of 100,000. Phase: C. Sample ' + s.sample + ': ') && /A2 = [0-9.]+: the network chooses (dark|light) text for it\./.test(live.text),
      `"${live.text}"`);
    await api('setLanguage', 'es');
    await sleep(1300);
    const spanish = await page().evaluate(() => document.getElementById('live').textContent);
    await api('setLanguage', 'en');
    await api('phase', null);
    expect(spanish.startsWith('Paso 7 de 100'), `in Spanish: "${spanish}"`);
    return `"${live.text}" / "${spanish.slice(0, 40)}..."`;
  });
}
