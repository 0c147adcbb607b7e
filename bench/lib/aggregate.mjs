/**
 * Several runs of one measurement → median and spread (min–max) per metric. Pure: the
 * budget check and the printed tables read only what these functions return.
 */

/** Median of finite numbers (mean of the two middle ones for an even count); null when none. */
export function median(values) {
  const xs = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** { min, max } of finite numbers; null when none. */
export function spread(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/** Value at a dotted path ("scrub.p95") of an object; undefined when absent. */
export function valueAt(root, path) {
  let cur = root;
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** Every dotted path to a finite number in `obj` (arrays and `skip` keys left out). */
export function numericPaths(obj, skip = new Set(), prefix = '') {
  const out = [];
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return out;
  for (const [key, value] of Object.entries(obj)) {
    if (skip.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number' && Number.isFinite(value)) out.push(path);
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out.push(...numericPaths(value, skip, path));
  }
  return out;
}

/** Keys that are not measurements (positions, counts of the setup, profile summaries). */
const NOT_MEASURED = new Set(['profile', 'trace', 'dataset', 'fromDay', 'toDay', 'events']);

/**
 * Runs of one label → { n, ok, errors, notes, metrics: { path: { median, min, max, values } } }.
 * `n` counts the runs, `ok` those without an error; a metric's values come from the runs
 * that measured it (a failed run does not pull a median down to its partial numbers).
 */
export function aggregateRuns(runs) {
  const paths = new Set();
  for (const r of runs) for (const p of numericPaths(r, NOT_MEASURED)) paths.add(p);
  const metrics = {};
  for (const path of [...paths].sort()) {
    const values = runs.map((r) => valueAt(r, path)).filter((v) => typeof v === 'number');
    const s = spread(values);
    metrics[path] = { median: median(values), min: s?.min ?? null, max: s?.max ?? null, values };
  }
  const errors = runs.map((r) => r.error).filter(Boolean);
  const notes = [...new Set(runs.flatMap((r) => r.notes ?? []))];
  return { n: runs.length, ok: runs.length - errors.length, errors, notes, metrics };
}

/** Median of a metric of an aggregate, or null. */
export function med(agg, path) {
  return agg?.metrics?.[path]?.median ?? null;
}
