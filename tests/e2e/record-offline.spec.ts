import { test, expect, openApp, reloadOffline } from './fixtures';

const RECORD = 'Travels of the US Secretaries of State, 1866–2025';
const RECORD_PATH = 'records/us-secretaries-of-state.v1.json';

test('after one visit the built-in record opens offline: fetched only when chosen, precached', async ({
  page,
  context,
}) => {
  // Every request the page itself makes (through the service worker or not).
  const recordRequests: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().includes(RECORD_PATH)) return;
    const response = await request.response();
    recordRequests.push({ url: request.url(), fromServiceWorker: !!response?.fromServiceWorker() });
  });

  await openApp(page);
  // The service worker installs and precaches the record with the app shell and the base map.
  await expect
    .poll(
      () =>
        page.evaluate(async (path) => {
          if (!navigator.serviceWorker.controller) await navigator.serviceWorker.ready;
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            const keys = await cache.keys();
            if (keys.some((r) => new URL(r.url).pathname.endsWith(path))) return true;
          }
          return false;
        }, RECORD_PATH),
      { timeout: 20_000 },
    )
    .toBe(true);
  // Not in the first bundle: the page has not asked for it.
  expect(recordRequests).toEqual([]);

  // Controlled by the service worker, then offline.
  await reloadOffline(page, context);

  await page.getByRole('button', { name: 'Datasets' }).click();
  await page
    .getByRole('region', { name: 'Datasets' })
    .getByRole('button', { name: RECORD })
    .click();
  await expect(page.locator('.filter-summary [role="status"]')).toHaveText(
    'All 34 people: 3,439 events',
    { timeout: 20_000 },
  );
  await expect(page.getByRole('heading', { name: /^Riyadh, Saudi Arabia$/ })).toBeAttached();
  // Fetched when chosen, answered by the service worker's precache.
  await expect.poll(() => recordRequests.length).toBeGreaterThan(0);
  expect(recordRequests.every((r) => r.fromServiceWorker)).toBe(true);
  await context.setOffline(false);
});
