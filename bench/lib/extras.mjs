/**
 * Measurements beyond scrubbing: each returns { value, unit } or { status: 'n/a', note }.
 */

export const extras = [
  {
    id: 'csvImport100k',
    name: 'import time of a 100,000-row CSV (file chosen → dataset open, in Chromium)',
    /** Feeds the file to the import dialog as a user would, and times the whole import. */
    async measure({ browser, baseUrl, synthetic }) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(baseUrl);
        await page.waitForSelector('[role="slider"]');
        await page.getByRole('button', { name: 'Import data' }).click();
        const dialog = page.getByRole('dialog', { name: 'Import data' });
        const buffer = Buffer.from(synthetic.travelRecordCsv(100_000));
        const t0 = Date.now();
        await dialog
          .getByLabel('Choose a file')
          .setInputFiles({ name: 'trips-100k.csv', mimeType: 'text/csv', buffer });
        await dialog
          .getByRole('button', { name: 'Check and place the rows' })
          .click({ timeout: 60_000 });
        await dialog.getByRole('region', { name: 'Report' }).waitFor({ timeout: 120_000 });
        const t1 = Date.now();
        await dialog
          .getByRole('button', { name: /^Import [\d,  ]+ events/ })
          .first()
          .click();
        await page.getByText(/is open: /).waitFor({ timeout: 120_000 });
        const t2 = Date.now();
        return {
          value: ((t2 - t0) / 1000).toFixed(1),
          unit: `s (${((t1 - t0) / 1000).toFixed(1)} s to the report, ${(buffer.length / 1e6).toFixed(1)} MB)`,
        };
      } catch (err) {
        return { status: 'n/a', note: `failed: ${String(err).split('\n')[0]}` };
      } finally {
        await context.close();
      }
    },
  },
];

export function formatExtra(extra, result) {
  const value =
    result.status === 'n/a' ? `n/a (${result.note})` : `${result.value} ${result.unit ?? ''}`;
  return `${extra.name}: ${value}`.trim();
}
