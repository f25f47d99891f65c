// Browser checks for the diagram's numbers (issue 15): on the real page, with the real fonts, at
// 1024x768 and 1920x1080, in normal and projector mode, in English and Spanish, in every phase of
// seed 1's first step (and at rest after 2000 steps of seed 3), the numbers layout() reports
// (diagram_label_*) cover no other number and no node (diagram_input_*, diagram_hidden_*,
// diagram_output) and stay inside the diagram; the numbers with no room are reported as
// diagram_hover_* (shown while their edge or node is pointed at), and then a hint says how many, where
// it covers nothing (diagram_hint). In normal mode every number shows in every phase but dC_dW1, whose
// nine long gradients on nine crossing edges have room for two or more. The network panel of the
// issue's screens is kept in output/diagram-*.png.
// `t` is the harness of e2e.mjs (page, check, expect, helpers).
const PHASES = ['sample', 'Z1', 'A1', 'Z2', 'A2', 'C', 'dC_dA2', 'dA2_dZ2', 'dC_dW2', 'dC_dA1', 'dA1_dZ1', 'dC_dW1', 'update'];
const SHOWN_PHASES = [null, 'dC_dA1', 'dC_dW1'];  // the issue's screens, kept to be looked at

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r, box) => r.x >= box.x - 0.5 && r.y >= box.y - 0.5 && r.x + r.w <= box.x + box.w + 0.5 && r.y + r.h <= box.y + box.h + 0.5;
const entries = (l, prefix) => Object.entries(l).filter(([name]) => name.startsWith(prefix));

// Every collision among the numbers the layout reports, as sentences.
export function diagramCollisions(l) {
  const labels = entries(l, 'diagram_label_');
  const nodes = [...entries(l, 'diagram_input_'), ...entries(l, 'diagram_hidden_').filter(([n]) => /_\d+$/.test(n)),
                 ...entries(l, 'diagram_output')].filter(([n]) => n !== 'diagram_output_edges');
  const found = [];
  if (l.diagram_hint) {
    for (const [name, q] of [...labels, ...nodes]) if (overlap(l.diagram_hint, q)) found.push(`the hint covers ${name}`);
    if (l.diagram && !inside(l.diagram_hint, l.diagram)) found.push('the hint leaves the diagram');
  }
  labels.forEach(([name, r], k) => {
    if (l.diagram && !inside(r, l.diagram)) found.push(`${name} leaves the diagram`);
    for (const [other, q] of labels.slice(0, k)) if (overlap(r, q)) found.push(`${name} covers ${other}`);
    for (const [node, q] of nodes) if (overlap(r, q)) found.push(`${name} covers ${node}`);
  });
  return { found, labels: labels.length, hover: entries(l, 'diagram_hover_').length, nodes: nodes.length, hint: !!l.diagram_hint };
}

export async function diagramChecks(t) {
  const { check, expect, layout, api, frames, screenshot, parkMouse, inContext } = t;

  // One screen in one mode and language: every phase, the numbers' collisions; returns what it saw.
  async function walk(size, projector, language) {
    const seen = [];
    await api('setProjector', projector);
    await api('setLanguage', language);
    await parkMouse();
    await frames(3);  // the new type and layout settle
    for (const [seed, steps, phases] of [[1, 1, [null, ...PHASES]], [3, 2000, [null, 'dC_dW1']]]) {
      await api('phase', null);
      await api('reset', seed);
      await api('step', steps);
      for (const phase of phases) {
        await api('phase', phase);
        await frames(2);
        const l = await layout();
        seen.push({ seed, phase, ...diagramCollisions(l) });
        if (seed === 1 && SHOWN_PHASES.includes(phase) && l.panel_network) {
          const p = l.panel_network;
          await screenshot(`diagram-${size.width}-${projector ? 'projector' : 'normal'}-${language}-${phase || 'rest'}.png`,
                           { x: p.x, y: p.y, width: p.w, height: p.h });
        }
      }
    }
    return seen;
  }

  // What one screen must show: no collision, the nodes reported, the twelve weights at rest; in normal
  // mode every number but some of dC_dW1's, and the hint then.
  function judge(seen, projector) {
    const bad = seen.filter(s => s.found.length);
    const nodesMissing = seen.filter(s => s.nodes < 7);
    expect(nodesMissing.length === 0, `layout() lacks the diagram's nodes at ${nodesMissing.map(s => s.phase).join(', ')}`);
    expect(bad.length === 0, bad.slice(0, 4).map(s => `seed ${s.seed} ${s.phase || 'at rest'}: ${s.found.slice(0, 4).join('; ')}`).join(' | '));
    const rest = seen.find(s => s.seed === 1 && s.phase === null);
    expect(rest.labels + rest.hover === 12, `at rest ${rest.labels} numbers shown and ${rest.hover} on hover, not the 12 weights`);
    if (!projector) {
      const hidden = seen.filter(s => s.hover > 0 && s.phase !== 'dC_dW1');
      expect(hidden.length === 0, `in normal mode, numbers only on hover at ${hidden.map(s => `${s.phase || 'rest'} (${s.hover})`).join(', ')}`);
      const gradients = seen.filter(s => s.phase === 'dC_dW1');
      expect(gradients.every(s => s.labels >= 2 && (s.hover === 0 || s.hint)),
             `at dC_dW1: ${gradients.map(s => `${s.labels} shown, ${s.hover} on hover${s.hint ? ' (hint)' : ''}`).join('; ')}`);
    }
    const shown = seen.reduce((n, s) => n + s.labels, 0), onHover = seen.reduce((n, s) => n + s.hover, 0);
    return `${seen.length} screens, ${shown} numbers shown, ${onHover} on hover`;
  }

  // One page a size; in it each mode and language in turn.
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }])
    await inContext({ viewport: size, deviceScaleFactor: 1 }, async () => {
      for (const projector of [false, true])
        for (const language of ['en', 'es'])
          await check(`D1 diagram numbers at ${size.width}x${size.height}${projector ? ' projector' : ''} ${language}: ` +
                      'in every phase none covers another or a node', async () =>
            `${judge(await walk(size, projector, language), projector)}; output/diagram-${size.width}-*.png`);
    });
}
