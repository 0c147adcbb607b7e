/**
 * A dataset → CSV that this importer reads back to the same dataset: one row per stop
 * (an event with several places is several rows sharing its id), coordinates included so
 * no lookup is needed, dates in ISO with their precision. JSON export keeps everything;
 * CSV keeps what a spreadsheet can: not translations, participants, provenance or tours.
 * Cells that would start a spreadsheet formula are written as text (a leading ').
 */
import Papa from 'papaparse';
import { localized, type Dataset } from '../dataset/schema';
import type { ColumnMapping } from './types';

export const CSV_EXPORT_HEADERS = [
  'id',
  'date',
  'end',
  'precision',
  'kind',
  'city',
  'country',
  'latitude',
  'longitude',
  'person',
  'title',
  'description',
  'source',
  'url',
] as const;

/** The mapping the export's header implies (what guessMapping finds too). */
export const CSV_EXPORT_MAPPING: ColumnMapping = {
  id: 0,
  date: 1,
  end: 2,
  precision: 3,
  kind: 4,
  city: 5,
  country: 6,
  lat: 7,
  lon: 8,
  actor: 9,
  title: 10,
  description: 11,
  source: 12,
  url: 13,
};

/**
 * Text cells a spreadsheet would read as a formula, and cells that already start with
 * apostrophes before one ('=…, ''+…), so that the importer, which takes one apostrophe off
 * such a cell, gives every one of them back as it was.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export function datasetToCsv(dataset: Dataset, lang = 'en'): string {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const rows: (string | number)[][] = [];
  for (const e of dataset.events) {
    const people = e.actorIds.map((id) => localized(actors.get(id)?.name, lang) || id).join('; ');
    const source = e.sources[0];
    for (const placeId of e.placeIds) {
      const p = places.get(placeId);
      rows.push([
        e.id,
        e.date,
        e.endDate ?? '',
        e.precision,
        e.kind,
        p ? localized(p.name, lang) : placeId,
        p?.country ?? '',
        p ? p.lat : '',
        p ? p.lon : '',
        people,
        localized(e.title, lang),
        localized(e.summary, lang),
        source?.title ?? '',
        source?.url ?? '',
      ]);
    }
  }
  return (
    Papa.unparse(
      { fields: [...CSV_EXPORT_HEADERS], data: rows },
      // A text cell starting with = + - @ (or a tab or carriage return) gets a leading
      // apostrophe, so a spreadsheet shows it as text, never as a formula; the importer
      // takes the apostrophe off again (csv.ts). Coordinates are numbers: left alone.
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    ) + '\r\n'
  );
}

export function datasetToJson(dataset: Dataset): string {
  return JSON.stringify(dataset, null, 2) + '\n';
}
