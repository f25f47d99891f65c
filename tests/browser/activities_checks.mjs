// Browser checks for the class activities (issue 7): students label colours with clicks and with the
// L and D keys (swatches relabelled and removed, the CSV downloaded, training on the labels), the
// chapter's colours equal `fontshade-cli predict` and take a CSS name typed in the colour field, a seed
// sweep equals `fontshade-cli sweep --json` and a click on a seed loads that run, the gradient check
// with the true and the chapter's gradient; screenshots of each panel at 1280x800 and 1024x768 in
// English and Spanish, and the figures of a 100-seed sweep (its time, the frames during it).
// `t` is the harness of e2e.mjs (page, check, expect, helpers).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { channelDistance, crop, dominantColour } from './png_region.mjs';

const NAMES = ['aliceblue', 'antiquewhite', 'aqua', 'aquamarine', 'black', 'brown', 'chocolate', 'cadetblue', 'crimson', 'darkcyan',
  'darkgoldenrod'];
// The first colours of the labelling sequence for seed 1 (test_activities.cpp pins the same).
const SEQUENCE_1 = [[98, 193, 250], [104, 255, 108], [59, 234, 171]];
const WRONG_ROW = [120, 40, 40];  // the gradient table's background for a wrong gradient (blended with the row)

// The YIQ luma rule, as the book's labels follow it: an independent check of labelAgreement().
const yiqDark = ([r, g, b]) => 299 * r + 587 * g + 114 * b >= 127500;

export async function activitiesChecks(t) {
  const { check, expect, state, layout, api, frames, sleep, clickAt, centreOf, pressKey, screenshot, parkMouse, inContext } = t;
  const page = () => t.page();
  const cli = (...args) => execFileSync(t.cliPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const click = async name => clickAt(await centreOf(name));
  // Waits until fn() is true (polled every 100 ms), or throws naming what.
  const until = async (fn, what, timeout = 8000) => {
    const t0 = Date.now();
    for (;;) {
      if (await fn()) return;
      if (Date.now() - t0 > timeout) throw new Error(`${what}: not within ${timeout} ms`);
      await sleep(100);
    }
  };
  const labels = () => api('labels');
  const focusCanvas = () => page().evaluate(() => document.getElementById('canvas').focus());

  await check('23 labels: the Label tab shows the sequence\'s colour; a click on the light half and the keys D and L label it', async () => {
    await api('reset', 1);
    await click('tab_labels');
    await parkMouse();
    await frames(3);
    const l = await layout();
    expect(l.label_light && l.label_dark, `layout() lacks label_light / label_dark after clicking tab_labels`);
    const image = await screenshot('23-labels-start.png');
    // The card's top, above the sample text: the bare colour.
    const r = l.label_light;
    const shown = dominantColour(crop(image, r.x + r.w * 0.1, r.y + r.h * 0.03, r.w * 0.3, r.h * 0.1)).rgb;
    expect(channelDistance(shown, SEQUENCE_1[0]) === 0, `the card shows ${shown}, not the sequence's first colour ${SEQUENCE_1[0]}`);
    await click('label_light');
    await until(async () => (await labels()).length === 1, 'a click on the light half');
    await focusCanvas();
    await pressKey('d');
    await until(async () => (await labels()).length === 2, 'the key D');
    await pressKey('l');
    await until(async () => (await labels()).length === 3, 'the key L');
    const got = (await labels()).map(e => [e.r, e.g, e.b, e.y]);
    const expected = SEQUENCE_1.map((c, i) => [...c, i === 1 ? 1 : 0]);
    expect(JSON.stringify(got) === JSON.stringify(expected), `labels() ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    return `card ${shown}; labels ${JSON.stringify(got)}`;
  });

  await check('24 labels: L and D do nothing on another tab or while a text field has the focus', async () => {
    await click('tab_colour');
    await focusCanvas();
    await pressKey('d');
    await frames(2);
    const onColourTab = (await labels()).length;
    await click('tab_labels');
    await frames(2);
    await click('label_seed');  // a text field: typing goes there
    await pressKey('d');
    await pressKey('l');
    await frames(2);
    const whileTyping = (await labels()).length;
    await pressKey('Escape');
    await parkMouse();
    expect(onColourTab === 3 && whileTyping === 3, `labels: ${onColourTab} after D on the Colour tab, ${whileTyping} after D and L in the seed field (expected 3)`);
    return 'still 3 labels';
  });

  await check('25 labels: a click on a swatch flips its label, its corner removes it; the agreement is the rules\'', async () => {
    await parkMouse();
    await frames(2);
    let l = await layout();
    const s = l.label_swatch_0;
    expect(s, 'no label_swatch_0 in layout()');
    await clickAt({ x: s.x + s.w * 0.3, y: s.y + s.h * 0.75 });
    await until(async () => (await labels())[0].y === 1, 'a click on swatch 0 (light -> dark)');
    await click('label_remove_1');
    await until(async () => (await labels()).length === 2, 'a click on the corner of swatch 1');
    const now = await labels();
    const expected = [[...SEQUENCE_1[0], 1], [...SEQUENCE_1[2], 0]];
    expect(JSON.stringify(now.map(e => [e.r, e.g, e.b, e.y])) === JSON.stringify(expected), `labels() ${JSON.stringify(now)}`);
    // Some colours where the rules disagree, then the agreement against our own YIQ.
    for (const [r, g, b, y] of [[255, 0, 0, 1], [0, 0, 255, 0], [128, 128, 128, 1], [0, 128, 0, 0]]) await api('label', r, g, b, y);
    const all = await labels();
    const agree = all.filter(e => yiqDark([e.r, e.g, e.b]) === (e.y === 1)).length;
    const a = await api('labelAgreement');
    expect(a.labels === 6 && a.yiq.agree === agree && Math.abs(a.yiq.percent - 100 * agree / 6) < 1e-9,
      `labelAgreement() ${JSON.stringify(a)}; YIQ agrees with ${agree} of 6 by our count`);
    expect(a.wcag2.agree !== a.yiq.agree, `red labelled dark should split YIQ and WCAG 2: ${JSON.stringify(a)}`);
    return `swatch flipped, swatch removed; agreement ${JSON.stringify(a)}`;
  });

  await check('26 labels: Export CSV downloads the book\'s format, the same text as exportCSV()', async () => {
    await parkMouse();
    await frames(2);
    const [download] = await Promise.all([page().waitForEvent('download', { timeout: 10000 }), click('button_export_csv')]);
    const text = readFileSync(await download.path(), 'utf8');
    const all = await labels();
    const expected = 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n' + all.map(e => `${e.r},${e.g},${e.b},${e.y}\n`).join('');
    expect(download.suggestedFilename() === 'fontshade-labels.csv', `the file is called ${download.suggestedFilename()}`);
    expect(text === expected, `the download holds ${JSON.stringify(text)}, expected ${JSON.stringify(expected)}`);
    expect((await api('exportCSV')) === text, 'exportCSV() differs from the download');
    // The CLI reads it back: 6 rows.
    const dir = mkdtempSync(join(tmpdir(), 'fontshade-labels-'));
    const file = join(dir, 'labels.csv');
    execFileSync('/bin/sh', ['-c', 'cat > "$0"', file], { input: text });
    const trained = JSON.parse(cli('train', '--data', file, '--steps', '10', '--json'));
    expect(trained.data.rows === 6, `fontshade-cli train --data reads ${trained.data.rows} rows`);
    return `${download.suggestedFilename()}: ${text.split('\n').length - 2} rows; fontshade-cli trains on it`;
  });

  // In a page of its own: training on the labels changes the run's data, which the checks after
  // this one need to be the book's.
  await check('27 labels: Train on my labels starts a run on them: every sample drawn is one of the labelled colours', () =>
    inContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
      for (const [r, g, b, y] of [[255, 0, 0, 1], [0, 0, 255, 0], [128, 128, 128, 1], [0, 128, 0, 0]]) await api('label', r, g, b, y);
      await frames(2);
      await api('step', 30);
      await click('button_train_labels');
      await until(async () => (await state()).step === 0, 'Train on my labels');
      await api('step', 20);
      const s = await state();
      const all = await labels();
      const key = ([r, g, b]) => `${r},${g},${b}`;
      const labelled = new Set(all.map(e => key([e.r, e.g, e.b])));
      const X = s.X.map(v => Math.round(v * 255));
      expect(s.sample < all.length && labelled.has(key(X)) && s.Y === all[s.sample].y,
        `step 20 drew sample ${s.sample}, X = ${X} Y = ${s.Y}; the labels are ${JSON.stringify(all)}`);
      return `step 20: sample ${s.sample}, X*255 = ${X}, Y = ${s.Y}`;
    }));

  await check('28 the chapter\'s colours after 100,000 steps: A2 and the shades equal fontshade-cli predict for all 11', async () => {
    await api('reset', 1);
    await api('step', 100000);
    await click('tab_chapter_colours');
    const rows = await api('chapterColours');
    expect(rows.length >= 11 && rows.slice(0, 11).map(r => r.name).join() === NAMES.join(), `rows: ${rows.map(r => r.name).join(', ')}`);
    const problems = [];
    for (const row of rows.slice(0, 11)) {
      const p = JSON.parse(cli('predict', '--json', row.name));
      if (p.color !== row.color || p.A2 !== row.A2 || p.shade !== row.network || p.yiq.shade !== row.yiq ||
          p.wcag2.shade !== row.wcag2 || p.apca.shade !== row.apca)
        problems.push(`${row.name}: page ${JSON.stringify(row)}, cli ${p.color} A2 ${p.A2} ${p.shade} ${p.yiq.shade} ${p.wcag2.shade} ${p.apca.shade}`);
    }
    expect(problems.length === 0, problems.join(' | '));
    return rows.slice(0, 11).map(r => `${r.name} ${r.network}`).join(', ');
  });

  await check('29 the chapter\'s colours: a CSS name typed in the colour field picks it and joins the table; a row click picks its colour', async () => {
    await click('tab_colour');
    await frames(2);
    await click('colour_hex');
    await page().keyboard.press('Control+A');
    await page().keyboard.type('RebeccaPurple', { delay: 60 });
    await pressKey('Enter');
    await until(async () => (await state()).picked.color === '#663399', 'typing RebeccaPurple and Enter');
    await click('tab_chapter_colours');
    await parkMouse();
    await frames(3);
    const l = await layout();
    expect(l.chapter_colour_rebeccapurple, `no row for rebeccapurple: ${Object.keys(l).filter(k => k.startsWith('chapter_colour_')).join(', ')}`);
    const rows = await api('chapterColours');
    const typed = rows.find(r => r.name === 'rebeccapurple');
    expect(typed && typed.typed && typed.color === '#663399', `chapterColours() has ${JSON.stringify(typed)}`);
    // The crimson row: its answers are drawn on crimson.
    const image = await screenshot('29-chapter-colours.png');
    const r = l.chapter_colour_crimson;
    const cell = dominantColour(crop(image, r.x + 2, r.y + r.h * 0.5, r.w * 0.2, r.h * 0.25)).rgb;
    expect(channelDistance(cell, [220, 20, 60]) === 0, `the crimson row's network cell is ${cell}`);
    await click('chapter_colour_crimson');
    await until(async () => (await state()).picked.color === '#dc143c', 'a click on the crimson row');
    return `typed rebeccapurple joined (row ${rows.indexOf(typed) + 1}); crimson picked by a click; cell ${cell}`;
  });

  let sweepRuns = null;
  await check('30 sweep: sweep(10) equals fontshade-cli sweep --json --seeds 10, bit for bit', async () => {
    await api('reset', 1);
    await click('tab_seeds');
    const outcome = await page().evaluate(() => window.fontshade.sweep(10).then(runs => ({ runs }), e => ({ error: e.message })));
    expect(!outcome.error, `sweep(10) rejected: ${outcome.error}`);
    const cliSweep = JSON.parse(cli('sweep', '--json', '--seeds', '10'));
    const same = JSON.stringify(outcome.runs) === JSON.stringify(cliSweep.runs);
    expect(same, `page ${JSON.stringify(outcome.runs).slice(0, 300)} vs cli ${JSON.stringify(cliSweep.runs).slice(0, 300)}`);
    const status = await api('sweepStatus');
    expect(status.timing.frames > 1, `the sweep took ${status.timing.frames} frame(s): not sliced`);
    let refused = '';
    try { await page().evaluate(() => window.fontshade.sweep(201)); } catch (e) { refused = e.message; }
    expect(/n must be a whole number from 1 to 200, not 201/.test(refused), `sweep(201): ${refused || 'not refused'}`);
    sweepRuns = outcome.runs;
    return `10 runs equal (median ${cliSweep.median}); ${status.timing.frames} frames; sweep(201) rejects`;
  });

  await check('31 sweep: a click on seed 3\'s bar loads that run and trains it to the end: fontshade-cli train --seed 3\'s parameters', async () => {
    expect(sweepRuns, 'no sweep from check 30');
    await parkMouse();
    await frames(2);
    const bars = (await layout()).sweep_bars;
    expect(bars, 'no sweep_bars in layout()');
    const slot = bars.w / 10;
    await clickAt({ x: bars.x + slot * 2.5, y: bars.y + bars.h - 4 });
    await until(async () => (await state()).step === 100000, 'training seed 3 to the end', 30000);
    const dir = mkdtempSync(join(tmpdir(), 'fontshade-seed3-'));
    const model = join(dir, 'seed3.json');
    const trained = JSON.parse(cli('train', '--seed', '3', '--json', '--save', model));
    const saved = JSON.parse(readFileSync(model, 'utf8'));
    const s = await state();
    const problems = t.differences({ w_hidden: saved.w_hidden, b_hidden: saved.b_hidden, w_output: saved.w_output, b_output: saved.b_output },
      s.after);
    expect(problems.length === 0, `after the click: ${problems.slice(0, 3).join('; ')}`);
    expect(trained.test_accuracy === sweepRuns[2].test_accuracy, `train --seed 3: ${trained.test_accuracy}, the sweep: ${sweepRuns[2].test_accuracy}`);
    return `seed 3 loaded and trained: parameters equal the CLI's; test accuracy ${trained.test_accuracy}`;
  });

  await check('32 sweep of 100 seeds: the window answers clicks while it runs; the figures (browser and native time, frames)', async () => {
    await api('reset', 1);
    await click('tab_seeds');
    await parkMouse();
    // The frames without a sweep, for comparison: SwiftShader draws the page in software.
    const idle = await page().evaluate(() => new Promise(done => {
      const gaps = [];
      let last = performance.now();
      const tick = now => { gaps.push(now - last); last = now; if (gaps.length < 30) requestAnimationFrame(tick); else done(gaps.sort((a, b) => a - b)); };
      requestAnimationFrame(tick);
    }));
    const running = page().evaluate(async () => {
      const long = [];
      let observer = null;
      try {
        observer = new PerformanceObserver(list => { for (const e of list.getEntries()) long.push(e.duration); });
        observer.observe({ type: 'longtask', buffered: false });
      } catch (e) { /* no longtask support: reported as null */ }
      const gaps = [];
      let last = performance.now(), going = true;
      const tick = now => { gaps.push(now - last); last = now; if (going) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      const runs = await window.fontshade.sweep(100);
      const wall = performance.now() - t0;
      going = false;
      if (observer) observer.disconnect();
      const status = window.fontshade.sweepStatus();
      gaps.sort((a, b) => a - b);
      const at = q => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))];
      return { runs: runs.length, wall, frames: gaps.length, median: at(0.5), p95: at(0.95), max: gaps[gaps.length - 1],
               over50: gaps.filter(g => g > 50).length, longTasks: observer ? long.length : null, longest: long.length ? Math.max(...long) : 0,
               timing: status.timing };
    });
    // While it runs, a click on a tab shows that tab, and the sweep goes on.
    await until(async () => ((await api('sweepStatus')) || {}).seeds_done >= 1, 'the first seed of the sweep', 30000);
    await click('tab_training');
    await until(async () => !!(await layout()).accuracy_plot, 'the Training tab clicked during the sweep');
    const during = await api('sweepStatus');
    await click('tab_seeds');
    const figures = await running;
    const t0 = process.hrtime.bigint();
    const native = JSON.parse(cli('sweep', '--json', '--seeds', '100'));
    const nativeSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    expect(during.running && during.seeds_done < 100, `after the click the sweep had ${during.running ? '' : 'stopped '}${during.seeds_done} seeds`);
    expect(figures.runs === 100 && native.runs.length === 100, `runs: page ${figures.runs}, cli ${native.runs.length}`);
    expect(figures.timing.frames >= 10, `100 seeds in ${figures.timing.frames} frames: not sliced`);
    const ms = v => v.toFixed(1);
    const line = `100 seeds: browser ${(figures.wall / 1000).toFixed(2)} s wall (${figures.timing.frames} frames; the sweep's work ` +
      `${figures.timing.busy_seconds.toFixed(2)} s, at most ${ms(1000 * figures.timing.longest_frame_seconds)} ms in one frame); native CLI ` +
      `${nativeSeconds.toFixed(2)} s. Frame intervals during it: median ${ms(figures.median)} ms, 95th percentile ${ms(figures.p95)} ms, ` +
      `longest ${ms(figures.max)} ms, ${figures.over50} of ${figures.frames} over 50 ms; long tasks (> 50 ms on the main thread): ` +
      `${figures.longTasks === null ? 'not reported' : `${figures.longTasks}, longest ${ms(figures.longest)} ms`}; ` +
      `a click during it switched the tab at seed ${during.seeds_done}. Without a sweep: frame intervals median ` +
      `${ms(idle[15])} ms, longest ${ms(idle[idle.length - 1])} ms`;
    console.log(`INFO ${line}`);
    return line;
  });

  await check('33 gradient check: the button checks the step in view; the true gradient agrees (max rel_error < 1e-6)', async () => {
    await api('reset', 1);
    await api('step', 5);
    await click('tab_check');
    await frames(2);
    await click('button_gradient_check');
    await until(async () => !!(await layout()).gradient_table, 'the table after Check this step');
    const g = await api('gradientCheck');
    expect(g.step === 5 && g.gradient === 'true' && g.rows.length === 16, `gradientCheck() ${JSON.stringify(g).slice(0, 200)}`);
    expect(g.max_rel_error < 1e-6, `max_rel_error ${g.max_rel_error}`);
    await parkMouse();
    await frames(2);
    const l = await layout();
    const image = await screenshot('33-gradient-true.png');
    const red = countNear(crop(image, l.gradient_table.x, l.gradient_table.y, l.gradient_table.w, l.gradient_table.h), WRONG_ROW, 40);
    expect(red < 50, `${red} pixels of the wrong-gradient background in the table with the true gradient`);
    return `max_rel_error ${g.max_rel_error}; rows ${g.rows.map(r => r.name).slice(0, 3).join(', ')}, ...`;
  });

  await check('34 gradient check with the chapter\'s gradient (its real checkbox): the w_hidden rows are wrong (> 1e-3), the output layer\'s right', async () => {
    await click('gradient_chapter');
    await until(async () => (await state()).step === 0, 'the chapter\'s gradient: a new run');
    await api('step', 5);
    await click('button_gradient_check');
    const g = await api('gradientCheck');
    const s = await state();
    expect(g.gradient === 'chapter', `gradientCheck() ran with gradient ${g.gradient}`);
    const problems = [];
    for (let i = 0; i < 3; ++i)
      for (let j = 0; j < 3; ++j) {
        const row = g.rows[3 * i + j];
        if (s.X[j] !== 0 && !(row.rel_error > 1e-3)) problems.push(`${row.name} ${row.rel_error}`);
      }
    for (const row of g.rows.slice(12)) if (!(row.rel_error < 1e-6)) problems.push(`${row.name} ${row.rel_error} (output layer)`);
    expect(problems.length === 0, `rows out of line: ${problems.join(', ')}`);
    await parkMouse();
    await frames(2);
    const l = await layout();
    const image = await screenshot('34-gradient-chapter.png');
    const red = countNear(crop(image, l.gradient_table.x, l.gradient_table.y, l.gradient_table.w, l.gradient_table.h), WRONG_ROW, 40);
    expect(red > 200, `only ${red} pixels of the wrong-gradient background in the table with the chapter's gradient`);
    await click('gradient_chapter');  // back to the true gradient
    await until(async () => (await state()).step === 0, 'the true gradient again');
    return `max_rel_error ${g.max_rel_error.toPrecision(3)}; w_hidden ${g.rows.slice(0, 9).map(r => r.rel_error.toPrecision(2)).join(' ')}`;
  });

  // Each panel at 1280x800 and 1024x768, in English and Spanish, kept for looking at: the panels' own
  // parts inside the page, nothing of them cut off at the right.
  const panels = [
    { tab: 'tab_labels', name: 'labels', parts: ['label_light', 'label_dark', 'button_train_labels', 'label_swatch_0'] },
    { tab: 'tab_chapter_colours', name: 'chapter-colours', parts: ['chapter_colour_aliceblue', 'chapter_colour_darkgoldenrod'] },
    { tab: 'tab_seeds', name: 'seeds', parts: ['button_sweep', 'sweep_bars'] },
    { tab: 'tab_check', name: 'check', parts: ['button_gradient_check', 'gradient_table', 'gradient_max'] },
  ];
  const shoot = async size => {
    await api('reset', 1);
    await api('step', 100000);
    for (const [r, g, b, y] of [[98, 193, 250, 0], [255, 255, 255, 1], [0, 0, 0, 0], [220, 20, 60, 0], [255, 215, 0, 1], [70, 130, 180, 0]])
      await api('label', r, g, b, y);
    const runs = await page().evaluate(() => window.fontshade.sweep(20).then(r => r.length));
    await api('seek', 99995);
    await api('gradientCheck');
    const shots = [], problems = [];
    for (const lang of ['en', 'es']) {
      await api('setLanguage', lang);
      for (const p of panels) {
        await click(p.tab);
        await parkMouse();
        await frames(3);
        const l = await layout();
        const file = `35-${p.name}-${size.width}x${size.height}-${lang}.png`;
        await screenshot(file);
        shots.push(file);
        const column = p.tab === 'tab_labels' || p.tab === 'tab_chapter_colours' ? l.tab_colour : l.tab_training;
        for (const part of p.parts) {
          const r = l[part];
          if (!r || !(r.w > 0 && r.x >= 0 && r.y >= 0 && r.x + r.w <= size.width && r.y + r.h <= size.height)) {
            problems.push(`${file}: ${part} ${JSON.stringify(r)} is not inside the page`);
          } else if (column && p.tab === 'tab_labels' && r.x + r.w > size.width * 0.27 + 1) {
            problems.push(`${file}: ${part} reaches past the left column`);
          }
        }
      }
    }
    await api('setLanguage', 'en');
    expect(runs === 20 && problems.length === 0, problems.join('; '));
    return shots.join(', ');
  };
  await check('35 screenshots of each new panel at 1280x800, English and Spanish (output/35-*.png)', () => shoot({ width: 1280, height: 800 }));
  await check('35 screenshots of each new panel at 1024x768, English and Spanish (output/35-*.png)',
    () => inContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 }, () => shoot({ width: 1024, height: 768 })));
  await api('reset', 1);
}

// Pixels near a colour in a region (channel distance <= tolerance).
function countNear(region, rgb, tolerance) {
  let n = 0;
  for (let i = 0; i < region.data.length; i += 3)
    if (Math.abs(region.data[i] - rgb[0]) <= tolerance && Math.abs(region.data[i + 1] - rgb[1]) <= tolerance &&
        Math.abs(region.data[i + 2] - rgb[2]) <= tolerance) ++n;
  return n;
}
