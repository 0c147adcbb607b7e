import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

/** Zero violations of any impact; no rule is disabled. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

test('first view has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page);
});

test('a selected event has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ankara', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
  await expectNoViolations(page);
});

test('presentation mode has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.presentation-progress')).toBeVisible();
  await expectNoViolations(page);
});

test('the chronology has no accessibility violations', async ({ page }) => {
  await openApp(page, '#view=chronology');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoViolations(page);
});

test('French has no accessibility violations', async ({ page }) => {
  await openApp(page, '#lang=fr&date=2025-02-25');
  await expectNoViolations(page);
});

test('lanes and a hidden actor have no accessibility violations', async ({ page }) => {
  await openApp(page, '#date=2025-02-25&hide=rubio');
  await page.getByRole('checkbox', { name: 'One lane per actor' }).check();
  await expectNoViolations(page);
});

test('high contrast has no accessibility violations', async ({ page }) => {
  await openApp(page, '#date=2025-02-25');
  await page.getByRole('checkbox', { name: 'High contrast' }).check();
  await expect(page.locator('.app')).toHaveClass(/high-contrast/);
  await expectNoViolations(page);
});

test('the import dialog with problems listed has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'trips.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Name;Country;Locale;Date\nAna;France;Paris;12/02/2024\nAna;Atlantis;Nowhere;13/02/2024\n',
    ),
  });
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await expect(dialog.getByRole('region', { name: 'Report' })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('table')).toBeVisible();
  await expectNoViolations(page);
});

test('the datasets menu has no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expectNoViolations(page);
});
