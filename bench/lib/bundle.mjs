/**
 * Initial download of the built app: the module script, modulepreload links and
 * stylesheets that dist/index.html references (lazy chunks are not counted), gzipped
 * with node:zlib at its default level (as Vite's own build report does).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Local asset paths referenced by index.html, split into js and css. */
export function initialAssets(indexHtml) {
  const js = [];
  const css = [];
  for (const m of indexHtml.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const src = attr(tag, 'src');
    if (src && (attr(tag, 'type') ?? '').toLowerCase() === 'module') js.push(src);
  }
  for (const m of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) js.push(href);
    else if (rel.includes('stylesheet')) css.push(href);
  }
  const local = (u) => !/^[a-z]+:\/\//i.test(u) && !u.startsWith('//');
  return { js: [...new Set(js.filter(local))], css: [...new Set(css.filter(local))] };
}

function sizeOf(distDir, href) {
  const path = join(distDir, href.replace(/^\//, '').split(/[?#]/)[0]);
  if (!existsSync(path)) return { file: href, bytes: null, gzipBytes: null, missing: true };
  const buf = readFileSync(path);
  return { file: href, bytes: buf.length, gzipBytes: gzipSync(buf).length };
}

/** Sizes of the initial JS and CSS of the build in `distDir`. */
export function measureBundle(distDir) {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return { error: `no ${indexPath}` };
  const assets = initialAssets(readFileSync(indexPath, 'utf8'));
  const js = assets.js.map((f) => sizeOf(distDir, f));
  const css = assets.css.map((f) => sizeOf(distDir, f));
  const sum = (list, key) => list.reduce((s, f) => s + (f[key] ?? 0), 0);
  const kb = (b) => Math.round((b / 1024) * 10) / 10;
  return {
    files: [...js, ...css],
    initialJsBytes: sum(js, 'bytes'),
    initialJsGzipBytes: sum(js, 'gzipBytes'),
    initialJsGzipKB: kb(sum(js, 'gzipBytes')),
    initialCssGzipBytes: sum(css, 'gzipBytes'),
    initialCssGzipKB: kb(sum(css, 'gzipBytes')),
    initialTotalGzipKB: kb(sum(js, 'gzipBytes') + sum(css, 'gzipBytes')),
  };
}
