#!/usr/bin/env node
/**
 * Probe (not part of `npm run bench`): imports the bench's 100,000-row CSV through the
 * import dialog of a served build, as the bench does, and prints when each step showed,
 * the busy time of the page's main thread and of the import worker between those steps,
 * and the main thread's long tasks (over 50 ms). With --trace=FILE it also saves the
 * Chromium trace (open it in DevTools' Performance panel). With --profile=DIST (the served
 * build's folder, built with `npx vite build --minify false --sourcemap --outDir DIST`) it
 * prints where the main thread spent its time from "Import" to the dataset open. Usage:
 *   node bench/probe-import.mjs 'http://127.0.0.1:PORT/' [--rows=100000] [--trace=FILE]
 *     [--profile=DIST] [--buffer]
 * (--buffer: the file given to Playwright as a buffer, as the bench did before, not a path).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { loadGenerator } from './lib/processes.mjs';
import { writeCsvFile } from './lib/extras.mjs';
import { moduleResolver, startProfile, stopProfile, summarizeProfile } from './lib/profile.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rows = Number(option('rows') ?? 100_000);
const traceFile = option('trace');
const profileDist = option('profile');
if (!url) throw new Error('usage: node bench/probe-import.mjs URL [--rows=N] [--trace=FILE]');

const synthetic = await loadGenerator(ROOT);
const file = writeCsvFile(synthetic, rows);
const asBuffer = args.includes('--buffer');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
await page.goto(url);
await page.waitForSelector('[role="slider"]');
await page.getByRole('button', { name: 'Import data' }).click();
const dialog = page.getByRole('dialog', { name: 'Import data' });
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
});
const marks = [];
const t0 = Date.now();
const mark = (name) => marks.push([name, Date.now() - t0]);
await dialog
  .getByLabel('Choose a file')
  .setInputFiles(
    asBuffer
      ? { name: `trips-${rows}.csv`, mimeType: 'text/csv', buffer: readFileSync(file.path) }
      : file.path,
  );
mark('file chosen');
const check = dialog.getByRole('button', { name: 'Check and place the rows' });
await check.waitFor({ timeout: 240_000 });
mark('mapping shown');
await check.click();
mark('build asked');
await dialog.getByRole('region', { name: 'Report' }).waitFor({ timeout: 240_000 });
mark('report shown');
const cdp = profileDist ? await page.context().newCDPSession(page) : null;
if (cdp) await startProfile(cdp);
await dialog
  .getByRole('button', { name: /^Import [\d,  ]+ events/ })
  .first()
  .click();
mark('import asked');
await page.getByText(/is open: /).waitFor({ timeout: 240_000 });
mark('dataset open');
const profile = cdp ? summarizeProfile(await stopProfile(cdp), moduleResolver(profileDist)) : null;
await page.waitForTimeout(300);
const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
await browser.close();
file.remove();

const events = trace.traceEvents ?? trace;
if (traceFile) writeFileSync(traceFile, JSON.stringify(events));
const names = new Map();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const base = Math.min(...events.filter((e) => e.name === 'RunTask').map((e) => e.ts));
const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
const byThread = new Map();
for (const e of tasks) {
  const name = names.get(`${e.pid}:${e.tid}`) ?? '?';
  if (name !== 'CrRendererMain' && name !== 'DedicatedWorker thread') continue;
  const key = `${name} ${e.tid}`;
  if (!byThread.has(key)) byThread.set(key, []);
  byThread.get(key).push(e);
}
console.log('steps (ms after the file was chosen):');
for (const [name, ms] of marks) console.log(`  ${String(ms).padStart(6)}  ${name}`);
if (profile) {
  console.log(`main thread from "Import" to open: busy ${profile.busyMs} ms`);
  for (const { name, ms } of profile.byAppFunction)
    console.log(`  ${String(ms).padStart(7)}  ${name}`);
  for (const { name, ms } of profile.selfByFunction)
    console.log(`  self ${String(ms).padStart(7)}  ${name}`);
}
for (const [key, list] of byThread) {
  const busy = list.reduce((s, e) => s + e.dur, 0) / 1000;
  if (busy < 50) continue;
  console.log(`${key}: busy ${busy.toFixed(0)} ms over ${list.length} tasks`);
  if (!key.startsWith('CrRendererMain')) continue;
  const long = list.filter((e) => e.dur > 50_000).sort((a, b) => a.ts - b.ts);
  for (const e of long) {
    const inside = events
      .filter(
        (f) =>
          f.tid === e.tid &&
          f.ph === 'X' &&
          f.ts >= e.ts &&
          f.ts < e.ts + e.dur &&
          f.name !== 'RunTask' &&
          f.dur > e.dur * 0.2,
      )
      .map(
        (f) =>
          `${f.name}${f.args?.data?.functionName ? `(${f.args.data.functionName})` : ''} ${(f.dur / 1000).toFixed(0)}`,
      )
      .slice(0, 6);
    console.log(
      `  long task at ${((e.ts - base) / 1000).toFixed(0)} ms (trace time): ${(e.dur / 1000).toFixed(0)} ms  ${inside.join(', ')}`,
    );
  }
}
