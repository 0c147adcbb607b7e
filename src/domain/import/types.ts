/**
 * Shared types of the importer. Problems are the dataset's `Problem` (a code, its
 * parameters, where, the value: no text) plus a severity and, for tables, the row and column.
 */
import type { Dataset } from '../dataset/schema';
import type { Problem, ProblemCode, ProblemParams } from '../dataset/problems';

export type ImportProblemCode = ProblemCode;

export type Severity = 'error' | 'warning' | 'info';

export interface ImportProblem extends Problem {
  readonly severity: Severity;
  /** Row number as a spreadsheet shows it: the header is row 1, the first data row is 2. */
  readonly row?: number;
  /** The column's header text. */
  readonly column?: string;
}

/** A table read from CSV or flattened from GeoJSON: header names and text cells. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Row number of each row as a spreadsheet shows it (header = 1); feature number for GeoJSON. */
  readonly rowNumbers: readonly number[];
  /** What the bytes were: 'utf-8', 'utf-8-bom', 'windows-1252'. */
  readonly encoding: string;
  /** ',', ';', '\t' for CSV; '' when not from CSV. */
  readonly delimiter: string;
  readonly format: 'csv' | 'geojson';
}

export const FIELDS = [
  'date',
  'end',
  'year',
  'month',
  'city',
  'country',
  'lat',
  'lon',
  'actor',
  'title',
  'description',
  'kind',
  'precision',
  'source',
  'url',
  'id',
] as const;
export type Field = (typeof FIELDS)[number];

/** Which column (index) feeds each field; a missing field is not imported. */
export type ColumnMapping = Partial<Record<Field, number>>;

export type DateOrder = 'dmy' | 'mdy';

/** A place typed or picked by the user for a place the gazetteer could not resolve. */
export interface PlaceFix {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

export interface Suggestion {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

/** A place text the gazetteer could not resolve, with the rows that need it. */
export interface UnplacedPlace {
  /** Stable key of the text (normalised city | country), used for fixes. */
  readonly key: string;
  readonly city: string;
  readonly country: string;
  /** ISO code of the row's country when it is known (a typed fix gets it). */
  readonly countryCode?: string;
  /** Spreadsheet row numbers. */
  readonly rows: readonly number[];
  readonly suggestions: readonly Suggestion[];
}

/** A place text the gazetteer matched by itself: shown for review (and change). */
export interface MatchedPlace {
  /** Key for a fix, as for an unplaced place. */
  readonly key: string;
  readonly city: string;
  readonly country: string;
  /** What it was matched to. */
  readonly match: PlaceFix;
  readonly rows: readonly number[];
  readonly suggestions: readonly Suggestion[];
}

/** A row that is not in the dataset, and why (the problem that left it out). */
export interface LeftOutRow {
  readonly row: number;
  readonly code: ProblemCode;
  readonly value?: string;
  readonly params?: ProblemParams;
}

export interface ImportStats {
  readonly rowsRead: number;
  readonly eventsCreated: number;
  readonly placesCreated: number;
  readonly actorsCreated: number;
  /** Rows left out of the dataset (no usable date or place): `leftOut.length`. */
  readonly rowsSkipped: number;
  /** Rows with at least one error or warning. */
  readonly rowsNeedingAttention: number;
  /** Rows placed from the gazetteer (no coordinates in the file). */
  readonly rowsGeocoded: number;
}

export interface BuildResult {
  /** null when nothing could be imported. */
  readonly dataset: Dataset | null;
  readonly problems: readonly ImportProblem[];
  readonly stats: ImportStats;
  readonly unplaced: readonly UnplacedPlace[];
  /** Places found automatically (not typed, not fixed), for review. */
  readonly matched: readonly MatchedPlace[];
  /** Every row left out, in file order, with its reason. */
  readonly leftOut: readonly LeftOutRow[];
}

/** Progress callback: fraction done in [0, 1]; return false to stop (cancelled). */
export type Progress = (fraction: number) => boolean | void;

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}
