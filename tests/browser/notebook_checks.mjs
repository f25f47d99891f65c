// Browser checks for the students' notebook (issue 16): NumPy's generator (setOptions({rng: 'numpy',
// gradient: 'chapter', seed: S}); step(n) is line n of the CLI's trace), scikit-learn's trainer (trained
// to the end in the page, it is `fontshade-cli mlp --json`'s fit), the lines "Check it in your notebook"
// copies (the CLI's `notebook` lines), and screenshots of the trainer and the Code view in both
// languages, and at 1024x768 in projector mode. `t` is the harness of e2e.mjs.
import { execFileSync } from 'node:child_process';

export async function notebookChecks(t) {
  const { check, expect, state, layout, api, frames, cliTrace, differences, screenshot, parkMouse, cliPath } = t;
  const cli = args => execFileSync(cliPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

  await check('N1 setOptions({rng: numpy, gradient: chapter, seed: S}); step(n): state() is line n of the CLI\'s trace', async () => {
    const problems = [];
    for (const [seed, n] of [[7, 300], [4294967295, 150]]) {
      await api('setOptions', { preset: 'seed', rng: 'numpy', gradient: 'chapter', seed });
      await api('step', n);
      const diffs = differences(JSON.parse(cliTrace(seed, n, ['--rng', 'numpy', '--gradient', 'chapter'])[n - 1]), await state());
      if (diffs.length) problems.push(`seed ${seed}: ${diffs.slice(0, 2).join('; ')}`);
    }
    const big = await t.page().evaluate(() => {
      try { window.fontshade.setOptions({ rng: 'numpy', seed: '4294967296' }); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; }
    });
    if (big !== 'RangeError: seed: with rng numpy the seed is np.random.seed\'s, 0 to 4294967295, found 4294967296')
      problems.push(`a seed past np.random.seed's range gave ${big}`);
    expect(problems.length === 0, problems.join(' | '));
    return 'seeds 7 (line 300) and 4294967295 (line 150) equal the CLI\'s trace; seed 2^32 refused';
  });

  await check('N2 scikit-learn\'s trainer trained to the end in the page is fontshade-cli mlp --json\'s fit', async () => {
    await api('setOptions', { preset: 'seed', trainer: 'sklearn', seed: 3, hidden: 4, lr: 0.1 });
    await api('step', 1000000);
    const s = await state();
    const fit = JSON.parse(cli(['mlp', '--json', '--seed', '3', '--hidden', '4', '--lr', '0.1']));
    const problems = [];
    for (const key of ['coefs_', 'intercepts_', 'n_iter_', 'train_score', 'test_score'])
      if (JSON.stringify(s[key]) !== JSON.stringify(fit[key])) problems.push(`${key}: ${JSON.stringify(s[key]).slice(0, 80)} vs ${JSON.stringify(fit[key]).slice(0, 80)}`);
    if (s.trainer !== 'sklearn' || s.stopped !== true || s.epoch_end === null) problems.push(`the last batch: ${JSON.stringify(s).slice(0, 200)}`);
    expect(problems.length === 0, problems.join(' | '));
    return `${s.n_iter_} epochs, batch ${s.step}: coefs_, intercepts_ and the scores are mlp's, to the last digit`;
  });

  await check('N3 notebookLines() are fontshade-cli notebook\'s lines for the step in view', async () => {
    const problems = [];
    const cases = [
      [{ preset: 'seed', rng: 'numpy', gradient: 'chapter', seed: 7 }, 40, ['--rng', 'numpy', '--gradient', 'chapter', '--seed', '7']],
      [{ preset: 'seed', seed: 5 }, 12, ['--seed', '5']],
      [{ preset: 'seed', trainer: 'sklearn', seed: 2 }, 23, ['--trainer', 'sklearn', '--seed', '2']],
    ];
    for (const [options, n, args] of cases) {
      await api('setOptions', options);
      await api('step', n);
      const lines = await api('notebookLines');
      if (lines.python !== cli(['notebook', '--step', String(n), ...args])) problems.push(`${JSON.stringify(options)} at ${n}`);
    }
    await api('setOptions', { preset: 'seed', seed: 5 });
    const none = await api('notebookLines');
    if (none.python !== null || !/no step yet/.test(none.problem)) problems.push(`step 0: ${JSON.stringify(none)}`);
    expect(problems.length === 0, problems.join(' | '));
    return 'three runs\' lines equal the CLI\'s; step 0 with fontshade\'s generator says why not';
  });

  await check('N4 screenshots: scikit-learn\'s mini-batch and the Code view, English and Spanish, and 1024x768 in projector mode', async () => {
    const shots = [];
    const take = async (name, lang) => {
      await api('setLanguage', lang);
      await parkMouse();
      await frames(3);
      const file = `N4-${name}-${lang}.png`;
      await screenshot(file);
      shots.push(file);
      return layout();
    };
    const problems = [];
    for (const lang of ['en', 'es']) {
      await api('setOptions', { preset: 'seed', trainer: 'sklearn', seed: 1 });
      await api('step', 37);
      await api('showCode', false);
      let l = await take('sklearn-batch', lang);
      if (!l.batch_coefs || !l.batch_stopping || !l.batch_l2) problems.push(`${lang}: the batch panel's parts are not all drawn`);
      await api('showCode', true);
      l = await take('sklearn-code', lang);
      if (!l.code_listing || !l.code_notebook) problems.push(`${lang}: scikit-learn's code is not drawn`);
      await api('setOptions', { preset: 'seed', rng: 'numpy', gradient: 'chapter', seed: 7, trainer: 'chapter' });
      await api('step', 250);
      await api('phase', 'dC_dA1');
      l = await take('chapter-code', lang);
      if (!l.code_lit_line) problems.push(`${lang}: no line lit at the phase dC_dA1`);
      await api('phase', null);
    }
    await t.inContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 }, async () => {
      await api('setProjector', true);
      for (const lang of ['en', 'es']) {
        await api('setOptions', { preset: 'seed', trainer: 'sklearn', seed: 1 });
        await api('step', 37);
        await api('showCode', false);
        const l = await take('projector-1024-sklearn', lang);
        if (!l.batch_size) problems.push(`projector ${lang}: the batch is not drawn`);
        await api('setOptions', { trainer: 'chapter', rng: 'numpy', seed: 7 });
        await api('step', 250);
        await api('showCode', true);
        const c = await take('projector-1024-code', lang);
        if (!c.code_listing) problems.push(`projector ${lang}: the code is not drawn`);
      }
      await api('setProjector', false);
    });
    await api('setLanguage', 'en');
    await api('showCode', false);
    await api('setOptions', { preset: 'seed', seed: 1, rng: 'fontshade', trainer: 'chapter' });
    expect(problems.length === 0, problems.join(' | '));
    return shots.map(f => `output/${f}`).join(', ');
  });
}
