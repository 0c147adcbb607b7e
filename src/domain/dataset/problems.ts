/**
 * Every problem the domain can report, as a code and the parameters it sends: no text.
 * The interface turns a problem into words in the active language (`src/i18n/problems.ts`),
 * and a unit test checks that each code has its text in every language and that the text
 * uses each parameter listed here.
 *
 * A parameter is 'text' (shown as is), 'number' (formatted for the language, and chooses
 * the plural form), or a list of values (each chooses its own wording).
 */
export type ParamKind = 'text' | 'number' | readonly string[];

export const PROBLEM_PARAMS = {
  // --- The app's data format (schema.ts) ----------------------------------------------
  notObject: {},
  versionUnknown: {},
  versionNewer: { version: 'number', current: 'number' },
  /** A field holds the wrong kind of value (zod's `expected`: string, number, array…). */
  wrongType: { expected: ['string', 'number', 'boolean', 'array', 'object', 'other'] },
  /** Missing (required) field. */
  required: {},
  tooShort: { minimum: 'number' },
  tooLong: { maximum: 'number' },
  tooSmall: { minimum: 'number' },
  tooBig: { maximum: 'number' },
  notAllowed: { values: 'text' },
  notIsoDay: {},
  notHttpUrl: {},
  badId: {},
  badColor: {},
  badCountry: {},
  invalidValue: {},
  duplicateId: { id: 'text' },
  unknownPlace: { id: 'text' },
  unknownActor: { id: 'text' },
  unknownEvent: { id: 'text' },
  eventEndBeforeStart: {},
  callNeedsTwoPlaces: {},
  // --- Saved records (repository.ts) ---------------------------------------------------
  recordMissing: {},
  recordNewer: { version: 'number' },
  /** A bundled or linked file could not be fetched or read (the value says why). */
  linkFailed: {},
  // --- Files (text.ts, csv.ts, pipeline.ts, migrate.ts, geojson.ts) -------------------
  empty: {},
  binary: { reason: ['signature', 'unreadable'] },
  tooLarge: { limit: 'number' },
  unknownFormat: {},
  csvMalformed: { reason: ['unreadable', 'extraCells', 'unclosedQuote'] },
  noRows: { reason: ['headerOnly', 'noPoints', 'noneImported'] },
  jsonInvalid: {},
  jsonShape: {},
  schemaNewer: { version: 'number', current: 'number' },
  schemaUnknown: {},
  schemaMigrated: { from: 'number', to: 'number' },
  geojsonNotPoint: {},
  /** The compact (columnar) form: a column that does not fit (src/domain/dataset/columnar.ts). */
  columnarInvalid: {
    column: 'text',
    reason: ['missing', 'length', 'notInteger', 'outOfRange', 'wrongType'],
  },
  // --- Rows of a table (buildDataset.ts) ----------------------------------------------
  noDateColumn: {},
  noPlaceColumn: {},
  dateMissing: {},
  dateInvalid: { reason: ['invalid', 'twoDigitYear'] },
  dateAmbiguous: {},
  dateNoYear: {},
  endInvalid: {},
  endBeforeStart: {},
  placeMissing: {},
  capitalUsed: { place: 'text' },
  placeUnknown: { others: ['none', 'kept'] },
  countryUnknown: {},
  coordsInvalid: {},
  coordsOutOfRange: {},
  coordsSwapped: { reason: ['range', 'country'] },
  coordsOutsideCountry: { country: 'text' },
  urlNotHttp: {},
  gazetteerUnavailable: {},
} as const satisfies Record<string, Readonly<Record<string, ParamKind>>>;

export type ProblemCode = keyof typeof PROBLEM_PARAMS;
export const PROBLEM_CODES = Object.keys(PROBLEM_PARAMS) as ProblemCode[];

export type ProblemParams = Readonly<Record<string, string | number>>;

/** A problem as the domain reports it: what (code + params), where (path), the value. */
export interface Problem {
  readonly code: ProblemCode;
  /** Where: a JSON path such as `events[3].date`, `row 4, City` for tables, or `(file)`. */
  readonly path: string;
  /** The offending value, shortened, shown as text. */
  readonly value?: string;
  readonly params?: ProblemParams;
}
