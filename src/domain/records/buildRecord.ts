/**
 * The record's files as text → the converted dataset (what `npm run records` runs).
 * Three committed CSVs under data/records/: the record itself, the Secretaries (name, term,
 * initials) and the reviewed corrections (locale, country, name, iso, lat, lon, note).
 */
import Papa from 'papaparse';
import { parseGazetteer } from '../import/gazetteer';
import type { RelatedEvent } from '../dataset/schema';
import {
  convertTravels,
  type ConversionResult,
  type Correction,
  type RecordRow,
  type Secretary,
} from './travels';

export interface RecordTexts {
  readonly travelsCsv: string;
  readonly secretariesCsv: string;
  readonly correctionsCsv: string;
  readonly gazetteerTsv: string;
  /** trip_id, dataset_id, event_id (optional file). */
  readonly relatedCsv?: string;
}

function readCsv(text: string): Record<string, string>[] {
  const out = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return out.data;
}

export function parseCorrections(text: string): { corrections: Correction[]; problems: string[] } {
  const problems: string[] = [];
  const corrections: Correction[] = [];
  readCsv(text).forEach((r, i) => {
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    const row = `corrections.csv row ${i + 2}`;
    if (!r.locale?.trim() && !r.country?.trim()) problems.push(`${row}: no locale nor country`);
    else if (!Number.isFinite(lat) || Math.abs(lat) > 90) problems.push(`${row}: bad lat`);
    else if (!Number.isFinite(lon) || Math.abs(lon) > 180) problems.push(`${row}: bad lon`);
    else if (!/^[A-Z]{2}$/.test(r.iso ?? '')) problems.push(`${row}: iso must be two capitals`);
    else if (!r.note?.trim()) problems.push(`${row}: every correction says how it was identified`);
    else if (!r.name?.trim()) problems.push(`${row}: no name`);
    else
      corrections.push({
        locale: r.locale ?? '',
        country: r.country ?? '',
        name: r.name.trim(),
        iso: r.iso!,
        lat,
        lon,
        note: r.note.trim(),
      });
  });
  return { corrections, problems };
}

export function parseSecretaries(text: string): Secretary[] {
  return readCsv(text).map((r) => ({
    who: r.who ?? '',
    name: r.name ?? '',
    initials: r.initials ?? '',
    termStart: r.term_start ?? '',
    termEnd: r.term_end ?? '',
  }));
}

function parseRelated(text: string): Map<string, RelatedEvent[]> {
  const out = new Map<string, RelatedEvent[]>();
  for (const r of readCsv(text)) {
    if (!r.trip_id || !r.dataset_id || !r.event_id) continue;
    const list = out.get(r.trip_id) ?? [];
    list.push({ datasetId: r.dataset_id, eventId: r.event_id });
    out.set(r.trip_id, list);
  }
  return out;
}

export function buildRecord(
  texts: RecordTexts,
): ConversionResult & { readonly setup: string[]; readonly correctionsCount: number } {
  const g = parseGazetteer(texts.gazetteerTsv);
  if (!g.ok) throw new Error(`gazetteer: ${g.message}`);
  const rows = readCsv(texts.travelsCsv) as unknown as RecordRow[];
  const { corrections, problems } = parseCorrections(texts.correctionsCsv);
  const result = convertTravels({
    rows,
    secretaries: parseSecretaries(texts.secretariesCsv),
    corrections,
    gazetteer: g.gazetteer,
    related: parseRelated(texts.relatedCsv ?? ''),
  });
  return { ...result, setup: problems, correctionsCount: corrections.length };
}
