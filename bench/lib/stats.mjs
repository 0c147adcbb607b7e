/** Small statistics helpers for frame times (milliseconds). */

/** Nearest-rank percentile of an ascending-sorted array; null when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Frame-delta summary: count, median, p95, max, and frames over one and two 60 Hz budgets. */
export function summarizeFrames(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
    over16_7: sorted.filter((d) => d > 16.7 + 0.5).length,
    over33_3: sorted.filter((d) => d > 33.4).length,
  };
}

/** Long-task summary (durations in ms, each > 50 by definition). */
export function summarizeLongTasks(durations) {
  return {
    longTasks: durations.length,
    longTaskMaxMs: round(durations.length ? Math.max(...durations) : 0),
    longTaskTotalMs: round(durations.reduce((s, d) => s + d, 0)),
  };
}

export function round(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x ?? null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
