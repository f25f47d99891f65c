// Browser checks for the guided lesson (issue 17), with real clicks: the first visit opens it; scene 1
// shows at most 10 controls (counted through layout()); the whole built-in lesson walked in English and
// in Spanish at 1280x800 and in projector mode at 1024x768, every question answered by clicks, every
// scene's screen (and the screen each answer reveals) held against `fontshade-cli trace` with the
// scene's options; a screenshot of every scene (output/lesson-*.png); Explore freely and back; a
// teacher's lesson of three scenes made by clicks, saved, loaded again from the file and from a link,
// opening the same screens; a bad lesson file refused with its line and column. `t` is e2e.mjs's harness.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = process.argv[3];
const TMP = mkdtempSync(join(tmpdir(), 'fontshade-lesson-'));
const PAUSE_MS = 180;

function cli(...args) { return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 256 << 20 }); }
// The first line the CLI prints: `trace --from K` goes on to the run's last step (176 MB from step 5
// of the chapter's run, 3 s a scene), so head takes the line and the CLI stops at its next write.
function firstLine(...args) {
  const out = execFileSync('/bin/sh', ['-c', '"$0" "$@" | head -n 1', CLI, ...args], { encoding: 'utf8' });
  if (!out.trim()) throw new Error(`fontshade-cli ${args.join(' ')} printed nothing`);
  return out;
}

// The CLI's trace line for a lesson state ("v=1&lr=0.5&step=12&..."): its options as the CLI's flags
// (the link's names are the CLI's), its inline labels as a CSV file; null at step 0. A scikit-learn
// run's state is the CLI's mlp fit.
// The three walks ask for the same states: each is computed once.
const cliRecords = new Map();
function cliRecord(fragment) {
  if (!cliRecords.has(fragment)) cliRecords.set(fragment, cliRecordOf(fragment));
  return cliRecords.get(fragment);
}
function cliRecordOf(fragment) {
  const parts = Object.fromEntries(fragment.split('&').map(p => p.split('=')));
  const step = Number(parts.step || 0);
  if (step === 0) return null;
  const flags = [];
  for (const [k, v] of Object.entries(parts)) {
    if (['v', 'step', 'phase', 'color', 'lang', 'projector', 'labels'].includes(k)) continue;
    if (k === 'data' && v === 'labels') {
      const csv = join(TMP, `labels-${flags.length}.csv`);
      writeFileSync(csv, 'RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n' + parts.labels.split(',').map(item =>
        [0, 2, 4].map(i => parseInt(item.slice(i, i + 2), 16)).join(',') + ',' + item[6]).join('\n') + '\n');
      flags.push('--data', csv);
    } else {
      flags.push('--' + k.replace(/_/g, '-'), v);
    }
  }
  // scikit-learn's trainer: the CLI's mlp trains the same run; a scene opens it at its end (its numbers
  // are the fitted coefs_ and intercepts_, n_iter_ the epochs it ran).
  if (parts.trainer === 'sklearn') {
    const fit = JSON.parse(cli('mlp', '--seed', parts.seed || '1', '--json'));
    return { coefs_: fit.coefs_, intercepts_: fit.intercepts_, n_iter_: fit.n_iter_, stopped: fit.stopped };
  }
  return JSON.parse(firstLine('trace', '--from', String(step), ...flags));
}

// The parts, run one after another, each within the suite's ten minutes a group (a walk of the whole
// lesson takes minutes at the ~10 frames a second of a software-rendered page).
export const LESSON_PARTS = ['english', 'spanish', 'projector', 'teacher'];

export async function lessonChecks(t, part) {
  const { check, expect, state, layout, frames, sleep, clickAt, centreOf, screenshot, parkMouse, differences } = t;
  const page = () => t.page();
  const pageUrl = page().url().split('#')[0];
  const browser = page().context().browser();
  const lesson = (name, ...args) => page().evaluate(([n, a]) => window.fontshade.lesson[n](...a), [name, args]);
  const chapter = JSON.parse(cli('lesson', 'check', 'chapter', '--json'));
  const file = JSON.parse(readFileSync(new URL('../../data/lesson_chapter.json', import.meta.url), 'utf8'));
  const controlsOf = l => Object.keys(l).filter(k => k.startsWith('control_')).map(k => k.slice(12));

  async function click(name) {
    await clickAt(await centreOf(name));
    await frames(2);
  }
  // A fresh page in its own context (nothing remembered), ready; fn gets it as t.page().
  async function freshPage(options, fn, hash = '') {
    const context = await browser.newContext(options);
    const p = await context.newPage();
    const previous = t.setPage(p);
    try {
      await p.goto(pageUrl + hash);
      await p.evaluate(() => window.fontshade.ready);
      await frames(4);
      return await fn(context);
    } finally {
      t.setPage(previous);
      await context.close();
    }
  }
  // A scene at a far step is reached over frames (the page stays live meanwhile): until it is there.
  async function settle(what) {
    for (let i = 0; i < 1200 && (await page().evaluate(() => window.fontshade.reaching())) !== null; ++i) await sleep(100);
    expect((await page().evaluate(() => window.fontshade.reaching())) === null, `${what}: the scene's step was not reached in 120 s`);
    await frames(2);
  }
  // The page's screen against the CLI's trace line for `fragment` (its step's record, every value).
  async function sameAsCli(fragment, what) {
    await settle(what);
    const s = await state();
    const expected = cliRecord(fragment);
    const step = Number((/(?:^|&)step=(\d+)/.exec(fragment) || [0, 0])[1]);
    expect(s.step === step, `${what}: state().step ${s.step}, the scene's ${step}`);
    if (expected) {
      const diff = differences(expected, s);
      expect(diff.length === 0, `${what}: state() differs from fontshade-cli trace: ${diff.join('; ')}`);
    }
  }

  // Walks every scene with clicks: its screen, its question answered (a wrong choice, then the right
  // one), the answer shown, a screenshot, Next. Returns a summary.
  async function walk(tag, lang) {
    const count = chapter.scenes.length;
    let scene = await lesson('scene');
    expect(scene.active && scene.index === 0, `${tag}: the lesson is not at scene 1: ${JSON.stringify({ active: scene.active, index: scene.index })}`);
    const shots = [];
    for (let k = 0; k < count; ++k) {
      scene = await lesson('scene');
      const own = file.scenes[k];
      expect(scene.index === k, `${tag}: expected scene ${k + 1}, the page is at ${scene.index + 1}`);
      expect(scene.title === own.title[lang], `${tag} scene ${k + 1}: title "${scene.title}", the file's ${lang} "${own.title[lang]}"`);
      const l = await layout();
      expect(l.lesson_panel && l.lesson_text && l.lesson_counter, `${tag} scene ${k + 1}: the lesson's regions are missing from layout()`);
      await sameAsCli(own.state, `${tag} scene ${k + 1}`);
      if (own.question) {
        const right = own.question.answer;
        const wrong = right === 0 ? 1 : 0;
        await click(`lesson_choice_${wrong}`);
        await click(`lesson_choice_${right}`);
        scene = await lesson('scene');
        const counts = scene.question.choices.map(c => c.count);
        expect(counts[wrong] >= 1 && counts[right] >= 1 && !scene.question.revealed,
          `${tag} scene ${k + 1}: answers not counted: ${counts}`);
        await click('lesson_reveal');
        // The explanation quotes the answer's screen: it shows once that screen is there.
        await settle(`${tag} scene ${k + 1} revealed`);
        scene = await lesson('scene');
        expect(scene.question.revealed && scene.question.answer === right && scene.question.explain.length > 0,
          `${tag} scene ${k + 1}: the answer is not shown`);
        await sameAsCli(own.question.reveal || own.state, `${tag} scene ${k + 1} revealed`);
        for (const part of own.question.show || [])
          expect(scene.parts.includes(part), `${tag} scene ${k + 1}: the reveal did not show ${part}`);
      }
      await parkMouse();
      await frames(3);
      const name = `lesson-${tag}-${String(k + 1).padStart(2, '0')}.png`;
      await screenshot(name);
      shots.push(name);
      if (k + 1 < count) {
        await click('lesson_next');
        scene = await lesson('scene');
        expect(scene.index === k + 1, `${tag}: Next from scene ${k + 1} went to ${scene.index + 1}`);
      }
    }
    return `${count} scenes walked by clicks, each screen equal to fontshade-cli trace; ${shots[0]} .. ${shots[shots.length - 1]}`;
  }

  // ---- the first visit -----------------------------------------------------------------------------
  if (part === 'english') await check('L1 the first visit opens the guided lesson at scene 1, which shows at most 10 controls (counted through layout())', async () => {
    return freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
      const scene = await lesson('scene');
      expect(scene.active && scene.index === 0 && scene.count === chapter.scenes.length,
        `the first visit shows ${JSON.stringify({ active: scene.active, index: scene.index, count: scene.count })}`);
      const l = await layout();
      const controls = controlsOf(l);
      expect(controls.length > 0 && controls.length <= 10, `scene 1 shows ${controls.length} controls: ${controls.join(', ')}`);
      expect(!l.panel_steps && !l.button_step, 'the workbench\'s step panel is on screen in the lesson');
      await screenshot('lesson-first-visit.png');
      expect(page().url().endsWith('#lesson=chapter'), `the address is ${page().url()}`);
      return `${controls.length} controls: ${controls.join(', ')}; address #lesson=chapter`;
    });
  });

  // ---- the whole lesson, both languages, then projector mode ------------------------------------------
  if (part === 'english') await check('L2 the whole lesson in English at 1280x800: every scene\'s screen is the CLI\'s, every question answered by clicks', async () =>
    freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, () => walk('en', 'en')));

  if (part === 'spanish') await check('L3 the whole lesson in Spanish at 1280x800 (the language button clicked)', async () =>
    freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
      await click('language_es');
      expect((await page().evaluate(() => window.fontshade.settings())).lang === 'es', 'the language button did not switch to Spanish');
      const counter = (await lesson('scene')).title;
      expect(counter === file.scenes[0].title.es, `scene 1's title is "${counter}" in Spanish`);
      return walk('es', 'es');
    }));

  if (part === 'projector') await check('L4 the whole lesson in projector mode at 1024x768 (the Projector button clicked): type 24 px, no window over another', async () =>
    freshPage({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 }, async () => {
      await click('button_projector');
      await frames(3);
      const l = await layout();
      expect(l.font_mono.h >= 23.5, `the numbers' type is ${l.font_mono.h} px`);
      const windows = Object.keys(l).filter(k => k === 'lesson_panel' || k.startsWith('part_'));
      for (const a of windows)
        for (const b of windows)
          if (a < b) {
            const [p, q] = [l[a], l[b]];
            expect(!(p.x < q.x + q.w - 0.5 && q.x < p.x + p.w - 0.5 && p.y < q.y + q.h - 0.5 && q.y < p.y + p.h - 0.5), `${a} overlaps ${b}`);
          }
      return walk('projector', 'en');
    }));

  if (part !== 'teacher') return;
  // ---- out to the workbench and back -------------------------------------------------------------
  await check('L5 Explore freely opens the whole workbench; Back to the lesson returns to the scene, its screen opened again', async () =>
    freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
      await click('lesson_next');
      await click('lesson_next');
      await click('lesson_next');  // scene 4: step 5 at Z1
      await click('button_explore');
      let l = await layout();
      expect(l.panel_steps && l.button_step && !l.lesson_panel, 'Explore freely did not open the workbench');
      expect(controlsOf(l).length > 30, `the workbench shows ${controlsOf(l).length} controls`);
      await click('button_step');
      expect((await state()).step !== 5 || (await state()).phase !== 'Z1', 'Step did nothing in the workbench');
      await click('button_lesson');
      const scene = await lesson('scene');
      l = await layout();
      expect(scene.active && scene.index === 3 && l.lesson_panel, `Back to the lesson shows scene ${scene.index + 1}`);
      await sameAsCli(file.scenes[3].state, 'scene 4 again');
      return `the workbench's controls, then scene 4's screen reopened`;
    }));

  // ---- a teacher's lesson made by clicks ------------------------------------------------------------
  await check('L6 a teacher\'s lesson of 3 scenes made by clicks, saved, loaded from the file and from a link: the same screens', async () =>
    freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true }, async context => {
      await click('button_explore');
      // Screen 1: three steps.
      for (let i = 0; i < 3; ++i) await click('button_step');
      await click('menu_lesson');
      await click('menu_lesson_editor');
      await click('editor_new_lesson');
      await click('editor_scene_title_en');
      // Select the field's text with a press the app sees at any frame rate (ImGui 1.86 has no input queue:
      // a press and release within one frame is lost; under load this typed after "Scene 1").
      await page().keyboard.down('Control');
      await t.pressKey('a');
      await page().keyboard.up('Control');
      await page().keyboard.type('Three steps', { delay: 40 });
      await page().keyboard.press('Enter');
      await frames(2);
      // Screen 2: phase mode, two phases on.
      await click('phase_mode');
      await parkMouse();
      await page().keyboard.press('ArrowRight');
      await frames(2);
      await page().keyboard.press('ArrowRight');
      await frames(2);
      await click('editor_add_scene');
      // Screen 3: ten more steps and another colour, picked in the picker.
      await click('phase_mode');
      await click('button_step10');
      const picker = (await layout()).colour_picker;
      await clickAt({ x: picker.x + picker.w * 0.3, y: picker.y + picker.h * 0.2 });
      await click('editor_add_scene');
      // Reorder: the last scene up one, and back down.
      await click('editor_up_3');
      let exported = JSON.parse(await lesson('export'));
      expect(exported.scenes.length === 3, `the lesson has ${exported.scenes.length} scenes`);
      expect(/phase=/.test(exported.scenes[2].state) && !/phase=/.test(exported.scenes[1].state), `the up arrow did not move scene 3: ${exported.scenes.map(s => s.state).join(' | ')}`);
      await click('editor_down_2');
      exported = JSON.parse(await lesson('export'));
      expect(exported.scenes[0].title.en === 'Three steps', `scene 1's title is ${JSON.stringify(exported.scenes[0].title)}`);
      // The screens each scene opens, in the teacher's page.
      const screens = [];
      for (let k = 0; k < 3; ++k) {
        await click(`editor_scene_${k + 1}`);
        screens.push(await state());
      }
      // Saved by the editor's button: a download.
      const [download] = await Promise.all([page().waitForEvent('download'), click('editor_save')]);
      const saved = join(TMP, 'teacher-lesson.json');
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');
      expect(JSON.parse(text).scenes.length === 3, 'the saved file has not 3 scenes');
      // It reads, and exits 1 because its Spanish texts are missing (listed as problems).
      const checked = spawnSync(CLI, ['lesson', 'check', saved, '--json'], { encoding: 'utf8' });
      expect(checked.status === 1 && JSON.parse(checked.stdout).scenes.length === 3 &&
             JSON.parse(checked.stdout).problems.some(p => /\.es is empty/.test(p)),
             `fontshade-cli lesson check did not read the saved file: exit ${checked.status} ${checked.stderr}`);
      // The link with the lesson inside.
      await click('editor_copy_link');
      const link = await page().evaluate(() => window.fontshade.lastCopied);
      expect(/#lesson=[A-Za-z0-9_-]+/.test(link), `the copied link is ${link}`);
      await screenshot('lesson-teacher-editor.png');
      const reopen = async (how, open) => freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
        await open();
        const scene = await lesson('scene');
        expect(scene.count === 3 && scene.active, `${how}: the lesson has ${scene.count} scenes, active ${scene.active}`);
        // A file opens at scene 1; a link at the scene the teacher had in view (the editor's last, 3).
        const at = how === 'link' ? 2 : 0;
        expect(scene.index === at, `${how}: the lesson opened at scene ${scene.index + 1}, not ${at + 1}`);
        for (let k = 0; k < at; ++k) await click('lesson_back');
        for (let k = 0; k < 3; ++k) {
          if (k > 0) await click('lesson_next');
          const s = await state();
          const diff = differences(screens[k], s);
          expect(diff.length === 0, `${how}, scene ${k + 1}: ${diff.join('; ')}`);
        }
        await screenshot(`lesson-teacher-${how}.png`);
      }, how === 'link' ? '#' + link.split('#')[1] : '');
      await reopen('file', async () => {
        await click('menu_lesson');
        const [chooser] = await Promise.all([page().waitForEvent('filechooser'), click('menu_load_lesson')]);
        await chooser.setFiles(saved);
        for (let i = 0; i < 50 && (await lesson('scene')).count !== 3; ++i) await sleep(100);
        await frames(3);
      });
      await reopen('link', async () => {});
      return `3 scenes (steps ${screens.map(s => s.step).join(', ')}), saved (${text.length} bytes), reopened from the file and from a ${link.length}-character link`;
    }));

  // ---- a bad lesson file ------------------------------------------------------------------------------
  await check('L7 a bad lesson file is refused with its line and column, in the page\'s language, and the lesson stays', async () =>
    freshPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, async () => {
      const bad = '{"format": "fontshade-lesson", "version": 1, "title": {"en": "T"},\n "scenes": [{"title": {"en": "S"}, "state": "v=1&step=-3", "show": ["picker"], "text": {"en": "x"}}]}';
      const r = await lesson('load', bad);
      expect(!r.ok && r.error === 'lesson: line 2, column 45: scenes[0].state: step: expected a whole number from 0 to 1000000000, found "-3"', `load answered ${JSON.stringify(r)}`);
      const notice = await page().evaluate(() => window.fontshade.notice());
      expect(notice && notice.problem && notice.text.includes('line 2, column 45'), `the notice is ${JSON.stringify(notice)}`);
      expect((await lesson('scene')).count === chapter.scenes.length, 'the chapter\'s lesson did not stay');
      await screenshot('lesson-bad-file.png');
      return r.error;
    }));
}
