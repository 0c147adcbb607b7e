/**
 * CSV (comma, semicolon, tab or pipe separated, quoted fields with line breaks and doubled
 * quotes) → a table of text cells, through papaparse. The separator is guessed from the
 * header line. Blank lines are skipped; each row keeps its spreadsheet row number.
 */
import Papa from 'papaparse';
import type { ImportProblem, Table } from './types';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** The separator that splits the first line (outside quotes) into the most fields. */
export function guessDelimiter(text: string): string {
  let best = ',';
  let bestCount = 0;
  // The header line, outside quotes (a quoted header may contain a separator).
  let line = '';
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) line += c;
  }
  for (const d of CANDIDATES) {
    const count = line.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export type CsvTable = Table;

export interface CsvResult {
  readonly table: CsvTable | null;
  readonly problems: readonly ImportProblem[];
}

const MAX_CELL = 20_000;

/**
 * A cell written '=… '+… '-… '@… (how the export, and spreadsheets, keep a formula-like text
 * as text), or with more apostrophes before the sign (''+…: the export of a text that
 * started '+…), reads as the text without its first apostrophe.
 */
export function unescapeFormula(cell: string): string {
  return /^'(?='*[=+\-@\t\r])/.test(cell) ? cell.slice(1) : cell;
}

/** Parses CSV text (already decoded). Never throws. */
export function parseCsv(text: string, encoding = 'utf-8'): CsvResult {
  const problems: ImportProblem[] = [];
  const delimiter = guessDelimiter(text);
  let data: string[][];
  let errors: Papa.ParseError[];
  try {
    const result = Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      header: false,
      dynamicTyping: false,
    });
    data = result.data;
    errors = result.errors;
  } catch {
    return {
      table: null,
      problems: [
        {
          code: 'csvMalformed',
          severity: 'error',
          path: '(file)',
          params: { reason: 'unreadable' },
        },
      ],
    };
  }
  const isBlank = (r: readonly string[]) => r.every((c) => !c || !c.trim());
  let headerIndex = data.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) headerIndex = data.length;
  const headerRow = data[headerIndex] ?? [];
  const headers = headerRow.map((h, i) => h.trim().slice(0, 200) || `Column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const r = data[i]!;
    if (isBlank(r)) continue;
    const row = new Array<string>(headers.length);
    for (let c = 0; c < headers.length; c++) {
      const v = unescapeFormula(r[c] ?? '');
      row[c] = v.length > MAX_CELL ? v.slice(0, MAX_CELL) : v;
    }
    if (r.length > headers.length && r.slice(headers.length).some((c) => c.trim())) {
      problems.push({
        code: 'csvMalformed',
        severity: 'warning',
        path: `row ${i - headerIndex + 1}`,
        row: i - headerIndex + 1,
        params: { reason: 'extraCells' },
      });
    }
    rows.push(row);
    rowNumbers.push(i - headerIndex + 1);
  }
  for (const e of errors) {
    if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
      const row = typeof e.row === 'number' ? e.row - headerIndex + 1 : undefined;
      problems.push({
        code: 'csvMalformed',
        severity: 'warning',
        path: row !== undefined ? `row ${row}` : '(file)',
        ...(row !== undefined ? { row } : {}),
        params: { reason: 'unclosedQuote' },
      });
    }
  }
  if (headers.length === 0 || rows.length === 0) {
    problems.push({
      code: 'noRows',
      severity: 'error',
      path: '(file)',
      params: { reason: 'headerOnly' },
    });
  }
  return {
    table: { headers, rows, rowNumbers, encoding, delimiter, format: 'csv' },
    problems,
  };
}
