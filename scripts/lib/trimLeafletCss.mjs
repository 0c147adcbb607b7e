/**
 * Leaflet's stylesheet (leaflet/dist/leaflet.css) less the rules of the parts this app never
 * uses: popups, tooltips, the layers and scale controls, the default marker icon (every marker
 * here is a divIcon with its own class), `leaflet-div-icon`, VML and old Internet Explorer.
 * Those rules carried three PNGs inlined as base64 (the layers control's and the default
 * icon's), about 3.5 KB of the first view's gzipped stylesheet. vite.config.ts applies it to
 * the stylesheet as it is imported; using one of those parts means taking it off UNUSED.
 */
export const UNUSED =
  /leaflet-(popup|tooltip|control-layers|control-scale|default-icon-path|oldie|vml|div-icon)|(^|[^\w-])lvml\b/;

/** Drops the selectors that UNUSED matches, and each rule left without one; no comments. */
export function trimLeafletCss(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    if (prelude.startsWith('@')) {
      const inner = trimLeafletCss(body);
      if (inner.trim()) out += `${prelude} {\n${inner}}\n`;
    } else {
      const kept = prelude
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !UNUSED.test(s));
      if (kept.length > 0) out += `${kept.join(',\n')} {${body}}\n`;
    }
    i = j;
  }
  return out;
}
