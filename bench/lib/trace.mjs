/**
 * Chromium performance traces (the DevTools "Performance" panel's data) and a summary of
 * the page's main thread: self time per trace event (Layout, UpdateLayoutTree = style
 * recalculation, Paint, PrePaint, FunctionCall = JavaScript, …). This splits the CPU
 * profile's opaque "(program)" time into rendering work.
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
];

export async function startTrace(browser, page) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
}

export async function stopTrace(browser) {
  const buffer = await browser.stopTracing();
  return JSON.parse(buffer.toString('utf8'));
}

/** Self time (ms) per event name on the busiest renderer main thread, top `top`. */
export function summarizeTrace(trace, top = 15) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  let best = null;
  let bestTotal = -1;
  for (const [key, list] of byThread) {
    const total = list.reduce((s, e) => s + e.dur, 0);
    if (total > bestTotal) {
      best = key;
      bestTotal = total;
    }
  }
  if (!best) return { busyMs: 0, selfByEvent: [] };
  const list = byThread.get(best).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let busyUs = 0;
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      self.set(done.name, (self.get(done.name) ?? 0) + Math.max(0, done.self));
    }
  };
  for (const e of list) {
    close(e.ts);
    const frame = { name: e.name, end: e.ts + e.dur, self: e.dur };
    if (stack.length) stack[stack.length - 1].self -= e.dur;
    else busyUs += e.dur;
    stack.push(frame);
  }
  close(Infinity);
  return {
    busyMs: Math.round(busyUs / 1000),
    selfByEvent: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 })),
  };
}
