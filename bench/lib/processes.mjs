/**
 * Child processes of the benchmark: the production build, the synthetic-data generator
 * (TypeScript, bundled once with Vite's JS API so plain Node can import it) and the
 * `vite preview` server, which runs in its own process group so it can be stopped whole.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs a command; resolves { code, output } (stdout and stderr interleaved). */
export function run(cmd, args, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: -1, output: output + String(err) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** `npx vite build --outDir <outDir>` (unminified, with source maps, for CPU profiles). */
export async function buildApp(root, { outDir, minify = true }) {
  const args = [
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    ...(minify ? [] : ['--minify', 'false', '--sourcemap']),
  ];
  const t0 = performance.now();
  const { code, output } = await run('npx', args, { cwd: root });
  return { ok: code === 0, ms: Math.round(performance.now() - t0), output };
}

/** Bundles tests/support/synthetic.ts to an ES module and imports it. */
export async function loadGenerator(root) {
  const { build } = await import('vite');
  const outDir = join(root, 'node_modules', '.cache', 'bench-gen');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: {
        entry: join(root, 'tests', 'support', 'synthetic.ts'),
        formats: ['es'],
        fileName: () => 'synthetic.mjs',
      },
      outDir,
      emptyOutDir: true,
      write: true,
      minify: false,
      target: 'node20',
      reportCompressedSize: false,
    },
  });
  const url = pathToFileURL(join(outDir, 'synthetic.mjs'));
  url.search = `?t=${Date.now()}`;
  const mod = await import(url.href);
  if (typeof mod.generateDataset !== 'function' || typeof mod.travelRecordCsv !== 'function') {
    throw new Error('synthetic.ts does not export generateDataset and travelRecordCsv');
  }
  return mod;
}

/**
 * Writes <dist>/bench-data/<n>.json for each size; returns per-size facts. Each file is
 * generated once per (size, seed, generator source) into `cacheDir` and hard-linked (or
 * copied) into dist, since every build empties dist and 1,000,000 events take ~15 s.
 * `keep` lists sizes whose dataset object is returned too (for TimelineJS's conversion).
 * Sizes from `columnarFrom` on are written in the app's compact columnar form (README,
 * "Compact form": the app's JSON of 1,000,000 events is about 170 MB) by `generateColumnar`;
 * their `bytes` stay the size of the same dataset in the app's JSON (the heap budget's
 * measure), `fileBytes` is what is served.
 */
export function writeDatasets(
  generateDataset,
  distDir,
  sizes,
  seed,
  { cacheDir, stamp, keep = [], generateColumnar = null, columnarFrom = Infinity } = {},
) {
  const dir = join(distDir, 'bench-data');
  mkdirSync(dir, { recursive: true });
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const out = {};
  for (const n of sizes) {
    const columnar = generateColumnar !== null && n >= columnarFrom;
    const name = `${n}-s${seed}-${stamp ?? 'x'}${columnar ? '-columnar' : ''}`;
    const cached = cacheDir ? join(cacheDir, `${name}.json`) : null;
    const metaFile = cacheDir ? join(cacheDir, `${name}.meta.json`) : null;
    const target = join(dir, `${n}.json`);
    let facts;
    let dataset = null;
    if (cached && existsSync(cached) && existsSync(metaFile) && !keep.includes(n)) {
      facts = { ...JSON.parse(readFileSync(metaFile, 'utf8')), cached: true };
    } else {
      const t0 = performance.now();
      dataset = generateDataset({ events: n, seed });
      const generateMs = Math.round(performance.now() - t0);
      let json = JSON.stringify(dataset);
      const bytes = Buffer.byteLength(json);
      if (columnar) json = JSON.stringify(generateColumnar({ events: n, seed }));
      facts = {
        path: `/bench-data/${n}.json`,
        title: typeof dataset.title === 'string' ? dataset.title : dataset.title.en,
        events: dataset.events.length,
        places: dataset.places.length,
        actors: dataset.actors.length,
        bytes,
        fileBytes: Buffer.byteLength(json),
        form: columnar ? 'columnar' : 'app JSON',
        generateMs,
      };
      if (cached) {
        writeFileSync(cached, json);
        writeFileSync(metaFile, JSON.stringify(facts));
      } else writeFileSync(target, json);
    }
    if (cached) {
      rmSync(target, { force: true });
      try {
        linkSync(cached, target);
      } catch {
        copyFileSync(cached, target);
      }
    }
    out[n] = { ...facts, ...(dataset && keep.includes(n) ? { dataset } : {}) };
  }
  return out;
}

/** Starts `vite preview` of `outDir` on host:port and waits until it answers. */
export async function startPreview(root, { outDir, host, port, timeoutMs = 30_000 }) {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      // The app's configuration, with large files served precompressed as a static host does.
      '--config',
      'bench/vite.preview.config.ts',
      '--outDir',
      outDir,
      '--host',
      host,
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  let exited = null;
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('exit', (code, signal) => (exited = { code, signal }));

  let stopped = false;
  const stop = () => {
    if (stopped || exited) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and vite
    } catch {
      /* already gone */
    }
  };

  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`vite preview exited (${JSON.stringify(exited)}):\n${output.trim()}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop, output: () => output };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
}
