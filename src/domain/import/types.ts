/**
 * Shared types of the importer. Problems extend the dataset's `Problem` with a stable
 * `code` (the interface translates it) and, for tables, the row and column.
 */
import type { Dataset, Problem } from '../dataset/schema';

export type ImportProblemCode =
  | 'empty'
  | 'binary'
  | 'tooLarge'
  | 'unknownFormat'
  | 'csvMalformed'
  | 'noRows'
  | 'noDateColumn'
  | 'noPlaceColumn'
  | 'dateMissing'
  | 'dateInvalid'
  | 'dateAmbiguous'
  | 'dateNoYear'
  | 'endInvalid'
  | 'endBeforeStart'
  | 'placeMissing'
  | 'placeUnknown'
  | 'countryUnknown'
  | 'coordsInvalid'
  | 'coordsOutOfRange'
  | 'coordsSwapped'
  | 'coordsOutsideCountry'
  | 'urlNotHttp'
  | 'jsonInvalid'
  | 'jsonShape'
  | 'schemaNewer'
  | 'schemaUnknown'
  | 'schemaMigrated'
  | 'schema'
  | 'geojsonNotPoint'
  | 'gazetteerUnavailable'
  | 'rowSkipped';

export type Severity = 'error' | 'warning' | 'info';

export interface ImportProblem extends Problem {
  readonly code: ImportProblemCode;
  readonly severity: Severity;
  /** Row number as a spreadsheet shows it: the header is row 1, the first data row is 2. */
  readonly row?: number;
  /** The column's header text. */
  readonly column?: string;
  /** Values for the translated message (e.g. { limit: '20 MB' }). */
  readonly params?: Readonly<Record<string, string | number>>;
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
  /** Spreadsheet row numbers. */
  readonly rows: readonly number[];
  readonly suggestions: readonly Suggestion[];
}

export interface ImportStats {
  readonly rowsRead: number;
  readonly eventsCreated: number;
  readonly placesCreated: number;
  readonly actorsCreated: number;
  /** Rows left out of the dataset (no usable date or place). */
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
}

/** Progress callback: fraction done in [0, 1]; return false to stop (cancelled). */
export type Progress = (fraction: number) => boolean | void;

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}
