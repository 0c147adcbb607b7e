import type { Route } from '@playwright/test';
import { test, expect, holdRoute, slider } from './fixtures';
import { generateColumnar, generateDataset } from '../support/synthetic';

/**
 * A linked dataset is parsed, validated and indexed in the model worker, with progress on
 * screen while it loads; the response is held until the progress bar has been seen.
 */
test('a linked dataset loads in the model worker with a progress bar meanwhile', async ({
  page,
}) => {
  const data = generateDataset({ events: 3000, seed: 11 });
  const title = typeof data.title === 'string' ? data.title : data.title.en;
  const release = await holdRoute(
    page,
    (url) => url.pathname === '/linked.json',
    (route: Route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));

  await page.goto('/?data=/linked.json');
  const bar = page.getByRole('progressbar', { name: 'Loading progress' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset…' })).toBeVisible();
  release();

  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(bar).toHaveCount(0);
  await expect(page.getByText(title).first()).toBeAttached();
  expect(workers.some((url) => /modelWorker/.test(url))).toBe(true);
  // The index the worker built answers the timeline: End goes to the last event's day.
  const last = data.events.reduce((m, e) => (e.date > m ? e.date : m), '');
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', new RegExp(dayWords(last)));
});

test('a schema problem found in the worker is shown in French, and the story stays', async ({
  page,
}) => {
  const data = generateDataset({ events: 20, seed: 4 });
  const events = data.events.map((e, i) => (i === 2 ? { ...e, date: '24/02/2025' } : e));
  await page.route(
    (url) => url.pathname === '/bad.json',
    (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...data, events }) }),
  );
  await page.goto('/?data=/bad.json#lang=fr&date=2025-02-25');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ne respecte pas le format de données');
  await expect(alert).toContainText('events[2].date');
  await expect(page.getByRole('article', { name: 'Lavrov à Téhéran' })).toBeVisible();
});

test('a linked file in the compact columnar form opens like the app’s JSON', async ({ page }) => {
  const data = generateColumnar({ events: 2000, seed: 12 });
  const title = data.dataset.title as string;
  await page.route(
    (url) => url.pathname === '/compact.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/?data=/compact.json');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByText(title).first()).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** "2025-03-04" → "4 March 2025" as the slider's value text writes it (en-GB). */
function dayWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${d} ${month} ${y}`;
}
