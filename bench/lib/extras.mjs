/**
 * Measurements of features that do not exist yet, kept as hooks so adding them is a
 * matter of filling in `measure`. Each returns { value, unit } or { status: 'n/a', note }.
 */

export const extras = [
  {
    id: 'csvImport100k',
    name: 'import time of a 100,000-row CSV',
    /**
     * When CSV import lands: write a 100,000-row CSV (from the synthetic dataset) into
     * dist/bench-data, open the app, feed the file to the import dialog's file input
     * (page.setInputFiles), and time from the change event to the ready/imported signal.
     */
    async measure(/* { browser, baseUrl, distDir } */) {
      return { status: 'n/a', note: 'import not built yet' };
    },
  },
];

export function formatExtra(extra, result) {
  const value =
    result.status === 'n/a' ? `n/a (${result.note})` : `${result.value} ${result.unit ?? ''}`;
  return `${extra.name}: ${value}`.trim();
}
