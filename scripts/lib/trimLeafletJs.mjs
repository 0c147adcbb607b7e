/**
 * Leaflet's ES module (leaflet/dist/leaflet-src.esm.js) less the parts this app never uses,
 * the script's counterpart of trimLeafletCss.mjs. Leaflet builds its classes with calls
 * (`var Popup = DivOverlay.extend({...})`) and wires them in with more calls
 * (`Map.include({ openPopup... })`, `Control.Layers = Layers`), which a bundler must keep:
 * none of it is tree-shaken, and all of Leaflet was in the first bundle.
 *
 * `trimLeafletJs` removes the top-level statements that declare a name in UNUSED, then,
 * until nothing changes, every top-level statement that refers to a removed name (names a
 * function declares for itself, its parameters and variables, do not count), and takes the
 * removed names off the module's export list. What goes is checked against EXPECTED, so a
 * new Leaflet that wires things differently fails the build rather than lose a part the app
 * needs. Using one of these parts means taking it off UNUSED (and EXPECTED).
 *
 * One statement is rewritten first (REWRITES): Map's default renderer is SVG unless the map
 * was made with `preferCanvas`, which this app never sets; without that option the canvas
 * renderer (the app draws its own canvases) goes too.
 *
 * Kept, because the app or Leaflet's own wiring needs them: Map and its handlers (box zoom,
 * keyboard, touch...), Marker and DivIcon, Path, Polyline and the SVG renderer, LayerGroup,
 * GridLayer and TileLayer, the zoom and attribution controls.
 */

import { createRequire } from 'node:module';
import { parseAst } from 'vite';

/** Where Leaflet's ES module is (its package.json names only the UMD build). */
export const LEAFLET_ESM = createRequire(import.meta.url).resolve(
  'leaflet/dist/leaflet-src.esm.js',
);

/** Replacements made before the trim; each must match exactly once. */
export const REWRITES = [
  {
    from: 'return (this.options.preferCanvas && canvas(options)) || svg(options);',
    to: 'return svg(options);',
  },
];

/** Popups, tooltips, GeoJSON, polygons, circles, image/video/SVG overlays, WMS, feature
 * groups, the layers and scale controls, the canvas renderer. */
export const UNUSED = [
  'DivOverlay',
  'Popup',
  'Tooltip',
  'GeoJSON',
  'FeatureGroup',
  'ImageOverlay',
  'VideoOverlay',
  'SVGOverlay',
  'Polygon',
  'Rectangle',
  'CircleMarker',
  'Circle',
  'PolyUtil',
  'TileLayerWMS',
  'Layers',
  'Scale',
  'Canvas',
];

/** Every top-level name that goes with them (the factories and GeoJSON's helpers). */
export const EXPECTED = [
  ...UNUSED,
  'layers',
  'scale',
  'featureGroup',
  'circleMarker',
  'circle',
  'polygon',
  'geometryToLayer',
  'geoJSON',
  'geoJson',
  'imageOverlay',
  'videoOverlay',
  'svgOverlay',
  'popup',
  'tooltip',
  'tileLayerWMS',
  'rectangle',
  'canvas',
].sort();

/** Depth-first walk over an ESTree node, with each child's parent and key. */
function walk(node, visit, parent, key) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent, key);
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (Array.isArray(v)) for (const c of v) walk(c, visit, node, k);
    else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v, visit, node, k);
  }
}

/** The top-level names a statement declares and the free names it refers to. */
function namesOf(statement) {
  const declares = new Set();
  if (statement.type === 'VariableDeclaration')
    for (const d of statement.declarations) if (d.id.type === 'Identifier') declares.add(d.id.name);
  if (statement.type === 'FunctionDeclaration' && statement.id) declares.add(statement.id.name);
  const locals = new Set();
  const refs = new Set();
  walk(statement, (n, parent, key) => {
    if (n.type !== 'Identifier' || !parent) return;
    if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return;
    if (parent.type === 'Property' && key === 'key' && !parent.computed) return;
    if (
      (parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression') &&
      (key === 'params' || key === 'id')
    ) {
      // A declaration's own name is in `declares`; its parameters are its own.
      if (key === 'params' || parent !== statement) locals.add(n.name);
      return;
    }
    if (parent.type === 'VariableDeclarator' && key === 'id') {
      if (!statement.declarations?.includes(parent)) locals.add(n.name);
      return;
    }
    refs.add(n.name);
  });
  for (const name of [...locals, ...declares]) refs.delete(name);
  return { declares, refs };
}

/**
 * @param {string} code leaflet-src.esm.js
 * @param {(code: string) => { body: any[] }} parse an ESTree parser (Vite's `parseAst`)
 * @returns {{ code: string, removed: string[] }} the trimmed module and the names it lost
 */
export function trimLeafletJs(source, parse, unused = UNUSED, rewrites = REWRITES) {
  let code = source;
  for (const { from, to } of rewrites) {
    const count = code.split(from).length - 1;
    if (count !== 1) throw new Error(`trimLeafletJs: "${from}" found ${count} times, not once`);
    code = code.replace(from, to);
  }
  const statements = parse(code).body.map((s) => ({ s, ...namesOf(s), removed: false }));
  const gone = new Set(unused);
  for (let changed = true; changed;) {
    changed = false;
    for (const st of statements) {
      if (st.removed || st.s.type === 'ExportNamedDeclaration') continue;
      const hit = [...st.declares, ...st.refs].some((n) => gone.has(n));
      if (!hit) continue;
      st.removed = true;
      changed = true;
      for (const name of st.declares) gone.add(name);
    }
  }
  const removed = new Set();
  let out = '';
  let at = 0;
  for (const st of statements) {
    if (st.s.type === 'ExportNamedDeclaration' && !st.s.declaration) {
      const kept = st.s.specifiers.filter((sp) => !gone.has(sp.local.name));
      out += code.slice(at, st.s.start);
      out += `export { ${kept
        .map((sp) =>
          sp.local.name === sp.exported.name
            ? sp.local.name
            : `${sp.local.name} as ${sp.exported.name}`,
        )
        .join(', ')} };`;
      at = st.s.end;
    } else if (st.removed) {
      out += code.slice(at, st.s.start);
      at = st.s.end;
      for (const name of st.declares) removed.add(name);
    }
  }
  out += code.slice(at);
  return { code: out, removed: [...removed].sort() };
}

/**
 * The Vite plugin (vite.config.ts, vite.player.config.ts): `leaflet` is the trimmed ES
 * module, and the build fails if what the trim removes is not exactly EXPECTED.
 * @returns {import('vite').Plugin}
 */
export function trimLeafletScript() {
  return {
    name: 'trim-leaflet-js',
    enforce: 'pre',
    resolveId(source) {
      return source === 'leaflet' ? LEAFLET_ESM : null;
    },
    transform(code, id) {
      if (id.split('?')[0] !== LEAFLET_ESM) return null;
      const trimmed = trimLeafletJs(code, parseAst);
      if (trimmed.removed.join() !== EXPECTED.join())
        throw new Error(
          `trim-leaflet-js removed ${trimmed.removed.join(', ')}; expected ${EXPECTED.join(', ')}`,
        );
      return { code: trimmed.code, map: null };
    },
  };
}
