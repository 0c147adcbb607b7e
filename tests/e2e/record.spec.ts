import { test, expect, openApp, hashParams, slider } from './fixtures';
import type { Page } from '@playwright/test';

// Each test opens the 3,439-trip record, some twice (a reload): more time than the default.
test.describe.configure({ timeout: 60_000 });

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
  // Choosing closes the menu (it no longer covers the panel) and focus is back on its button.
  await expect(page.getByRole('region', { name: 'Datasets' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeFocused();
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
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe('trip-4288');
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

test('searching "Kissinger" lists his trips; choosing a Moscow trip moves map and timeline there', async ({
  page,
}) => {
  await openApp(page);
  await openRecord(page);
  const before = (await hashParams(page)).get('map');
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Kissinger');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toHaveText('Henry A. Kissinger');
  await search.fill('Kissinger Moscow');
  const trip = results
    .getByRole('option', { name: /^Moscow, U\.S\.S\.R\. — .*1974 · Henry A\. Kissinger$/ })
    .first();
  await expect(trip).toBeVisible();
  await trip.click();
  await expect(page.getByRole('article', { name: 'Moscow, U.S.S.R.' }).first()).toBeVisible();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /1974/);
  await expect.poll(async () => (await hashParams(page)).get('event')).toMatch(/^trip-\d+$/);
  // The map flew to Moscow: its centre in the address is near it.
  await expect
    .poll(
      async () => {
        const map = (await hashParams(page)).get('map');
        if (!map || map === before) return null;
        const [lat, lon] = map.split(',').map(Number);
        return Math.abs(lat! - 55.75) < 8 && Math.abs(lon! - 37.6) < 15;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
});

test('filtering to one person and one decade changes the counts, the map and the address; a reload keeps it', async ({
  page,
}) => {
  await openApp(page);
  await openRecord(page);
  const summary = page.locator('.filter-summary [role="status"]');
  await expect(summary).toHaveText('All 34 people: 3,439 events');
  const markersBefore = await page.locator('.place-proxy').count();
  await page.locator('.filter-details > summary').click();
  await page
    .getByRole('group', { name: 'People' })
    .getByRole('checkbox', { name: 'Dean Rusk' })
    .check();
  await page.getByRole('textbox', { name: 'From (year)' }).fill('1960');
  await page.getByRole('textbox', { name: 'To (year)' }).fill('1969');
  await expect(summary).toHaveText('1 of 34 people, 1960–1969: 116 events');
  await expect
    .poll(async () => {
      const h = await hashParams(page);
      return `${h.get('people')}|${h.get('from')}|${h.get('to')}`;
    })
    .toBe('rusk-david-dean|1960|1969');
  const markersAfter = await page.locator('.place-proxy').count();
  expect(markersAfter).toBeGreaterThan(0);
  expect(markersAfter).toBeLessThan(markersBefore);
  await page.reload();
  await expect(page.locator('.filter-summary [role="status"]')).toHaveText(
    '1 of 34 people, 1960–1969: 116 events',
    { timeout: 20_000 },
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.filter-summary [role="status"]')).toHaveText(
    'All 34 people: 3,439 events',
  );
});

test('the trips-per-year chart names the peak years and clicking a bar zooms the timeline to it', async ({
  page,
}) => {
  await openApp(page);
  await openRecord(page);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.getByRole('button', { name: 'Charts', exact: true }).click();
  await expect(page.getByText('Busiest years: 2014 (91), 2016 (89), 1991 (86)')).toBeVisible();
  const bar = page.getByRole('button', { name: '2014: 91 trips' });
  const narrow = (await bar.boundingBox())!.width;
  await bar.click();
  await expect.poll(async () => (await bar.boundingBox())?.width ?? 0).toBeGreaterThan(narrow * 50);
  // Keyboard: the bars are one tab stop; arrows move between years, Enter zooms.
  await bar.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: '2013: 85 trips' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(
      async () =>
        (await page.getByRole('button', { name: '2013: 85 trips' }).boundingBox())?.width ?? 0,
    )
    .toBeGreaterThan(narrow * 50);
});

test('following one Secretary frames their whole career on the map and lists their trips', async ({
  page,
}) => {
  await openApp(page);
  await openRecord(page);
  // Where each place's dot is, against the map's box.
  const placesOnMap = () =>
    page.evaluate(() => {
      const m = document.querySelector('.travel-map')!.getBoundingClientRect();
      let outside = 0;
      let left = Infinity;
      let right = -Infinity;
      const dots = document.querySelectorAll('.place-proxy');
      for (const el of dots) {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < m.left || x > m.right || y < m.top || y > m.bottom) outside++;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      return { count: dots.length, outside, spread: (right - left) / m.width };
    });
  // Close in first, so that most of the record's places are off the map.
  const zoomIn = page
    .getByRole('region', { name: 'Map of the places in the story' })
    .getByRole('button', { name: 'Zoom the map in' });
  // Leaflet drops a zoom click made while an earlier zoom (or the record's opening frame) is
  // still animating, so click again until the map is close in, rather than counting clicks.
  await expect
    .poll(
      async () => {
        const { outside } = await placesOnMap();
        if (outside <= 100) await zoomIn.click();
        return outside;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(100);

  await page.getByLabel('Follow a career').selectOption({ label: 'Henry A. Kissinger' });
  await expect(page.locator('.filter-summary [role="status"]')).toHaveText(
    '1 of 34 people: 216 events',
  );
  // The panel lists his trips.
  await expect(
    page.getByRole('heading', { name: 'Trips of Henry A. Kissinger (216)' }),
  ).toBeVisible();
  await expect(page.locator('.event-list li').first()).toBeVisible();
  // The map frames his whole career: every one of his 94 places on it, spread across it.
  await expect
    .poll(
      async () => {
        const p = await placesOnMap();
        return p.count === 94 && p.outside === 0 && p.spread > 0.5;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  // The address is written a moment after the view settles.
  await expect.poll(async () => (await hashParams(page)).get('people')).toBe('kissinger-henry-a');
  // The timeline shows his years in office (1973–1977), not the whole record.
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /197[3-7]/);

  // Nobody: the whole record again.
  await page.getByLabel('Follow a career').selectOption({ label: 'Nobody' });
  await expect(page.locator('.filter-summary [role="status"]')).toHaveText(
    'All 34 people: 3,439 events',
  );
  await expect(page.getByRole('heading', { name: 'All events' })).toBeVisible();
});
