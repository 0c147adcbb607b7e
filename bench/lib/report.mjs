/** The printed table and the budget check. */

const fmt = (v, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits);

function triple(m) {
  if (!m) return '–';
  return `${fmt(m.p50)} / ${fmt(m.p95)} / ${fmt(m.max)}`;
}

function longTasks(m) {
  if (!m) return '–';
  return m.longTasks ? `${m.longTasks} (max ${fmt(m.longTaskMaxMs, 0)})` : '0';
}

function pad(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
}

/** One row per run: first view, scrub and play frame times, long tasks, heap. */
export function formatTable(runs) {
  const header = [
    'dataset',
    'events',
    'first view ms',
    'scrub p50/p95/max ms',
    'play p50/p95/max ms',
    'long tasks scrub',
    'long tasks play',
    'heap MB',
  ];
  const rows = runs.map((r) => [
    r.label + (r.datasetLoaded === false ? ' (!)' : ''),
    r.events ?? '–',
    r.firstView?.timedOutAfterMs
      ? `>${r.firstView.timedOutAfterMs}`
      : r.firstView
        ? fmt(r.firstView.ms, 0) + (r.firstView.source.startsWith('fallback') ? '*' : '')
        : '–',
    triple(r.scrub),
    triple(r.play),
    longTasks(r.scrub),
    longTasks(r.play),
    r.heap ? fmt(r.heap.usedMB) : '–',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const lines = [pad(header, widths), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows) lines.push(pad(row, widths));
  return lines.join('\n');
}

function valueAt(root, path) {
  let cur = root;
  for (const key of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[key];
  }
  return cur;
}

/**
 * Checks each budget { name, metric: "runs.<label>.<path>" | "bundle.<path>", max, unit }.
 * SKIP when that run was not asked for; FAIL when it was but gave no number.
 */
export function checkBudgets(budgets, measured, requestedLabels) {
  return budgets.map((b) => {
    const [scope, label] = b.metric.split('.');
    const run = scope === 'runs' ? measured.runs[label] : undefined;
    if (scope === 'runs' && !requestedLabels.includes(label)) {
      return { ...b, status: 'SKIP', value: null, why: 'not run' };
    }
    if (scope === 'bundle' && measured.bundle?.skipReason) {
      return { ...b, status: 'SKIP', value: null, why: measured.bundle.skipReason };
    }
    if (run && run.datasetLoaded === false) {
      return { ...b, status: 'FAIL', value: null, why: 'dataset did not load' };
    }
    const value = valueAt(measured, b.metric);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ...b, status: 'FAIL', value: null, why: run?.error ?? 'not measured' };
    }
    return { ...b, status: value <= b.max + (b.tolerance ?? 0) ? 'PASS' : 'FAIL', value };
  });
}

export function formatBudgets(results) {
  const width = Math.max(...results.map((r) => r.name.length));
  return results
    .map((r) => {
      const value = r.value === null ? (r.why ?? '–') : `${fmt(r.value)} ${r.unit}`;
      const tolerance = r.tolerance ? ` + ${r.tolerance} ${r.unit} vsync jitter` : '';
      return `${r.status.padEnd(4)}  ${r.name.padEnd(width)}  ${value}  (budget ≤ ${r.max} ${r.unit}${tolerance})`;
    })
    .join('\n');
}
