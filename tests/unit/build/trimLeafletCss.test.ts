import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimLeafletCss } from '../../../scripts/lib/trimLeafletCss.mjs';

const require = createRequire(import.meta.url);
const leafletCss = readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8');
const trimmed = trimLeafletCss(leafletCss);
const selectors = (css: string) =>
  new Set(
    [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim())),
  );

describe("Leaflet's stylesheet, trimmed for the first view", () => {
  it('keeps the panes, the zoom and attribution controls, animations and cursors', () => {
    const kept = selectors(trimmed);
    for (const s of [
      '.leaflet-pane',
      '.leaflet-container',
      '.leaflet-control-zoom-in',
      '.leaflet-container .leaflet-control-attribution',
      '.leaflet-zoom-anim .leaflet-zoom-animated',
      '.leaflet-interactive',
      '.leaflet-grab',
      '.leaflet-marker-icon',
      '.leaflet-touch .leaflet-bar a',
    ])
      expect(kept, s).toContain(s);
    expect(trimmed).toMatch(/@media print \{\s*\.leaflet-control \{/);
  });

  it('drops popups, tooltips, the layers and scale controls and the images they inline', () => {
    expect(trimmed).not.toMatch(/popup|tooltip|control-layers|control-scale|div-icon|vml|oldie/);
    expect(trimmed).not.toContain('url(');
    expect(trimmed.length).toBeLessThan(leafletCss.length / 2);
  });

  it('keeps the other selectors of a rule that listed a dropped one', () => {
    expect(trimLeafletCss('.a,\n.leaflet-popup-pane, .b { color: red; }')).toBe(
      '.a,\n.b { color: red; }\n',
    );
  });
});
