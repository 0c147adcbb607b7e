import type { Table } from '../../src/domain/import/types';

/** A table as a comma-separated UTF-8 file gives it: row numbers as a spreadsheet shows them. */
export function csvTable(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  return {
    headers,
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    encoding: 'utf-8',
    delimiter: ',',
    format: 'csv',
  };
}
