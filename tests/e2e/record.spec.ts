import { test, expect, openApp, hashParams } from './fixtures';
import type { Page } from '@playwright/test';

const RECORD = 'Travels of the US Secretaries of State, 1866–2025';

async function openRecord(page: Page) {
  await page.getByRole('button', { name: 'Datasets' }).click();
  await page
    .getByRole('region', { name: 'Datasets' })
    .getByRole('button', { name: RECORD })
    .click();
  await expect(page.getByRole('heading', { name: /^Riyadh, Saudi Arabia$/ })).toBeAttached({
    timeout: 20_000,
  });
}

test('the record opens from the datasets menu, and the AFP Riyadh talks link to trip 4288 and back', async ({
  page,
}) => {
  await openApp(page, '#event=riyadh-talks');
  const afpCard = page.getByRole('article', { name: /Riyadh/ }).first();
  await afpCard.getByRole('button', { name: `Open in “${RECORD}”` }).click();
  // Rubio's trip of 17–19 February 2025, selected, from the record.
  const trip = page.getByRole('article', { name: 'Riyadh, Saudi Arabia' });
  await expect(trip).toBeVisible({ timeout: 20_000 });
  await expect(trip).toContainText('Marco Rubio');
  await expect(trip).toContainText('Lavrov');
  expect((await hashParams(page)).get('event')).toBe('trip-4288');
  expect(new URL(page.url()).searchParams.get('data')).toBe(
    'records/us-secretaries-of-state.v1.json',
  );
  await expect(trip.getByRole('link', { name: /trip 4288/ })).toHaveAttribute(
    'href',
    'https://history.state.gov/departmenthistory/travels/secretary/rubio-marco#4288',
  );

  await trip.getByRole('button', { name: /^Open in “/ }).click();
  await expect(page.getByRole('article', { name: /Riyadh/ }).first()).toBeVisible();
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe('riyadh-talks');
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
});

test('a reload keeps the record open', async ({ page }) => {
  await openApp(page);
  await openRecord(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Riyadh, Saudi Arabia$/ })).toBeAttached({
    timeout: 20_000,
  });
});
