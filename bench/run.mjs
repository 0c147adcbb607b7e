#!/usr/bin/env node
/**
 * Performance benchmark of the built app in real Chromium (`npm run bench`).
 *
 *   1. builds the app (`npx vite build`) unless --no-build;
 *   2. writes synthetic datasets (tests/support/synthetic.ts) to <dist>/bench-data/<n>.json;
 *   3. serves <dist> with `vite preview` on 127.0.0.1:4180 (same origin as the app);
 *   4. for the bundled story and each size, opens the app in Debian's Chromium and measures
 *      the first usable view, frame times while scrubbing and while playing, long tasks and
 *      the JS heap; plus the gzipped size of the initial JS and CSS;
 *   5. prints a table, writes bench/results/latest.json and checks bench/budgets.json.
 *
 * Options:
 *   --sizes=100,1000     dataset sizes (default 100,1000,10000,100000)
 *   --no-story           skip the bundled-story run
 *   --no-build           use the existing build (see --dist)
 *   --dist=DIR           where the bench builds and serves the app from (default
 *                        node_modules/.cache/bench-dist, so other builds of dist/ cannot
 *                        delete the datasets mid-run; --dist=dist --no-build measures dist/)
 *   --strict             exit 1 when a budget fails (default: report only, exit 0)
 *   --profile            build unminified with source maps; save a CPU profile of the load
 *                        and of each interaction to bench/results/ and print where the time
 *                        goes, by function and by source module (bundle budget skipped)
 *   --trace              record a Chromium performance trace of each interaction and print
 *                        main-thread time by kind (Layout, style, Paint, JS …)
 *   --seed=N             generator seed (default 1)
 *   --no-import          skip the 100,000-row CSV import measurement
 *   --port=N             port of the bench's preview server (default $BENCH_PORT or 4180)
 *   --headed             show the browser window
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium). Playwright never downloads a browser.
 * Not part of `npm test`: run it on a quiet machine; other load skews frame times.
 */
import { mkdirSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './lib/bundle.mjs';
import { buildApp, loadGenerator, writeDatasets, startPreview } from './lib/processes.mjs';
import { measurePage } from './lib/browser.mjs';
import { moduleResolver } from './lib/profile.mjs';
import { formatTable, checkBudgets, formatBudgets } from './lib/report.mjs';
import { extras, formatExtra } from './lib/extras.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The bench builds into its own folder, not dist/: `npm test` and other work rebuild
 * dist/ (emptying it) at any time, which would delete the datasets mid-run.
 */
const DEFAULT_DIST = join(ROOT, 'node_modules', '.cache', 'bench-dist');
const RESULTS = join(ROOT, 'bench', 'results');
const HOST = '127.0.0.1';
const DEFAULT_PORT = Number(process.env.BENCH_PORT) || 4180;
const DEFAULT_SIZES = [100, 1_000, 10_000, 100_000];

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = {
    sizes: DEFAULT_SIZES,
    story: true,
    build: true,
    strict: false,
    profile: false,
    trace: false,
    headed: false,
    seed: 1,
    dist: DEFAULT_DIST,
    port: DEFAULT_PORT,
    extras: true,
  };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2);
    switch (key) {
      case '--sizes':
        opts.sizes = (value ?? '')
          .split(',')
          .map((s) => s.trim().replace(/_/g, ''))
          .filter(Boolean)
          .map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 0) throw new UsageError(`--sizes: not a size: ${s}`);
            return n;
          });
        break;
      case '--no-story':
        opts.story = false;
        break;
      case '--no-build':
        opts.build = false;
        break;
      case '--strict':
        opts.strict = true;
        break;
      case '--profile':
        opts.profile = true;
        break;
      case '--dist':
        if (!value) throw new UsageError('--dist takes a folder');
        opts.dist = resolve(ROOT, value);
        break;
      case '--trace':
        opts.trace = true;
        break;
      case '--no-import':
        opts.extras = false;
        break;
      case '--port':
        opts.port = Number(value);
        if (!Number.isInteger(opts.port) || opts.port <= 0)
          throw new UsageError('--port takes a port number');
        break;
      case '--headed':
        opts.headed = true;
        break;
      case '--seed':
        opts.seed = Number(value);
        if (!Number.isInteger(opts.seed)) throw new UsageError('--seed takes an integer');
        break;
      case '--help':
      case '-h':
        console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown option ${arg} (try --help)`);
    }
  }
  return opts;
}

const log = (...args) => console.log('[bench]', ...args);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const DIST = opts.dist;
  const distLabel = relative(ROOT, DIST) || '.';
  const startedAt = new Date().toISOString();
  mkdirSync(RESULTS, { recursive: true });

  // ---- 1. Build ---------------------------------------------------------------------
  const notes = [];
  if (opts.build) {
    const flags = `--outDir ${distLabel}${opts.profile ? ' --minify false --sourcemap' : ''}`;
    log(`building the app (npx vite build ${flags}) …`);
    const built = await buildApp(ROOT, { outDir: DIST, minify: !opts.profile });
    if (!built.ok) {
      console.error(built.output.trim().split('\n').slice(-30).join('\n'));
      if (!existsSync(join(DIST, 'index.html'))) {
        throw new Error(`the build failed and there is no previous build in ${distLabel}`);
      }
      notes.push(`build failed: measured the previous build in ${distLabel}`);
      log(`the build failed; measuring the previous build in ${distLabel} instead`);
    } else log(`built in ${built.ms} ms`);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--no-build but ${distLabel}/index.html does not exist: build first`);
  }
  const bundle = measureBundle(DIST);
  if (opts.profile) bundle.skipReason = 'unminified build (--profile)';

  // ---- 2. Datasets ------------------------------------------------------------------
  let datasets = {};
  log('bundling the generator …');
  const synthetic = await loadGenerator(ROOT);
  if (opts.sizes.length > 0) {
    log('writing datasets …');
    datasets = writeDatasets(synthetic.generateDataset, DIST, opts.sizes, opts.seed);
    for (const n of opts.sizes) {
      const d = datasets[n];
      log(
        `  ${n} events: ${(d.bytes / 1048576).toFixed(1)} MB, ${d.places} places, ${d.actors} actors, generated in ${d.generateMs} ms`,
      );
    }
  }

  // ---- 3. Server and browser ----------------------------------------------------------
  const server = await startPreview(ROOT, { outDir: DIST, host: HOST, port: opts.port });
  const stopServer = () => server.stop();
  process.on('exit', stopServer);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      stopServer();
      process.exit(130);
    });
  }

  const { chromium } = await import('@playwright/test');
  const executablePath = CHROMIUM_PATH;
  let browser;
  const runs = [];
  const extraResults = {};
  try {
    log(`serving dist at ${server.url}; launching ${executablePath}`);
    browser = await chromium.launch({
      executablePath,
      headless: !opts.headed,
      args: CHROMIUM_ARGS,
    });
    const browserVersion = browser.version();

    const targets = [];
    if (opts.story) {
      targets.push({ label: 'story', url: server.url, readyTimeoutMs: 10_000 });
    }
    for (const n of opts.sizes) {
      targets.push({
        label: String(n),
        events: n,
        url: `${server.url}?data=${encodeURIComponent(datasets[n].path)}`,
        expectTitle: datasets[n].title,
        readyTimeoutMs: n >= 100_000 ? 180_000 : 60_000,
      });
    }
    for (const target of targets) {
      log(`measuring ${target.label} …`);
      const r = await measurePage(browser, target, {
        profileDir: opts.profile ? RESULTS : null,
        moduleOf: opts.profile ? moduleResolver(DIST) : undefined,
        trace: opts.trace,
      });
      r.events = target.events ?? null;
      if (target.events !== undefined) r.dataset = datasets[target.events];
      runs.push(r);
      if (r.error) log(`  error: ${r.error}`);
      for (const n of r.notes) log(`  note: ${n}`);
      if (r.pageErrors) log(`  page errors: ${r.pageErrors.join(' | ')}`);
    }

    for (const extra of opts.extras ? extras : []) {
      extraResults[extra.id] = await extra.measure({
        browser,
        baseUrl: server.url,
        distDir: DIST,
        synthetic,
      });
    }

    // ---- 4. Report --------------------------------------------------------------------
    const measured = { runs: Object.fromEntries(runs.map((r) => [r.label, r])), bundle };
    const requested = runs.map((r) => r.label);
    const budgetFile = JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8'));
    const budgetResults = checkBudgets(budgetFile.budgets, measured, requested);

    console.log('');
    console.log(`Chromium ${browserVersion}, viewport 1400×900, ${startedAt}`);
    console.log(formatTable(runs));
    if (runs.some((r) => r.firstView?.source.startsWith('fallback'))) {
      console.log(
        '* no ready flag from the app: first view = base map and timeline slider present',
      );
    }
    if (runs.some((r) => r.datasetLoaded === false)) {
      console.log(
        '(!) the requested dataset did not load; the row measures whatever the app showed',
      );
    }
    console.log(
      `bundle: initial JS ${bundle.initialJsGzipKB ?? '–'} KB gzip (${bundle.files?.filter((f) => f.file.endsWith('.js')).length ?? 0} file(s)), ` +
        `CSS ${bundle.initialCssGzipKB ?? '–'} KB gzip${bundle.skipReason ? ` [${bundle.skipReason}]` : ''}`,
    );
    for (const extra of extras)
      if (extraResults[extra.id]) console.log(formatExtra(extra, extraResults[extra.id]));
    for (const r of runs) {
      for (const what of ['firstView', 'scrub', 'play']) {
        const p = r[what]?.profile;
        if (!p) continue;
        console.log(
          `\nCPU profile ${r.label} ${what}: ${p.busyMs} ms busy of ${p.sampledMs} ms (${p.file})`,
        );
        const section = (title, rows) => {
          console.log(`  ${title}:`);
          for (const row of rows) console.log(`  ${String(row.ms).padStart(9)} ms  ${row.name}`);
        };
        section('self time by function', p.selfByFunction.slice(0, 10));
        section('self time by module/package', p.selfByModule.slice(0, 6));
        section(
          'time under each app function (innermost src/ frame)',
          p.byAppFunction.slice(0, 12),
        );
      }
    }
    for (const r of runs) {
      for (const what of ['scrub', 'play']) {
        const t = r[what]?.trace;
        if (!t) continue;
        console.log(
          `\nTrace ${r.label} ${what}: main thread busy ${t.busyMs} ms; self time by kind:`,
        );
        for (const row of t.selfByEvent.slice(0, 12)) {
          console.log(`  ${String(row.ms).padStart(9)} ms  ${row.name}`);
        }
      }
    }
    console.log('\nBudgets:');
    console.log(formatBudgets(budgetResults));
    const failed = budgetResults.filter((b) => b.status === 'FAIL').length;
    const passed = budgetResults.filter((b) => b.status === 'PASS').length;
    console.log(
      `${passed} passed, ${failed} failed, ${budgetResults.length - passed - failed} skipped`,
    );
    for (const n of notes) console.log(`note: ${n}`);

    const out = {
      startedAt,
      node: process.version,
      chromium: browserVersion,
      options: opts,
      notes,
      bundle,
      runs,
      extras: extraResults,
      budgets: budgetResults,
    };
    writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(out, null, 2) + '\n');
    log(`results written to ${join('bench', 'results', 'latest.json')}`);
    return failed > 0 && opts.strict ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[bench] ${err instanceof UsageError ? err.message : (err?.stack ?? err)}`);
    process.exit(2);
  },
);
