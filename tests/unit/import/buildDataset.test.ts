import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildDataset, type BuildOptions } from '../../../src/domain/import/buildDataset';
import { readImportFile, readImportText } from '../../../src/domain/import/pipeline';
import { parseGazetteer } from '../../../src/domain/import/gazetteer';
import { datasetToCsv, CSV_EXPORT_MAPPING } from '../../../src/domain/import/exportCsv';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import type { Table } from '../../../src/domain/import/types';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { fixture, realGazetteer } from './gazetteerFixture';
import { csvTable } from '../../helpers/tables';

const g = realGazetteer();
const opts = (over: Partial<BuildOptions> = {}): BuildOptions => ({
  mapping: {},
  gazetteer: g,
  datasetId: 'imp',
  title: 'Import',
  defaultActorName: 'Traveller',
  ...over,
});

function table(name: string): { table: Table; mapping: BuildOptions['mapping'] } {
  const out = readImportFile(fixture(name));
  if (out.kind !== 'table') throw new Error(`${name}: ${out.kind}`);
  return out;
}

describe('buildDataset', () => {
  it('imports the French semicolon Windows-1252 file, day-first', () => {
    const { table: t, mapping } = table('semicolon-cp1252.csv');
    const r = buildDataset(t, opts({ mapping }));
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const d = r.dataset!;
    expect(d.places.map((p) => `${p.name.en} ${p.country}`)).toEqual([
      'Genève CH',
      'Téhéran IR',
      'Zürich CH',
      'Riyad SA',
    ]);
    expect(d.events.map((e) => e.date)).toEqual([
      '2025-02-24',
      '2025-02-25',
      '2025-03-03',
      '2025-02-18',
    ]);
    expect(d.actors.map((a) => a.name.en)).toEqual(['Sergueï Lavrov', 'Marco Rubio']);
    expect(r.stats).toMatchObject({
      rowsRead: 4,
      eventsCreated: 4,
      placesCreated: 4,
      rowsSkipped: 0,
    });
  });

  it('reads month-first files and asks when dates are ambiguous', () => {
    const mdy = table('mdy.csv');
    expect(
      buildDataset(mdy.table, opts({ mapping: mdy.mapping, dateOrder: 'mdy' })).dataset?.events.map(
        (e) => e.date,
      ),
    ).toEqual(['2025-02-03', '2025-02-14', '2025-03-01']);
    const amb = table('ambiguous-dates.csv');
    const asked = buildDataset(amb.table, opts({ mapping: amb.mapping }));
    expect(asked.problems.filter((p) => p.code === 'dateAmbiguous')).toHaveLength(3);
    expect(asked.dataset).toBeNull();
    const dmy = buildDataset(amb.table, opts({ mapping: amb.mapping, dateOrder: 'dmy' }));
    expect(dmy.dataset?.events.map((e) => e.date)).toEqual([
      '2025-02-03',
      '2025-02-04',
      '2025-03-01',
    ]);
  });

  it('keeps month and year precision, ranges and end columns; an end before the start is a problem', () => {
    const { table: t, mapping } = table('month-year.csv');
    const r = buildDataset(t, opts({ mapping }));
    const ev = r.dataset!.events.map((e) => [e.date, e.endDate ?? '', e.precision]);
    expect(ev).toEqual([
      ['2025-02-01', '', 'month'],
      ['2024-03-01', '2024-05-31', 'month'],
      ['1999-01-01', '', 'year'],
      ['2025-02-12', '2025-02-14', 'day'],
      ['2025-02-12', '2025-02-14', 'day'],
      ['2025-03-10', '', 'day'],
    ]);
    const end = r.problems.find((p) => p.code === 'endBeforeStart');
    expect(end).toMatchObject({ row: 7, column: 'end', severity: 'warning' });
    const tsv = table('tab-separated.tsv');
    const r2 = buildDataset(tsv.table, opts({ mapping: tsv.mapping }));
    expect(r2.dataset!.events.map((e) => [e.date, e.endDate])).toEqual([
      ['2022-03-10', undefined],
      ['2022-03-29', '2022-03-30'],
    ]);
  });

  it('lists unplaced rows with suggestions, and places them once fixed', () => {
    const { table: t, mapping } = table('unknown-cities.csv');
    const r = buildDataset(t, opts({ mapping }));
    expect(r.stats).toMatchObject({ rowsRead: 4, eventsCreated: 1, rowsSkipped: 3 });
    expect(r.unplaced.map((u) => u.city)).toEqual(['Moskow', 'Atlantis', 'Ruritania City']);
    expect(r.unplaced[0]?.suggestions[0]?.name).toBe('Moscow');
    const problem = r.problems.find((p) => p.code === 'placeUnknown' && p.row === 2);
    expect(problem).toMatchObject({ column: 'city', value: 'Moskow (Russia)' });
    expect(r.problems.some((p) => p.code === 'countryUnknown' && p.row === 5)).toBe(true);
    const s = r.unplaced[0]!.suggestions[0]!;
    const fixed = buildDataset(
      t,
      opts({
        mapping,
        fixes: {
          [r.unplaced[0]!.key]: { name: s.name, country: s.country, lat: s.lat, lon: s.lon },
          [r.unplaced[1]!.key]: { name: 'Atlantis', country: 'GR', lat: 36.4, lon: 25.4 },
        },
      }),
    );
    expect(fixed.stats).toMatchObject({ eventsCreated: 3, rowsSkipped: 1 });
    expect(fixed.unplaced.map((u) => u.city)).toEqual(['Ruritania City']);
  });

  it('says which column is missing', () => {
    const { table: t, mapping } = table('no-place-column.csv');
    const r = buildDataset(t, opts({ mapping }));
    expect(r.dataset).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(['noPlaceColumn']);
    expect(buildDataset(t, opts({ mapping: { city: 1 } })).problems.map((p) => p.code)).toEqual([
      'noDateColumn',
    ]);
  });

  it('keeps imported text as plain text and only http(s) links', () => {
    const t = readImportText(
      'date,city,title,url\n2025-01-01,Paris,<img src=x onerror=alert(1)>,javascript:alert(1)\n2025-01-02,Rome,ok,https://example.org/a\n',
    );
    if (t.kind !== 'table') throw new Error(t.kind);
    const r = buildDataset(t.table, opts({ mapping: t.mapping }));
    expect(r.dataset!.events[0]!.title.en).toBe('<img src=x onerror=alert(1)>');
    expect(r.dataset!.events[0]!.sources).toEqual([]);
    expect(r.problems.find((p) => p.code === 'urlNotHttp')?.row).toBe(2);
    expect(r.dataset!.events[1]!.sources[0]?.url).toBe('https://example.org/a');
  });

  it('reports progress and stops when asked', () => {
    const { table: t, mapping } = table('state-dept-travels.csv');
    const seen: number[] = [];
    buildDataset(t, opts({ mapping, onProgress: (f) => void seen.push(f) }));
    expect(seen[seen.length - 1]).toBe(1);
    expect(() => buildDataset(t, opts({ mapping, onProgress: (f) => f < 0.5 }))).toThrow(
      'import cancelled',
    );
  });
});

describe('GeoJSON and the app format', () => {
  it('imports a FeatureCollection of Points, reporting other geometries', () => {
    const out = readImportFile(fixture('travels.geojson'));
    if (out.kind !== 'table') throw new Error(out.kind);
    expect(out.problems.map((p) => p.code)).toEqual(['geojsonNotPoint']);
    const r = buildDataset(out.table, opts({ mapping: out.mapping }));
    const d = r.dataset!;
    expect(d.places.map((p) => [p.name.en, p.lat, p.lon])).toEqual([
      ['Riyadh', 24.6877, 46.7219],
      ['Ankara', 39.9199, 32.8543],
      ['Tehran', 35.6944, 51.4215],
    ]);
    expect(d.actors.map((a) => a.name.en)).toEqual(['Sergei Lavrov']);
    expect(r.problems.map((p) => p.code)).toEqual(['urlNotHttp']);
  });

  it('migrates every schema version fixture, refuses newer and other shapes', () => {
    const v1 = readImportFile(fixture('dataset-v1.json'));
    expect(v1.kind === 'dataset' && v1.dataset.id).toBe('tiny');
    const v0 = readImportFile(fixture('dataset-v0.json'));
    expect(v0.kind === 'dataset' && v0.dataset.schemaVersion).toBe(1);
    expect(v0.problems.map((p) => p.code)).toEqual(['schemaMigrated']);
    const v2 = readImportFile(fixture('dataset-v2-newer.json'));
    expect(v2.kind === 'failed' && v2.problems[0]?.code).toBe('schemaNewer');
    const other = readImportFile(fixture('not-a-dataset.json'));
    expect(other.kind === 'failed' && other.problems[0]?.code).toBe('jsonShape');
    const broken = readImportFile(fixture('broken-json.txt'));
    expect(broken.kind === 'failed' && broken.problems[0]?.code).toBe('jsonInvalid');
    const bundledOut = readImportText(JSON.stringify(bundled));
    expect(bundledOut.kind).toBe('dataset');
  });
});

describe('export', () => {
  const reimport = (csv: string, id = 'imp'): Dataset => {
    const out = readImportText(csv);
    if (out.kind !== 'table') throw new Error(out.kind);
    expect(out.mapping).toEqual(CSV_EXPORT_MAPPING);
    const r = buildDataset(out.table, opts({ mapping: out.mapping, datasetId: id }));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return r.dataset!;
  };

  it('CSV reads back to the same dataset (import → export → import)', () => {
    const { table: t, mapping } = table('state-dept-travels.csv');
    const first = buildDataset(t, opts({ mapping })).dataset!;
    const csv = datasetToCsv(first);
    const second = reimport(csv);
    expect(second).toEqual(first);
    expect(datasetToCsv(second)).toBe(csv);
  });

  it('CSV of the bundled story is a fixed point after one import', () => {
    const d = parseDataset(bundled);
    if (!d.ok) throw new Error('bundled');
    const once = reimport(datasetToCsv(d.dataset));
    expect(once.events.map((e) => [e.id, e.date, e.endDate, e.placeIds.length])).toEqual(
      d.dataset.events.map((e) => [e.id, e.date, e.endDate, e.placeIds.length]),
    );
    const csv = datasetToCsv(once);
    expect(datasetToCsv(reimport(csv))).toBe(csv);
  });
});

describe('robustness', () => {
  const tiny = parseGazetteer(
    '#gazetteer\t1\ttest\nC\tFR\tFrance\tFrance\t41\t-5\t51\t10\nParis\t48.8534\t2.3488\t2138551\tC\nLyon\t45.7485\t4.8467\t472317\tA\n' +
      'C\tUS\tUnited States\tÉtats-Unis\t18\t-180\t72\t-66\nParis\t33.6609\t-95.5555\t24782\t\n',
  );
  if (!tiny.ok) throw new Error(tiny.message);
  const cellArb = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'Paris',
      'Lyon',
      'France',
      'US',
      '2025-02-12',
      '12/02/2025',
      'Feb 12-14, 2025',
      '48.85',
      '-200',
      'https://x.org',
      'javascript:x',
      '',
    ),
  );
  it('random tables give a dataset or problems, never an exception (10,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 6, maxLength: 6 }), { maxLength: 8 }),
        fc.constantFrom('dmy', 'mdy', null),
        (rows, order) => {
          const t = csvTable(['date', 'end', 'city', 'country', 'lat', 'lon'], rows);
          const r = buildDataset(t, {
            mapping: { date: 0, end: 1, city: 2, country: 3, lat: 4, lon: 5 },
            dateOrder: order as 'dmy' | 'mdy' | null,
            gazetteer: tiny.gazetteer,
            datasetId: 'p',
            title: 't',
            defaultActorName: 'T',
          });
          if (r.dataset) expect(parseDataset(r.dataset).ok).toBe(true);
          else expect(r.problems.length).toBeGreaterThan(0);
          expect(r.stats.eventsCreated + r.stats.rowsSkipped).toBeLessThanOrEqual(rows.length);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
