#!/usr/bin/env node
/**
 * Performance benchmark of the built app in real Chromium (`npm run bench`), issue #15.
 *
 *   1. builds the app (`npx vite build`) unless --no-build;
 *   2. writes seeded synthetic datasets (tests/support/synthetic.ts) to <dist>/bench-data/
 *      (generated once per size and seed into node_modules/.cache/bench-data, then linked);
 *   3. serves <dist> with `vite preview` on 127.0.0.1 (same origin as the app), with
 *      TimelineJS copied from node_modules into <dist>/bench-timelinejs/; every request
 *      that leaves the machine is blocked (the bench works offline);
 *   4. runs each part --runs times (default 3), interleaved (run 1 of every size, then run
 *      2, …) so that load on the machine spreads over all sizes: the bundled story, each
 *      size, the built-in record (opened from its address, ?data=records/…); for each:
 *      first usable view, progress indication, frame times and long tasks while scrubbing
 *      and while playing, JS heap; then TimelineJS side by side at 1,000 and 5,000 events;
 *      the 100,000-row CSV import; the editing keystroke cost (bench/editing.bench.ts);
 *      the gzipped size of the initial JS and CSS;
 *   5. prints medians and spread (min–max), the budgets of bench/budgets.json checked
 *      against the medians (PASS, or MISS and by how much), the TimelineJS ratios and the
 *      elapsed time; writes bench/results/latest.json and latest.md (the README table).
 *
 * Options:
 *   --runs=N             runs per part (default 3); budgets use the median
 *   --sizes=1000,10000   event counts (default 1000,10000,100000,1000000)
 *   --only=LIST          run only these parts: story, record, import, timelinejs, editing
 *                        and event counts, e.g. --only=record,story or --only=10000,timelinejs
 *   --no-story --no-record --no-import --no-timelinejs --no-editing   leave a part out
 *   --tl-sizes=1000,5000 TimelineJS comparison sizes (default 1000,5000)
 *   --steps=N            "next event" steps per TimelineJS comparison run (default 3)
 *   --import-runs=N      runs of the CSV import (default 1: it takes the longest)
 *   --markdown           print the README's benchmark table (markdown) at the end
 *   --no-build           use the existing build (see --dist)
 *   --dist=DIR           where the bench builds and serves the app from (default
 *                        node_modules/.cache/bench-dist; --dist=dist --no-build measures dist/)
 *   --strict             exit 1 when a budget is missed (default: report only, exit 0)
 *   --profile            build unminified with source maps; save a CPU profile of the load
 *                        and of each interaction (first run of each part) to bench/results/
 *                        and print where the time goes, by function and by source module
 *   --trace              record a Chromium performance trace of each interaction (first run)
 *                        and print main-thread time by kind (Layout, style, Paint, JS …)
 *   --seed=N             generator seed (default 1)
 *   --port=N             port of the bench's preview server (default $BENCH_PORT or 4180)
 *   --headed             show the browser window
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium). Playwright never downloads a browser.
 * Not part of `npm test`: run it on a quiet machine; other load skews frame times.
 */
import { mkdirSync, existsSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './lib/bundle.mjs';
import { buildApp, loadGenerator, writeDatasets, startPreview } from './lib/processes.mjs';
import { measurePage } from './lib/browser.mjs';
import { moduleResolver } from './lib/profile.mjs';
import { aggregateRuns } from './lib/aggregate.mjs';
import {
  formatTable,
  checkBudgets,
  formatBudgets,
  formatComparison,
  formatMarkdown,
  cell,
} from './lib/report.mjs';
import { measureCsvImport, measureEditing, EDITING_JSON } from './lib/extras.mjs';
import { prepareTimelineJs, measureTimelineJs, measureOursStep } from './lib/timelinejs.mjs';
import { estimateSeconds, formatDuration, parseArgs, UsageError } from './lib/options.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The bench builds into its own folder, not dist/: `npm test` and other work rebuild
 * dist/ (emptying it) at any time, which would delete the datasets mid-run.
 */
const DEFAULT_DIST = join(ROOT, 'node_modules', '.cache', 'bench-dist');
const DATA_CACHE = join(ROOT, 'node_modules', '.cache', 'bench-data');
/** Sizes from this on are served in the compact columnar form (the app's JSON of 1,000,000 events is ~170 MB). */
const COLUMNAR_FROM = 1_000_000;
const RESULTS = join(ROOT, 'bench', 'results');
const HOST = '127.0.0.1';
const RECORD_PATH = 'records/us-secretaries-of-state.v1.json';

const log = (...args) => console.log('[bench]', ...args);
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/\s+/g, ' ');
  } catch {
    return 'uptime unavailable';
  }
};
/** Datasets without their in-memory object (kept for TimelineJS only). */
const factsOf = (d) =>
  d ? Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'dataset')) : d;

async function main() {
  const opts = parseArgs(process.argv.slice(2), {
    dist: DEFAULT_DIST,
    port: Number(process.env.BENCH_PORT) || 4180,
    root: ROOT,
  });
  if (opts.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
    return 0;
  }
  const t0 = Date.now();
  const elapsed = () => formatDuration((Date.now() - t0) / 1000);
  const DIST = opts.dist;
  const distLabel = relative(ROOT, DIST) || '.';
  const startedAt = new Date().toISOString();
  const uptimeBefore = uptime();
  mkdirSync(RESULTS, { recursive: true });

  // ---- Plan and estimate ---------------------------------------------------------------
  const parts = [];
  if (opts.story) parts.push({ label: 'story', kind: 'page' });
  for (const n of opts.sizes) parts.push({ label: String(n), kind: 'page', events: n });
  if (opts.record) parts.push({ label: 'record', kind: 'page' });
  const plan = [
    ...parts.map((p) => [p.label, opts.runs]),
    ...(opts.timelinejs ? opts.tlSizes.map((n) => [`tl-${n}`, opts.runs]) : []),
    ...(opts.import ? [['import', opts.importRuns]] : []),
    ...(opts.editing ? [['editing', 1]] : []),
  ];
  let total = opts.build ? estimateSeconds('build') : 0;
  log(`uptime: ${uptimeBefore}`);
  log('plan (estimates for a quiet 2-core machine; a loaded one takes longer):');
  for (const [label, runs] of plan) {
    const s = estimateSeconds(label) * runs;
    total += s;
    log(`  ${label.padEnd(10)} ${runs} run(s)  ~${formatDuration(s)}`);
  }
  log(`  total      ~${formatDuration(total)}`);

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
    } else log(`built in ${built.ms} ms (elapsed ${elapsed()})`);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--no-build but ${distLabel}/index.html does not exist: build first`);
  }
  const bundle = measureBundle(DIST);
  if (opts.profile) bundle.skipReason = 'unminified build (--profile)';

  // ---- 2. Datasets ------------------------------------------------------------------
  log('bundling the generator …');
  const synthetic = await loadGenerator(ROOT);
  const stamp = createHash('sha256')
    .update(readFileSync(join(ROOT, 'tests', 'support', 'synthetic.ts')))
    .digest('hex')
    .slice(0, 10);
  const tlSizes = opts.timelinejs ? opts.tlSizes : [];
  const allSizes = [...new Set([...opts.sizes, ...tlSizes])];
  let datasets = {};
  if (allSizes.length > 0) {
    log('writing datasets …');
    datasets = writeDatasets(synthetic.generateDataset, DIST, allSizes, opts.seed, {
      cacheDir: DATA_CACHE,
      stamp,
      keep: tlSizes,
      generateColumnar: synthetic.generateColumnar ?? null,
      columnarFrom: COLUMNAR_FROM,
    });
    for (const n of allSizes) {
      const d = datasets[n];
      log(
        `  ${n} events: ${(d.bytes / 1048576).toFixed(1)} MB as the app's JSON` +
          (d.form === 'columnar'
            ? ` (served in the compact columnar form, ${((d.fileBytes ?? 0) / 1048576).toFixed(1)} MB)`
            : '') +
          `, ${d.places} places, ${d.actors} actors, ` +
          (d.cached ? 'cached' : `generated in ${d.generateMs} ms`),
      );
    }
  }
  let timelineJs = null;
  if (opts.timelinejs) {
    timelineJs = prepareTimelineJs(
      DIST,
      Object.fromEntries(tlSizes.map((n) => [n, datasets[n].dataset])),
    );
    log(`TimelineJS ${timelineJs.version} copied into ${distLabel}/bench-timelinejs/`);
  }
  const recordFile = join(DIST, RECORD_PATH);
  const record = existsSync(recordFile)
    ? (() => {
        const json = JSON.parse(readFileSync(recordFile, 'utf8'));
        return {
          bytes: statSync(recordFile).size,
          events: json.events.length,
          title: json.title?.en ?? json.title,
        };
      })()
    : null;
  if (opts.record && !record) notes.push(`no ${RECORD_PATH} in the build: record not measured`);

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
  let browser;
  const byLabel = {};
  const add = (label, r) => (byLabel[label] ??= []).push(r);
  const timeOf = {};
  const timed = async (label, i, runs, fn) => {
    const s = Date.now();
    const r = await fn();
    const secs = (Date.now() - s) / 1000;
    (timeOf[label] ??= []).push(secs);
    log(
      `  ${label} run ${i + 1}/${runs}: ${secs.toFixed(1)} s (elapsed ${elapsed()})${r.error ? ` error: ${r.error}` : ''}`,
    );
    for (const n of r.notes ?? []) log(`    note: ${n}`);
    if (r.pageErrors) log(`    page errors: ${r.pageErrors.join(' | ')}`);
    if (r.blockedRequests) log(`    blocked (left the machine): ${r.blockedRequests.join(' ')}`);
    return r;
  };
  try {
    log(`serving ${distLabel} at ${server.url}; launching ${CHROMIUM_PATH}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: !opts.headed,
      args: CHROMIUM_ARGS,
    });
    const browserVersion = browser.version();

    const targets = [];
    for (const p of parts) {
      if (p.label === 'story')
        targets.push({ label: 'story', url: server.url, readyTimeoutMs: 20_000 });
      else if (p.label === 'record') {
        if (!record) continue;
        targets.push({
          label: 'record',
          events: record.events,
          bytes: record.bytes,
          url: `${server.url}?data=${encodeURIComponent(RECORD_PATH)}`,
          expectTitle: record.title,
          readyTimeoutMs: 60_000,
        });
      } else {
        const d = datasets[p.events];
        targets.push({
          label: p.label,
          events: p.events,
          bytes: d.bytes,
          url: `${server.url}?data=${encodeURIComponent(d.path)}`,
          expectTitle: d.title,
          // 1,000,000: the budget is 8 s; a minute without a usable view is a clear miss,
          // and waiting longer would make the whole run too long.
          readyTimeoutMs: p.events >= 1_000_000 ? 60_000 : p.events >= 100_000 ? 120_000 : 60_000,
          hardTimeoutMs: p.events >= 1_000_000 ? 150_000 : undefined,
        });
      }
    }

    // Interleaved rounds: run 1 of every part, then run 2, …
    for (let i = 0; i < opts.runs; i++) {
      log(`round ${i + 1}/${opts.runs}`);
      for (const target of targets) {
        if (target.gaveUp) {
          log(`  ${target.label} run ${i + 1}/${opts.runs}: skipped (${target.gaveUp})`);
          continue;
        }
        const withProfile = i === 0 && opts.profile;
        const r = await timed(target.label, i, opts.runs, () =>
          measurePage(browser, target, {
            profileDir: withProfile ? RESULTS : null,
            moduleOf: withProfile ? moduleResolver(DIST) : undefined,
            trace: i === 0 && opts.trace,
          }),
        );
        r.events = target.events ?? null;
        if (r.heap?.usedMB && target.bytes) r.heap.ratio = (r.heap.usedMB * 1048576) / target.bytes;
        add(target.label, r);
        // A run with no usable view at all: the next ones would only wait as long again.
        if (r.firstView?.ms == null) {
          target.gaveUp = `run ${i + 1} gave no usable view: ${r.error ?? 'timed out'}`;
          r.notes.push(`later runs skipped: no usable view in run ${i + 1}`);
        }
      }
      for (const n of tlSizes) {
        const d = datasets[n];
        add(
          `ours-${n}`,
          await timed(`ours-${n}`, i, opts.runs, () =>
            measureOursStep(browser, `${server.url}?data=${encodeURIComponent(d.path)}`, {
              steps: opts.steps,
            }),
          ),
        );
        add(
          `tl-${n}`,
          await timed(`tl-${n}`, i, opts.runs, () =>
            measureTimelineJs(
              browser,
              `${server.url}bench-timelinejs/index.html?data=${encodeURIComponent(timelineJs.dataPath(n))}`,
              { steps: opts.steps },
            ),
          ),
        );
      }
    }
    if (opts.import) {
      for (let i = 0; i < opts.importRuns; i++) {
        add(
          'import',
          await timed('import', i, opts.importRuns, () =>
            measureCsvImport({ browser, baseUrl: server.url, synthetic }),
          ),
        );
      }
    }
    if (opts.editing) {
      add(
        'editing',
        await timed('editing', 0, 1, () => measureEditing(ROOT, EDITING_JSON(RESULTS))),
      );
    }

    // ---- 4. Report --------------------------------------------------------------------
    const aggs = {};
    for (const [label, list] of Object.entries(byLabel)) {
      const agg = aggregateRuns(list);
      agg.datasetLoaded = list.every((r) => r.datasetLoaded !== false);
      agg.loadProblem = list.find((r) => r.loadProblem)?.loadProblem;
      aggs[label] = agg;
    }
    const rows = targets.map((t) => ({ label: t.label, agg: aggs[t.label], events: t.events }));
    const pairs = tlSizes.map((n) => ({
      events: n,
      ours: aggs[`ours-${n}`],
      theirs: aggs[`tl-${n}`],
    }));
    const budgetFile = JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8'));
    const requested = Object.keys(aggs);
    const budgetResults = checkBudgets(budgetFile.budgets, { runs: aggs, bundle }, requested);
    const uptimeAfter = uptime();

    console.log('');
    console.log(
      `Chromium ${browserVersion}, viewport 1400×900, ${startedAt}, ${opts.runs} run(s) per size: median (min–max)`,
    );
    console.log(`load before: ${uptimeBefore}`);
    console.log(`load after:  ${uptimeAfter}`);
    console.log(formatTable(rows));
    if (rows.some((r) => r.agg?.datasetLoaded === false)) {
      console.log('(!) the requested dataset did not load: see the budgets below for why');
    }
    console.log(
      `bundle: initial JS ${bundle.initialJsGzipKB ?? '–'} KB gzip (${bundle.files?.filter((f) => f.file.endsWith('.js')).length ?? 0} file(s)), ` +
        `CSS ${bundle.initialCssGzipKB ?? '–'} KB gzip, together ${bundle.initialTotalGzipKB ?? '–'} KB${bundle.skipReason ? ` [${bundle.skipReason}]` : ''}`,
    );
    if (aggs.import) {
      console.log(
        `import of a 100,000-row CSV (file chosen → dataset open): ${cell(aggs.import, 'totalS')} s ` +
          `(${cell(aggs.import, 'reportS')} s to the report)${aggs.import.errors[0] ? ` ${aggs.import.errors[0]}` : ''}`,
      );
    }
    if (aggs.editing) {
      const e = aggs.editing;
      console.log(
        `editing at 10,000 events: keystroke ${cell(e, 'keystroke.meanMs', 3)} ms mean (p99 ${cell(e, 'keystroke.p99Ms', 2)} ms), ` +
          `pure operation ${cell(e, 'operation.meanMs', 3)} ms; model rebuild after typing pauses ${cell(e, 'rebuild.meanMs', 0)} ms` +
          (e.errors[0] ? ` ${e.errors[0]}` : ''),
      );
    }
    if (pairs.length) {
      console.log(
        `\nTimelineJS ${timelineJs.version} side by side (ratio = TimelineJS ÷ ours; ${opts.steps} steps per run):`,
      );
      console.log(formatComparison(pairs));
    }
    for (const label of Object.keys(byLabel)) {
      const r = byLabel[label][0];
      for (const what of ['firstView', 'scrub', 'play']) {
        const p = r[what]?.profile;
        if (!p) continue;
        console.log(
          `\nCPU profile ${label} ${what}: ${p.busyMs} ms busy of ${p.sampledMs} ms (${p.file})`,
        );
        const section = (title, list) => {
          console.log(`  ${title}:`);
          for (const row of list) console.log(`  ${String(row.ms).padStart(9)} ms  ${row.name}`);
        };
        section('self time by function', p.selfByFunction.slice(0, 10));
        section('self time by module/package', p.selfByModule.slice(0, 6));
        section(
          'time under each app function (innermost src/ frame)',
          p.byAppFunction.slice(0, 12),
        );
      }
      for (const what of ['scrub', 'play']) {
        const t = r[what]?.trace;
        if (!t) continue;
        console.log(
          `\nTrace ${label} ${what}: main thread busy ${t.busyMs} ms; self time by kind:`,
        );
        for (const row of t.selfByEvent.slice(0, 12))
          console.log(`  ${String(row.ms).padStart(9)} ms  ${row.name}`);
      }
    }
    console.log('\nBudgets (median of the runs; spread in brackets):');
    console.log(formatBudgets(budgetResults));
    const count = (s) => budgetResults.filter((b) => b.status === s).length;
    console.log(`${count('PASS')} passed, ${count('MISS')} missed, ${count('SKIP')} skipped`);
    for (const n of notes) console.log(`note: ${n}`);
    console.log(`elapsed: ${elapsed()}`);

    const cpu = cpus();
    const markdown = formatMarkdown({
      meta: {
        date: startedAt.slice(0, 16).replace('T', ' ') + ' UTC',
        machine: `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
        chromium: browserVersion,
        runs: opts.runs,
        uptimeBefore,
        uptimeAfter,
        elapsed: elapsed(),
        loadNote: opts.loadNote,
      },
      rows,
      pairs,
      budgets: budgetResults,
      bundle,
      importAgg: aggs.import,
    });
    if (opts.markdown) console.log(`\n${markdown}`);
    writeFileSync(join(RESULTS, 'latest.md'), markdown + '\n');
    const out = {
      startedAt,
      elapsedS: Math.round((Date.now() - t0) / 1000),
      uptimeBefore,
      uptimeAfter,
      node: process.version,
      chromium: browserVersion,
      timelineJs: timelineJs?.version ?? null,
      options: opts,
      notes,
      bundle,
      datasets: Object.fromEntries(Object.entries(datasets).map(([n, d]) => [n, factsOf(d)])),
      aggregates: aggs,
      runs: byLabel,
      secondsPerRun: timeOf,
      budgets: budgetResults,
    };
    writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(out, null, 2) + '\n');
    log(`results written to bench/results/latest.json and latest.md`);
    return count('MISS') > 0 && opts.strict ? 1 : 0;
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
