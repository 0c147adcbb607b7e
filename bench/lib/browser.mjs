/**
 * One benchmark run in Chromium: open the app, wait for the first usable view, then
 * scrub the playhead across the whole track and play at 7 days per second, recording
 * requestAnimationFrame deltas and long tasks in the page during each interaction.
 *
 * Contract with the app: `?data=<same-origin url>` loads a dataset; when the dataset is
 * in place and the base map is drawn, the app calls `performance.mark('app-ready')`
 * (src/ui/readiness.ts), whose startTime is the first usable view.
 */
import { writeFileSync } from 'node:fs';
import { summarizeFrames, summarizeLongTasks, round } from './stats.mjs';
import { startProfile, stopProfile, summarizeProfile } from './profile.mjs';
import { startTrace, stopTrace, summarizeTrace } from './trace.mjs';
import { blockExternal } from './network.mjs';

/** What counts as a progress indication while a dataset loads. */
export const PROGRESS_SELECTOR = 'progress, [role="progressbar"], .loading-note';

const FALLBACK_SELECTOR = '.leaflet-basemap-pane path';
/** Clicks wait this long: a slow app can block its main thread for seconds. */
const ACTION_TIMEOUT_MS = 30_000;

/** In-page recorder: rAF deltas and long tasks until `window.__bench.stop()`. */
function installRecorder() {
  const bench = { deltas: [], longTasks: [], running: true, observer: null };
  let last = -1;
  const loop = (t) => {
    if (!bench.running) return;
    if (last >= 0) bench.deltas.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    bench.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push(e.duration);
    });
    bench.observer.observe({ type: 'longtask' });
  } catch {
    bench.observer = null;
  }
  bench.stop = () => {
    bench.running = false;
    if (bench.observer) {
      for (const e of bench.observer.takeRecords()) bench.longTasks.push(e.duration);
      bench.observer.disconnect();
    }
    return { deltas: bench.deltas, longTasks: bench.longTasks };
  };
  window.__bench = bench;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * aria-valuenow through an element handle resolved before recording: role queries
 * (getByRole) walk the whole DOM computing accessible names, which would load the page
 * during the measurement; a handle read is one cheap attribute lookup.
 */
async function valueOf(handle) {
  const v = await handle.getAttribute('aria-valuenow').catch(() => null);
  return v === null ? null : Number(v);
}

/** Centre of an element, for real mouse clicks (CDP input, no in-page work). */
async function centreOf(locator) {
  const box = await locator.boundingBox({ timeout: ACTION_TIMEOUT_MS });
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Runs `interact` between recorder start and stop; `instr` optionally adds a CPU profile
 * ({ cdp, profileTo, moduleOf }) and a performance trace ({ browser, trace: true }).
 */
async function recordDuring(page, instr, label, interact) {
  const { cdp, profileTo, moduleOf, browser, trace } = instr;
  await page.evaluate(installRecorder);
  await sleep(100); // a few idle frames first, so the first delta is a clean one
  if (profileTo) await startProfile(cdp);
  if (trace) await startTrace(browser, page);
  const t0 = Date.now();
  const extra = (await interact()) ?? {};
  const wallMs = Date.now() - t0;
  let profile = null;
  let traceSummary = null;
  if (trace) traceSummary = summarizeTrace(await stopTrace(browser));
  if (profileTo) {
    const raw = await stopProfile(cdp);
    writeFileSync(profileTo, JSON.stringify(raw));
    profile = { file: profileTo, ...summarizeProfile(raw, moduleOf) };
  }
  const { deltas, longTasks } = await page.evaluate(() => window.__bench.stop());
  return {
    ...summarizeFrames(deltas),
    ...summarizeLongTasks(longTasks),
    wallMs,
    ...extra,
    ...(profile ? { profile } : {}),
    ...(traceSummary ? { trace: traceSummary } : {}),
    label,
  };
}

/**
 * Measures one page. `target` = { label, url, expectTitle?, readyTimeoutMs }.
 * Never throws: failures come back as `error` and `notes`.
 */
export async function measurePage(browser, target, options) {
  const holder = {};
  const limit = target.hardTimeoutMs ?? target.readyTimeoutMs + 150_000;
  let timer;
  let readyTimer;
  const gaveUp = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), limit);
    // Playwright's own wait does not time out while the page is stuck in one long task.
    readyTimer = setTimeout(() => {
      if (typeof holder.result?.firstView?.ms === 'number') return;
      holder.reason = `no usable view within ${Math.round(target.readyTimeoutMs / 1000)} s (the page stopped answering)`;
      resolve(null);
    }, target.readyTimeoutMs + 20_000);
    // No usable view: closing a page that is stuck in a long task can hang too.
    holder.noView = () => {
      clearTimeout(timer);
      timer = setTimeout(() => resolve(null), 10_000);
    };
  });
  const done = await Promise.race([
    measurePageInner(browser, target, { ...options, holder }),
    gaveUp,
  ]);
  clearTimeout(timer);
  clearTimeout(readyTimer);
  if (done) return done;
  // The page did not answer (a renderer stuck in one long task can stall Playwright's own
  // timeouts): close its context without waiting for ever, and report what was measured.
  await Promise.race([holder.context?.close().catch(() => {}), sleep(15_000)]);
  const partial = holder.result ?? { label: target.label, url: target.url, notes: [] };
  partial.error ??=
    holder.reason ?? `gave up after ${Math.round(limit / 1000)} s: the page did not answer`;
  partial.firstView ??= { ms: null, source: 'timeout', timedOutAfterMs: limit };
  return partial;
}

async function measurePageInner(browser, target, options) {
  const {
    scrubSteps = 120,
    scrubMs = 2_000,
    playMs = 3_000,
    profileDir = null,
    moduleOf = () => null,
    trace = false,
  } = options;
  const result = { label: target.label, url: target.url, notes: [] };
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  if (options.holder) Object.assign(options.holder, { context, result });
  // Fallback first-view signal for an app without the ready flag: the first frame in
  // which the base map and the timeline slider both exist.
  // Also: the first frame in which a progress indication is visible (checked each frame
  // until the app is ready).
  await context.addInitScript(
    ([selector, progressSelector]) => {
      const check = () => {
        if (document.querySelector(selector) && document.querySelector('[role="slider"]')) {
          window.__benchFallbackAt = performance.now();
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      const progress = () => {
        if (window.__benchProgressAt !== undefined) return;
        for (const el of document.querySelectorAll(progressSelector)) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) {
            window.__benchProgressAt = performance.now();
            // Reaches the bench even if the page then blocks for minutes.
            console.debug(`bench:progress ${window.__benchProgressAt}`);
            return;
          }
        }
        if (!performance.getEntriesByName('app-ready', 'mark').length)
          requestAnimationFrame(progress);
      };
      requestAnimationFrame(progress);
    },
    [FALLBACK_SELECTOR, PROGRESS_SELECTOR],
  );
  const blocked = await blockExternal(context);
  const page = await context.newPage();
  page.on('console', (msg) => {
    const m = /^bench:progress ([\d.]+)$/.exec(msg.text());
    if (m && !result.progress) result.progress = { firstMs: round(Number(m[1])), seen: true };
  });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err?.message ?? err)));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable').catch(() => {});

    // ---- First usable view ------------------------------------------------------------
    const profileFile = (what) =>
      profileDir ? `${profileDir}/profile-${target.label}-${what}.cpuprofile` : null;
    if (profileDir) await startProfile(cdp);
    await page.goto(target.url, { waitUntil: 'commit' });
    let readyAt = null;
    let readySource = 'performance.mark app-ready';
    try {
      // The app marks its first usable view with performance.mark('app-ready').
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('app-ready', 'mark')[0]?.startTime ?? false,
        null,
        { timeout: target.readyTimeoutMs, polling: 'raf' },
      );
      readyAt = await handle.jsonValue();
    } catch {
      result.notes.push(
        `no ready flag within ${target.readyTimeoutMs} ms; first view = when "${FALLBACK_SELECTOR}" and the Timeline slider appeared`,
      );
      readySource = 'fallback (base map + slider)';
      try {
        const handle = await page.waitForFunction(() => window.__benchFallbackAt ?? false, null, {
          timeout: 10_000,
          polling: 'raf',
        });
        readyAt = await handle.jsonValue();
      } catch {
        result.firstView = { ms: null, source: 'timeout', timedOutAfterMs: target.readyTimeoutMs };
        options.holder?.noView?.();
        throw new Error(`no usable view after ${target.readyTimeoutMs + 10_000} ms`);
      }
    }
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return e ? { domContentLoadedMs: e.domContentLoadedEventEnd, loadMs: e.loadEventEnd } : null;
    });
    const progressAt = await page.evaluate(() => window.__benchProgressAt ?? null);
    // No indication at all before the first view: counts as shown at the first view (the
    // view itself is the indication), so a fast load is not a miss.
    result.progress = { firstMs: round(progressAt ?? readyAt), seen: progressAt !== null };
    result.firstView = {
      ms: round(readyAt),
      source: readySource,
      domContentLoadedMs: round(nav?.domContentLoadedMs ?? null),
      loadMs: round(nav?.loadMs ?? null),
    };
    if (profileDir) {
      const raw = await stopProfile(cdp);
      writeFileSync(profileFile('load'), JSON.stringify(raw));
      result.firstView.profile = { file: profileFile('load'), ...summarizeProfile(raw, moduleOf) };
    }

    // ---- Did the dataset we asked for actually load? ---------------------------------
    const state = await page.evaluate(() => ({
      banner: document.querySelector('.load-banner')?.textContent?.trim() ?? null,
      text: document.body.innerText,
    }));
    if (state.banner) {
      result.datasetLoaded = false;
      result.loadProblem = `the app did not load the dataset: ${state.banner.slice(0, 160)}`;
      result.notes.push(result.loadProblem);
    } else if (target.expectTitle && !state.text.includes(target.expectTitle)) {
      result.datasetLoaded = false;
      result.notes.push(
        'the dataset title is not on screen: ?data= may not be supported yet (the bundled story is showing)',
      );
    } else {
      result.datasetLoaded = true;
    }
    // Scrubbing the bundled story instead would measure the wrong thing.
    if (result.datasetLoaded === false) return result;

    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.waitFor({ state: 'visible', timeout: 10_000 });
    const sliderHandle = await slider.elementHandle({ timeout: ACTION_TIMEOUT_MS });
    await sleep(300); // let the first view settle (fonts, late layout)

    // ---- Scrub: drag across the whole track in ~scrubSteps moves over ~scrubMs -------
    // "Fit all" first (when the app has it), so the track spans the whole dataset.
    const fitAll = page.getByRole('button', { name: 'Fit all', exact: true });
    if (await fitAll.isVisible().catch(() => false)) {
      await fitAll.click({ timeout: ACTION_TIMEOUT_MS });
      result.fitAll = true;
      await sleep(500);
    } else {
      result.fitAll = false;
      result.notes.push('no "Fit all" button: scrubbed the current view window');
    }
    const track = page.locator('.timeline-track').first();
    const box = (await track.boundingBox().catch(() => null)) ?? (await slider.boundingBox());
    if (!box) throw new Error('no bounding box for .timeline-track or the Timeline slider');
    const y = box.y + box.height - 8; // the axis strip: below the event marks
    const x0 = box.x + 2;
    const x1 = box.x + box.width - 2;
    result.scrub = await recordDuring(
      page,
      { cdp, profileTo: profileFile('scrub'), moduleOf, browser, trace },
      'scrub',
      async () => {
        await page.mouse.move(x0, y);
        await page.mouse.down();
        const from = await valueOf(sliderHandle); // where the press put the playhead
        const start = Date.now();
        let steps = 0;
        for (let i = 1; i <= scrubSteps; i++) {
          await page.mouse.move(x0 + ((x1 - x0) * i) / scrubSteps, y);
          steps = i;
          await sleep(start + (scrubMs * i) / scrubSteps - Date.now());
          if (Date.now() - start > scrubMs * 15) break; // hopelessly slow: stop here
        }
        await page.mouse.up();
        await sleep(100);
        const to = await valueOf(sliderHandle);
        return { steps, fromDay: from, toDay: to };
      },
    );
    if (result.scrub.fromDay !== null && result.scrub.fromDay === result.scrub.toDay) {
      result.notes.push('scrub: the playhead did not move');
    }
    if (result.scrub.steps < scrubSteps) {
      result.notes.push(
        `scrub: stopped after ${result.scrub.steps}/${scrubSteps} moves (too slow)`,
      );
    }

    // ---- Play: from the first event, 7 days per second, for ~playMs ------------------
    await slider.focus();
    await page.keyboard.press('Home');
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await speed.selectOption('7', { timeout: ACTION_TIMEOUT_MS });
    await sleep(200);
    const playButton = page.getByRole('button', { name: 'Play', exact: true });
    const playAt = await centreOf(playButton);
    const playHandle = await playButton.elementHandle({ timeout: ACTION_TIMEOUT_MS });
    const playFrom = await valueOf(sliderHandle);
    result.play = await recordDuring(
      page,
      { cdp, profileTo: profileFile('play'), moduleOf, browser, trace },
      'play',
      async () => {
        await page.mouse.click(playAt.x, playAt.y);
        await sleep(playMs);
        const to = await valueOf(sliderHandle);
        // The same button toggles: its name is "Pause" while playing.
        if ((await playHandle.getAttribute('aria-label').catch(() => null)) === 'Pause') {
          await page.mouse.click(playAt.x, playAt.y);
        }
        return {
          fromDay: playFrom,
          toDay: to,
          daysAdvanced: playFrom !== null && to !== null ? to - playFrom : null,
        };
      },
    );
    if (result.play.daysAdvanced !== null && result.play.daysAdvanced <= 0) {
      result.notes.push('play: the playhead did not advance');
    }

    // ---- Memory and page size after the run -------------------------------------------
    const perfMemory = await page.evaluate(() =>
      performance.memory ? performance.memory.usedJSHeapSize : null,
    );
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    const mb = (b) => (b === null || b === undefined ? null : round(b / 1048576));
    result.heap = {
      usedMB: mb(usage?.usedSize ?? perfMemory),
      usedBeforeGcMB: mb(perfMemory),
      totalMB: mb(usage?.totalSize ?? null),
    };
    result.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  } catch (err) {
    result.error = String(err?.message ?? err).split('\n')[0];
  } finally {
    if (pageErrors.length) result.pageErrors = pageErrors.slice(0, 5);
    if (blocked.length) result.blockedRequests = blocked.slice(0, 20);
    await context.close().catch(() => {});
  }
  return result;
}
