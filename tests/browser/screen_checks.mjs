// Browser checks for what a class sees (issue 15): projector mode at 1024x768 shows every value whole,
// normal mode at 1024x768 has type of at least 13 CSS px, the page speaks the browser's language (a
// link or the remembered setting winning), no label is cut off (the app measures every window, table
// column, tab and drawn label and reports what it cut through layout() as "cut:NAME"), a bad link
// speaks the link's language, Copy link from file:// offers a page that opens at its lesson, the label
// convention where Y first appears, and the smaller items: a typed hex kept without Enter, the hidden
// nodes' slider after typing L, the "New run" line in a place of its own, the two A2s told apart,
// "− 1.44" for a negative term, no tooltip while the wheel scrolls. `t` is the harness of e2e.mjs.
//
// Index of this file (search for "[SECTION]"):
//   Helpers: rectangles, cuts, a chip's ink, the phases and tabs
//   The harness, the page's sizes and how a check opens it
//   S1 Projector mode at 1024x768
//   S2 Type at 1024x768
//   S3 The browser's language
//   S4 No label cut off
//   S5 A bad link's message
//   S6 Copy link from file://
//   S7 The label convention
//   S8 The smaller items
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { crop, decodePng, dominantColour } from './png_region.mjs';

// [SECTION] Helpers: rectangles, cuts, a chip's ink, the phases and tabs
const TMP = mkdtempSync(join(tmpdir(), 'fontshade-screen-'));
const PAUSE_MS = 180;
const rect = r => r ? `{x ${r.x.toFixed(0)}, y ${r.y.toFixed(0)}, w ${r.w.toFixed(0)}, h ${r.h.toFixed(0)}}` : 'none';
const inside = (r, box, slack = 1) => !!(r && box) && r.x >= box.x - slack && r.y >= box.y - slack &&
  r.x + r.w <= box.x + box.w + slack && r.y + r.h <= box.y + box.h + slack;
const insideX = (r, box, slack = 1) => !!(r && box) && r.x >= box.x - slack && r.x + r.w <= box.x + box.w + slack;
// What the app reports it cut: layout()'s "cut:NAME" entries (the item's rectangle).
const cuts = l => Object.keys(l).filter(k => k.startsWith('cut:')).map(k => `${k.slice(4)} ${rect(l[k])}`);
// The lowest row of a phase chip's label ink, from the chip's top (screenshot pixels): rows of pixels
// brighter than the chip's background, leaving out its border (rows bright across most of its width).
function lowestInk(img, r) {
  const c = crop(img, r.x + 3, r.y, Math.max(1, r.w - 6), r.h + 2);
  const lum = i => c.data[i] + c.data[i + 1] + c.data[i + 2];
  const bg = dominantColour(c).rgb.reduce((a, b) => a + b, 0);
  let lowest = -1;
  for (let y = 0; y < c.height; ++y) {
    let bright = 0;
    for (let x = 0; x < c.width; ++x) if (lum((y * c.width + x) * 3) > bg + 150) ++bright;
    if (bright > 0 && bright < c.width * 0.8) lowest = y;
  }
  return lowest;
}
const PHASES = ['sample', 'Z1', 'A1', 'Z2', 'A2', 'C', 'dC_dA2', 'dA2_dZ2', 'dC_dW2', 'dC_dA1', 'dA1_dZ1', 'dC_dW1', 'update'];
const LEFT_TABS = ['tab_colour', 'tab_chapter_colours', 'tab_labels'];
const RIGHT_TABS = ['tab_training', 'tab_options', 'tab_data', 'tab_seeds', 'tab_check'];

// [SECTION] The harness, the page's sizes and how a check opens it
export async function screenChecks(t) {
  const { check, expect, state, layout, api, frames, sleep, clickAt, centreOf, screenshot, parkMouse, inContext } = t;
  const page = () => t.page();
  const pageUrl = page().url().split('#')[0];
  const small = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 };
  const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
  async function openAt(url) {
    await page().goto('about:blank');
    await page().goto(url);
    await page().evaluate(() => window.fontshade.ready);
    await frames(3);
  }
  async function settle() {
    await parkMouse();
    await frames(4);
    return layout();
  }

  // [SECTION] S1 Projector mode at 1024x768
  for (const lang of ['en', 'es']) {
    await check(`S1 projector mode at 1024x768 (${lang}): at every phase the lit formulas lie whole inside their panel, nothing needs sideways scrolling, the preview's answer and every phase chip are whole`,
      () => inContext(small, async () => {
        await api('setLanguage', lang);
        await api('reset', 1);
        await api('step', 10);
        await api('setDigits', 4);
        await api('setProjector', true);
        const problems = [];
        for (const phase of [null, ...PHASES]) {
          await api('phase', phase);
          const l = await settle();
          const tag = phase || 'whole step';
          const passes = l.passes_panel, steps = l.panel_steps;
          if (!passes || !steps) { problems.push(`${tag}: no passes_panel or panel_steps`); continue; }
          if (l.passes_scroll && l.passes_scroll.max_x > 0.5) problems.push(`${tag}: the passes panel scrolls sideways (${l.passes_scroll.max_x.toFixed(0)} px hidden)`);
          for (const name of Object.keys(l).filter(k => k.startsWith('forward_')))
            if (!insideX(l[name], passes)) problems.push(`${tag}: ${name} ${rect(l[name])} is cut by the passes panel ${rect(passes)}`);
          const lit = l.phase_highlight;
          if (phase && !lit) problems.push(`${tag}: nothing lit`);
          if (lit) {
            // Whole inside its panel; a block taller than the panel (the update's 16 parameters) starts at its top and scrolls.
            const home = lit.y < passes.y ? steps : passes;
            const where = lit.y < passes.y ? 'the steps panel' : 'the passes panel';
            if (lit.h <= home.h && !inside(lit, home, 2)) problems.push(`${tag}: the lit formulas ${rect(lit)} are not whole inside ${where} ${rect(home)}`);
            if (lit.h > home.h && !(insideX(lit, home, 2) && lit.y >= home.y - 2 && lit.y <= home.y + 0.1 * home.h))
              problems.push(`${tag}: the lit formulas ${rect(lit)}, taller than ${where} ${rect(home)}, do not start at its top`);
          }
          if (!inside(l.preview_answer, l.panel_colour)) problems.push(`${tag}: the answer line under the preview ${rect(l.preview_answer)} is not inside the colour panel ${rect(l.panel_colour)}`);
          if (phase) for (const p of PHASES)
            if (!inside(l[`phase_${p}`], steps)) problems.push(`${tag}: the chip phase_${p} ${rect(l[`phase_${p}`])} is not inside the steps panel ${rect(steps)}`);
          problems.push(...cuts(l).map(c => `${tag}: cut ${c}`));
          if (phase === 'dC_dW1' || phase === null) await screenshot(`S1-projector-1024x768-${lang}-${phase || 'step'}.png`);
          // The chips' underscores: an unlit "dC_dA2" reaches lower than an unlit "Z1" (its underscore).
          if (phase === 'sample' || phase === 'update') {
            const img = await screenshot(`S1-projector-1024x768-${lang}-chips-${phase}.png`);
            const under = lowestInk(img, l.phase_dC_dA2), plain = lowestInk(img, l.phase_Z1);
            const font = l.font_text ? l.font_text.h : l.font_mono.h;
            if (!(under - plain >= 0.1 * font)) problems.push(`${tag}: the chip dC_dA2's ink ends ${under} px below its top, Z1's ${plain}: no underscore shows`);
          }
        }
        expect(problems.length === 0, problems.slice(0, 12).join('; '));
        return `14 views whole; output/S1-projector-1024x768-${lang}-*.png`;
      }));
  }

  // [SECTION] S2 Type at 1024x768
  await check('S2 normal mode at 1024x768: text and numbers at least 13 CSS px, every panel on the page', () => inContext(small, async () => {
    await api('reset', 1);
    await api('step', 10);
    const l = await settle();
    const problems = [];
    const mono = l.font_mono && l.font_mono.h, text = l.font_text && l.font_text.h;
    if (!(mono >= 13)) problems.push(`the numbers are ${mono} CSS px`);
    if (!(text >= 13)) problems.push(`the text is ${text} CSS px`);
    for (const name of ['panel_colour', 'panel_steps', 'panel_passes', 'panel_network', 'panel_surface', 'panel_tabs'])
      if (!l[name]) problems.push(`no ${name}`);
    await screenshot('S2-normal-1024x768.png');
    expect(problems.length === 0, problems.join('; '));
    return `text ${text} px, numbers ${mono} px; output/S2-normal-1024x768.png`;
  }));

  // [SECTION] S3 The browser's language
  await check('S3 the browser\'s language: es-ES opens in Spanish, en-US in English; a remembered language and a link\'s lang win over it', async () => {
    const problems = [];
    const langOf = async (options, prepare) => inContext(options, async () => {
      if (prepare) await prepare();
      const s = await api('settings');
      return s.lang;
    });
    const es = await langOf({ ...desktop, locale: 'es-ES' }, async () => { await screenshot('S3-locale-es-ES.png'); });
    if (es !== 'es') problems.push(`es-ES opened in ${es}`);
    const mx = await langOf({ ...desktop, locale: 'es-MX' });
    if (mx !== 'es') problems.push(`es-MX opened in ${mx}`);
    const en = await langOf({ ...desktop, locale: 'en-US' });
    if (en !== 'en') problems.push(`en-US opened in ${en}`);
    const remembered = await langOf({ ...desktop, locale: 'es-ES' }, async () => {
      await api('setLanguage', 'en');
      await sleep(1200);  // the page writes its settings twice a second
      await openAt(pageUrl);
    });
    if (remembered !== 'en') problems.push(`es-ES with English chosen before opened in ${remembered}`);
    const linked = await langOf({ ...desktop, locale: 'es-ES' }, async () => { await openAt(`${pageUrl}#v=1&lang=en&step=3`); });
    if (linked !== 'en') problems.push(`es-ES with a link saying lang=en opened in ${linked}`);
    expect(problems.length === 0, problems.join('; '));
    return 'es-ES and es-MX: es; en-US: en; remembered en and lang=en win; output/S3-locale-es-ES.png';
  });

  // [SECTION] S4 No label cut off
  const screens = [
    { tag: '1024x768', viewport: { width: 1024, height: 768 } },
    { tag: '1280x800', viewport: { width: 1280, height: 800 } },
    { tag: '1920x1080', viewport: { width: 1920, height: 1080 } },
    { tag: '768x1024', viewport: { width: 768, height: 1024 } },
  ];
  for (const s of screens) {
    await check(`S4 ${s.tag}: no label cut off, English and Spanish, every tab, phase mode, projector mode (layout() reports the app's measure of each window, column, tab and drawn label)`,
      () => inContext({ viewport: s.viewport, deviceScaleFactor: 1 }, async () => {
        await api('reset', 1);
        await api('step', 10);
        await api('phase', 'dC_dA1');
        const problems = [];
        let measured = false;
        for (const lang of ['en', 'es']) {
          await api('setLanguage', lang);
          await api('setProjector', false);
          let l = await settle();
          measured = measured || 'cut_measure' in l;
          for (const tab of [...LEFT_TABS, ...RIGHT_TABS]) {
            l = await layout();
            if (!l[tab]) { problems.push(`${lang}: no ${tab}`); continue; }
            await clickAt(await centreOf(tab));
            l = await settle();
            problems.push(...cuts(l).map(c => `${lang} ${tab}: ${c}`));
          }
          await screenshot(`S4-${s.tag}-${lang}.png`);
          await clickAt(await centreOf('tab_colour'));
          await clickAt(await centreOf('tab_training'));
          await api('setProjector', true);
          l = await settle();
          problems.push(...cuts(l).map(c => `${lang} projector: ${c}`));
          await screenshot(`S4-${s.tag}-${lang}-projector.png`);
        }
        await api('setProjector', false);
        await api('setLanguage', 'en');
        if (!measured) problems.unshift('layout() has no cut_measure: the page does not measure cut text');
        expect(problems.length === 0, [...new Set(problems)].slice(0, 14).join('; '));
        return `nothing cut; output/S4-${s.tag}-*.png`;
      }));
  }

  // [SECTION] S5 A bad link's message
  await check('S5 a bad link\'s message in the link\'s language (lang=es) or the browser\'s (es-ES), what is wrong included', async () => {
    const problems = [];
    const noticeOf = (options, fragment) => inContext(options, async () => {
      await openAt(`${pageUrl}#${fragment}`);
      return api('notice');
    });
    const a = await noticeOf(desktop, 'v=1&lang=es&phase=Z9');
    if (!(a && a.problem && /^No se pudo abrir este enlace \(phase=Z9: se esperaba una fase/.test(a.text)))
      problems.push(`lang=es, phase=Z9: ${JSON.stringify(a)}`);
    const b = await noticeOf({ ...desktop, locale: 'es-ES' }, 'v=1&lr=fast');
    if (!(b && b.problem && /^No se pudo abrir este enlace \(lr: se esperaba un número positivo, se encontró "fast"\)/.test(b.text)))
      problems.push(`es-ES, lr=fast: ${JSON.stringify(b)}`);
    const c = await noticeOf(desktop, 'v=1&lang=es&color=zz');
    if (!(c && /^No se pudo abrir este enlace \(color=zz: se esperaban seis cifras hexadecimales/.test(c.text)))
      problems.push(`lang=es, color=zz: ${JSON.stringify(c)}`);
    expect(problems.length === 0, problems.join('; '));
    return `"${a.text}" / "${b.text}"`;
  });

  // [SECTION] S6 Copy link from file://
  await check('S6 Copy link on a file:// page: says the link opens only on this computer; the saved lesson page opens at its lesson; the lesson part alone is copied',
    () => inContext(desktop, async () => {
      const p = page();
      await api('reset', 1);
      await api('step', 40);
      await api('phase', 'Z2');
      await api('setColor', 250, 250, 210);
      await api('setLanguage', 'es');
      let l = await settle();
      await clickAt(await centreOf('button_copy_link'));
      await frames(3);
      l = await layout();
      const problems = [];
      for (const name of ['link_popup', 'link_save_page', 'link_copy_fragment', 'link_copy_address'])
        if (!l[name]) problems.push(`no ${name} after a click on Copy link`);
      await screenshot('S6-copy-link-popup.png');
      expect(problems.length === 0, problems.join('; '));
      const fragment = (await api('link')).split('#')[1];
      const wait = p.waitForEvent('download', { timeout: 15000 });
      await clickAt(await centreOf('link_save_page'));
      const download = await wait;
      const saved = join(TMP, download.suggestedFilename());
      await download.saveAs(saved);
      if (!/\.html$/.test(download.suggestedFilename())) problems.push(`the lesson page is named ${download.suggestedFilename()}`);
      const html = readFileSync(saved, 'utf8');
      if (!html.startsWith('<!doctype html>') && !html.startsWith('<!DOCTYPE html>')) problems.push('the saved page does not start with <!doctype html>');
      await clickAt(await centreOf('button_copy_link'));
      await frames(3);
      await clickAt(await centreOf('link_copy_fragment'));
      await sleep(400);
      const copied = await p.evaluate(() => window.fontshade.lastCopied);
      if (copied !== `#${fragment}`) problems.push(`the lesson part copied is ${copied}, not #${fragment}`);
      const expected = await state();
      // The saved page, opened as a file of its own, with no '#' in its address.
      const opened = await inContext(desktop, async () => {
        await openAt(pathToFileURL(saved).href);
        const s = await state();
        const settings = await api('settings');
        await screenshot('S6-saved-lesson-page.png');
        return { s, settings, url: page().url() };
      });
      if (opened.s.step !== 40 || opened.s.phase !== 'Z2' || opened.s.picked.color !== '#fafad2')
        problems.push(`the saved page opened at step ${opened.s.step}, phase ${opened.s.phase}, colour ${opened.s.picked.color}`);
      if (JSON.stringify(opened.s.w_hidden) !== JSON.stringify(expected.w_hidden)) problems.push('the saved page is not the same run (w_hidden differs)');
      if (opened.settings.lang !== 'es') problems.push(`the saved page speaks ${opened.settings.lang}`);
      expect(problems.length === 0, problems.join('; '));
      return `${download.suggestedFilename()} (${html.length} bytes) opened at step 40, phase Z2, #fafad2, es; copied #${fragment}; output/S6-*.png`;
    }));

  // [SECTION] S7 The label convention
  await check('S7 the label convention (1 = dark text, unlike the chapter\'s prose) is said once, beside the sample\'s Y, in both languages', async () => {
    const problems = [];
    await api('reset', 1);
    await api('step', 1);
    for (const lang of ['en', 'es']) {
      await api('setLanguage', lang);
      const l = await settle();
      const note = l.label_convention, y = l.sample_Y;
      const notes = Object.keys(l).filter(k => k.startsWith('label_convention'));
      if (!note || !y) problems.push(`${lang}: layout() has label_convention ${rect(note)} and sample_Y ${rect(y)}`);
      else if (!(inside(note, l.panel_steps) && note.y >= y.y - 1 && note.y - (y.y + y.h) < 3 * y.h)) problems.push(`${lang}: the note ${rect(note)} is not just under Y ${rect(y)} in the steps panel`);
      if (notes.length !== 1) problems.push(`${lang}: ${notes.length} notes (${notes.join(', ')})`);
      await screenshot(`S7-label-convention-${lang}.png`, l.panel_steps ? { x: l.panel_steps.x, y: l.panel_steps.y, width: l.panel_steps.w, height: l.panel_steps.h } : undefined);
    }
    await api('setLanguage', 'en');
    expect(problems.length === 0, problems.join('; '));
    return 'under the sample\'s Y, once; output/S7-label-convention-*.png';
  });

  // [SECTION] S8 The smaller items
  await check('S8a a hex typed in the colour field is kept when the field is left without Enter', async () => {
    await api('setColor', 34, 119, 211);
    const l = await settle();
    await clickAt(await centreOf('colour_hex'));
    await page().keyboard.press('Control+A');
    await page().keyboard.type('ff8800', { delay: 40 });
    await sleep(PAUSE_MS);
    const away = l.preview_card;
    await clickAt({ x: away.x + away.w / 2, y: away.y + away.h / 2 });
    await frames(3);
    const s = await state();
    expect(s.picked.color === '#ff8800', `after typing ff8800 and clicking elsewhere the colour is ${s.picked.color}`);
    return 'typed ff8800, clicked the preview: #ff8800';
  });

  await check('S8b after typing L in the Options tab, the hidden nodes\' slider drags at once', () => inContext(desktop, async () => {
    let l = await settle();
    await clickAt(await centreOf('tab_options'));
    l = await settle();
    await clickAt(await centreOf('options_lr'));
    await page().keyboard.press('Control+A');
    await page().keyboard.type('0.1', { delay: 40 });
    await sleep(PAUSE_MS);
    l = await layout();
    const slider = l.options_hidden;
    expect(slider, 'no options_hidden');
    const y = slider.y + slider.h / 2;
    await page().mouse.move(slider.x + slider.w * 0.1, y);
    await sleep(PAUSE_MS);
    await page().mouse.down();
    await sleep(PAUSE_MS);
    for (let k = 1; k <= 6; ++k) { await page().mouse.move(slider.x + slider.w * (0.1 + 0.13 * k), y); await sleep(120); }
    await page().mouse.up();
    await sleep(PAUSE_MS);
    await frames(3);
    const o = await api('options');
    expect(o.lr === 0.1 && o.hidden > 8, `after typing L = 0.1 and dragging the slider to its right: lr ${o.lr}, hidden ${o.hidden}`);
    return `lr ${o.lr}, hidden ${o.hidden}`;
  }));

  await check('S8c the "New run" sentence does not move the Options tab\'s controls', () => inContext(desktop, async () => {
    let l = await settle();
    await clickAt(await centreOf('tab_options'));
    const before = await settle();
    await api('setOptions', { lr: 0.5 });
    const after = await settle();
    const moved = ['options_lr', 'options_hidden', 'options_preset_seed', 'options_undo'].filter(n => !before[n] || !after[n] || Math.abs(before[n].y - after[n].y) > 0.5)
      .map(n => `${n} ${rect(before[n])} -> ${rect(after[n])}`);
    expect(after.options_change, 'no "New run" sentence after setOptions({lr: 0.5})');
    expect(moved.length === 0, moved.join('; '));
    await screenshot('S8c-new-run.png');
    return `the controls stay; the sentence at ${rect(after.options_change)}`;
  }));

  await check('S8d the two A2s told apart: the sample\'s (before the update) and the picked colour\'s (after the step) each beside a swatch of its own colour', async () => {
    await api('reset', 1);
    await api('step', 10);
    await api('setColor', 250, 250, 210);
    const l = await settle();
    const s = await state();
    const img = await screenshot('S8d-two-A2s.png');
    const problems = [];
    const sample = s.X.map(v => Math.round(v * 255));
    for (const [name, rgb] of [['forward_A2_swatch', sample], ['preview_A2_swatch', [250, 250, 210]]]) {
      const r = l[name];
      if (!r) { problems.push(`no ${name}`); continue; }
      const got = dominantColour(crop(img, r.x + 2, r.y + 2, r.w - 4, r.h - 4)).rgb;
      if (got.some((v, i) => Math.abs(v - rgb[i]) > 2)) problems.push(`${name} is ${got}, not ${rgb}`);
    }
    expect(problems.length === 0, problems.join('; '));
    return `sample swatch ${sample}, picked swatch 250,250,210; output/S8d-two-A2s.png`;
  });

  await check('S8e a negative term is subtracted: "− 1.44", not "+ -1.44" (b_output in Z2\'s line)', async () => {
    // Seed 1 at step 2000: b_output is negative (checked below).
    await api('reset', 1);
    await api('step', 2000);
    await api('phase', null);
    const s = await state();
    expect(s.b_output < 0, `b_output is ${s.b_output} at step 2000: choose another step`);
    const l = await settle();
    const op = l.forward_op_b_output, value = l.forward_b_output;
    expect(op && value, `layout() has forward_op_b_output ${rect(op)} and forward_b_output ${rect(value)}`);
    const img = await screenshot('S8e-minus.png');
    // The operator's ink: a minus is a flat bar, a plus has a vertical stroke as tall as it is wide.
    const ink = region => {
      const r = crop(img, region.x, region.y, region.w, region.h);
      const rows = new Set(), cols = new Set();
      for (let y = 0; y < r.height; ++y)
        for (let x = 0; x < r.width; ++x) {
          const i = (y * r.width + x) * 3;
          if (r.data[i] + r.data[i + 1] + r.data[i + 2] > 3 * 150) { rows.add(y); cols.add(x); }
        }
      return { tall: rows.size, wide: cols.size, first: Math.min(...cols) };
    };
    const o = ink(op);
    expect(o.wide > 3 && o.tall <= 3, `the operator's ink is ${o.wide} px wide and ${o.tall} px tall: not a minus`);
    // The number's first column of ink is a digit's (tall), not a minus sign's (flat).
    const first = ink({ x: value.x, y: value.y, w: Math.max(4, value.h * 0.5), h: value.h });
    expect(first.tall > value.h * 0.4, `the number starts with ink ${first.tall} px tall: a sign, not a digit`);
    return `b_output ${s.b_output}: operator ${o.wide}x${o.tall} px, the number starts with a digit; output/S8e-minus.png`;
  });

  await check('S8f no tooltip while the wheel scrolls the passes panel under a resting mouse; moving the mouse brings it back', async () => {
    await api('reset', 1);
    await api('step', 10);
    await api('phase', null);
    let l = await settle();
    const z = l.forward_w_hidden;
    expect(z, 'no forward_w_hidden');
    await page().mouse.move(z.x + z.w / 2, z.y + z.h / 2);
    await sleep(PAUSE_MS);
    await frames(4);
    l = await layout();
    expect(l.tooltip, 'no tooltip over w_hidden before scrolling');
    const problems = [];
    for (let k = 0; k < 3; ++k) {
      await page().mouse.wheel(0, 100);
      await frames(2);
      l = await layout();
      if (l.tooltip) problems.push(`a tooltip ${rect(l.tooltip)} after wheel notch ${k + 1}`);
    }
    await screenshot('S8f-scrolling.png');
    for (let k = 0; k < 3; ++k) {
      await page().mouse.wheel(0, -100);
      await frames(2);
      l = await layout();
      if (l.tooltip) problems.push(`a tooltip ${rect(l.tooltip)} after wheel notch ${k + 1} up`);
    }
    if (l.passes_scroll.y !== 0) problems.push(`three notches up left the panel at ${l.passes_scroll.y}`);
    await page().mouse.move(z.x + z.w / 2 + 4, z.y + z.h / 2 + 3);
    await sleep(PAUSE_MS);
    await frames(4);
    l = await layout();
    if (!l.tooltip) problems.push('no tooltip over w_hidden once the mouse moved');
    await parkMouse();
    expect(problems.length === 0, problems.join('; '));
    return 'no tooltip during 3 notches down and 3 up; back when the mouse moved; output/S8f-scrolling.png';
  });
}
