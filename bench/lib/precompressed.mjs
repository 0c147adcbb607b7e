/**
 * A `vite preview` plugin for the bench: large files of the served build are gzipped once,
 * when the server starts, and sent precompressed to a browser that accepts gzip, as a
 * static host or a CDN does. Without it, `vite preview` gzips every response on the fly:
 * the 67 MB file of 1,000,000 events took it about 1.4 s of the same two cores the browser
 * measured runs on, which no user's browser pays. Small files are left to `vite preview`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.tsv': 'text/tab-separated-values',
  '.csv': 'text/csv',
};

/** Files of `dir` (recursively) of at least `minBytes` with a compressible type. */
export function largeFiles(dir, minBytes) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.size >= minBytes && TYPES[extname(name)]) out.push(path);
    }
  };
  walk(dir);
  return out;
}

export function precompressedPreview({ minBytes = 256 * 1024 } = {}) {
  return {
    name: 'bench-precompressed-preview',
    configurePreviewServer(server) {
      const root = server.config.build.outDir;
      const dist = root.startsWith('/') ? root : join(server.config.root, root);
      const files = new Map();
      for (const path of largeFiles(dist, minBytes)) {
        const url = `/${relative(dist, path).split(sep).join('/')}`;
        files.set(url, {
          gz: gzipSync(readFileSync(path), { level: 6 }),
          type: TYPES[extname(path)],
        });
      }
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const file = files.get(path);
        if (!file || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        res.setHeader('Content-Type', file.type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', String(file.gz.length));
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.statusCode = 200;
        res.end(req.method === 'HEAD' ? undefined : file.gz);
      });
    },
  };
}
