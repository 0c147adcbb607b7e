#!/usr/bin/env node
/**
 * Probe (not part of `npm run bench`): opens a built app page with a Chromium trace and
 * prints, in ms from the navigation's start, what each thread did until the app's first
 * usable view (the `app-ready` mark): the requests (sent, first byte, finished), the page's
 * main-thread tasks over `--min=N` ms (default 8) with the work under them (script
 * evaluation by file, function calls, style, layout, paint, garbage collection), the
 * workers' tasks, and the page's own marks. To see where a first view's time goes. Usage:
 *   node bench/probe-load.mjs 'http://127.0.0.1:PORT/?data=bench-data/10000.json' [--min=8] [--runs=N] [--save=trace.json]
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
const opt = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
};
if (!url) {
  console.error('usage: node bench/probe-load.mjs URL [--min=8] [--runs=N] [--save=FILE]');
  process.exit(2);
}
const MIN_MS = Number(opt('min', 8));
const RUNS = Number(opt('runs', 1));
const SAVE = opt('save', null);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'toplevel',
];

const shortUrl = (u) => {
  if (!u) return '';
  try {
    const p = new URL(u).pathname;
    return p.length > 48 ? `…${p.slice(-47)}` : p;
  } catch {
    return String(u).slice(0, 48);
  }
};

function analyse(trace) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      e.args.data.documentLoaderURL,
  );
  const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const ms = (ts) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  const lines = [];
  // Requests.
  const reqs = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    const r = reqs.get(d.requestId) ?? { id: d.requestId };
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: d.url, sent: e.ts });
    if (e.name === 'ResourceReceiveResponse') r.response = e.ts;
    if (e.name === 'ResourceFinish') r.finish = e.ts;
    reqs.set(d.requestId, r);
  }
  for (const r of [...reqs.values()].filter((x) => x.url).sort((a, b) => a.sent - b.sent))
    lines.push({
      ts: r.sent,
      text: `request ${shortUrl(r.url)} (response ${r.response ? ms(r.response) : '?'}, done ${r.finish ? ms(r.finish) : '?'})`,
    });
  // Marks.
  for (const e of events)
    if ((e.cat ?? '').includes('blink.user_timing') && e.ph !== 'e' && e.ts >= t0)
      lines.push({ ts: e.ts, text: `mark ${e.name}` });
  // Tasks per thread.
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number' || e.ts < t0) continue;
    const key = `${e.pid}:${e.tid}`;
    const name = threadNames.get(key) ?? '';
    if (name !== 'CrRendererMain' && !/Worker/i.test(name)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  let appReady = null;
  for (const e of events) if (e.name === 'app-ready' && e.ts >= t0) appReady = e.ts;
  for (const [key, list] of byThread) {
    const tname = threadNames.get(key);
    const isMain = tname === 'CrRendererMain';
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const tasks = list.filter(
      (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask',
    );
    let busy = 0;
    for (const task of tasks) {
      if (appReady && task.ts > appReady) break;
      busy += task.dur;
      if (task.dur / 1000 < MIN_MS) continue;
      const end = task.ts + task.dur;
      const inner = new Map();
      for (const e of list) {
        if (e.ts < task.ts || e.ts + e.dur > end || e === task) continue;
        let label = null;
        const d = e.args?.data ?? {};
        if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule')
          label = `eval ${shortUrl(d.url ?? e.args?.fileName)}`;
        else if (e.name === 'v8.compile' || e.name === 'v8.compileModule') label = 'compile';
        else if (e.name === 'FunctionCall')
          label = `call ${d.functionName || '(anon)'}@${shortUrl(d.url)}:${d.lineNumber ?? ''}`;
        else if (
          [
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'PrePaint',
            'Layerize',
            'ParseHTML',
            'MajorGC',
            'MinorGC',
            'V8.GC_SCAVENGER',
            'ParseAuthorStyleSheet',
            'TimerFire',
            'FireAnimationFrame',
            'EventDispatch',
            'HitTest',
          ].includes(e.name)
        )
          label = e.name;
        if (label) inner.set(label, (inner.get(label) ?? 0) + e.dur);
      }
      const top = [...inner.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
      lines.push({
        ts: task.ts,
        text: `${isMain ? 'MAIN  ' : 'worker'} task ${(task.dur / 1000).toFixed(0)} ms: ${top.map(([l, us]) => `${l} ${(us / 1000).toFixed(0)}`).join(' | ')}`,
      });
    }
    lines.push({
      ts: appReady ?? t0,
      text: `${tname} busy until app-ready: ${(busy / 1000).toFixed(0)} ms`,
    });
  }
  lines.sort((a, b) => a.ts - b.ts);
  return lines.map((l) => `${ms(l.ts)}  ${l.text}`).join('\n');
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('app-ready', 'mark').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    const ready = await page.evaluate(
      () => performance.getEntriesByName('app-ready', 'mark')[0].startTime,
    );
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    if (SAVE)
      writeFileSync(
        RUNS > 1 ? SAVE.replace(/(\.json)?$/, `-${run + 1}.json`) : SAVE,
        JSON.stringify(trace),
      );
    console.log(`\n=== run ${run + 1}: app-ready at ${ready.toFixed(0)} ms ===`);
    console.log(analyse(trace));
    await page.close();
  }
} finally {
  await browser.close();
}
