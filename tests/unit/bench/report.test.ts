import { describe, expect, it } from 'vitest';
import { aggregateRuns } from '../../../bench/lib/aggregate.mjs';
import {
  checkBudgets,
  formatBudgets,
  formatMarkdown,
  ratio,
  verdict,
  type Budget,
} from '../../../bench/lib/report.mjs';

const agg = (...runs: object[]) => aggregateRuns(runs);
const frame: Budget = {
  name: 'scrub p95 @ 1,000',
  metric: 'runs.1000.scrub.p95',
  max: 16.7,
  unit: 'ms',
  tolerance: 0.5,
};
const bundleBudget: Budget = {
  name: 'initial JS + CSS (gzip)',
  metric: 'bundle.initialTotalGzipKB',
  max: 150,
  unit: 'KB',
};

describe('checkBudgets', () => {
  it('checks the median of the runs, not the worst or the best run', () => {
    const runs = {
      '1000': agg({ scrub: { p95: 16.7 } }, { scrub: { p95: 16.8 } }, { scrub: { p95: 83.4 } }),
    };
    const [r] = checkBudgets([frame], { runs }, ['1000']);
    expect(r!.status).toBe('PASS');
    expect(r!.value).toBe(16.8);
    expect(r!.spread).toEqual({ min: 16.7, max: 83.4, n: 3 });
  });
  it('allows the vsync tolerance and no more', () => {
    const at = (p95: number) =>
      checkBudgets([frame], { runs: { '1000': agg({ scrub: { p95 } }) } }, ['1000'])[0]!;
    expect(at(17.2).status).toBe('PASS');
    expect(at(17.3).status).toBe('MISS');
  });
  it('says by how much a budget is missed', () => {
    const [r] = checkBudgets([frame], { runs: { '1000': agg({ scrub: { p95: 33.4 } }) } }, [
      '1000',
    ]);
    expect(r!.status).toBe('MISS');
    expect(r!.over).toBeCloseTo(16.2);
    expect(verdict(r!)).toBe('MISS by 16.2 ms (+94%)');
  });
  it('skips a part that was not asked for, and misses one that was asked for but not measured', () => {
    const skipped = checkBudgets([frame], { runs: {} }, ['story'])[0]!;
    expect(skipped.status).toBe('SKIP');
    const failed = checkBudgets(
      [frame],
      { runs: { '1000': agg({ error: 'no usable view after 70000 ms' }) } },
      ['1000'],
    )[0]!;
    expect(failed.status).toBe('MISS');
    expect(verdict(failed)).toBe('MISS (no usable view after 70000 ms)');
  });
  it('misses a part whose dataset did not load, and says why', () => {
    const runs = {
      '1000': { ...agg({ scrub: { p95: 16.7 } }), datasetLoaded: false, loadProblem: 'too large' },
    };
    const [r] = checkBudgets([frame], { runs }, ['1000']);
    expect(r!.status).toBe('MISS');
    expect(r!.why).toBe('too large');
  });
  it('checks the bundle, unless the build was not a production one', () => {
    const measured = (bundle: Record<string, unknown>) => ({ runs: {}, bundle });
    expect(
      checkBudgets([bundleBudget], measured({ initialTotalGzipKB: 149.9 }), [])[0]!.status,
    ).toBe('PASS');
    expect(
      checkBudgets([bundleBudget], measured({ initialTotalGzipKB: 158.5 }), [])[0]!.status,
    ).toBe('MISS');
    expect(
      checkBudgets(
        [bundleBudget],
        measured({ initialTotalGzipKB: 400, skipReason: 'unminified' }),
        [],
      )[0]!.status,
    ).toBe('SKIP');
  });
  it('prints every checked budget with its status, value and limit', () => {
    const results = checkBudgets(
      [frame, bundleBudget],
      { runs: { '1000': agg({ scrub: { p95: 50 } }) }, bundle: { initialTotalGzipKB: 120 } },
      ['1000'],
    );
    const text = formatBudgets(results);
    expect(text).toMatch(
      /^MISS\s+scrub p95 @ 1,000\s+50\.0 ms\s+\(≤ 16\.7 ms \+ 0\.5 vsync tolerance\)\s+MISS by 32\.8 ms/m,
    );
    expect(text).toMatch(/^PASS\s+initial JS \+ CSS \(gzip\)\s+120\.0 KB/m);
  });
});

describe('ratio', () => {
  it('is TimelineJS over ours, and none without both', () => {
    expect(ratio(4600, 1150)).toBe(4);
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
  });
});

describe('formatMarkdown', () => {
  const ours = agg(
    { firstView: { ms: 1000 }, step: { ms: 20 } },
    { firstView: { ms: 1200 }, step: { ms: 30 } },
  );
  const theirs = agg({ firstView: { ms: 4600 }, step: { ms: 860 } });
  const story = agg({ firstView: { ms: 800 }, scrub: { p50: 16.7, p95: 16.8 } });
  const budgets = checkBudgets(
    [
      frame,
      {
        ...frame,
        name: 'first view @ story',
        metric: 'runs.story.firstView.ms',
        max: 1000,
        unit: 'ms',
        tolerance: 0,
      },
    ],
    { runs: { story } },
    ['story'],
  );
  const md = formatMarkdown({
    meta: {
      date: '2026-12-02 02:00 UTC',
      machine: '2 × CPU, 24 GB',
      chromium: '156',
      runs: 3,
      uptimeBefore: 'load average: 9.1, 8.0, 7.5',
      elapsed: '14m02s',
    },
    rows: [{ label: 'story', agg: story, events: 11 }],
    pairs: [{ events: 1000, ours, theirs }],
    budgets,
    bundle: { initialTotalGzipKB: 158.5, initialJsGzipKB: 147.5, initialCssGzipKB: 11 },
  });

  it('has a caption with the machine, date, runs and load', () => {
    expect(md).toContain('2026-12-02 02:00 UTC');
    expect(md).toContain('2 × CPU, 24 GB');
    expect(md).toContain('3 run(s) per size');
    expect(md).toContain('`load average: 9.1, 8.0, 7.5`');
  });
  it('shows no figures for a dataset that did not load (they would be the story’s)', () => {
    const refused = { ...agg({ firstView: { ms: 777 } }), datasetLoaded: false };
    const text = formatMarkdown({
      meta: {},
      rows: [{ label: '1000000', agg: refused, events: 1e6 }],
    });
    expect(text).toContain('| 1000000 (!) | 1000000 | 1/1 | – |');
    expect(text).not.toContain('777');
  });
  it('has one row per dataset with medians and spread', () => {
    expect(md).toContain('| story | 11 | 1/1 | 800 | 16.7 | 16.8 |');
    expect(md).toContain('158.5 KB gzip');
  });
  it('has the TimelineJS ratios from the medians', () => {
    expect(md).toContain(
      '| 1,000 | 1100 (1000–1200) | 4600 | 4.2× | 25.0 (20.0–30.0) | 860.0 | 34× |',
    );
  });
  it('lists the budgets that were checked with PASS or MISS, not the skipped ones', () => {
    expect(md).toContain('| first view @ story | 800.0 ms | ≤ 1000 ms | PASS |');
    expect(md).not.toContain('scrub p95 @ 1,000 |');
    expect(md).toContain('1 passed, 0 missed, 1 skipped.');
  });
});
