import { test, expect, holdRoute, openApp, slider, hashParams, reloadOffline } from './fixtures';

test.describe('presentation mode', () => {
  test('enters with the button, steps with presenter keys, shows step n of N, and Esc leaves', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const caption = page.getByRole('region', { name: /Trump and Putin speak by phone/ });
    await expect(caption).toBeVisible();
    await expect(caption).toContainText('Step 1 of 11');
    await expect(page.locator('.app-header')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 2 of 11');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /18 February 2025/);
    await page.keyboard.press('PageDown');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 3 of 11');
    await page.keyboard.press('Space');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 4 of 11');
    await expect(page.locator('#presentation-title')).toHaveText('Lavrov in Ankara');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 February 2025/);
    await page.keyboard.press('PageUp');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 3 of 11');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 2 of 11');
    await expect.poll(async () => (await hashParams(page)).get('present')).toBe('1');

    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation-caption')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  });

  test('P toggles it and the tour ends on the March 2022 precedent', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('p');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 1 of 11');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presentation-progress')).toHaveText('Step 11 of 11');
    await expect(page.locator('#presentation-title')).toHaveText(
      'Russian and Ukrainian delegations negotiate in Istanbul',
    );
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /29 March 2022/);
    await page.keyboard.press('p');
    await expect(page.locator('.presentation-caption')).toHaveCount(0);
  });
});

test('a copied link reopens the same date, event, map view and language in a fresh page', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The map's animations and the address's throttle run on the page's clock.
  await page.clock.install();
  await openApp(page, '#lang=fr');
  await page.getByRole('button', { name: 'Téhéran', exact: true }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /25 février 2025/);
  await page.getByRole('button', { name: 'Zoom arrière' }).first().click();
  await page.locator('.leaflet-control-zoom-in').click();
  // Let the map settle (Leaflet ends a zoom after 250 ms) and the address follow (400 ms).
  await page.clock.runFor(1000);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByText('Lien copié')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  expect(params.get('date')).toBe('2025-02-25');
  expect(params.get('event')).toBe('lavrov-tehran');
  expect(params.get('lang')).toBe('fr');
  const map = params.get('map')!.split(',').map(Number);
  expect(map).toHaveLength(3);

  const fresh = await browser.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('slider', { name: 'Frise chronologique' })).toHaveAttribute(
    'aria-valuetext',
    /mardi 25 février 2025/,
  );
  await expect(fresh.getByRole('article', { name: 'Lavrov à Téhéran' })).toHaveClass(/is-selected/);
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'fr');
  await expect
    .poll(async () => {
      const p = new URLSearchParams((await fresh.evaluate(() => location.hash)).slice(1));
      return p.get('map');
    })
    .toBe(params.get('map'));
  await fresh.close();
});

test('back and forward follow deliberate selections, not scrubbing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ankara', exact: true }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 February 2025/);
  // The map is still flying to Ankara: select Doha from the keyboard, which no moving
  // marker can intercept.
  await page.getByRole('button', { name: 'Doha', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /26 February 2025/);
  // Scrub a few days: no history entries.
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /28 February 2025/);
  // The address follows the scrub once its throttle has passed (a replaced entry).
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-28');
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
  await page.goForward();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /2[68] February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe('lavrov-doha');
});

test('#lang=fr gives French interface text, French dates and <html lang="fr">', async ({
  page,
}) => {
  await openApp(page, '#lang=fr&date=2025-02-25');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(
    page.getByRole('heading', { name: 'Explorateur des voyages diplomatiques' }),
  ).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Frise chronologique' })).toHaveAttribute(
    'aria-valuetext',
    'mardi 25 février 2025',
  );
  await expect(page.getByRole('button', { name: 'Lecture' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Lavrov à Téhéran' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Téhéran', exact: true })).toBeVisible();
  // The switcher changes it live.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
    'aria-valuetext',
    /Tuesday,? 25 February 2025/,
  );
});

test('a malformed parameter is ignored and the rest still applies', async ({ page }) => {
  await openApp(
    page,
    '#date=2025-02-26&map=999,abc,5&speed=300&hide=lavrov,<b>&step=99&lang=xx&present=yes',
  );
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /26 February 2025/);
  await expect(page.getByRole('checkbox', { name: 'Show Sergei Lavrov' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1');
  await expect(page.locator('.presentation-caption')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the chronology lists every event, follows the store, and selects on click', async ({
  page,
}) => {
  await openApp(page, '#date=2025-02-25');
  await page.getByRole('button', { name: 'Chronology' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(12);
  await expect(table.locator('tr[aria-current="date"]')).toContainText('Lavrov in Tehran');
  await table
    .getByRole('button', { name: 'Lavrov in Doha announces the Istanbul meeting' })
    .click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /26 February 2025/);
  await expect(table.locator('tr[aria-current="date"]')).toContainText('Lavrov in Doha');
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.locator('.travel-map')).toBeVisible();
});

test('the chronology chosen before its code has loaded keeps focus on the switch', async ({
  page,
}) => {
  // The chronology is a chunk of its own (src/panels/LazyChronology.tsx): hold it back.
  const release = await holdRoute(page, /\/assets\/Chronology-[\w-]+\.js$/);
  await openApp(page, '#date=2025-02-25');
  const button = page.getByRole('button', { name: 'Chronology' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
  await expect(page.locator('.chronology')).toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeFocused();
  release();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(12);
  await expect(page.locator('.chronology')).not.toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeFocused();
});

test('printing finds the chronology ready: it is drawn in the print event itself @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  // Its code is fetched once the page is idle after the first view, before any print.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((e) => /\/Chronology-[\w-]+\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const drawn = document.querySelectorAll('.chronology tbody tr').length;
        window.dispatchEvent(new Event('afterprint'));
        return drawn;
      }),
    )
    .toBe(11);
});

test('the print stylesheet hides the map chrome and prints the chronology @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.travel-map')).toBeHidden();
  await expect(page.locator('.leaflet-control-zoom')).toBeHidden();
  await expect(page.locator('.timeline')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.chronology table')).toBeVisible();
  await expect(page.locator('.chronology tbody tr')).toHaveCount(11);
  // One page: the handout fits an A4 page's printable height at 96 dpi (about 1000 px).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(1000);
});

test('embed mode shows minimal chrome with a link to the full explorer', async ({ page }) => {
  await page.goto('/?embed=1#date=2025-02-25');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page.locator('.side-panel')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'Open the full explorer' });
  await expect(link).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/#date=2025-02-25/);
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toBeVisible();
});

test('after one visit the app works offline: reload, base map, scrubbing', async ({
  page,
  context,
}) => {
  await openApp(page, '#date=2025-02-24');
  await reloadOffline(page, context);
  await expect(slider(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ankara', exact: true })).toBeVisible();
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /25 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
  // What loads after the first view (chunks of their own) comes from the cache too.
  await expect(page.getByRole('button', { name: 'Import data' })).toBeVisible();
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(page.getByRole('region', { name: 'Datasets' })).toBeVisible();
  await page.getByRole('button', { name: 'Chronology' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(12);
  await context.setOffline(false);
});

test('the app is installable: a manifest with icons @zone-independent', async ({
  page,
  request,
}) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});
