/**
 * The printed tables, the budget check and the README's markdown table. Pure: every
 * function takes aggregates (bench/lib/aggregate.mjs) and returns values or strings.
 */
import { med, valueAt } from './aggregate.mjs';

export const fmt = (v, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits);

/** "16.7 (16.6–16.8)": the median and, when more than one run measured it, the spread. */
export function cell(agg, path, digits = 1) {
  const m = agg?.metrics?.[path];
  if (!m || m.median === null) return '–';
  if (m.values.length < 2) return fmt(m.median, digits);
  return `${fmt(m.median, digits)} (${fmt(m.min, digits)}–${fmt(m.max, digits)})`;
}

/** Rows of the main table, in the order given: [label, aggregate, events]. */
export const TABLE_COLUMNS = [
  ['first view ms', 'firstView.ms', 0],
  ['scrub p50 ms', 'scrub.p50', 1],
  ['scrub p95 ms', 'scrub.p95', 1],
  ['play p95 ms', 'play.p95', 1],
  ['longest task scrub ms', 'scrub.longTaskMaxMs', 0],
  ['longest task play ms', 'play.longTaskMaxMs', 0],
  ['heap MB', 'heap.usedMB', 1],
  ['heap ÷ JSON', 'heap.ratio', 2],
];

function rowCells(label, agg, events) {
  const notLoaded = agg.datasetLoaded === false;
  const loaded = notLoaded ? ' (!)' : '';
  return [
    label + loaded,
    events === null || events === undefined ? '–' : String(events),
    `${agg.ok}/${agg.n}`,
    // A dataset that did not load: the figures would be the bundled story's.
    ...TABLE_COLUMNS.map(([, path, digits]) => (notLoaded ? '–' : cell(agg, path, digits))),
  ];
}

function pad(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
}

/** A plain-text table: the header, a rule, the rows, each column as wide as its widest cell. */
function textTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  return [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map((r) => pad(r, widths)),
  ].join('\n');
}

/** Plain-text table: median (min–max) per metric, one row per dataset. */
export function formatTable(rows) {
  const header = ['dataset', 'events', 'runs ok', ...TABLE_COLUMNS.map(([h]) => h)];
  const body = rows.map(({ label, agg, events }) => rowCells(label, agg, events));
  return textTable(header, body);
}

/**
 * Checks each budget { name, metric: "runs.<label>.<path>" | "bundle.<key>", max, unit,
 * tolerance? } against the median of the runs. PASS when median ≤ max + tolerance; MISS
 * otherwise, with `over` (how much above the limit) and `why` when nothing was measured;
 * SKIP when that part was not asked for.
 */
export function checkBudgets(budgets, measured, requestedLabels) {
  return budgets.map((b) => {
    const limit = b.max + (b.tolerance ?? 0);
    const [scope, label, ...rest] = b.metric.split('.');
    const base = { ...b, limit, value: null, spread: null, over: null };
    let value;
    if (scope === 'runs') {
      if (!requestedLabels.includes(label)) return { ...base, status: 'SKIP', why: 'not run' };
      const agg = measured.runs[label];
      if (!agg) return { ...base, status: 'MISS', why: 'not measured' };
      if (agg.datasetLoaded === false) {
        const why = agg.loadProblem ?? 'the dataset did not load';
        return { ...base, status: 'MISS', why };
      }
      const path = rest.join('.');
      value = med(agg, path);
      const m = agg.metrics[path];
      if (m && m.values.length > 1) base.spread = { min: m.min, max: m.max, n: m.values.length };
      if (value === null) {
        const why = agg.errors[0] ?? agg.missing?.[path] ?? 'not measured';
        return { ...base, status: 'MISS', why };
      }
    } else {
      if (measured.bundle?.skipReason)
        return { ...base, status: 'SKIP', why: measured.bundle.skipReason };
      value = valueAt(measured, b.metric);
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { ...base, status: 'MISS', why: measured.bundle?.error ?? 'not measured' };
    }
    const over = value - limit;
    return { ...base, value, over: over > 0 ? over : null, status: over <= 0 ? 'PASS' : 'MISS' };
  });
}

/** "MISS by 12.3 ms (74%)" style text of one result. */
export function verdict(r) {
  if (r.status === 'PASS') return 'PASS';
  if (r.status === 'SKIP') return `SKIP (${r.why})`;
  if (r.value === null) return `MISS (${r.why})`;
  const pct = r.limit > 0 ? ` (+${Math.round((r.over / r.limit) * 100)}%)` : '';
  return `MISS by ${fmt(r.over, r.unit === 'ratio' ? 2 : 1)} ${r.unit}${pct}`;
}

function valueText(r) {
  if (r.value === null) return '–';
  const digits = r.unit === 'ratio' ? 2 : 1;
  const sp = r.spread ? ` (${fmt(r.spread.min, digits)}–${fmt(r.spread.max, digits)})` : '';
  return `${fmt(r.value, digits)} ${r.unit}${sp}`;
}

function budgetText(r) {
  const tol = r.tolerance ? ` + ${r.tolerance} vsync tolerance` : '';
  return `≤ ${r.max} ${r.unit}${tol}`;
}

export function formatBudgets(all) {
  const results = all.filter((r) => r.status !== 'SKIP');
  const skipped = all.filter((r) => r.status === 'SKIP');
  if (results.length === 0) return skipped.map((r) => `SKIP  ${r.name} (${r.why})`).join('\n');
  const width = Math.max(...results.map((r) => r.name.length));
  const vWidth = Math.max(...results.map((r) => valueText(r).length));
  return results
    .map((r) => {
      const status = r.status.padEnd(4);
      const detail = r.status === 'PASS' ? '' : `  ${verdict(r)}`;
      return `${status}  ${r.name.padEnd(width)}  ${valueText(r).padEnd(vWidth)}  (${budgetText(r)})${detail}`;
    })
    .concat(skipped.length ? [`SKIP  ${skipped.map((r) => r.name).join('; ')} (not run)`] : [])
    .join('\n');
}

/** Ratio TimelineJS ÷ ours, rounded, or null. */
export function ratio(theirs, ours) {
  if (typeof theirs !== 'number' || typeof ours !== 'number' || ours <= 0) return null;
  return theirs / ours;
}

/**
 * Side-by-side rows: [{ events, ours: agg, theirs: agg }] → text lines. Ours: first usable
 * view and PageDown to the next event; theirs: timeline drawn and its "next" button.
 */
export function comparisonRows(pairs) {
  return pairs.map(({ events, ours, theirs }) => {
    const of = med(ours, 'firstView.ms');
    const tf = med(theirs, 'firstView.ms');
    const os = med(ours, 'step.ms');
    const ts = med(theirs, 'step.ms');
    return {
      events,
      oursFirst: cell(ours, 'firstView.ms', 0),
      theirsFirst: cell(theirs, 'firstView.ms', 0),
      firstRatio: ratio(tf, of),
      oursStep: cell(ours, 'step.ms', 1),
      theirsStep: cell(theirs, 'step.ms', 1),
      stepRatio: ratio(ts, os),
      errors: [...(ours?.errors ?? []), ...(theirs?.errors ?? [])],
    };
  });
}

const times = (r) => (r === null ? '–' : `${fmt(r, r >= 10 ? 0 : 1)}×`);

export function formatComparison(pairs) {
  const header = [
    'events',
    'ours first view ms',
    'TimelineJS first view ms',
    'ratio',
    'ours next event ms',
    'TimelineJS next ms',
    'ratio',
  ];
  const body = comparisonRows(pairs).map((r) => [
    String(r.events),
    r.oursFirst,
    r.theirsFirst,
    times(r.firstRatio),
    r.oursStep,
    r.theirsStep,
    times(r.stepRatio),
  ]);
  return textTable(header, body);
}

const mdRow = (cells) => `| ${cells.join(' | ')} |`;

/**
 * The README's benchmark section: caption (machine, date, load), the per-dataset table,
 * the TimelineJS comparison and every budget with PASS/MISS.
 */
export function formatMarkdown({ meta, rows, pairs, budgets, bundle, importAgg }) {
  const out = [];
  out.push(
    `Measured ${meta.date} on ${meta.machine}, Chromium ${meta.chromium}, 1400×900, ` +
      `${meta.runs} run(s) per size, median (min–max); load before the run: \`${meta.uptimeBefore}\`` +
      (meta.uptimeAfter ? `, after: \`${meta.uptimeAfter}\`` : '') +
      `. Whole run ${meta.elapsed}.` +
      (meta.loadNote ? ` ${meta.loadNote}` : ''),
  );
  out.push('');
  const header = ['dataset', 'events', 'runs ok', ...TABLE_COLUMNS.map(([h]) => h)];
  out.push(mdRow(header));
  out.push(mdRow(header.map(() => '---')));
  for (const { label, agg, events } of rows) out.push(mdRow(rowCells(label, agg, events)));
  out.push('');
  if (bundle && !bundle.error) {
    out.push(
      `Initial JS + CSS: ${fmt(bundle.initialTotalGzipKB)} KB gzip (JS ${fmt(bundle.initialJsGzipKB)}, CSS ${fmt(bundle.initialCssGzipKB)}).` +
        (importAgg
          ? ` Import of a 100,000-row CSV, file chosen → dataset open: ${cell(importAgg, 'totalS', 1)} s.`
          : ''),
    );
    out.push('');
  }
  if (pairs?.length) {
    out.push(
      'TimelineJS 3 side by side (same Chromium, same events; ratio = TimelineJS ÷ ours; ' +
        'first view: its timeline drawn against our first usable view; next: its "next" button against our PageDown, until the new date is shown and a frame painted):',
    );
    out.push('');
    const h = [
      'events',
      'first view: ours ms',
      'TimelineJS ms',
      'ratio',
      'next event: ours ms',
      'TimelineJS ms',
      'ratio',
    ];
    out.push(mdRow(h));
    out.push(mdRow(h.map(() => '---')));
    for (const r of comparisonRows(pairs)) {
      out.push(
        mdRow([
          r.events.toLocaleString('en-US'),
          r.oursFirst,
          r.theirsFirst,
          times(r.firstRatio),
          r.oursStep,
          r.theirsStep,
          times(r.stepRatio),
        ]),
      );
    }
    out.push('');
  }
  if (budgets?.length) {
    out.push(mdRow(['budget', 'median (min–max)', 'limit', 'result']));
    out.push(mdRow(['---', '---', '---', '---']));
    for (const r of budgets.filter((b) => b.status !== 'SKIP'))
      out.push(mdRow([r.name, valueText(r), budgetText(r), verdict(r)]));
    const n = (s) => budgets.filter((b) => b.status === s).length;
    out.push('');
    out.push(`${n('PASS')} passed, ${n('MISS')} missed, ${n('SKIP')} skipped.`);
  }
  return out.join('\n');
}
