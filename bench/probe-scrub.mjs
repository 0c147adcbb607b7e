#!/usr/bin/env node
/**
 * Probe (not part of `npm run bench`): opens a built app page, scrubs the whole track as
 * the bench does (120 moves over 2 s) and prints the p50/p95 requestAnimationFrame delta
 * and the longest task, with parts of the page hidden by a stylesheet, to attribute
 * scrubbing frame time to them. Usage:
 * PROFILE=file.cpuprofile also saves a CPU profile of the (last) scrub; TRACE=file.json a
 * Chromium trace of it with the rendering categories. Also printed: the
 * busy time of the page's main thread during the scrub (top-level tasks in a trace), which
 * the machine's load changes less than frame times.
 *   node bench/probe-scrub.mjs 'http://127.0.0.1:PORT/?data=bench-data/10000.json' ['' '.traveller-icon' …]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { probeEachHiding } from './lib/probePage.mjs';

/** CPU ms (user + system) of this script's Chromium processes: work done, whatever the load. */
function chromiumCpuMs() {
  const procs = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(pid), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended
    }
  }
  const ours = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs)
      if (!ours.has(pid) && ours.has(p.ppid)) {
        ours.add(pid);
        grew = true;
      }
  }
  let ticks = 0;
  for (const pid of ours) if (pid !== process.pid) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks * 10; // USER_HZ = 100
}

/** Sum of the top-level tasks' durations on the renderer's main thread(s) of a trace, ms. */
function mainThreadBusyMs(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let us = 0;
  for (const e of events)
    if (
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      mains.has(`${e.pid}:${e.tid}`)
    )
      us += e.dur ?? 0;
  return Math.round(us / 1000);
}

const [url, ...hides] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
await probeEachHiding(url, hides, async (page, hide) => {
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  await sleep(800);
  const box = await page.locator('.timeline-track').first().boundingBox();
  const y = box.y + box.height - 8;
  const x0 = box.x + 2;
  const x1 = box.x + box.width - 2;
  await page.evaluate(() => {
    window.__d = [];
    window.__lt = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lt = Math.max(window.__lt, e.duration);
    }).observe({ entryTypes: ['longtask'] });
    let last = performance.now();
    const tick = (t) => {
      window.__d.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await sleep(100);
  await page.evaluate(() => {
    window.__d = [];
    window.__lt = 0;
  });
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  const browser = page.context().browser();
  // TRACE=file.json: the rendering categories too, saved (for DevTools, or to find who
  // asked for a piece of work: the events around it).
  const categories = process.env.TRACE
    ? [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'cc',
        'gpu',
      ]
    : ['toplevel'];
  await browser.startTracing(page, { categories });
  const cpu0 = chromiumCpuMs();
  // As the bench: the press on the track's start is part of the scrub (a jump to the start).
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(x0 + ((x1 - x0) * i) / 120, y);
    await sleep(start + (2000 * i) / 120 - Date.now());
  }
  await page.mouse.up();
  // The frames of the scrub only (before the trace and profile are stopped).
  const { d, lt } = await page.evaluate(() => ({
    d: window.__d.slice().sort((a, b) => a - b),
    lt: window.__lt,
  }));
  const cpu = chromiumCpuMs() - cpu0;
  const traceText = (await browser.stopTracing()).toString('utf8');
  if (process.env.TRACE) writeFileSync(process.env.TRACE, traceText);
  const busy = mainThreadBusyMs(JSON.parse(traceText));
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(process.env.PROFILE, JSON.stringify(profile));
  }
  const p = (q) => d[Math.min(d.length - 1, Math.floor(q * d.length))]?.toFixed(1);
  console.log(
    `hide ${hide || '(nothing)'}: frames ${d.length} p50 ${p(0.5)} p95 ${p(0.95)} longest task ${lt.toFixed(0)} ms, main thread busy ${busy} ms, Chromium CPU ${cpu} ms`,
  );
});
