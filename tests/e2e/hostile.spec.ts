import { test, expect, openApp, slider } from './fixtures';
import { XSS_PAYLOADS } from '../fixtures/xss/payloads';
import { hostileDataset } from '../fixtures/xss/hostileDataset';

test.describe.configure({ mode: 'parallel' });

/** Installs the trap: any payload that runs calls __xss or opens a dialog. */
async function armTrap(page: import('@playwright/test').Page): Promise<string[]> {
  const fired: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __xss: (n: number) => void }).__xss = (n: number) => {
      (window as unknown as { __xssFired: number[] }).__xssFired ??= [];
      (window as unknown as { __xssFired: number[] }).__xssFired.push(n);
    };
  });
  page.on('dialog', async (d) => {
    fired.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  return fired;
}

async function expectNothingFired(page: import('@playwright/test').Page, fired: string[]) {
  const inPage = await page.evaluate(
    () => (window as unknown as { __xssFired?: number[] }).__xssFired ?? [],
  );
  expect(inPage).toEqual([]);
  expect(fired).toEqual([]);
}

test('hostile text in every field of a linked dataset stays text', async ({ page }) => {
  test.setTimeout(60_000);
  const fired = await armTrap(page);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  // Each event gets payloads in its title, summary, venue, participants, provenance and sources;
  // places and actors get them in their names (every payload of the corpus is used).
  const data = hostileDataset();
  await page.route(
    (url) => url.pathname === '/hostile.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto('/?data=/hostile.json#date=2025-02-25');
  await expect(slider(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  // The payloads are shown as text: the Tehran event's title is on screen, literally.
  const tehranTitle = data.events.find((e) => e.id === 'lavrov-tehran')!.title.en;
  await expect(page.getByRole('article').first()).toContainText(tehranTitle.slice(0, 20));
  // Walk through every event and the chronology so every field is rendered once.
  await slider(page).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
  await page.getByRole('button', { name: 'Chronology' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  // No element was injected from the data.
  expect(
    await page.locator('main img, main iframe, main object, main embed, main script').count(),
  ).toBe(0);
  await expectNothingFired(page, fired);
});

test('hostile address parameters never run and the app still starts', async ({ page }) => {
  test.setTimeout(90_000);
  const fired = await armTrap(page);
  const params = ['date', 'event', 'step', 'map', 'hide', 'speed', 'lang', 'present', 'view'];
  // Each payload goes into a parameter, round-robin, on one page load per batch.
  const batch = 10;
  for (let start = 0; start < XSS_PAYLOADS.length; start += batch) {
    const query = new URLSearchParams();
    XSS_PAYLOADS.slice(start, start + batch).forEach((p, i) =>
      query.set(params[(start + i) % params.length]!, p),
    );
    await page.goto(`/?embed=${encodeURIComponent(XSS_PAYLOADS[start]!)}#${query.toString()}`);
    await expect(slider(page)).toBeVisible();
  }
  await openApp(page, `#event=${encodeURIComponent('<img src=x onerror=__xss(99)>')}`);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /18 February 2025/);
  await expectNothingFired(page, fired);
});

function csvCell(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

test('hostile text in every column of an imported CSV and every property of a GeoJSON stays text', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const fired = await armTrap(page);
  // CSV: real places (so rows are placed) and a payload in every free-text column.
  const rows = XSS_PAYLOADS.map((p, i) =>
    [
      csvCell(p),
      'France',
      'Paris',
      csvCell(p),
      csvCell(XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]!),
      csvCell(`https://example.org/?q=${encodeURIComponent(p)}`),
      `${String(1 + (i % 28)).padStart(2, '0')}/02/2024`,
    ].join(';'),
  );
  const csv = ['Name;Country;Locale;Title;Remarks;Source;Date', ...rows].join('\n');
  await page.route(
    (url) => url.pathname === '/hostile.csv',
    (route) => route.fulfill({ contentType: 'text/csv', body: csv }),
  );
  await page.goto('/?data=/hostile.csv#date=2024-02-05');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await slider(page).focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('PageDown');
  await page.getByRole('button', { name: 'Chronology' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNothingFired(page, fired);

  // GeoJSON: payloads in every property.
  const features = XSS_PAYLOADS.map((p, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [2.35 + i / 100, 48.85] },
    properties: {
      name: p,
      title: p,
      person: XSS_PAYLOADS[(i + 3) % XSS_PAYLOADS.length],
      description: p,
      source: `javascript:__xss(${i})`,
      date: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    },
  }));
  await page.route(
    (url) => url.pathname === '/hostile.geojson',
    (route) =>
      route.fulfill({
        contentType: 'application/geo+json',
        body: JSON.stringify({ type: 'FeatureCollection', features }),
      }),
  );
  await page.goto('/?data=/hostile.geojson#date=2024-03-05');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await slider(page).focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('PageDown');
  // javascript: sources never become links.
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
  expect(
    await page.locator('main img, main iframe, main object, main embed, main script').count(),
  ).toBe(0);
  await expectNothingFired(page, fired);
});

test('a linked file that is not a dataset is refused with a message and changes nothing', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === '/broken.json',
    (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"schemaVersion": 1, "events": [' }),
  );
  await page.goto('/?data=/broken.json#date=2025-02-25');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
});
