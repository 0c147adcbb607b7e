import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

/** Whether each named place's dot is inside the map, at least `margin` px from its edges. */
async function placesInView(page: Page, names: readonly string[], margin = 8) {
  return page.evaluate(
    ({ names, margin }) => {
      const map = document.querySelector('.travel-map')!.getBoundingClientRect();
      return names.map((name) => {
        const dot = [...document.querySelectorAll('.place-proxy')]
          .find((el) => el.getAttribute('aria-label') === name)
          ?.getBoundingClientRect();
        if (!dot) return `${name}: not drawn`;
        const ok =
          dot.left >= map.left + margin &&
          dot.right <= map.right - margin &&
          dot.top >= map.top + margin &&
          dot.bottom <= map.bottom - margin;
        return ok ? `${name}: in view` : `${name}: cut or outside`;
      });
    },
    { names, margin },
  );
}

test.describe('presentation keys', () => {
  test('Home and End go to the first and last step; Shift+Space goes back @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('p');
    const progress = page.locator('.presentation-progress');
    await expect(progress).toHaveText(/^Step 1 of \d+$/);
    const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
    await page.keyboard.press('End');
    await expect(progress).toHaveText(`Step ${total} of ${total}`);
    await page.keyboard.press('Shift+Space');
    await expect(progress).toHaveText(`Step ${total - 1} of ${total}`);
    await page.keyboard.press('Space');
    await expect(progress).toHaveText(`Step ${total} of ${total}`);
    await page.keyboard.press('Home');
    await expect(progress).toHaveText(`Step 1 of ${total}`);
  });

  test('a step about a phone call frames both ends of the call @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('p');
    await expect(page.locator('.presentation-caption h2')).toContainText(/by phone/);
    await expect
      .poll(() => placesInView(page, ['Washington', 'Moscow']), { timeout: 10_000 })
      .toEqual(['Washington: in view', 'Moscow: in view']);
  });

  test('Esc returns to the chronology it was entered from @zone-independent', async ({ page }) => {
    await openApp(page, '#view=chronology');
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.presentation-progress')).toBeVisible();
    await expect(page.getByRole('table')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation-progress')).toBeHidden();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chronology' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('Esc leaves the map framing the current event, no place cut at the edge @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('p');
    // Step 5 is Macron in Washington, far west of the story's usual view.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presentation-caption h2')).toContainText('Macron');
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation-progress')).toBeHidden();
    await expect(page.locator('.app-header')).toBeVisible();
    await expect
      .poll(() => placesInView(page, ['Washington'], 12), { timeout: 10_000 })
      .toEqual(['Washington: in view']);
  });
});

test.describe('the panel shows what was chosen', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('choosing an event brings its details to the top of the panel', async ({ page }) => {
    await openApp(page, '#date=2025-02-24&event=lavrov-ankara');
    const panel = page.locator('#panel-tabpanel-details');
    await expect(panel.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
    // Read down the sources of Lavrov's visit, as the student did.
    await panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    // Then choose Macron's place on the map (Washington, the same day).
    await page.getByRole('button', { name: 'Washington', exact: true }).focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.event-card.is-selected');
    await expect(card).toContainText('Macron');
    await expect(panel).toBeVisible();
    // The chosen card starts at the top of the panel, first, and is marked as chosen.
    await expect
      .poll(async () => {
        const c = await card.boundingBox();
        const p = await panel.boundingBox();
        return c && p ? Math.round(c.y - p.y) : null;
      })
      .toBeLessThanOrEqual(8);
    await expect(card.locator('.chosen-badge')).toHaveText('Chosen');
    await expect(panel.locator('.event-card').first()).toContainText('Macron');
  });
});

test('an import message floats over the map: the header and the map keep their size @zone-independent', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await openApp(page);
  const header = await page.locator('.app-header').boundingBox();
  const map = await page.locator('.travel-map').boundingBox();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'trips.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,city,country\n2025-02-03,Paris,France\n2025-02-04,Berlin,Germany\n'),
  });
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await dialog.getByRole('button', { name: /^Import 2 events/ }).click({ timeout: 20_000 });
  const toast = page.getByRole('status').filter({ hasText: '“trips” is open' });
  await expect(toast).toBeVisible();
  expect(await page.locator('.app-header').boundingBox()).toEqual(header);
  expect(await page.locator('.travel-map').boundingBox()).toEqual(map);
  await page.getByRole('button', { name: 'Close the message' }).click();
  await expect(toast).toBeHidden();
});

test.describe('themes', () => {
  test('dark follows the system; a chosen theme is remembered after a reload @zone-independent', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const paper = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.side-panel')!).backgroundColor);
    const darkPanel = await paper();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await paper()).not.toBe(darkPanel);
    await page.reload();
    await openApp(page);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
    // Back to the system's setting, which follows it live.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('high contrast wins over dark, in the app and in its dialogs @zone-independent', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await page.getByRole('checkbox', { name: 'High contrast' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.locator('.import-dialog');
    await expect(dialog).toBeVisible();
    const colours = await dialog.evaluate((el) => {
      const s = getComputedStyle(el);
      return { ink: s.color, paper: s.backgroundColor };
    });
    expect(colours).toEqual({ ink: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
  });
});

test.describe('first visit', () => {
  test('a hint explains the app until it is dismissed, then stays dismissed @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    const hint = page.getByRole('region', { name: 'Getting started' });
    await expect(hint).toContainText('Drag the timeline');
    await expect(hint).toContainText('Click a place');
    await expect(hint).toContainText('Present');
    // It does not stand in the way of the map.
    await page.getByRole('button', { name: 'Ankara', exact: true }).click();
    await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await openApp(page);
    await expect(page.getByRole('heading', { name: 'Diplomatic travel explorer' })).toBeVisible();
    await expect(hint).toBeHidden();
  });

  test('the hint speaks French @zone-independent', async ({ page }) => {
    await openApp(page, '#lang=fr');
    const hint = page.getByRole('region', { name: 'Pour commencer' });
    await expect(hint).toContainText('Faites glisser la frise');
    await expect(hint.getByRole('button', { name: 'Compris' })).toBeVisible();
  });
});
