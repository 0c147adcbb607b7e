import { describe, expect, it } from 'vitest';
import { createPlaceResolver } from '../../../src/domain/import/places';
import { countryCodes, placeKind } from '../../../src/domain/import/gazetteer';
import { looseName, normalizeName } from '../../../src/domain/import/normalize';
import { realGazetteer } from './gazetteerFixture';
import { csvTable } from '../../helpers/tables';

const g = realGazetteer();

/** Where a (city, country) cell lands: "name CC" of the gazetteer place, or "unplaced". */
function where(city: string, country: string): string {
  const r = createPlaceResolver(g).resolveCell(city, country);
  const p = r.places[0];
  if (!p) return 'unplaced';
  const i = /^g(\d+)$/.exec(p.key);
  return `${i ? g.names[Number(i[1])] : p.name} ${p.country}`;
}

function near(city: string, country: string, lat: number, lon: number, within = 0.5): void {
  const p = createPlaceResolver(g).resolveCell(city, country).places[0];
  expect(p, `${city} (${country})`).toBeDefined();
  expect(Math.abs(p!.lat - lat) + Math.abs(p!.lon - lon)).toBeLessThan(within);
}

describe('the sovereign of the time and the country in parentheses', () => {
  it('places a locale in the country its parentheses name', () => {
    expect(where('Algiers (Algeria)', 'France')).toBe('Algiers DZ');
    expect(where('Dakar (Senegal)', 'France')).toBe('Dakar SN');
    expect(where('Kingston (Jamaica)', 'United Kingdom')).toBe('Kingston JM');
    expect(where('Havana (Cuba)', 'Spain')).toBe('Havana CU');
    // Not the Hamilton in Scotland.
    expect(where('Hamilton (Bermuda)', 'United Kingdom')).toMatch(/ BM$/);
  });

  it('looks in the territories the named power then governed', () => {
    expect(where('Kingston', 'United Kingdom')).toBe('Kingston JM');
    expect(where('Nairobi', 'United Kingdom')).toBe('Nairobi KE');
    expect(where('Saigon', 'France')).toBe('Ho Chi Minh City VN');
    expect(where('Batavia', 'Netherlands')).toBe('Jakarta ID');
    expect(where('Luanda', 'Portugal')).toBe('Luanda AO');
    expect(where('Leopoldville', 'Belgium')).toBe('Kinshasa CD');
    expect(where('Aruba', 'Netherlands Antilles')).toMatch(/ AW$/);
  });

  it('knows historical states and their successors across the 20th century', () => {
    for (const [city, country, cc] of [
      ['Kiev', 'U.S.S.R.', 'UA'],
      ['Zagreb', 'Yugoslavia', 'HR'],
      ['Bratislava', 'Czechoslovakia', 'SK'],
      ['Leipzig', 'German Democratic Republic', 'DE'],
      ['Salisbury', 'Rhodesia', 'ZW'],
      ['Istanbul', 'Ottoman Empire', 'TR'],
      ['Hanoi', 'French Indochina', 'VN'],
      ['Asmara', 'Italy', 'ER'],
      ['Moscow', 'Sowjetunion', 'RU'],
      ['Minsk', 'Byelorussia', 'BY'],
    ] as const)
      expect(where(city, country)).toMatch(new RegExp(` ${cc}$`));
  });
});

describe('regions, territories, islands and venues are places', () => {
  it('finds first-level divisions (country-state-city) at their representative point', () => {
    near('Pernambuco', 'Brazil', -8.8, -36.95, 3);
    near('Nova Scotia', 'Canada', 44.7, -63.7, 3);
    expect(placeKind(g, g.byName.get(normalizeName('Pernambuco'))![0]!)).toBe('region');
  });

  it('finds a dependent territory or island state named as the place (at its capital)', () => {
    expect(where('Bermuda', 'United Kingdom')).toMatch(/Hamilton BM/);
    expect(where('Malta', 'United Kingdom')).toMatch(/ MT$/);
    near('Martinique', 'France', 14.64, -61.02);
    expect(where('The Bahamas', 'United Kingdom')).toMatch(/ BS$/);
  });

  it('finds residences, castles, conference sites, bases, canals and islands of the reviewed list', () => {
    near('Chequers', 'United Kingdom', 51.74, -0.81);
    near('Camp David', 'United States', 39.65, -77.47);
    near('Balmoral Castle', 'United Kingdom', 57.04, -3.23);
    near('Schloss Elmau', 'Germany', 47.46, 11.19);
    near('Ramstein Air Force Base', 'Germany', 49.44, 7.6);
    near('Suez Canal', 'Egypt', 30.6, 32.3);
    near('Brioni', 'Yugoslavia', 44.9, 13.76);
    near('Sal', 'Cape Verde', 16.75, -22.93);
  });

  it('reads a country column that names a region or territory', () => {
    expect(where('Terceira Island', 'Azores')).toMatch(/ PT$/);
  });
});

describe('matching forgives what records do to names', () => {
  it('ignores missing accents and apostrophes', () => {
    // GeoNames calls it "Juárez".
    expect(where('Ciudad Juarez', 'Mexico')).toBe('Juárez MX');
    expect(where('Bogota', 'Colombia')).toBe('Bogotá CO');
    expect(where('Nukualofa', 'Tonga')).toMatch(/ TO$/);
    expect(where('Xian', 'China')).toMatch(/Xi.an CN/);
  });

  it('treats St. / Saint / San / São / Sankt alike', () => {
    expect(looseName(normalizeName('St. Moritz'))).toBe(looseName(normalizeName('Sankt Moritz')));
    near('St. Petersburg', 'Russia', 59.94, 30.31);
    expect(where('Sao Paulo', 'Brazil')).toBe('São Paulo BR');
    expect(where('Sankt Gallen', 'Switzerland')).toMatch(/Gallen CH/);
  });

  it('knows short and official names and "Bad"-type prefixes', () => {
    expect(where('Acapulco', 'Mexico')).toBe('Acapulco de Juárez MX');
    expect(where('Nauheim', 'Germany')).toBe('Bad Nauheim DE');
    expect(where('Kissingen', 'Germany')).toBe('Bad Kissingen DE');
  });

  it('reads federal-district abbreviations and Cold War names', () => {
    expect(where('D.F.', 'Mexico')).toBe('Mexico City MX');
    expect(where('Mexico, D.F.', 'Mexico')).toBe('Mexico City MX');
    expect(where('West Berlin', 'Germany')).toBe('Berlin DE');
    expect(where('East Berlin', 'German Democratic Republic')).toBe('Berlin DE');
  });

  it('finds a place under each of its names (exonyms in the languages of records)', () => {
    for (const name of ['Genebra', 'Ginebra', 'Genf', 'Ginevra', 'Genève', 'Geneva'])
      expect(where(name, 'Switzerland')).toBe('Genève CH');
    expect(where('Pequim', 'China')).toBe('Beijing CN');
    expect(where('Moskau', 'Sowjetunion')).toBe('Moscow RU');
  });

  it('compares country names with "&" and "and" alike, in many languages', () => {
    // Intl calls it "Trinidad & Tobago"; records write "Trinidad and Tobago".
    expect(countryCodes(g, 'Trinidad and Tobago')).toEqual(['TT']);
    expect(countryCodes(g, 'Bosnia and Herzegovina')).toEqual(['BA']);
    expect(countryCodes(g, 'Antigua and Barbuda')).toEqual(['AG']);
    expect(countryCodes(g, 'São Tomé e Príncipe')).toEqual(['ST']);
    expect(countryCodes(g, 'Coreia do Sul')).toEqual(['KR']);
    expect(countryCodes(g, 'Países Baixos')).toEqual(['NL']);
    expect(countryCodes(g, 'Suíça')).toEqual(['CH']);
    expect(where('Port of Spain', 'Trinidad and Tobago')).toBe('Port of Spain TT');
  });

  it('keeps a city that is also a country name as a stop of a list', () => {
    const r = createPlaceResolver(g).resolveCell(
      'Xian, Beijing, Shanghai, Guilin, Hong Kong',
      'China',
    );
    expect(r.places.map((p) => p.country)).toEqual(['CN', 'CN', 'CN', 'CN', 'HK']);
  });
});

describe('what stays unplaced', () => {
  it('is grouped by name and ranked by how many rows a fix would place', async () => {
    const { buildDataset } = await import('../../../src/domain/import/buildDataset');
    const rows = [
      ['1990-01-01', 'Atlantis', 'France'],
      ['1990-01-02', 'Lemuria', 'France'],
      ['1990-01-03', 'Lemuria', 'France'],
      ['1990-01-04', 'Paris', 'France'],
      ['1990-01-05', 'Lemuria', 'France'],
      ['1990-01-06', 'Atlantis', 'France'],
      ['1990-01-07', 'Mu', 'France'],
    ];
    const r = buildDataset(csvTable(['date', 'city', 'country'], rows), {
      mapping: { date: 0, city: 1, country: 2 },
      gazetteer: g,
      datasetId: 'u',
      title: 'u',
      defaultActorName: 'T',
    });
    expect(r.unplaced.map((u) => [u.city, u.rows])).toEqual([
      ['Lemuria', [3, 4, 6]],
      ['Atlantis', [2, 7]],
      ['Mu', [8]],
    ]);
  });
});
