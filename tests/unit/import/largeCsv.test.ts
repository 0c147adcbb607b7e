import { describe, it, expect } from 'vitest';
import { readImportFile } from '../../../src/domain/import/pipeline';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { parseGazetteer } from '../../../src/domain/import/gazetteer';
import { readFileSync } from 'node:fs';
import { GAZETTEER_FILE } from './gazetteerFixture';

const PLACES = [
  ['Paris', 'France'],
  ['Moscow', 'Russia'],
  ['Kiev', 'U.S.S.R.'],
  ['Peking', 'China'],
  ['Genève', 'Suisse'],
  ['Riyadh', 'Saudi Arabia'],
  ['Ankara', 'Türkiye'],
  ['New Delhi', 'India'],
  ['Brasília', 'Brazil'],
  ['Nairobi', 'Kenya'],
  ['Tokyo', 'Japan'],
  ['Bonn', 'Germany, Federal Republic of'],
  ['Rangoon', 'Burma'],
  ['Belgrade', 'Yugoslavia'],
  ['Washington', 'United States'],
  ['Canberra', 'Australia'],
];

/** A generated CSV of `rows` trips with city and country names (what the benchmark imports). */
export function generatedCsv(rows: number): string {
  const lines = ['Name;Country;Locale;Remarks;Date'];
  for (let i = 0; i < rows; i++) {
    const [city, country] = PLACES[(i * 7) % PLACES.length]!;
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 1950 + (Math.floor(i / 336) % 75);
    lines.push(
      `Traveller ${i % 40};"${country}";${city};Row ${i};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    );
  }
  return lines.join('\r\n');
}

// Correctness at size only: speed is measured by `npm run bench`, never by a timed unit test.
describe('a large CSV', () => {
  it('is read, geocoded and built completely', () => {
    const bytes = new TextEncoder().encode(generatedCsv(20_000));
    const gz = parseGazetteer(readFileSync(GAZETTEER_FILE, 'utf8'));
    if (!gz.ok) throw new Error(gz.message);
    const out = readImportFile(bytes);
    if (out.kind !== 'table') throw new Error(out.kind);
    const r = buildDataset(out.table, {
      mapping: out.mapping,
      gazetteer: gz.gazetteer,
      dateOrder: 'dmy',
      datasetId: 'big',
      title: 'big',
      defaultActorName: 'T',
    });
    expect(r.stats.eventsCreated).toBe(20_000);
    expect(r.stats.placesCreated).toBe(PLACES.length);
  }, 60_000);
});
