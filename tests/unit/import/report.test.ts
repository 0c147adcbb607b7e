import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { parseGazetteer } from '../../../src/domain/import/gazetteer';
import { reportCounts } from '../../../src/domain/import/report';
import type { Table } from '../../../src/domain/import/types';
import { csvTable } from '../../helpers/tables';

const TINY =
  '#gazetteer\t1\ttest\n' +
  'C\tFR\tFrance\tFrance\t41\t-5\t51\t10\nParis\t48.8534\t2.3488\t2138551\tC\nLyon\t45.75\t4.85\t500000\tA\n' +
  'C\tUA\tUkraine\tUkraine\t44\t22\t53\t41\nKyiv\t50.45\t30.52\t2800000\tC\n';
const parsed = parseGazetteer(TINY);
if (!parsed.ok) throw new Error('gazetteer');
const gazetteer = parsed.gazetteer;

const table = (rows: string[][]): Table => csvTable(['date', 'city', 'country'], rows);

const build = (t: Table) =>
  buildDataset(t, {
    mapping: { date: 0, city: 1, country: 2 },
    gazetteer,
    datasetId: 'r',
    title: 'R',
    defaultActorName: 'Traveller',
  });

describe('the import report adds up', () => {
  it('a row that keeps some of its places is imported; only rows without any are left out, each with its reason', () => {
    const result = build(
      table([
        ['2025-02-01', 'Paris', 'France'],
        ['2025-02-02', 'Kyiv, Atlantis', 'Ukraine'],
        ['2025-02-03', 'Atlantis', 'France'],
        ['', 'Lyon', 'France'],
        ['31/31/2025', 'Lyon', 'France'],
      ]),
    );
    const c = reportCounts(result);
    expect(c.rowsRead).toBe(5);
    expect(c.rowsImported).toBe(2);
    expect(c.rowsLeftOut).toBe(3);
    expect(c.rowsImported + c.rowsLeftOut).toBe(c.rowsRead);
    expect(c.leftOut.map((r) => [r.row, r.code])).toEqual([
      [4, 'placeUnknown'],
      [5, 'dateMissing'],
      [6, 'dateInvalid'],
    ]);
    expect(c.rowsAwaitingPlaces).toBe(1);
    expect(c.events).toBe(2);
    // Two place names to fix (Atlantis in Ukraine and in France), rows 3 and 4.
    expect(result.unplaced.map((u) => u.rows)).toEqual([[3], [4]]);
    // Paris and Kyiv were found by name: listed for review.
    expect(result.matched.map((m) => m.match.name).sort()).toEqual(['Kyiv', 'Paris']);
  });

  it('every row read is either imported or listed as left out, once (random tables)', () => {
    const cell = fc.constantFrom('Paris', 'Lyon', 'Kyiv', 'Atlantis', '', 'Paris; Atlantis');
    const date = fc.constantFrom('2025-02-01', '', '1/2/25', 'Feb 2025', '2025-13-01', '2024');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(date, cell, fc.constantFrom('France', 'Ukraine', '')), { maxLength: 30 }),
        (rows) => {
          const result = build(table(rows.map((r) => [...r])));
          const c = reportCounts(result);
          expect(c.rowsImported + c.rowsLeftOut).toBe(rows.length);
          expect(new Set(c.leftOut.map((r) => r.row)).size).toBe(c.rowsLeftOut);
          expect(c.rowsLeftOut).toBe(result.stats.rowsSkipped);
          // Without an id column each imported row is one event.
          if (result.dataset) expect(c.events).toBe(c.rowsImported);
          else
            expect(
              c.rowsImported === 0 || result.problems.some((p) => p.severity === 'error'),
            ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
