import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

const CSV = [
  'Name;Country;Locale;Remarks;Date',
  'Ana Diplomat;Kenya;Nairobi;Talks on trade;12/02/2024',
  'Ana Diplomat;France;Paris;"Meeting, with ""quotes""";14/02/2024',
  'Ana Diplomat;Russie;Moskow;Typo in the city;20/02/2024',
  'Ana Diplomat;U.S.S.R.;Leningrad;Historical names;21/02/2024',
].join('\r\n');

async function importCsv(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('Choose a file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return dialog;
}

test('imports a CSV, fixes an unplaced city, shows it on the map and keeps it after a reload', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await importCsv(page, 'trips.csv', CSV);
  await expect(dialog.getByRole('heading', { name: 'Which column is which?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await expect(dialog.getByRole('region', { name: 'Report' })).toBeVisible({ timeout: 20_000 });
  const fix = dialog.getByRole('group', { name: /Where is Moskow \(Russie\)\?/ });
  await fix.getByRole('radio', { name: /^Moscow \(RU\)/ }).check();
  await dialog.getByRole('button', { name: 'Apply these places' }).click();
  await dialog.getByRole('button', { name: 'Import 4 events' }).click();
  await expect(page.getByText('“trips” is open: 4 events.')).toBeVisible();
  await expect(dialog).toBeHidden();

  for (const place of ['Nairobi', 'Paris', 'Moskow', 'Leningrad'])
    await expect(page.getByRole('button', { name: place, exact: true })).toBeAttached();
  await expect(page.getByText('Meeting, with "quotes"').first()).toBeAttached();
  // The import opens at once and is saved while it is shown: the menu lists it once saved.
  const menu = page.getByRole('region', { name: 'Datasets' });
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(menu.getByRole('button', { name: 'Open trips' })).toBeVisible();
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(menu).toBeHidden();

  await page.reload();
  await openApp(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await menu.getByRole('button', { name: 'Open trips' }).click();
  await expect(page.getByRole('button', { name: 'Nairobi', exact: true })).toBeAttached();
  // Choosing closes the menu and gives focus back to its button.
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeFocused();

  await page.getByRole('button', { name: 'Datasets' }).click();
  await menu.getByRole('button', { name: 'Delete trips' }).click();
  await menu
    .getByRole('group', { name: 'Delete trips' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(menu.getByText('No saved imports yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Riyadh', exact: true })).toBeAttached();
});

test('a bad file gives a specific message and changes nothing', async ({ page }) => {
  await openApp(page);
  const dialog = await importCsv(page, 'empty.csv', '');
  await expect(dialog.getByRole('alert')).toContainText(
    'empty.csv was not imported. Nothing was changed.',
  );
  await expect(dialog.getByRole('alert')).toContainText('The file is empty.');
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,remarks\n2025-01-01,hello\n'),
  });
  await expect(dialog.getByRole('button', { name: 'Check and place the rows' })).toBeDisabled();
  await expect(
    dialog.getByText('Choose the city column, or both latitude and longitude.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Riyadh', exact: true })).toBeAttached();
});

test('without IndexedDB the app starts, imports, and says the import is not kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  const dialog = await importCsv(
    page,
    'trips.csv',
    'Name;Country;Locale;Date\nAna;France;Paris;12/02/2024\nAna;Kenya;Nairobi;14/02/2024\n',
  );
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await dialog.getByRole('button', { name: /^Import 2 events/ }).click();
  await expect(page.locator('.toast [role="status"]')).toContainText('does not allow saving');
  await expect(page.getByRole('button', { name: 'Nairobi', exact: true })).toBeAttached();
});

test('an unplaced row can be placed by clicking the map', async ({ page }) => {
  await openApp(page);
  const dialog = await importCsv(
    page,
    'trips.csv',
    'Name;Country;Locale;Date\nAna;France;Paris;12/02/2024\nAna;Atlantis;Poseidonia;14/02/2024\n',
  );
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await expect(dialog.getByRole('region', { name: 'Report' })).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Pick on the map' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Click the map where' })).toBeVisible();
  const map = (await page.locator('.travel-map').boundingBox())!;
  await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.6);
  await expect(dialog).toBeVisible();
  const coords = dialog.locator('.import-coords input');
  await expect(coords).toHaveValue(/^-?\d+\.\d{4}, -?\d+\.\d{4}$/);
  await dialog.getByRole('button', { name: 'Apply these places' }).click();
  await dialog.getByRole('button', { name: /^Import 2 events/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Poseidonia', exact: true })).toBeAttached();
});
