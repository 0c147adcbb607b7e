import { describe, it, expect } from 'vitest';
import { readImportFile } from '../../../src/domain/import/pipeline';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { parseGazetteer } from '../../../src/domain/import/gazetteer';
import { readFileSync } from 'node:fs';
import { GAZETTEER_FILE } from './gazetteerFixture';
import { travelRecordCsv, TRAVEL_RECORD_PLACES } from '../../support/synthetic';

// Correctness at size only: speed is measured by `npm run bench`, never by a timed unit test.
describe('a large CSV', () => {
  it('is read, geocoded and built completely', () => {
    const bytes = new TextEncoder().encode(travelRecordCsv(20_000));
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
    expect(r.stats.placesCreated).toBe(TRAVEL_RECORD_PLACES);
  }, 60_000);
});
