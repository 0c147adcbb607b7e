/**
 * The trim of Leaflet's ES module (scripts/lib/trimLeafletJs.mjs) that vite.config.ts applies:
 * on Leaflet itself it removes exactly the parts the app does not use, and its cascade follows
 * references without being fooled by a function's own parameters and variables.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAst } from 'vite';
import { EXPECTED, LEAFLET_ESM, trimLeafletJs } from '../../../scripts/lib/trimLeafletJs.mjs';

const leaflet = readFileSync(LEAFLET_ESM, 'utf8');

function exportsOf(code: string): string[] {
  const list = /^export \{([^}]*)\};/m.exec(code)?.[1] ?? '';
  return list
    .split(',')
    .map((s) =>
      s
        .trim()
        .split(/\s+as\s+/)
        .pop()!,
    )
    .filter(Boolean);
}

describe('trimLeafletJs on Leaflet 1.9', () => {
  const trimmed = trimLeafletJs(leaflet, parseAst);

  it('removes what EXPECTED lists, and nothing else', () => {
    expect(trimmed.removed).toEqual(EXPECTED);
  });

  it('keeps what the app uses and exports no removed name', () => {
    const names = exportsOf(trimmed.code);
    for (const kept of ['Map', 'Marker', 'DivIcon', 'Polyline', 'Path', 'SVG', 'svg', 'Layer'])
      expect(names, kept).toContain(kept);
    for (const kept of ['LayerGroup', 'layerGroup', 'TileLayer', 'tileLayer', 'control', 'DomUtil'])
      expect(names, kept).toContain(kept);
    for (const gone of ['Popup', 'Tooltip', 'GeoJSON', 'Polygon', 'Canvas', 'canvas', 'circle'])
      expect(names, gone).not.toContain(gone);
    // Every name it still exports is declared in what is left.
    for (const name of ['Map', 'Marker', 'Polyline'])
      expect(trimmed.code).toMatch(new RegExp(`^var ${name} = `, 'm'));
  });

  it('is a third smaller, still parses, and the map draws its paths with SVG', () => {
    expect(trimmed.code.length).toBeLessThan(leaflet.length * 0.85);
    expect(() => parseAst(trimmed.code)).not.toThrow();
    expect(trimmed.code).toContain('return svg(options);');
    expect(trimmed.code).not.toMatch(/\bcanvas\(options\)/);
    expect(trimmed.code).not.toMatch(/openPopup:|bindTooltip:/);
    // Popups are optional in Leaflet's own code: the keyboard handler checks before closing one.
    expect(trimmed.code).toContain('key === 27 && map._popup && map._popup.options');
  });
});

describe('trimLeafletJs cascade', () => {
  const source = [
    'var A = B.extend({ x: 1 });',
    'var a = function (o) { return new A(o); };',
    'X.include({ f: function () { return a(); } });',
    'function keep(a) { var A = 2; return a + A; }',
    'var K = Y.extend({ g: function () { return keep(1); } });',
    'B.A = A;',
    'export { A, a, K, keep as kept };',
  ].join('\n');

  it('removes the statements that name a removed class, in any order, and no others', () => {
    const out = trimLeafletJs(source, parseAst, ['A'], []);
    expect(out.removed).toEqual(['A', 'a']);
    expect(out.code).not.toContain('X.include');
    expect(out.code).not.toContain('B.A = A');
    expect(out.code).toContain('function keep(a) { var A = 2; return a + A; }');
    expect(out.code).toContain('var K = Y.extend');
    expect(out.code).toContain('export { K, keep as kept };');
  });

  it('refuses a Leaflet whose renderer choice it does not recognise', () => {
    expect(() => trimLeafletJs('var x = 1;\nexport { x };', parseAst)).toThrow(/not once/);
  });
});
