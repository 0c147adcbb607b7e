/**
 * The import's pure steps, timed one by one in Node on the bench's 100,000-row CSV
 * (bundled and run by bench/import-steps.mjs). Not part of the app.
 */
import { readFileSync } from 'node:fs';
import { stepTimer } from './stepTimer';
import { columnDateEvidence, readImportFile } from '../src/domain/import/pipeline';
import { parseGazetteer, suggestCities } from '../src/domain/import/gazetteer';
import { buildDataset } from '../src/domain/import/buildDataset';
import { parseDataset, parseDatasetBySchema } from '../src/domain/dataset/schema';
import { buildModel } from '../src/domain/model/model';
import { buildModelParts } from '../src/domain/load/loadCore';
import { eventChunks } from '../src/domain/load/protocol';
import { travelRecordCsv } from '../tests/support/synthetic';

export function run(gazetteerPath: string, rows: number): void {
  const { timed, print } = stepTimer();
  const bytes = new TextEncoder().encode(travelRecordCsv(rows));
  const read = timed('read (decode, parse CSV, guess columns, date evidence)', () =>
    readImportFile(bytes),
  );
  if (read.kind !== 'table') throw new Error(`not a table: ${read.kind}`);
  const table = read.table;
  timed('date evidence of every column (part of the read)', () => columnDateEvidence(table));
  const text = readFileSync(gazetteerPath, 'utf8');
  const parsed = timed('gazetteer parse and index', () => parseGazetteer(text));
  if (!parsed.ok) throw new Error('gazetteer did not parse');
  const fresh = parseGazetteer(text);
  if (fresh.ok)
    timed('first suggestion on a fresh gazetteer (its suggestion index)', () =>
      suggestCities(fresh.gazetteer, 'Moskow', null),
    );
  const result = timed('build (rows, places, assemble, validate)', () =>
    buildDataset(read.table, {
      mapping: read.mapping,
      dateOrder: 'dmy',
      fixes: {},
      datasetId: 'import-bench',
      title: 'Bench',
      defaultActorName: 'Traveller',
      gazetteer: parsed.gazetteer,
    }),
  );
  timed('its validation: the schema alone (zod)', () => parseDatasetBySchema(result.dataset));
  timed('its validation: parseDataset (events by hand)', () => parseDataset(result.dataset));
  timed('structuredClone of the result', () => structuredClone(result));
  const chunks = timed('events as JSON chunks (worker)', () => [
    ...eventChunks(result.dataset!.events),
  ]);
  timed('events from JSON chunks (page)', () => chunks.flatMap((c) => JSON.parse(c) as unknown[]));
  const dataset = result.dataset!;
  timed('model on the page, as now (buildModel)', () => buildModel(dataset));
  const parts = timed('model parts (time index, events by place)', () => buildModelParts(dataset));
  timed('model on the page with the parts (buildModel)', () => buildModel(dataset, parts));
  print();
  console.log(JSON.stringify(result.stats));
}
