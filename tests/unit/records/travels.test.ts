import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realGazetteer } from '../import/gazetteerFixture';
import {
  convertTravels,
  splitLocales,
  accessiblePalette,
  contrastWithWhite,
  REDUNDANT_KM,
  type RecordRow,
  type Secretary,
  type Correction,
} from '../../../src/domain/records/travels';
import { buildRecord, parseCorrections } from '../../../src/domain/records/buildRecord';
import { parseDataset } from '../../../src/domain/dataset/schema';

const root = resolve(__dirname, '../../..');
const read = (...p: string[]) => readFileSync(resolve(root, ...p), 'utf8');

const sec: Secretary = {
  who: 'kissinger-henry-a',
  name: 'Henry A. Kissinger',
  initials: 'HAK',
  termStart: '1973-09-22',
  termEnd: '1977-01-20',
};

function row(over: Partial<RecordRow>): RecordRow {
  return {
    id: '1',
    person: 'Henry A. Kissinger',
    start_date: '1974-03-24',
    end_date: '1974-03-28',
    city: 'Moscow',
    country: 'U.S.S.R.',
    remarks: 'Met with General Secretary Brezhnev.',
    who: 'kissinger-henry-a',
    ...over,
  };
}

function convert(rows: RecordRow[], corrections: Correction[] = []) {
  return convertTravels({ rows, secretaries: [sec], corrections, gazetteer: realGazetteer() });
}

describe('splitLocales', () => {
  it('splits on commas outside parentheses and shares a trailing qualifier', () => {
    expect(splitLocales('Halifax, Stellarton (Nova Scotia)')).toEqual([
      { written: 'Halifax', name: 'Halifax', qualifier: 'Nova Scotia' },
      { written: 'Stellarton (Nova Scotia)', name: 'Stellarton', qualifier: 'Nova Scotia' },
    ]);
    expect(splitLocales('Moscow, Leningrad, Kiev').map((l) => l.name)).toEqual([
      'Moscow',
      'Leningrad',
      'Kiev',
    ]);
  });
});

describe('convertTravels', () => {
  it('turns a multi-locale trip into consecutive stops in the order given', () => {
    const r = convert([row({ city: 'Moscow, Leningrad, Kiev' })]);
    expect(r.unplaced).toEqual([]);
    const e = r.dataset.events[0]!;
    const names = e.placeIds.map((id) => r.dataset.places.find((p) => p.id === id)!);
    expect(names.map((p) => p.country)).toEqual(['RU', 'RU', 'UA']);
    expect(names[1]!.name.en).toBe('Saint Petersburg');
    expect(names[2]!.lat).toBeCloseTo(50.45, 1);
    expect(r.placedByGazetteer).toBe(1);
  });

  it('keeps a territory under the country the record names and places it where it is', () => {
    const r = convert([
      row({ id: '2', city: 'Havana (Cuba)', country: 'Spain' }),
      row({ id: '3', city: 'Algiers', country: 'France' }),
    ]);
    expect(r.unplaced).toEqual([]);
    const [havana, algiers] = r.dataset.events;
    expect(havana!.country).toEqual({ en: 'Spain' });
    expect(havana!.title.en).toBe('Havana (Cuba), Spain');
    const placeOf = (id: string) => r.dataset.places.find((p) => p.id === id)!;
    expect(placeOf(havana!.placeIds[0]!).country).toBe('CU');
    expect(placeOf(algiers!.placeIds[0]!).country).toBe('DZ');
    expect(algiers!.country).toEqual({ en: 'France' });
    expect(r.placedByTerritory).toBe(2);
  });

  it('applies a correction with its note and counts it; lists what is unplaced', () => {
    const fix: Correction = {
      locale: 'Dacha Number Seven',
      country: 'U.S.S.R.',
      name: 'Sergiyev Posad',
      iso: 'RU',
      lat: 56.3,
      lon: 38.13,
      note: 'Soviet name of Sergiyev Posad',
    };
    const r = convert(
      [
        row({ id: '4', city: 'Moscow, Dacha Number Seven' }),
        row({ id: '5', city: 'Nowhereville' }),
      ],
      [fix],
    );
    expect(r.placedByCorrection).toBe(1);
    const e = r.dataset.events[0]!;
    const p = r.dataset.places.find((x) => x.id === e.placeIds[1])!;
    expect(p).toMatchObject({
      lat: 56.3,
      lon: 38.13,
      note: { en: 'Soviet name of Sergiyev Posad' },
    });
    expect(r.unplaced).toEqual([{ tripId: '5', locale: 'Nowhereville', country: 'U.S.S.R.' }]);
    expect(r.dataset.events.map((x) => x.id)).toEqual(['trip-4']);
  });

  it('lets a reviewed correction win over the gazetteer, and reports rows it no longer needs', () => {
    // "Pará" is a state to the gazetteer (its middle, 700 km inland); the record means Belém.
    const para: Correction = {
      locale: 'Para',
      country: 'Brazil',
      name: 'Belém',
      iso: 'BR',
      lat: -1.4558,
      lon: -48.4902,
      note: 'The state of Pará; its port and capital is Belém',
    };
    // The gazetteer now knows "Djakarta" as Jakarta, at the same point: a stale row.
    const djakarta: Correction = {
      locale: 'Djakarta',
      country: 'Indonesia',
      name: 'Jakarta',
      iso: 'ID',
      lat: -6.2146,
      lon: 106.8451,
      note: 'Old spelling of Jakarta',
    };
    const unused: Correction = { ...para, locale: 'Nowhere Bay', name: 'Nowhere Bay' };
    const r = convert(
      [
        row({ id: '6', city: 'Para', country: 'Brazil' }),
        row({ id: '7', city: 'Djakarta', country: 'Indonesia' }),
      ],
      [para, djakarta, unused],
    );
    const place = r.dataset.places.find((p) => p.id === r.dataset.events[0]!.placeIds[0])!;
    expect(place).toMatchObject({ name: { en: 'Belém' }, lat: -1.4558, lon: -48.4902 });
    expect(r.placedByCorrection).toBe(2);
    expect(r.unusedCorrections).toEqual([unused]);
    expect(r.redundantCorrections.map((x) => x.correction)).toEqual([djakarta]);
    expect(r.redundantCorrections[0]!.km).toBeLessThan(REDUNDANT_KM);
  });

  it('gives each trip its dates, remarks, country and the Historian page as source', () => {
    const r = convert([row({ id: '1234' })]);
    const e = r.dataset.events[0]!;
    expect(e).toMatchObject({
      id: 'trip-1234',
      date: '1974-03-24',
      endDate: '1974-03-28',
      actorIds: ['kissinger-henry-a'],
      summary: { en: 'Met with General Secretary Brezhnev.' },
    });
    expect(e.sources[0]!.url).toBe(
      'https://history.state.gov/departmenthistory/travels/secretary/kissinger-henry-a#1234',
    );
    expect(e.sources[0]!.title).toContain('1234');
  });

  it('flags a trip outside its Secretary’s term', () => {
    const r = convert([row({ start_date: '1980-01-01', end_date: '1980-01-02' })]);
    expect(r.problems[0]).toMatch(/outside/);
  });

  it('refuses a correction without a note', () => {
    const { problems } = parseCorrections('locale,country,name,iso,lat,lon,note\nX,Y,X,FR,1,2,\n');
    expect(problems[0]).toMatch(/how it was identified/);
  });

  it('gives 34 colours readable against white', () => {
    const colours = accessiblePalette(34);
    expect(new Set(colours).size).toBe(34);
    for (const c of colours) expect(contrastWithWhite(c)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the committed record', () => {
  const result = buildRecord({
    travelsCsv: read('data/records/us-secretary-of-state-travels.csv'),
    secretariesCsv: read('data/records/secretaries.csv'),
    correctionsCsv: read('data/records/corrections.csv'),
    gazetteerTsv: read('public/gazetteer/cities.v1.tsv'),
    relatedCsv: read('data/records/related.csv'),
  });

  it('places every trip, with no problem, and matches the committed JSON', () => {
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.setup).toEqual([]);
    expect(result.dataset.events).toHaveLength(3439);
    expect(result.dataset.actors).toHaveLength(34);
    expect(result.placedByGazetteer + result.placedByTerritory + result.placedByCorrection).toBe(
      3439,
    );
    const committed = JSON.parse(read('public/records/us-secretaries-of-state.v1.json'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(result.dataset)));
  });

  it('keeps the corrections table reviewed: every row is used and still needed', () => {
    // A row no trip uses, or one the gazetteer now places the same (≤ REDUNDANT_KM, same
    // name), is to be removed; `npm run records` lists them.
    expect(result.unusedCorrections.map((c) => `${c.locale} | ${c.country}`)).toEqual([]);
    expect(
      result.redundantCorrections.map((x) => `${x.correction.locale} | ${x.correction.country}`),
    ).toEqual([]);
    expect(result.correctionsCount).toBeGreaterThan(0);
  });

  it('is a valid dataset in which every trip has a place', () => {
    const parsed = parseDataset(JSON.parse(read('public/records/us-secretaries-of-state.v1.json')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Stored normalised: the app opens it without the validator (as it does the bundled story).
    expect(parsed.dataset).toEqual(
      JSON.parse(read('public/records/us-secretaries-of-state.v1.json')),
    );
    expect(parsed.dataset.events.every((e) => e.placeIds.length >= 1)).toBe(true);
    const rubio = parsed.dataset.events.find((e) => e.id === 'trip-4288')!;
    expect(rubio).toMatchObject({
      date: '2025-02-17',
      endDate: '2025-02-19',
      related: [{ datasetId: 'afp-2025-02-26', eventId: 'riyadh-talks' }],
    });
  });
});
