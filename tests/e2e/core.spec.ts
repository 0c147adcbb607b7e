import { test, expect, openApp, slider, hashParams } from './fixtures';

const FIVE_CITIES = ['Riyadh', 'Istanbul', 'Ankara', 'Tehran', 'Doha'];

test('the five cities are on the map, labelled and keyboard-focusable', async ({ page }) => {
  await openApp(page);
  const mapBox = await page.locator('.travel-map').boundingBox();
  expect(mapBox).not.toBeNull();
  for (const city of FIVE_CITIES) {
    const marker = page.getByRole('button', { name: city, exact: true });
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('tabindex', '0');
    await expect(marker.locator('.place-label')).toHaveText(city);
    const box = await marker.boundingBox();
    expect(box, city).not.toBeNull();
    // Inside the map frame on first load.
    expect(box!.x).toBeGreaterThan(mapBox!.x);
    expect(box!.x + box!.width).toBeLessThan(mapBox!.x + mapBox!.width);
    expect(box!.y).toBeGreaterThan(mapBox!.y);
    expect(box!.y + box!.height).toBeLessThan(mapBox!.y + mapBox!.height);
  }
  // Context places are there but quieter.
  await expect(page.getByRole('button', { name: 'Moscow', exact: true })).toHaveClass(
    /place-icon-context/,
  );
  await expect(page.getByRole('button', { name: 'Riyadh', exact: true })).toHaveClass(
    /place-icon-primary/,
  );
});

test('dragging on the timeline scrubs the date, the address and the details', async ({ page }) => {
  await openApp(page);
  const s = slider(page);
  const before = await s.getAttribute('aria-valuenow');
  const box = (await page.locator('.timeline-track').boundingBox())!;
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
  await page.mouse.up();
  const after = Number(await s.getAttribute('aria-valuenow'));
  expect(after).toBeGreaterThan(Number(before));
  // The address follows (throttled) to the day the slider shows.
  const iso = new Date(after * 86_400_000).toISOString().slice(0, 10);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe(iso);
  expect(iso > '2025-02-18').toBe(true);
  const valueText = await s.getAttribute('aria-valuetext');
  expect(valueText).toContain(String(Number(iso.slice(8, 10))));
  await expect(page.locator('.current-date')).toHaveText(valueText!);
  // The details panel follows the date.
  const byDay: Record<string, string> = {
    '2025-02-24': 'Lavrov in Ankara',
    '2025-02-25': 'Lavrov in Tehran',
    '2025-02-26': 'Lavrov in Doha announces the Istanbul meeting',
    '2025-02-27': 'Russian and US diplomats meet in Istanbul',
  };
  const details = page.getByRole('region', { name: 'Details' });
  if (byDay[iso]) await expect(details.getByRole('article', { name: byDay[iso] })).toBeVisible();
  else await expect(details).toContainText('No event on this day.');
});

test('each timeline key moves the date, the address and the details panel', async ({ page }) => {
  await openApp(page);
  const s = slider(page);
  await s.focus();
  const details = page.getByRole('region', { name: 'Details' });

  await page.keyboard.press('ArrowRight');
  await expect(s).toHaveAttribute('aria-valuetext', /19 February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-19');
  await expect(details).toContainText('No event on this day.');

  await page.keyboard.press('ArrowLeft');
  await expect(s).toHaveAttribute('aria-valuetext', /18 February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-18');
  await expect(
    details.getByRole('article', { name: 'First Russia–US talks since 2022, in Riyadh' }),
  ).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(s).toHaveAttribute('aria-valuetext', /24 February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe('lavrov-ankara');
  await expect(details.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();

  await page.keyboard.press('PageUp');
  await expect(s).toHaveAttribute('aria-valuetext', /18 February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-18');

  await page.keyboard.press('End');
  await expect(s).toHaveAttribute('aria-valuetext', /27 February 2025/);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-27');
  await expect(
    details.getByRole('article', { name: 'Russian and US diplomats meet in Istanbul' }),
  ).toBeVisible();

  await page.keyboard.press('Home');
  await expect(s).toHaveAttribute('aria-valuetext', /10 March 2022/);
  await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2022-03-10');
  await expect(
    details.getByRole('article', { name: 'Lavrov and Kuleba meet in Antalya' }),
  ).toBeVisible();
});

test('clicking the Ankara marker moves the timeline to 24 Feb 2025 and shows the visit with its French quote', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ankara', exact: true }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /Monday,? 24 February 2025/);
  const card = page.getByRole('article', { name: 'Lavrov in Ankara' });
  await expect(card).toBeVisible();
  const quote = card.locator('blockquote[lang="fr"]').first();
  await expect(quote).toContainText("qui s'était rendu lundi à Ankara");
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe('lavrov-ankara');
});

test('Enter on a focused place marker selects its event', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Tehran', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /25 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
});

test('places step aside while the playhead is dragged and answer the pointer again once it is let go', async ({
  page,
}) => {
  await openApp(page);
  const box = (await page.locator('.timeline-track').boundingBox())!;
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 6 });
  // Transparent proxies over the canvas: hidden from layerization during the drag.
  await expect(page.locator('.place-proxies')).toHaveCSS('visibility', 'hidden');
  await page.mouse.up();
  const tehran = page.getByRole('button', { name: 'Tehran', exact: true });
  await expect(tehran).toBeVisible();
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /25 February 2025/);
  await tehran.click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /25 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
});

test('#date=2025-02-25 on load shows the Tehran event', async ({ page }) => {
  await openApp(page, '#date=2025-02-25');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /Tuesday,? 25 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tehran', exact: true })).toHaveClass(/is-active/);
});

test('a shared link with an event reopens on that event', async ({ page }) => {
  await openApp(page, '#date=2025-02-26&event=lavrov-doha');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /26 February 2025/);
  await expect(
    page.getByRole('article', { name: 'Lavrov in Doha announces the Istanbul meeting' }),
  ).toHaveClass(/is-selected/);
});

for (const garbage of [
  '#date=2025-02-31',
  '#%%%garbage<script>',
  '#date=tomorrow&event=nope',
  '#event=../../etc',
]) {
  test(`a garbage hash (${garbage}) starts at the default view`, async ({ page }) => {
    await openApp(page, garbage);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /18 February 2025/);
    await expect(
      page.getByRole('article', { name: 'First Russia–US talks since 2022, in Riyadh' }),
    ).toBeVisible();
    await expect.poll(async () => (await hashParams(page)).get('date')).toBe('2025-02-18');
  });
}
