// Browser checks for the teacher's tabs (issue 7): options (setOptions then state() is the CLI's trace
// with the same options; the Options tab's buttons and typed values start new runs, Undo goes back;
// hidden size 16 on screen; L = 50 crossing out every node), data (a real file dropped on the page
// through a DataTransfer, the file picker, a bad file's message in English and Spanish, the data
// dots on the decision surface), and each new panel's screenshots at 1280x800 and 1024x768 in both
// languages. `t` is the harness of e2e.mjs (page, check, expect, helpers).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { crop } from './png_region.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(HERE, 'output');
const BOOK_CSV = join(HERE, '..', '..', 'data', 'light_dark_font_training_set.csv');
const PROBLEM = [255, 97, 84];        // palette::problem: messages and the dead nodes' crosses
const DOT_CROSS = [255, 45, 45];      // the surface's mark on a misclassified row
const GOOD_CSV = 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n0,0,0,0\n255,255,255,1\n12,34,56,0\n200,200,40,1\n30,200,128,1\n40,60,130,0\n';
const BAD_CSV = 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n1,2,3,0\n4,x,6,1\n7,8,9,0\n';
const BAD_EN = 'archivo.csv: line 3, column 3: expected an integer from 0 to 255 for GREEN, found "x"';
const BAD_ES = 'archivo.csv: línea 3, columna 3: se esperaba un entero de 0 a 255 para GREEN, se encontró "x"';

function countNear(region, rgb, tolerance = 24) {
  let n = 0;
  for (let i = 0; i < region.data.length; i += 3)
    if (Math.abs(region.data[i] - rgb[0]) <= tolerance && Math.abs(region.data[i + 1] - rgb[1]) <= tolerance &&
        Math.abs(region.data[i + 2] - rgb[2]) <= tolerance) ++n;
  return n;
}

export async function teacherChecks(t) {
  const { check, expect, state, layout, api, frames, sleep, cliTrace, differences, clickAt, centreOf, screenshot, parkMouse } = t;
  const page = () => t.page();
  const region = (image, r) => {
    const scale = image.width / page().viewportSize().width;
    return crop(image, r.x * scale, r.y * scale, r.w * scale, r.h * scale);
  };
  async function waitFor(what, test, timeout = 8000) {
    const t0 = Date.now();
    for (;;) {
      const value = await test();
      if (value) return value;
      if (Date.now() - t0 > timeout) throw new Error(`${what}: not within ${timeout} ms`);
      await sleep(100);
    }
  }
  async function showTab(name) {
    await frames(2);  // the layout of the screen as it is now (a language change moves the tabs)
    await clickAt(await centreOf(`tab_${name}`));
    await frames(2);
  }
  async function refusal(fn, ...args) {
    try {
      await api(fn, ...args);
    } catch (e) {
      // Playwright wraps the page's error: "page.evaluate: RangeError: ...\n    at ..." (its stack follows).
      const thrown = /^(?:page\.evaluate: )?(\w*Error): (.*)$/m.exec(e.message);
      return thrown ? `${thrown[1]}: ${thrown[2]}` : `${e.name}: ${e.message}`;
    }
    return 'no error';
  }
  // Back to the chapter's options, the book's data, step 0 and English.
  async function fresh() {
    await api('phase', null);
    await api('setLanguage', 'en');
    await api('setOptions', { preset: 'seed', seed: 1 });
    if ((await api('data')).origin !== 'book') {
      await showTab('data');
      await clickAt(await centreOf('data_book'));
      await waitFor('the book\'s data again', async () => (await api('data')).origin === 'book');
    }
    await api('reset', 1);
  }

  await check('T1 setOptions then reset(s); step(n): state() equals line n of fontshade-cli trace with the same options', async () => {
    await fresh();
    const problems = [];
    const runs = [
      [{ hidden: 5, activation: 'tanh', lr: 0.1 }, 3, 60, ['--hidden', '5', '--activation', 'tanh', '--lr', '0.1']],
      [{ preset: 'tuned', steps: 2000 }, 2, 120, ['--preset', 'tuned']],
      [{ preset: 'seed', cost: 'cross_entropy', init: 'he', schedule: 'linear', lr: 0.3, final_lr: 0.01, steps: 500, gradient: 'chapter' }, 5, 80,
       ['--cost', 'cross_entropy', '--init', 'he', '--schedule', 'linear', '--lr', '0.3', '--final-lr', '0.01', '--gradient', 'chapter']],
    ];
    for (const [options, seed, n, cli] of runs) {
      const answered = await api('setOptions', options);
      await api('reset', seed);
      await api('step', n);
      const s = await state();
      // Line n of the trace (a linear schedule depends on the run's length: then the whole run's trace).
      const diffs = differences(JSON.parse(cliTrace(seed, answered.schedule === 'linear' ? answered.steps : n, cli)[n - 1]), s);
      if (diffs.length) problems.push(`${JSON.stringify(options)}: ${diffs.slice(0, 2).join('; ')}`);
      for (const [k, v] of Object.entries(options))
        if (k !== 'preset' && answered[k] !== v) problems.push(`setOptions answered ${k} = ${answered[k]}, not ${v}`);
    }
    const o = await api('options');
    if (o.schedule !== 'linear' || o.final_lr !== 0.01 || o.gradient !== 'chapter' || o.preset !== 'custom')
      problems.push(`options() after the last run: ${JSON.stringify(o)}`);
    const refusals = [
      [{ lr: -1 }, /^RangeError: lr: expected a positive number, found "-1"$/],
      [{ hidden: 17 }, /^RangeError: hidden: expected a whole number from 1 to 16, found "17"$/],
      [{ speed: 3 }, /^RangeError: unknown option speed: expected one of preset, hidden/],
      [{ activation: 'softmax' }, /^RangeError: activation: expected one of relu, leaky_relu, tanh, logistic, found "softmax"$/],
    ];
    for (const [options, pattern] of refusals) {
      const got = await refusal('setOptions', options);
      if (!pattern.test(got)) problems.push(`setOptions(${JSON.stringify(options)}) gave ${got}`);
    }
    if (JSON.stringify(await api('options')) !== JSON.stringify(o)) problems.push('a refused setOptions changed the options');
    expect(problems.length === 0, problems.join(' | '));
    return 'three option sets equal the CLI\'s trace lines 60, 120, 80; four bad values refused, naming them';
  });

  await check('T2 the Options tab: the tuned preset button and a typed L start new runs and say so; Undo goes back', async () => {
    await fresh();
    await api('step', 30);
    await showTab('options');
    await clickAt(await centreOf('options_preset_tuned'));
    await waitFor('the tuned preset', async () => (await api('options')).preset === 'tuned');
    const problems = [];
    if ((await state()).step !== 0) problems.push('the preset did not start a new run at step 0');
    let l = await layout();
    if (!l.options_change) problems.push('no sentence of what changed (options_change)');
    // Type L = 0.25: click the field, select its text, type, Enter.
    await clickAt(await centreOf('options_lr'));
    await page().keyboard.down('Control');
    await t.pressKey('a');
    await page().keyboard.up('Control');
    await page().keyboard.type('0.25', { delay: 60 });
    await t.pressKey('Enter');
    await waitFor('L = 0.25 typed', async () => (await api('options')).lr === 0.25);
    await parkMouse();
    await frames(3);
    const image = await screenshot('T2-options-typed-lr.png');
    l = await layout();
    if (!l.options_change || countNear(region(image, l.options_change), [242, 212, 115], 40) < 20)
      problems.push(`the sentence of what changed is not drawn in the heading colour at ${JSON.stringify(l.options_change)}`);
    await clickAt(await centreOf('options_undo'));
    await waitFor('undo to the tuned preset', async () => (await api('options')).preset === 'tuned');
    await clickAt(await centreOf('options_undo'));
    await waitFor('undo to the chapter\'s preset', async () => (await api('options')).preset === 'seed');
    const o = await api('options');
    if (o.lr !== 0.05 || o.steps !== 100000) problems.push(`after two undos: ${JSON.stringify(o)}`);
    expect(problems.length === 0, problems.join(' | '));
    return 'tuned by its button, L 0.25 typed, two undos back to the chapter\'s options; output/T2-options-typed-lr.png';
  });

  await check('T3 hidden size 16 on screen: 16 nodes apart in the diagram (it scrolls), 16-row matrices in the passes', async () => {
    await fresh();
    await api('setOptions', { hidden: 16 });
    await api('step', 5);
    await parkMouse();
    await frames(3);
    let l = await layout();
    const problems = [];
    const nodes = [...Array(16).keys()].map(i => l[`diagram_hidden_${i}`]);
    if (nodes.some(n => !n)) problems.push(`layout() lacks some of diagram_hidden_0..15: ${Object.keys(l).filter(k => k.startsWith('diagram_hidden_')).length} found`);
    else {
      for (let i = 0; i + 1 < 16; ++i)
        if (nodes[i].y + nodes[i].h >= nodes[i + 1].y) problems.push(`nodes ${i} and ${i + 1} overlap`);
      if (nodes[0].h < 12) problems.push(`nodes are ${nodes[0].h.toFixed(1)} px across: too small to read`);
    }
    const image = await screenshot('T3-hidden16.png');
    const panel = l.network_panel, scroll = l.network_scroll;
    if (!panel || !scroll) problems.push('no network_panel / network_scroll in layout()');
    else if (nodes[15] && nodes[15].y + nodes[15].h > panel.y + panel.h) {
      // Node 15 is below the fold: the panel must scroll to it.
      if (!(scroll.max_y > 0)) problems.push(`node 15 at ${nodes[15].y.toFixed(0)} lies below the panel (bottom ${(panel.y + panel.h).toFixed(0)}) and it cannot scroll`);
      await page().mouse.move(panel.x + panel.w / 2, panel.y + panel.h / 2);
      for (let k = 0; k < 10; ++k) {
        await page().mouse.wheel(0, 100);
        await sleep(150);
      }
      await frames(3);
      l = await layout();
      const last = l.diagram_hidden_15;
      if (!(last.y + last.h <= l.network_panel.y + l.network_panel.h + 1)) problems.push(`after scrolling node 15 ${JSON.stringify(last)} is still below ${JSON.stringify(l.network_panel)}`);
      await screenshot('T3-hidden16-scrolled.png');
    }
    // White rings around the visible nodes.
    const visible = nodes.filter(n => n && n.y >= panel.y && n.y + n.h <= panel.y + panel.h);
    const ringless = visible.filter(n => countNear(region(image, { x: n.x - 2, y: n.y - 2, w: n.w + 4, h: n.h + 4 }), [255, 255, 255], 30) < 8);
    if (visible.length < 5 || ringless.length) problems.push(`${visible.length} nodes in view, ${ringless.length} without their ring`);
    const s = await state();
    if (s.w_hidden.length !== 16 || s.Z1.length !== 16) problems.push(`state() has ${s.w_hidden.length} rows of w_hidden`);
    if (!(l.forward_Z1 && l.forward_Z1.h > 16 * 10)) problems.push(`Z1 is ${l.forward_Z1 && l.forward_Z1.h} px tall, not 16 rows`);
    if (!(l.passes_scroll && l.passes_scroll.max_y > 0)) problems.push('the passes panel cannot scroll to the 16-row matrices');
    await parkMouse();
    expect(problems.length === 0, problems.join(' | '));
    return `16 nodes ${nodes[0].h.toFixed(1)} px apart ${(nodes[1].y - nodes[0].y).toFixed(1)} px, ${visible.length} in view before scrolling; output/T3-hidden16.png, T3-hidden16-scrolled.png`;
  });

  await check('T4 L = 50 (seed 2) kills every ReLU node at step 1: crossed out in the diagram, said in words, the surface marks the misses', async () => {
    await fresh();
    await api('setOptions', { lr: 50, seed: 2 });
    await api('step', 1);
    await showTab('options');
    await parkMouse();
    await frames(3);
    const l = await layout();
    const image = await screenshot('T4-lr50-dead.png');
    const problems = [];
    for (const name of ['diagram_dead', 'options_dead']) if (!l[name]) problems.push(`no ${name} in layout()`);
    for (let i = 0; i < 3; ++i) {
      const n = l[`diagram_hidden_${i}`];
      const crossed = n ? countNear(region(image, n), PROBLEM, 30) : 0;
      if (crossed < 15) problems.push(`hidden node ${i} is not crossed out (${crossed} red pixels)`);
    }
    const marks = countNear(region(image, l.surface), DOT_CROSS, 20);
    if (marks < 20) problems.push(`no misclassified rows marked on the surface (${marks} red pixels)`);
    if (countNear(region(image, l.options_dead), PROBLEM, 30) < 30) problems.push('the Options tab does not say it in red');
    expect(problems.length === 0, problems.join(' | '));
    return `three nodes crossed, ${marks} red pixels of misses on the surface; output/T4-lr50-dead.png`;
  });

  await check('T5 a real CSV file dropped on the page (DataTransfer: dragenter, dragover, drop) trains on it; the data stays after a bad one', async () => {
    await fresh();
    await api('step', 10);
    const drop = (text, name, type) => page().evaluate(([text, name, type]) => {
      const canvas = document.getElementById('canvas');
      const dt = new DataTransfer();
      const bytes = typeof text === 'string' ? text : new Uint8Array(text);
      dt.items.add(new File([bytes], name, { type: 'text/csv' }));
      const send = kind => canvas.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true, clientX: 300, clientY: 300 }));
      send('dragenter');
      send('dragover');
      if (type === 'hover') return 'hovering';
      return send('drop') ? 'not taken' : 'taken';  // false: the page called preventDefault
    }, [text, name, type]);
    const problems = [];
    // While a file is over the page, the app says where to drop it.
    await drop(GOOD_CSV, 'seis.csv', 'hover');
    await frames(3);
    const banner = (await layout()).drop_banner;
    await screenshot('T5-drop-hover.png');
    if (!banner) problems.push('no drop banner while a file is dragged over the page');
    const taken = await drop(GOOD_CSV, 'seis.csv', 'drop');
    if (taken !== 'taken') problems.push(`the drop was ${taken}`);
    const d = await waitFor('the dropped file in data()', async () => { const x = await api('data'); return x.source === 'seis.csv' && x; });
    if (d.rows !== 6 || d.distinct !== 6 || d.dark !== 3 || d.light !== 3 || d.train + d.test !== 6) problems.push(`data() ${JSON.stringify(d)}`);
    if ((await state()).step !== 0) problems.push('a new data set did not start a new run');
    await frames(3);
    let l = await layout();
    if (l.drop_banner) problems.push('the drop banner stayed after the drop');
    if (!l.data_loaded) problems.push('the Data tab does not say the file was loaded');
    await screenshot('T5-dropped.png');
    // A bad file dropped: named with its line and column, and seis.csv stays.
    await drop(BAD_CSV, 'archivo.csv', 'drop');
    await frames(4);
    l = await layout();
    const image = await screenshot('T5-bad-file-en.png');
    if ((await api('data')).source !== 'seis.csv') problems.push('a bad file replaced the data');
    if (!l.data_error || countNear(region(image, l.data_error), PROBLEM, 30) < 40) problems.push('no red message for the bad file');
    // A UTF-16 file (as spreadsheets save "Unicode text"): its bytes reach the core unchanged.
    const utf16 = [0xFF, 0xFE, ...[...'RED,GREEN,BLUE\n'].flatMap(c => [c.charCodeAt(0), 0])];
    await drop(utf16, 'hoja.csv', 'drop');
    await sleep(300);
    const r = await api('loadCSV', 'not,a,number,row\n', 'x.csv');
    if (r.ok || !/^x\.csv: line 1, column 1:/.test(r.error)) problems.push(`loadCSV of a bad text: ${JSON.stringify(r)}`);
    expect(problems.length === 0, problems.join(' | '));
    return `banner ${JSON.stringify(banner)}; seis.csv: ${JSON.stringify(d)}; output/T5-drop-hover.png, T5-dropped.png, T5-bad-file-en.png`;
  });

  await check('T6 a bad file\'s message in the UI language: English, then Spanish, with the file, line and column', async () => {
    const problems = [];
    let r = await api('loadCSV', BAD_CSV, 'archivo.csv');
    if (r.ok || r.error !== BAD_EN || r.line !== 3 || r.column !== 3) problems.push(`English: ${JSON.stringify(r)}`);
    await api('setLanguage', 'es');
    r = await api('loadCSV', BAD_CSV, 'archivo.csv');
    if (r.error !== BAD_ES) problems.push(`Spanish: ${JSON.stringify(r.error)}`);
    await parkMouse();
    await frames(3);
    const l = await layout();
    const image = await screenshot('T6-bad-file-es.png');
    if (!l.data_error || countNear(region(image, l.data_error), PROBLEM, 30) < 40) problems.push('no red message in the Data tab');
    if ((await api('data')).source !== 'seis.csv') problems.push('the data loaded before did not stay');
    await api('setLanguage', 'en');
    await frames(2);
    expect(problems.length === 0, problems.join(' | '));
    return `${BAD_ES}; output/T6-bad-file-es.png`;
  });

  await check('T7 the file picker: the Data tab\'s button opens it (filechooser), the chosen file trains; Tab reaches the input too', async () => {
    await showTab('data');
    const problems = [];
    const [chooser] = await Promise.all([
      page().waitForEvent('filechooser', { timeout: 8000 }),
      clickAt(await centreOf('data_open')),
    ]);
    await chooser.setFiles(BOOK_CSV);
    const d = await waitFor('the chosen file in data()', async () => {
      const x = await api('data');
      return x.source === 'light_dark_font_training_set.csv' && x;
    });
    if (d.origin !== 'file' || d.rows !== 1345 || d.distinct !== 661 || d.dark !== 833 || d.light !== 512) problems.push(`data() ${JSON.stringify(d)}`);
    // The picker through setInputFiles as well (a UTF-16 file: named as such).
    const utf16Path = join(OUTPUT, 'teacher-utf16.csv');
    writeFileSync(utf16Path, Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('RED,GREEN,BLUE\n', 'utf16le')]));
    await page().setInputFiles('#csv-file', utf16Path);
    await frames(4);
    const l = await layout();
    if (!l.data_error) problems.push('a UTF-16 file chosen in the picker shows no message');
    if ((await api('data')).rows !== 1345) problems.push('the UTF-16 file replaced the data');
    // Keyboard: the O key opens the picker too (the canvas has the focus).
    await page().evaluate(() => document.getElementById('canvas').focus());
    // Playwright starts intercepting file choosers a moment after waitForEvent: a key pressed at once
    // opens the browser's own (invisible, headless) chooser instead.
    const keyedChooser = page().waitForEvent('filechooser', { timeout: 8000 });
    await sleep(500);
    await t.pressKey('o');
    const keyed = await keyedChooser;
    await keyed.setFiles([]);
    // The input is the page's first Tab stop and shows itself when focused.
    const box = await page().evaluate(() => {
      const input = document.getElementById('csv-file');
      const first = [...document.querySelectorAll('input, button, [tabindex]')][0] === input;
      input.focus();
      const r = input.getBoundingClientRect();
      const focused = document.activeElement === input;
      input.blur();
      return { top: r.top, height: r.height, focused, first };
    });
    if (!box.first || !box.focused || box.top < 0 || box.height < 10) problems.push(`the focused file input is not on screen: ${JSON.stringify(box)}`);
    await screenshot('T7-picker-book.png');
    expect(problems.length === 0, problems.join(' | '));
    return `${JSON.stringify(d)}; output/T7-picker-book.png`;
  });

  await check('T8 the data dots: the surface shows the data near the slice, train filled, test as rings, misses crossed', async () => {
    await api('setColor', 40, 120, 130);
    await api('reset', 1);
    await api('step', 3);
    await parkMouse();
    await frames(3);
    const l = await layout();
    const image = await screenshot('T8-surface-dots.png');
    const s = region(image, l.surface);
    const white = countNear(s, [255, 255, 255], 10), black = countNear(s, [0, 0, 0], 10);
    expect(l.surface_dots_text, 'no dot count beside the surface');
    expect(white > 30 && black > 30, `dots: ${white} white and ${black} black pixels on the surface`);
    return `${white} white, ${black} black dot pixels; output/T8-surface-dots.png`;
  });

  // Each new panel, looked at: Options and Data, 1280x800 and 1024x768, English and Spanish.
  await check('T9 screenshots of the Options and Data tabs at 1280x800 and 1024x768, in English and Spanish', async () => {
    const shots = [];
    const take = async size => {
      await api('setOptions', { preset: 'tuned', hidden: 5 });
      await api('step', 200);
      await api('setColor', 40, 120, 130);
      for (const lang of ['en', 'es']) {
        await api('setLanguage', lang);
        for (const tab of ['options', 'data']) {
          await showTab(tab);
          await parkMouse();
          await frames(3);
          const file = `T9-${tab}-${size}-${lang}.png`;
          const image = await screenshot(file);
          const l = await layout();
          const r = l[`tab_${tab}`];
          // The tab's page is drawn: more than the background below its tab.
          const below = region(image, { x: r.x, y: r.y + r.h + 4, w: Math.min(300, page().viewportSize().width - r.x - 10), h: 120 });
          let lit = 0;
          for (let i = 0; i < below.data.length; i += 3) if (below.data[i] > 150 || below.data[i + 1] > 150 || below.data[i + 2] > 150) ++lit;
          expect(lit > 200, `${file}: the ${tab} tab looks empty (${lit} bright pixels)`);
          shots.push(file);
        }
      }
      await api('setLanguage', 'en');
    };
    await take('1280');
    await t.inContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 }, async () => {
      await take('1024');
    });
    return shots.map(f => `output/${f}`).join(', ');
  });

  await fresh();
  await showTab('training');
}
