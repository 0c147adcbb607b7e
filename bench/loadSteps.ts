/**
 * The load's pure steps, timed one by one in Node on a dataset file (what the model worker
 * and then the page do with it; bundled and run by bench/load-steps.mjs). Not part of the app.
 */
import { readFileSync } from 'node:fs';
import { stepTimer } from './stepTimer';
import { readDatasetBytes, buildModelParts } from '../src/domain/load/loadCore';
import {
  eventChunks,
  encodeModelIndex,
  decodeModelIndex,
  shareEmptyLists,
} from '../src/domain/load/protocol';
import { parseJsonText, readAppJson } from '../src/domain/import/migrate';
import { buildModel } from '../src/domain/model/model';
import type { Dataset, TravelEvent } from '../src/domain/dataset/schema';

export function run(path: string): void {
  const { timed, print } = stepTimer();
  const bytes = new Uint8Array(readFileSync(path));
  const text = timed('worker: decode UTF-8', () => new TextDecoder('utf-8').decode(bytes));
  const parsed = timed('worker: JSON.parse', () => parseJsonText(text));
  if (!parsed.ok) throw new Error('not JSON');
  timed('worker: readAppJson (columnar decode, validation)', () =>
    readAppJson({ value: parsed.json }),
  );
  const read = timed('worker: readDatasetBytes (all of the above)', () =>
    readDatasetBytes(bytes, false),
  );
  if (!read.ok) throw new Error(`not read: ${read.reason}`);
  const parts = timed('worker: buildModelParts (time index, events by place)', () =>
    buildModelParts(read.dataset),
  );
  const chunks = timed('worker: eventChunks (JSON.stringify)', () => [
    ...eventChunks(read.dataset.events),
  ]);
  const { encoded } = timed('worker: encodeModelIndex', () =>
    encodeModelIndex(parts.index, parts.eventsByPlace),
  );
  const events: TravelEvent[] = [];
  timed('page: JSON.parse of the chunks, shareEmptyLists', () => {
    for (const c of chunks)
      for (const e of shareEmptyLists(JSON.parse(c) as TravelEvent[])) events.push(e);
  });
  const dataset = { ...read.dataset, events } as Dataset;
  const prebuilt = timed('page: decodeModelIndex', () => decodeModelIndex(encoded, events));
  timed('page: buildModel (prebuilt parts)', () => buildModel(dataset, prebuilt));
  print();
}
