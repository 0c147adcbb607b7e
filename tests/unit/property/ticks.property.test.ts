/**
 * Timeline ticks for any span and width: labels never overlap (whatever the font measures),
 * the unit follows the span (decades → years → months → days), and labels are calendar
 * dates, the same in every time zone.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, isoToDay } from '../../../src/domain/time/calendar';
import { labelBoxes, ticks, type TickOptions } from '../../../src/domain/time/timeScale';

const d = (s: string) => isoToDay(s)!;
const LOCALES = ['en-GB', 'fr-FR', 'en-US'] as const;

/** A window: start anywhere 1500–2100, span from half a day to 300 years (log-uniform). */
const windows = fc.record({
  start: fc.double({ min: d('1500-01-01'), max: d('2100-01-01'), noNaN: true }),
  span: fc.double({ min: Math.log(0.5), max: Math.log(365 * 300), noNaN: true }).map(Math.exp),
  width: fc.integer({ min: 120, max: 3000 }),
  locale: fc.constantFrom(...LOCALES),
});

/** A font: each character its own width, majors bolder, as a browser might measure. */
const fonts = fc.option(
  fc.record({
    char: fc.double({ min: 4, max: 16, noNaN: true }),
    bold: fc.double({ min: 1, max: 1.3, noNaN: true }),
  }),
  { nil: undefined },
);

function optionsFor(font: { char: number; bold: number } | undefined): TickOptions {
  if (!font) return {};
  return {
    measure: (label, major) =>
      [...label].reduce((w, c) => w + font.char * (/[MWmw]/.test(c) ? 1.4 : 1), 0) *
      (major ? font.bold : 1),
  };
}

describe('ticks, for random spans, widths and fonts', () => {
  it('no two labels overlap, and none is cut at the end of the axis', () => {
    fc.assert(
      fc.property(windows, fonts, ({ start, span, width, locale }, font) => {
        const options = optionsFor(font);
        const list = ticks(start, start + span, width, locale, options);
        const boxes = labelBoxes(list, start, start + span, width, options).sort(
          (p, q) => p[0] - q[0],
        );
        for (let k = 1; k < boxes.length; k++)
          expect(boxes[k]![0]).toBeGreaterThanOrEqual(boxes[k - 1]![1] - 1e-9);
        // And none runs off the right end of the axis (the default gap is 10 px).
        for (const box of boxes) expect(box[1] - 5).toBeLessThanOrEqual(width + 1e-9);
      }),
      { numRuns: 1500 },
    );
  });

  it('labels are the calendar dates of their ticks', () => {
    fc.assert(
      fc.property(windows, ({ start, span, width, locale }) => {
        for (const tick of ticks(start, start + span, width, locale)) {
          expect(Number.isInteger(tick.t)).toBe(true);
          if (!tick.label) continue;
          const c = fromDayNumber(tick.t);
          if (tick.unit === 'year') expect(tick.label).toBe(String(c.year));
          if (tick.unit === 'month') expect(c.day).toBe(1);
          if (tick.unit === 'day' || tick.unit === 'week')
            expect(tick.label).toMatch(new RegExp(`(^|\\D)${c.day}(\\D|$)`));
          if (tick.major && tick.unit === 'month' && /\d{4}/.test(tick.label))
            expect(tick.label).toContain(String(c.year));
        }
      }),
      { numRuns: 800 },
    );
  });

  const zone = process.env.TZ;
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('are the same in every time zone', () => {
    const samples = fc.sample(windows, { numRuns: 150, seed: 42 });
    const inZone = (tz: string) => {
      process.env.TZ = tz;
      return samples.map(({ start, span, width, locale }) =>
        ticks(start, start + span, width, locale),
      );
    };
    const utc = inZone('UTC');
    expect(inZone('Pacific/Honolulu')).toEqual(utc);
    expect(inZone('Pacific/Kiritimati')).toEqual(utc);
  });
});

describe('the unit follows the span', () => {
  const record = [d('1866-01-01'), d('2025-12-31')] as const;

  it('160 years of the record show decades at 1920 px, each labelled, no crowd', () => {
    const list = ticks(record[0], record[1], 1920, 'fr-FR');
    const majors = list.filter((t) => t.major);
    expect(majors.map((t) => t.label)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(1870 + 10 * i)),
    );
    expect(list.filter((t) => t.label).length).toBeLessThanOrEqual(40);
  });

  it('and centuries with labelled decades between them at 390 px', () => {
    const list = ticks(record[0], record[1], 390, 'en-GB');
    expect(list.filter((t) => t.major).map((t) => t.label)).toEqual(['1900', '2000']);
    expect(list.some((t) => !t.major && /^\d{3}0$/.test(t.label))).toBe(true);
  });

  it('goes years → months → days as it zooms in', () => {
    const at = (days: number) =>
      new Set(
        ticks(d('2025-02-20') - days / 2, d('2025-02-20') + days / 2, 1000, 'fr-FR').map(
          (t) => t.unit,
        ),
      );
    expect(at(365 * 30)).toEqual(new Set(['year']));
    expect(at(365 * 3)).toEqual(new Set(['year', 'month']));
    expect(at(60).has('week') || at(60).has('day')).toBe(true);
    // A fortnight over 1 March: days, and the month start as the major.
    const fortnight = ticks(d('2025-02-22'), d('2025-03-08'), 1000, 'fr-FR');
    expect(new Set(fortnight.map((t) => t.unit))).toEqual(new Set(['month', 'day']));
    expect(fortnight.find((t) => t.major)?.label).toBe('mars 2025');
  });
});
