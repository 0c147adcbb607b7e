/**
 * The import, start to end, as plain functions: bytes → (a table and a guessed mapping) or
 * (a dataset of the app's format) or problems; then table + mapping → dataset + report.
 * The Web Worker runs exactly these; unit tests call them directly.
 */
import type { Dataset } from '../dataset/schema';
import { parseCsv } from './csv';
import { guessMapping } from './columns';
import { detectDateOrder, type DateOrderEvidence } from './dates';
import { geoJsonToTable, GEOJSON_LAT, GEOJSON_LON, isGeoJson } from './geojson';
import { parseJsonText, readAppJson } from './migrate';
import { decodeBytes, MAX_IMPORT_BYTES, sniffFormat } from './text';
import type { ColumnMapping, ImportProblem, Table } from './types';

export type ReadOutcome =
  | {
      readonly kind: 'table';
      readonly table: Table;
      readonly mapping: ColumnMapping;
      /** Day/month order evidence of each column's cells. */
      readonly dateEvidence: readonly DateOrderEvidence[];
      readonly problems: readonly ImportProblem[];
    }
  | {
      readonly kind: 'dataset';
      readonly dataset: Dataset;
      readonly problems: readonly ImportProblem[];
    }
  | { readonly kind: 'failed'; readonly problems: readonly ImportProblem[] };

function failed(problems: readonly ImportProblem[]): ReadOutcome {
  return { kind: 'failed', problems };
}

export function columnDateEvidence(table: Table): DateOrderEvidence[] {
  return table.headers.map((_, c) => {
    const cells: string[] = [];
    for (const r of table.rows) cells.push(r[c] ?? '');
    return detectDateOrder(cells);
  });
}

export function tableOutcome(table: Table, problems: readonly ImportProblem[]): ReadOutcome {
  // A GeoJSON feature's "name" is its place more often than a person.
  const headers =
    table.format === 'geojson'
      ? table.headers.map((h) => (/^(name|nom)$/i.test(h.trim()) ? 'place' : h))
      : table.headers;
  const mapping = guessMapping(headers, table.rows);
  if (table.format === 'geojson') {
    mapping.lat = table.headers.indexOf(GEOJSON_LAT);
    mapping.lon = table.headers.indexOf(GEOJSON_LON);
  }
  return { kind: 'table', table, mapping, dateEvidence: columnDateEvidence(table), problems };
}

/** Reads a file's bytes. Never throws. */
export function readImportFile(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): ReadOutcome {
  const decoded = decodeBytes(bytes, maxBytes);
  if (!decoded.ok) return failed([decoded.problem]);
  return readImportText(decoded.text, decoded.encoding);
}

export function readImportText(text: string, encoding = 'utf-8'): ReadOutcome {
  if (sniffFormat(text) === 'json') {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return failed([parsed.problem]);
    const json = parsed.json;
    if (isGeoJson(json)) {
      const { table, problems } = geoJsonToTable(json);
      return table ? tableOutcome(table, problems) : failed(problems);
    }
    const migrated = readAppJson({ value: json });
    return migrated.ok
      ? { kind: 'dataset', dataset: migrated.dataset, problems: migrated.problems }
      : failed(migrated.problems);
  }
  const { table, problems } = parseCsv(text, encoding);
  if (!table || problems.some((p) => p.severity === 'error')) return failed(problems);
  return tableOutcome(table, problems);
}

/** Whether building with this mapping needs the gazetteer (city or country names). */
export function needsGazetteer(mapping: ColumnMapping): boolean {
  return mapping.city !== undefined || mapping.country !== undefined;
}
