/**
 * TimelineJS 3 (@knight-lab/timelinejs, a devDependency) side by side with the app, in
 * the same Chromium, on the same synthetic events:
 *   - first view: TimelineJS's `loaded` event (story slider and time navigator drawn) and
 *     the next painted frame, against our `app-ready` mark and the next painted frame;
 *   - next event: a click on its "next" button until its `change` event and the next
 *     painted frame, against PageDown on our timeline until the date readout shows the
 *     next event's date and the next painted frame.
 * TimelineJS is served from node_modules through the bench's own server (copied into
 * <dist>/bench-timelinejs/); requests that leave the machine are blocked for both.
 */
import { cpSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { blockExternal } from './network.mjs';
import { round } from './stats.mjs';

const require = createRequire(import.meta.url);
const ACTION_TIMEOUT_MS = 120_000;

/** Folder of the installed package's dist/ (js/timeline.js, css/timeline.css). */
export function timelineJsDist() {
  const pkg = require.resolve('@knight-lab/timelinejs/package.json');
  return { dist: join(pkg, '..', 'dist'), version: require(pkg).version };
}

/** One synthetic event → a TimelineJS slide (date, headline, text). */
export function toTimelineJsEvent(e) {
  const [year, month, day] = e.date.split('-').map(Number);
  const text = (t) => (typeof t === 'string' ? t : (t?.en ?? ''));
  return {
    unique_id: e.id,
    start_date: { year, month, day },
    text: { headline: text(e.title), text: text(e.summary) },
  };
}

/** The app's dataset → TimelineJS's JSON ({ events }). */
export function toTimelineJs(dataset) {
  return { events: dataset.events.map(toTimelineJsEvent) };
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS (bench)</title>
<link rel="stylesheet" href="css/timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="js/timeline.js"></script>
<script src="bench-page.js"></script>
</body>
</html>
`;

/** The page's script: fetch ?data=, build the timeline, mark when it is drawn. */
const PAGE_SCRIPT = `(function () {
  function afterPaint(cb) {
    requestAnimationFrame(function () {
      var mc = new MessageChannel();
      mc.port1.onmessage = function () { cb(performance.now()); };
      mc.port2.postMessage(0);
    });
  }
  window.__afterPaint = afterPaint;
  var data = new URLSearchParams(location.search).get('data');
  fetch(data).then(function (r) { return r.json(); }).then(function (json) {
    var tl = new TL.Timeline('timeline', json, {
      hash_bookmark: false,
      script_path: new URL('js/', location.href).href,
      language: 'en'
    });
    window.__tl = tl;
    tl.on('loaded', function () { afterPaint(function (t) { window.__tlReady = t; }); });
  }).catch(function (e) { window.__tlError = String(e); });
})();
`;

/**
 * Copies TimelineJS into <dist>/bench-timelinejs/ with the page, and writes the TimelineJS
 * JSON of each dataset; returns { version, pageUrl(n) }.
 */
export function prepareTimelineJs(distDir, datasets) {
  const { dist, version } = timelineJsDist();
  const dir = join(distDir, 'bench-timelinejs');
  mkdirSync(dir, { recursive: true });
  cpSync(join(dist, 'js'), join(dir, 'js'), { recursive: true });
  cpSync(join(dist, 'css'), join(dir, 'css'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'bench-page.js'), PAGE_SCRIPT);
  const files = {};
  for (const [n, dataset] of Object.entries(datasets)) {
    const file = join(dir, `tl-${n}.json`);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(toTimelineJs(dataset)));
    files[n] = `/bench-timelinejs/tl-${n}.json`;
  }
  return { version, dataPath: (n) => files[n] };
}

const newContext = (browser) =>
  browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });

/** Waits until the page has measured the step it was told to time (window.__step.ms). */
async function stepTime(page) {
  const h = await page.waitForFunction(() => window.__step.ms ?? false, null, {
    timeout: ACTION_TIMEOUT_MS,
    polling: 50,
  });
  return h.jsonValue();
}

const firstLine = (err) => String(err?.message ?? err).split('\n')[0];

/** Lists the requests that were blocked (at most 20) and closes the context. */
async function closeContext(result, context, blocked) {
  if (blocked.length) result.blockedRequests = blocked.slice(0, 20);
  await context.close().catch(() => {});
}

/** Median-free list of step times; the caller aggregates runs. */
function summarizeSteps(list) {
  const ok = list.filter((x) => typeof x === 'number');
  const sorted = [...ok].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    ms: round(median),
    max: round(sorted.at(-1) ?? null),
    count: ok.length,
    all: ok.map((x) => round(x)),
  };
}

/** TimelineJS: first view and `steps` clicks on "next". Never throws. */
export async function measureTimelineJs(
  browser,
  url,
  { steps = 3, readyTimeoutMs = 240_000 } = {},
) {
  const result = { notes: [] };
  const context = await newContext(browser);
  const blocked = await blockExternal(context);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => window.__tlError ?? window.__tlReady ?? false,
      null,
      { timeout: readyTimeoutMs, polling: 100 },
    );
    const ready = await handle.jsonValue();
    if (typeof ready !== 'number') throw new Error(`TimelineJS failed: ${ready}`);
    result.firstView = { ms: round(ready) };
    // TimelineJS animates each move (options.duration, 1 s): wait it out between steps.
    const duration = await page.evaluate(() => window.__tl.options.duration ?? 1000);
    const times = [];
    for (let i = 0; i < steps; i++) {
      await page.waitForTimeout(duration + 300);
      await page.evaluate(() => {
        const st = (window.__step = { t0: null, ms: null });
        document.addEventListener('click', (e) => (st.t0 = e.timeStamp), {
          capture: true,
          once: true,
        });
        const onChange = () => {
          window.__tl.off('change', onChange);
          window.__afterPaint((t) => (st.ms = t - st.t0));
        };
        window.__tl.on('change', onChange);
      });
      const next = page.locator('.tl-slidenav-next').first();
      const box = await next.boundingBox({ timeout: ACTION_TIMEOUT_MS });
      if (!box) throw new Error('no "next" button');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      times.push(await stepTime(page));
    }
    result.step = summarizeSteps(times);
  } catch (err) {
    result.error = firstLine(err);
  } finally {
    await closeContext(result, context, blocked);
  }
  return result;
}

/**
 * The app on the same events: first usable view (app-ready and the next painted frame)
 * and `steps` PageDowns on the timeline from its first event. Never throws.
 */
export async function measureOursStep(browser, url, { steps = 3, readyTimeoutMs = 120_000 } = {}) {
  const result = { notes: [] };
  const context = await newContext(browser);
  const blocked = await blockExternal(context);
  await context.addInitScript(() => {
    window.__afterPaint = (cb) =>
      requestAnimationFrame(() => {
        const mc = new MessageChannel();
        mc.port1.onmessage = () => cb(performance.now());
        mc.port2.postMessage(0);
      });
    new PerformanceObserver((list, obs) => {
      if (list.getEntries().some((e) => e.name === 'app-ready')) {
        obs.disconnect();
        window.__afterPaint((t) => (window.__oursReady = t));
      }
    }).observe({ type: 'mark' });
  });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.__oursReady ?? false, null, {
      timeout: readyTimeoutMs,
      polling: 100,
    });
    result.firstView = { ms: round(await handle.jsonValue()) };
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus({ timeout: ACTION_TIMEOUT_MS });
    await page.keyboard.press('Home');
    const times = [];
    for (let i = 0; i < steps; i++) {
      await page.waitForTimeout(300);
      await page.evaluate(() => {
        const out = document.querySelector('output.current-date');
        const before = out.textContent;
        const st = (window.__step = { t0: null, ms: null });
        document.addEventListener('keydown', (e) => (st.t0 = e.timeStamp), {
          capture: true,
          once: true,
        });
        const mo = new MutationObserver(() => {
          if (out.textContent === before) return;
          mo.disconnect();
          window.__afterPaint((t) => (st.ms = t - st.t0));
        });
        mo.observe(out, { childList: true, characterData: true, subtree: true });
      });
      await page.keyboard.press('PageDown');
      times.push(await stepTime(page));
    }
    result.step = summarizeSteps(times);
  } catch (err) {
    result.error = firstLine(err);
  } finally {
    await closeContext(result, context, blocked);
  }
  return result;
}
