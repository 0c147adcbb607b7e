import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, formatDuration, parseArgs } from '../../../bench/lib/options.mjs';
import { leavesMachine } from '../../../bench/lib/network.mjs';
import { toTimelineJsEvent } from '../../../bench/lib/timelinejs.mjs';

describe('parseArgs', () => {
  it('runs every part three times by default, 1,000 to 1,000,000 events', () => {
    const o = parseArgs([]);
    expect(o.runs).toBe(3);
    expect(o.sizes).toEqual(DEFAULT_SIZES);
    expect(DEFAULT_SIZES).toEqual([1_000, 10_000, 100_000, 1_000_000]);
    expect([o.story, o.record, o.import, o.timelinejs, o.editing]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
  it('--only keeps just the parts named', () => {
    const o = parseArgs(['--only=record,story', '--runs=1']);
    expect(o.runs).toBe(1);
    expect(o.sizes).toEqual([]);
    expect([o.story, o.record, o.import, o.timelinejs, o.editing]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(parseArgs(['--only=10_000,timelinejs']).sizes).toEqual([10_000]);
  });
  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--only=everything'])).toThrow(/unknown part/);
    expect(() => parseArgs(['--runs=0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--sizes=ten'])).toThrow(/not a size/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
  });
});

describe('formatDuration', () => {
  it('prints seconds, then minutes and seconds', () => {
    expect(formatDuration(9.4)).toBe('9s');
    expect(formatDuration(75)).toBe('1m15s');
  });
});

describe('leavesMachine', () => {
  it('is true for any other host, false for the bench server', () => {
    expect(leavesMachine('https://fonts.gstatic.com/s/x.ttf')).toBe(true);
    expect(leavesMachine('https://tile.openstreetmap.org/1/0/0.png')).toBe(true);
    expect(leavesMachine('http://127.0.0.1:4205/bench-data/1000.json')).toBe(false);
    expect(leavesMachine('http://localhost:4206/')).toBe(false);
    expect(leavesMachine('data:text/plain,x')).toBe(false);
  });
});

describe('toTimelineJsEvent', () => {
  it('keeps the calendar date as year, month and day, and the English title', () => {
    expect(
      toTimelineJsEvent({
        id: 'ev-1',
        date: '1978-09-05',
        title: { en: 'Camp David', fr: 'Camp David' },
      }),
    ).toEqual({
      unique_id: 'ev-1',
      start_date: { year: 1978, month: 9, day: 5 },
      text: { headline: 'Camp David', text: '' },
    });
  });
});
