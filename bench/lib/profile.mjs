/**
 * CPU profiles through the Chrome DevTools Protocol, and summaries of one: which
 * functions the main thread spent its own time in, and which module of the app the time
 * was spent under. Both are readable only in an unminified build with source maps:
 * `npm run bench -- --profile` builds with `--minify false --sourcemap`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export async function startProfile(cdp, intervalUs = 250) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile;
}

function shortUrl(url) {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.pathname.split('/').pop() || u.pathname;
  } catch {
    return url;
  }
}

function keyOf(cf) {
  const name = cf.functionName || '(anonymous)';
  return cf.url ? `${name} ${shortUrl(cf.url)}:${cf.lineNumber + 1}` : name;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map "mappings" → per generated line, sorted [column, sourceIndex] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * (url, 0-based line, 0-based column) → original source file ('src/map/layers/RoutesLayer.tsx',
 * 'node_modules/leaflet/dist/leaflet-src.js'), from the source map next to the script in
 * `distDir` (the --profile build has them); null when unknown.
 */
export function moduleResolver(distDir) {
  const cache = new Map();
  const load = (url) => {
    if (cache.has(url)) return cache.get(url);
    let entry = null;
    try {
      const path = join(distDir, new URL(url).pathname) + '.map';
      if (existsSync(path)) {
        const map = JSON.parse(readFileSync(path, 'utf8'));
        const sources = map.sources.map((src) => {
          const clean = src.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
          const i = clean.indexOf('node_modules/');
          return i >= 0 ? clean.slice(i) : clean;
        });
        entry = { lines: decodeMappings(map.mappings), sources };
      }
    } catch {
      entry = null;
    }
    cache.set(url, entry);
    return entry;
  };
  return (url, line, column = 0) => {
    if (!url || !/^https?:/.test(url)) return null;
    const entry = load(url);
    const segments = entry?.lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    let found = segments[0];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column) {
        found = segments[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return entry.sources[found[1]] ?? null;
  };
}

/** node_modules/react-dom/cjs/… → react-dom; src files stay whole. */
function packageOf(module) {
  if (!module) return null;
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

/**
 * Summary of a profile: busy time, top functions by self time, self time per module or
 * package, and time per app function (the innermost `src/` frame on each sampled stack,
 * so a component's render, the library code it calls and the native calls it makes
 * count for it; time with no app frame on the stack counts for the outermost library).
 */
export function summarizeProfile(profile, moduleOf = () => null, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];

  const selfFn = new Map();
  const selfModule = new Map();
  const underApp = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  let totalUs = 0;
  let idleUs = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the gap after it belongs to sample i.
    const us = Math.max(0, deltas[i + 1] ?? 0);
    const leaf = byId.get(samples[i]);
    if (!leaf) continue;
    const cf = leaf.callFrame;
    totalUs += us;
    if (cf.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    add(selfFn, keyOf(cf), us);
    const leafModule = moduleOf(cf.url, cf.lineNumber, cf.columnNumber);
    add(
      selfModule,
      packageOf(leafModule) ?? (cf.url ? shortUrl(cf.url) : cf.functionName || '(native)'),
      us,
    );

    let owner = null;
    let outermostLib = null;
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)?.callFrame;
      if (!f) continue;
      const mod = moduleOf(f.url, f.lineNumber, f.columnNumber);
      if (mod?.startsWith('src/')) {
        owner = `${mod} ${f.functionName || '(anonymous)'}`;
        break;
      }
      if (mod) outermostLib = packageOf(mod);
    }
    add(
      underApp,
      owner ?? (outermostLib ? `${outermostLib} (no app frame)` : cf.functionName || '(native)'),
      us,
    );
  }
  const topOf = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  return {
    sampledMs: Math.round(totalUs / 1000),
    busyMs: Math.round((totalUs - idleUs) / 1000),
    selfByFunction: topOf(selfFn, top),
    selfByModule: topOf(selfModule, 10),
    byAppFunction: topOf(underApp, top),
  };
}
