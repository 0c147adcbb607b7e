import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, openApp, expectNoViolations } from './fixtures';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/import/visitas-presidente-cp1252.csv', import.meta.url),
);

test('imports a Windows-1252 Portuguese record with dates in words and a year column', async ({
  page,
}) => {
  // Reading the whole gazetteer and 41 rows, then the chronology: more than the default 30 s
  // on a busy two-core machine.
  test.slow();
  await openApp(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'visitas.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(FIXTURE),
  });
  await expect(dialog.getByRole('heading', { name: 'Which column is which?' })).toBeVisible();
  const chosen = (name: string) => dialog.getByRole('combobox', { name }).locator('option:checked');
  await expect(chosen('Year (when the date has none)')).toHaveText(/^Ano/);
  await expect(chosen('Language of the dates')).toHaveText('Automatic (Portuguese)');
  // The mapping step shows how the first rows will be read, before importing.
  const preview = dialog.getByRole('region', { name: 'How the first rows’ dates will be read' });
  const first = preview.getByRole('row').nth(1);
  await expect(first).toContainText('14 e 15 de Janeiro + 2003');
  await expect(first).toContainText(/14\s*–\s*15 Jan 2003/);
  await expect(preview.getByRole('row').nth(4)).toContainText(/1\s*–\s*4 Jun 2003/);
  await expectNoViolations(page, 'the mapping step with its date preview');

  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  const report = dialog.getByRole('region', { name: 'Report' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report.getByText('Rows read').locator('xpath=following-sibling::*[1]')).toHaveText(
    '41',
  );
  await expect(
    report.getByText('Events created').locator('xpath=following-sibling::*[1]'),
  ).toHaveText('41');
  await dialog.getByRole('button', { name: 'Import 41 events' }).click();
  await expect(page.getByText('“visitas” is open: 41 events.')).toBeVisible();

  await page.getByRole('button', { name: 'Chronology' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(42);
  const row = (place: string) => table.getByRole('row').filter({ hasText: place });
  await expect(row('Quito')).toContainText('14 Jan 2003 – 15 Jan 2003');
  await expect(row('Évian-les-Bains')).toContainText('1 Jun 2003 – 4 Jun 2003');
  await expect(row('Londres').first()).toContainText('2 Jul 2003 – 9 Jul 2003');
  await expect(row('Cidade do Cabo')).toContainText('13 Dec 2003 – 14 Dec 2003');
  await expect(row('Caracas')).toContainText('30 Nov 2007 – 1 Dec 2007');
  await expect(row('Xangai')).toContainText('26 May 2004');
  await expect(row('Copenhague')).toContainText('16 Dec 2009 – 18 Dec 2009');
});
