// Browser checks for the 3-D view (issue 18): a known yaw and pitch put a known colour at a known
// pixel; a real mouse drag turns the cube (half a turn per view width) and the wheel zooms it; two
// fingers pinch it; the planes move between step 0 and step 1,000; view3d() refuses NaN, infinities
// and values out of range by name; the C and H keys; screenshots of the cube and the hidden space at
// steps 0, 100 and 100,000 (output/40-*.png, to be looked at). `t` is the harness of e2e.mjs.
import { crop, pixelAt } from './png_region.mjs';

// At zoom 1 a cube side is the view's side / 2.1 pixels (src/app/layout/camera3d.hpp), the eye 4
// sides from the centre: white, the nearest corner at yaw 0 and pitch 0 (and at yaw -90), is drawn
// half a side times 4 / 3.5 from the centre, up and to the right (to the left at yaw -90).
const FIT = 2.1, NEAR = 4 / 3.5;
const PAUSE_MS = 180;

function whiteCorner(view, sign) {
  const s = view.w / FIT;
  return { x: view.x + view.w / 2 + sign * s * 0.5 * NEAR, y: view.y + view.h / 2 - s * 0.5 * NEAR };
}
const centre = r => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const near = (p, q, slack) => Math.abs(p.x - q.x) <= slack && Math.abs(p.y - q.y) <= slack;
const fmt = p => `(${p.x.toFixed(1)}, ${p.y.toFixed(1)})`;

export async function view3dChecks(t) {
  const { check, expect, layout, api, frames, sleep, screenshot, parkMouse, pressKey, clickAt } = t;
  const page = () => t.page();

  await check('40 view3d({yaw: 0, pitch: 0}) puts white at its known pixel; a real drag across half the view turns it to yaw -90',
    async () => {
      await api('reset', 1);
      await api('setColor', 255, 255, 255);
      await api('view3d', { yaw: 0, pitch: 0, zoom: 1, space: 'cube' });
      await parkMouse();
      await frames(4);
      let l = await layout();
      const problems = [];
      const view = l.view3d;
      expect(view, 'layout() has no view3d');
      const expected = whiteCorner(view, 1);
      if (!near(centre(l.view3d_picked), expected, 1)) problems.push(`white at ${fmt(centre(l.view3d_picked))}, expected ${fmt(expected)}`);
      let img = await screenshot('40-view3d-face-on.png');
      const seen = pixelAt(img, Math.round(expected.x), Math.round(expected.y));
      if (Math.min(...seen) < 235) problems.push(`the pixel at ${fmt(expected)} is ${seen}, not white`);
      // The drag: pressed right of the centre, moved left by half the view's width, let go.
      const c = centre(view);
      await page().mouse.move(c.x + view.w / 4, c.y);
      await sleep(PAUSE_MS);
      await page().mouse.down();
      await sleep(PAUSE_MS);
      for (let k = 1; k <= 5; ++k) {
        await page().mouse.move(c.x + view.w / 4 - (view.w / 2) * k / 5, c.y);
        await sleep(PAUSE_MS);
      }
      await page().mouse.up();
      await sleep(PAUSE_MS);
      await parkMouse();
      await frames(3);
      const turned = await api('view3d');
      if (Math.abs(turned.yaw + 90) > 1 || turned.pitch !== 0) problems.push(`after the drag yaw ${turned.yaw}, pitch ${turned.pitch}`);
      l = await layout();
      const after = whiteCorner(l.view3d, -1);
      if (!near(centre(l.view3d_picked), after, 2)) problems.push(`after the drag white at ${fmt(centre(l.view3d_picked))}, expected ${fmt(after)}`);
      img = await screenshot('40-view3d-dragged.png');
      const seenAfter = pixelAt(img, Math.round(after.x), Math.round(after.y));
      if (Math.min(...seenAfter) < 235) problems.push(`the pixel at ${fmt(after)} is ${seenAfter}, not white`);
      expect(problems.length === 0, problems.join('; '));
      return `white at ${fmt(expected)} face on, ${fmt(after)} after the drag (yaw ${turned.yaw.toFixed(2)}); output/40-view3d-face-on.png, 40-view3d-dragged.png`;
    });

  await check('41 the wheel over the view zooms it (not the panel); two fingers pinch it; Reset view', async () => {
    await api('view3d', { yaw: -32, pitch: 24, zoom: 1 });
    await frames(2);
    const l = await layout();
    const c = centre(l.view3d);
    await page().mouse.move(c.x, c.y);
    await sleep(PAUSE_MS);
    await page().mouse.wheel(0, -300);  // three notches up: closer
    await sleep(PAUSE_MS);
    await frames(3);
    const zoomed = (await api('view3d')).zoom;
    // Two touch pointers moving apart from 40 to 80 CSS px: twice as close.
    await page().evaluate(({ x, y }) => {
      const canvas = document.getElementById('canvas');
      const fire = (type, id, dx, primary) => canvas.dispatchEvent(new PointerEvent(type, {
        pointerId: id, pointerType: 'touch', isPrimary: primary, clientX: x + dx, clientY: y, bubbles: true, cancelable: true }));
      fire('pointerdown', 11, -20, true);
      fire('pointerdown', 12, 20, false);
      fire('pointermove', 11, -40, true);
      fire('pointermove', 12, 40, false);
      fire('pointerup', 11, -40, true);
      fire('pointerup', 12, 40, false);
    }, c);
    await frames(3);
    const pinched = (await api('view3d')).zoom;
    await clickAt(centre(l.view3d_reset));
    await parkMouse();
    await frames(2);
    const reset = await api('view3d');
    const problems = [];
    if (!(Math.abs(zoomed - Math.pow(1.1, 3)) < 0.01)) problems.push(`three wheel notches: zoom ${zoomed}, expected 1.331`);
    // The fingers went from 40 to 80 px apart: twice as close.
    if (!(Math.abs(pinched / zoomed - 2) < 0.02)) problems.push(`the pinch: zoom ${zoomed} -> ${pinched}, expected twice`);
    if (!(reset.zoom === 1 && reset.yaw === -32 && reset.pitch === 24)) problems.push(`Reset view: ${JSON.stringify(reset)}`);
    expect(problems.length === 0, problems.join('; '));
    return `wheel x3: zoom ${zoomed.toFixed(3)}; pinch: ${pinched.toFixed(3)}; reset: ${JSON.stringify(reset)}`;
  });

  await check('42 the planes move between step 0 and step 1,000 (none cuts the cube at step 0, two at step 1,000)', async () => {
    await api('reset', 1);
    await api('setColor', 34, 119, 211);
    await api('view3d', { yaw: -32, pitch: 24, zoom: 1, space: 'cube' });
    await parkMouse();
    await frames(3);
    const planes = l => Object.keys(l).filter(k => k.startsWith('view3d_plane_')).sort();
    const l0 = await layout();
    const img0 = await screenshot('42-planes-step0.png');
    await api('step', 1000);
    await frames(3);
    const l1 = await layout();
    const img1 = await screenshot('42-planes-step1000.png');
    const v = l1.view3d;
    const a = crop(img0, v.x, v.y, v.w, v.h), b = crop(img1, v.x, v.y, v.w, v.h);
    let changed = 0;
    for (let i = 0; i < a.data.length; i += 3)
      if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 30) ++changed;
    const problems = [];
    if (planes(l0).length !== 0) problems.push(`step 0: ${planes(l0)}`);
    if (planes(l1).join() !== 'view3d_plane_1,view3d_plane_2') problems.push(`step 1,000: ${planes(l1)}`);
    if (changed < 2000) problems.push(`only ${changed} pixels of the view changed`);
    expect(problems.length === 0, problems.join('; '));
    return `${changed} pixels changed; planes at step 1,000: ${planes(l1).join(', ')}; output/42-planes-step0.png, 42-planes-step1000.png`;
  });

  await check('43 view3d() refuses NaN, infinities, values out of range and unknown keys by name', async () => {
    const cases = [
      [{ yaw: NaN }, /^yaw must be a finite number of degrees from -180 to 180, not NaN$/],
      [{ pitch: 91 }, /^pitch must be a finite number of degrees from -90 to 90, not 91$/],
      [{ zoom: Infinity }, /^zoom must be a finite number from 0.5 to 4, not Infinity$/],
      [{ zoom: -Infinity }, /^zoom must be a finite number from 0.5 to 4, not -Infinity$/],
      [{ space: 'sphere' }, /^space must be 'cube' or 'hidden', not "sphere"$/],
      [{ roll: 1 }, /^view3d has no argument "roll"/],
    ];
    const problems = [];
    for (const [args, expected] of cases) {
      const got = await page().evaluate(a => {
        try { window.fontshade.view3d(a); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
      }, args);
      const [name, message] = [got.split(': ')[0], got.slice(got.indexOf(': ') + 2)];
      if (name !== 'RangeError' || !expected.test(message)) problems.push(`${JSON.stringify(args)}: ${got}`);
    }
    expect(problems.length === 0, problems.join('; '));
    return `${cases.length} bad arguments refused by name`;
  });

  await check('44 keys: H turns the view to the hidden space (animated), C hides the 3-D view and shows the slice again', async () => {
    await api('view3d', { space: 'cube' });
    await page().evaluate(() => document.getElementById('canvas').focus());
    await pressKey('h');
    await frames(2);
    const turning = await api('view3d');
    await sleep(1600);
    await frames(2);
    const turned = await api('view3d');
    await pressKey('c');
    await frames(3);
    const l = await layout();
    const problems = [];
    if (turning.space !== 'hidden') problems.push(`H: space ${turning.space}`);
    if (!(turned.blend === 1)) problems.push(`the animation did not end in the hidden space: blend ${turned.blend}`);
    if (l.view3d || !l.surface) problems.push('C did not hide the 3-D view and show the slice');
    expect(problems.length === 0, problems.join('; '));
    return `blend ${turning.blend.toFixed(2)} just after H, ${turned.blend} later; C shows the slice`;
  });

  await check('45 screenshots of the cube and the hidden space at steps 0, 100 and 100,000, and in projector mode in Spanish', async () => {
    const files = [];
    for (const steps of [0, 100, 100000]) {
      await api('reset', 1);
      if (steps) await api('step', steps);
      for (const space of ['cube', 'hidden']) {
        await api('view3d', { yaw: -32, pitch: 24, zoom: 1, space });
        await parkMouse();
        await frames(3);
        const l = await layout();
        expect(l.view3d, `no view3d at step ${steps}, ${space}`);
        const file = `45-${space}-${steps}.png`;
        await screenshot(file, { x: l.panel_surface.x, y: l.panel_surface.y, width: l.panel_surface.w, height: l.panel_surface.h });
        files.push(file);
      }
    }
    await api('setLanguage', 'es');
    await api('setProjector', true);
    await api('view3d', { space: 'cube' });
    await frames(4);
    const l = await layout();
    await screenshot('45-projector-es.png');
    files.push('45-projector-es.png');
    await api('setProjector', false);
    await api('setLanguage', 'en');
    await frames(2);
    expect(l.view3d && l.tab_view3d, 'projector mode: no 3-D view in the diagram\'s place');
    return files.map(f => 'output/' + f).join(', ');
  });
}
