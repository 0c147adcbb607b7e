import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectDateOrder, parseDateText, isoOf } from '../../../src/domain/import/dates';

function read(text: string, order: 'dmy' | 'mdy' | null = null) {
  const r = parseDateText(text, order);
  if (!r.ok) return r.reason;
  const v = r.value;
  return `${isoOf(v.start)}${v.end ? `/${isoOf(v.end)}` : ''} ${v.precision}`;
}

describe('parseDateText', () => {
  it.each([
    ['2025-02-12', '2025-02-12 day'],
    ['2025-2-3', '2025-02-03 day'],
    ['2025/02/12', '2025-02-12 day'],
    ['2025-02-12T23:30:00Z', '2025-02-12 day'],
    ['2025-02-12T00:30:00+14:00', '2025-02-12 day'],
    ['2025-02', '2025-02-01 month'],
    ['2025', '2025-01-01 year'],
    ['02/2025', '2025-02-01 month'],
    ['February 2025', '2025-02-01 month'],
    ['févr. 2025', '2025-02-01 month'],
    ['12 February 2025', '2025-02-12 day'],
    ['February 12, 2025', '2025-02-12 day'],
    ['Wednesday, February 26, 2025', '2025-02-26 day'],
    ['mardi 1er avril 2025', '2025-04-01 day'],
    ['1st March 2025', '2025-03-01 day'],
    ['12 août 1953', '1953-08-12 day'],
    ['Feb 12-14, 2025', '2025-02-12/2025-02-14 day'],
    ['Feb 12–14, 2025', '2025-02-12/2025-02-14 day'],
    ['Jan 31–Feb 2, 1953', '1953-01-31/1953-02-02 day'],
    ['12-14 février 2025', '2025-02-12/2025-02-14 day'],
    ['du 12 au 14 février 2025', '2025-02-12/2025-02-14 day'],
    ['2025-02-12/2025-02-14', '2025-02-12/2025-02-14 day'],
    ['13/02/2025 - 14/02/2025', '2025-02-13/2025-02-14 day'],
    ['Feb–Mar 1953', '1953-02-01/1953-03-31 month'],
    ['1953-1954', '1953-01-01/1954-12-31 year'],
    ['Dec 30, 2024 – Jan 2, 2025', '2024-12-30/2025-01-02 day'],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('decides DD/MM vs MM/DD from a number above 12, else asks', () => {
    expect(read('14/02/2025')).toBe('2025-02-14 day');
    expect(read('02/14/2025')).toBe('2025-02-14 day');
    expect(read('03/04/2025')).toBe('ambiguous');
    expect(read('03/04/2025', 'dmy')).toBe('2025-04-03 day');
    expect(read('03/04/2025', 'mdy')).toBe('2025-03-04 day');
    expect(read('05/05/2025')).toBe('2025-05-05 day');
    expect(read('12.02.2025', 'dmy')).toBe('2025-02-12 day');
  });

  it('refuses what is not a date', () => {
    for (const bad of [
      '',
      '  ',
      'soon',
      '2025-02-30',
      '2025-13',
      '31/31/2025',
      'Feb 30, 2025',
      '12/02/25',
    ])
      expect(parseDateText(bad).ok).toBe(false);
    expect(read('12/02/25', 'dmy')).toBe('twoDigitYear');
    expect(read('')).toBe('empty');
    expect(read('Feb 14-12, 2025')).toBe('invalid');
  });

  it('never throws and returns a real calendar date (10,000 random and mutated inputs)', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom('/', '-', '.', ' ', '–', ', ', ' to '),
        fc.constantFrom('', 'Feb ', 'février ', 'May ', 'lundi '),
      )
      .map(([d, m, y, sep, w]) => `${w}${d}${sep}${m}${sep}${y}`);
    const mutated = fc
      .tuple(
        fc.constantFrom('Feb 12-14, 2025', '2025-02-12', '12/02/2025', 'Jan 31–Feb 2, 1953'),
        fc.string(),
        fc.nat(20),
      )
      .map(([s, ins, at]) => s.slice(0, at) + ins + s.slice(at));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateLike, mutated),
        fc.constantFrom('dmy', 'mdy', null),
        (text, order) => {
          const r = parseDateText(text, order as 'dmy' | 'mdy' | null);
          if (r.ok) {
            const { start, end } = r.value;
            expect(Number.isInteger(start.year) && start.month >= 1 && start.month <= 12).toBe(
              true,
            );
            if (end)
              expect(isoOf(end) >= isoOf(start) || start.year < 0 || end.year < 0).toBe(true);
          } else
            expect(['empty', 'invalid', 'ambiguous', 'twoDigitYear', 'noYear']).toContain(r.reason);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('round-trips every ISO day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(2999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(read(iso)).toBe(`${iso} day`);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('detectDateOrder', () => {
  it('finds day-first, month-first, or needs an answer', () => {
    expect(detectDateOrder(['03/02/2025', '14/02/2025']).order).toBe('dmy');
    expect(detectDateOrder(['02/03/2025', '02/14/2025']).order).toBe('mdy');
    const amb = detectDateOrder(['03/02/2025', '04/02/2025']);
    expect(amb.order).toBeNull();
    expect(amb.needsAnswer).toBe(true);
    expect(detectDateOrder(['2025-02-03']).needsAnswer).toBe(false);
  });
  it('counts the shortest numeric dates and dates inside text, and nothing else', () => {
    const e = detectDateOrder(['1/2/2025', '13.2.2025', 'from 2-14-2025 on', 'Row 13', '', '13/2']);
    expect([e.ambiguousCells, e.dmyCells, e.mdyCells]).toEqual([1, 1, 1]);
  });
});
