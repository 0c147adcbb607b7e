import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoToDay } from '../../../src/domain/time/calendar';
import {
  createTimeScale,
  fitDomain,
  panBy,
  ticks,
  zoomAround,
  type Tick,
} from '../../../src/domain/time/timeScale';
import { mulberry32 } from '../../helpers/random';

const d = (s: string) => {
  const n = isoToDay(s);
  if (n === null) throw new Error(`bad test date ${s}`);
  return n;
};

/** The most frequent unit among labelled ticks. */
function labelledUnits(list: readonly Tick[]): Set<string> {
  return new Set(list.filter((t) => t.label).map((t) => t.unit));
}

describe('createTimeScale', () => {
  it('maps the domain onto the pixel range and back', () => {
    const s = createTimeScale(
      { start: d('2025-02-01'), end: d('2025-03-01') },
      { x0: 10, x1: 290 },
    );
    expect(s.pxPerDay).toBeCloseTo(10, 12);
    expect(s.toX(d('2025-02-01'))).toBe(10);
    expect(s.toX(d('2025-03-01'))).toBeCloseTo(290, 9);
    expect(s.toX(d('2025-02-15') + 0.5)).toBeCloseTo(10 + 14.5 * 10, 9);
    expect(s.toTime(10)).toBe(d('2025-02-01'));
    expect(s.toTime(-20)).toBeCloseTo(d('2025-02-01') - 3, 9); // extrapolates outside
  });

  it('toTime inverts toX (and back) on random scales', () => {
    const rand = mulberry32(11);
    for (let i = 0; i < 500; i++) {
      const start = -50_000 + rand() * 100_000;
      const span = 0.01 + rand() * 20_000;
      const x0 = rand() * 100;
      const s = createTimeScale({ start, end: start + span }, { x0, x1: x0 + 1 + rand() * 3000 });
      const t = start + (rand() * 1.4 - 0.2) * span;
      expect(s.toTime(s.toX(t))).toBeCloseTo(t, 6);
      const x = rand() * 3000;
      expect(s.toX(s.toTime(x))).toBeCloseTo(x, 6);
    }
  });

  it('stays finite for a degenerate domain', () => {
    const s = createTimeScale({ start: 100, end: 100 }, { x0: 0, x1: 500 });
    expect(Number.isFinite(s.pxPerDay)).toBe(true);
    expect(s.toTime(s.toX(100.25))).toBeCloseTo(100.25, 9);
  });
});

describe('ticks', () => {
  it('shows years (major) with months between them for a 4-year span at 1000 px', () => {
    const list = ticks(d('2022-01-01'), d('2026-01-01'), 1000, 'en-GB');
    const majors = list.filter((t) => t.major);
    expect(majors.every((t) => t.unit === 'year')).toBe(true);
    // 2026 is the window's right end: its label would be drawn past the axis, so it has none.
    expect(majors.map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025', '']);
    const minors = list.filter((t) => !t.major);
    expect(minors.length).toBeGreaterThan(0);
    expect(minors.every((t) => t.unit === 'month')).toBe(true);
  });

  it('switches to months for about a year, to weeks for two months, to days for two weeks', () => {
    const year = ticks(d('2025-01-01'), d('2026-01-01'), 1000, 'en-GB');
    expect(year.filter((t) => t.unit === 'month').length).toBe(11);
    expect(labelledUnits(year)).toEqual(new Set(['year', 'month']));

    const twoMonths = ticks(d('2025-01-10'), d('2025-03-10'), 1000, 'en-GB');
    expect(twoMonths.some((t) => t.unit === 'week')).toBe(true);
    expect(twoMonths.filter((t) => t.major).map((t) => t.label)).toEqual([
      'February 2025',
      'March 2025',
    ]);

    const twoWeeks = ticks(d('2025-02-18'), d('2025-03-04'), 1000, 'en-GB');
    const days = twoWeeks.filter((t) => t.unit === 'day');
    expect(days.length).toBeGreaterThanOrEqual(12);
    expect(days.some((t) => t.label === '25 Feb')).toBe(true);
    expect(twoWeeks.find((t) => t.t === d('2025-03-01'))).toMatchObject({
      major: true,
      unit: 'month',
    });

    const century = ticks(d('1900-01-01'), d('2025-01-01'), 1000, 'en-GB');
    expect(century.every((t) => t.unit === 'year')).toBe(true);
    expect(century.some((t) => t.label === '1950')).toBe(true);
  });

  it('puts tick instants on calendar boundaries', () => {
    const rand = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const start = d('1600-01-01') + rand() * 200_000;
      const span = 2 + rand() * rand() * 40_000;
      const width = 200 + rand() * 2000;
      for (const tick of ticks(start, start + span, width, 'en-GB')) {
        expect(Number.isInteger(tick.t)).toBe(true);
        expect(tick.t).toBeGreaterThanOrEqual(start);
        expect(tick.t).toBeLessThanOrEqual(start + span);
        const c = fromDayNumber(tick.t);
        if (tick.unit === 'year') expect([c.month, c.day]).toEqual([1, 1]);
        if (tick.unit === 'month') expect(c.day).toBe(1);
        if (tick.unit === 'week') expect((((tick.t + 3) % 7) + 7) % 7).toBe(0); // Monday
      }
    }
  });

  it('returns at most about width / 40 ticks, ascending and distinct', () => {
    const rand = mulberry32(5);
    for (let i = 0; i < 300; i++) {
      const start = d('1900-01-01') + rand() * 50_000;
      const span = 0.5 + rand() * rand() * rand() * 60_000;
      const width = 100 + rand() * 2500;
      const list = ticks(start, start + span, width, 'fr-FR');
      expect(list.length).toBeLessThanOrEqual(Math.floor(width / 40) + 3);
      for (let k = 1; k < list.length; k++) expect(list[k]!.t).toBeGreaterThan(list[k - 1]!.t);
    }
  });

  it('keeps labels from running into each other', () => {
    const rand = mulberry32(8);
    const charPx = 7;
    for (let i = 0; i < 200; i++) {
      const start = d('2000-01-01') + rand() * 9000;
      const span = 1 + rand() * rand() * 5000;
      const width = 200 + rand() * 1800;
      const s = createTimeScale({ start, end: start + span }, { x0: 0, x1: width });
      const labelled = ticks(start, start + span, width, 'en-GB', {
        charPx,
        labelPadPx: 10,
      }).filter((t) => t.label);
      for (let k = 1; k < labelled.length; k++) {
        const prev = labelled[k - 1]!;
        const room = s.toX(labelled[k]!.t) - s.toX(prev.t);
        expect(prev.label.length * charPx + 10).toBeLessThanOrEqual(room + 1e-9);
      }
    }
  });

  it('labels February 2025 in English and French', () => {
    const feb = d('2025-02-01');
    const en = ticks(d('2025-01-01'), d('2026-01-01'), 1000, 'en-GB').find((t) => t.t === feb);
    const fr = ticks(d('2025-01-01'), d('2026-01-01'), 1000, 'fr-FR').find((t) => t.t === feb);
    expect(en).toMatchObject({ unit: 'month', label: 'February' });
    expect(fr).toMatchObject({ unit: 'month', label: 'février' });

    const frDays = ticks(d('2025-01-25'), d('2025-03-05'), 1000, 'fr-FR');
    expect(frDays.find((t) => t.t === feb)?.label).toBe('février 2025');
    const enDays = ticks(d('2025-01-25'), d('2025-03-05'), 1000, 'en-GB');
    expect(enDays.find((t) => t.t === feb)?.label).toBe('February 2025');
  });

  it('returns nothing for an empty window or no width', () => {
    expect(ticks(10, 10, 1000, 'en-GB')).toEqual([]);
    expect(ticks(20, 10, 1000, 'en-GB')).toEqual([]);
    expect(ticks(10, 20, 0, 'en-GB')).toEqual([]);
    expect(ticks(Number.NaN, 20, 500, 'en-GB')).toEqual([]);
    expect(ticks(10.2, 10.8, 500, 'en-GB')).toEqual([]); // no day start inside
  });
});

describe('zoomAround, panBy, fitDomain', () => {
  const limits = { minSpanDays: 3, maxSpanDays: 365 * 200 };

  it('keeps the anchor at the same relative position', () => {
    const domain = { start: 1000, end: 1100 };
    const s0 = createTimeScale(domain, { x0: 0, x1: 800 });
    for (const anchor of [1000, 1025.5, 1090, 1200]) {
      for (const factor of [0.5, 0.8, 1.25, 2]) {
        const next = zoomAround(domain, anchor, factor, limits);
        expect(next.end - next.start).toBeCloseTo(100 * factor, 9);
        const s1 = createTimeScale(next, { x0: 0, x1: 800 });
        expect(s1.toX(anchor)).toBeCloseTo(s0.toX(anchor), 6);
      }
    }
  });

  it('respects the span limits', () => {
    const domain = { start: 0, end: 10 };
    const zoomedIn = zoomAround(domain, 5, 0.01, limits);
    expect(zoomedIn.end - zoomedIn.start).toBe(3);
    expect((5 - zoomedIn.start) / 3).toBeCloseTo(0.5, 12);
    const zoomedOut = zoomAround(domain, 2, 1e9, limits);
    expect(zoomedOut.end - zoomedOut.start).toBe(365 * 200);
    expect((2 - zoomedOut.start) / (365 * 200)).toBeCloseTo(0.2, 12);
    // Nonsense factors leave the window alone.
    expect(zoomAround(domain, 5, 0, limits)).toEqual(domain);
    expect(zoomAround(domain, 5, Number.NaN, limits)).toEqual(domain);
  });

  it('pans by days', () => {
    expect(panBy({ start: 10, end: 20 }, 2.5)).toEqual({ start: 12.5, end: 22.5 });
    expect(panBy({ start: 10, end: 20 }, -30)).toEqual({ start: -20, end: -10 });
  });

  it('fits a range with padding and a minimum span', () => {
    expect(fitDomain(100, 200, 0.1)).toEqual({ start: 90, end: 210 });
    expect(fitDomain(200, 100, 0)).toEqual({ start: 100, end: 200 });
    const tiny = fitDomain(100, 100, 0.1);
    expect(tiny.end - tiny.start).toBe(1);
    expect((tiny.start + tiny.end) / 2).toBe(100);
    const wide = fitDomain(100, 101, 0, 14);
    expect(wide).toEqual({ start: 93.5, end: 107.5 });
  });
});
