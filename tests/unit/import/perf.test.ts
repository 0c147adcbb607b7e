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

describe('a 100,000-row CSV', () => {
  it('is read, geocoded and built in a few seconds in Node', () => {
    const bytes = new TextEncoder().encode(generatedCsv(100_000));
    const t0 = performance.now();
    const gz = parseGazetteer(readFileSync(GAZETTEER_FILE, 'utf8'));
    if (!gz.ok) throw new Error(gz.message);
    const t1 = performance.now();
    const out = readImportFile(bytes);
    if (out.kind !== 'table') throw new Error(out.kind);
    const t2 = performance.now();
    const r = buildDataset(out.table, {
      mapping: out.mapping,
      gazetteer: gz.gazetteer,
      dateOrder: 'dmy',
      datasetId: 'big',
      title: 'big',
      defaultActorName: 'T',
    });
    const t3 = performance.now();
    console.info(
      `100,000 rows (${(bytes.length / 1e6).toFixed(1)} MB): gazetteer ${(t1 - t0).toFixed(0)} ms, read ${(t2 - t1).toFixed(0)} ms, build ${(t3 - t2).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms`,
    );
    expect(r.stats.eventsCreated).toBe(100_000);
    expect(r.stats.placesCreated).toBe(PLACES.length);
    expect(t3 - t0).toBeLessThan(20_000);
  }, 60_000);
});
