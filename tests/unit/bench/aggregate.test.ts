import { describe, expect, it } from 'vitest';
import { aggregateRuns, med, median, spread } from '../../../bench/lib/aggregate.mjs';

describe('median and spread', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([33.4, 16.7, 16.8])).toBe(16.8);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores values that are not finite numbers, and has no median of nothing', () => {
    expect(median([null, 5, Number.NaN, undefined, 7, Infinity])).toBe(6);
    expect(median([])).toBeNull();
    expect(spread([null])).toBeNull();
  });
  it('spread is the smallest and largest value', () => {
    expect(spread([3, 9, 1])).toEqual({ min: 1, max: 9 });
  });
});

describe('aggregateRuns', () => {
  const runs = [
    { firstView: { ms: 900 }, scrub: { p95: 16.8, fromDay: 1 }, heap: { usedMB: 40 } },
    { firstView: { ms: 1500 }, scrub: { p95: 33.3, fromDay: 2 }, heap: { usedMB: 42 } },
    { firstView: { ms: 1100 }, error: 'no usable view', notes: ['slow'] },
  ];
  const agg = aggregateRuns(runs);

  it('gives the median and min–max of each metric over the runs that measured it', () => {
    expect(agg.metrics['firstView.ms']).toEqual({
      median: 1100,
      min: 900,
      max: 1500,
      values: [900, 1500, 1100],
    });
    expect(med(agg, 'scrub.p95')).toBeCloseTo(25.05);
    expect(agg.metrics['scrub.p95']!.values).toHaveLength(2);
  });
  it('counts the runs and the failed ones, and keeps their errors and notes', () => {
    expect(agg.n).toBe(3);
    expect(agg.ok).toBe(2);
    expect(agg.errors).toEqual(['no usable view']);
    expect(agg.notes).toEqual(['slow']);
  });
  it('leaves positions out of the metrics', () => {
    expect(agg.metrics['scrub.fromDay']).toBeUndefined();
    expect(med(agg, 'play.p95')).toBeNull();
  });
});
