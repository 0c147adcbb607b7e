import { test, expect, openApp, slider } from './fixtures';
import { devices } from '@playwright/test';

test('a complete tour with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // The skip link is the first stop and leads to the timeline.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab into the timeline region, to its slider.
  for (let i = 0; i < 40; i++) {
    if (await slider(page).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(slider(page)).toBeFocused();
  // The focus ring is visible.
  const outline = await slider(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  // Select an event.
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
  // Play and pause.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  // Change speed: Tab to the select and choose with arrows.
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await speed.focus();
  await page.keyboard.press('ArrowDown');
  await expect(speed).toHaveValue('2');

  // Hide an actor with the keyboard.
  const lavrov = page.getByRole('checkbox', { name: 'Show Sergei Lavrov' });
  await lavrov.focus();
  await page.keyboard.press('Space');
  await expect(lavrov).not.toBeChecked();
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(lavrov).toBeChecked();

  // A place marker: Tab reaches it, Enter selects its event.
  await page.getByRole('button', { name: 'Tehran', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();

  // Enter and leave presentation.
  await page.locator('body').press('p');
  await expect(page.locator('.presentation-progress')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.locator('.presentation-caption')).toHaveCount(0);

  // Import a file: the button opens the dialog with Enter, the file chooser is reached by
  // keyboard (the test hands it the file, as the system dialog would), and Enter imports.
  await page.getByRole('button', { name: 'Import data' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  const chooser = dialog.getByLabel('Choose a file');
  await chooser.focus();
  await expect(chooser).toBeFocused();
  await chooser.setInputFiles({
    name: 'trips.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Name;Country;Locale;Date\nAna;France;Paris;12/02/2024\nAna;Kenya;Nairobi;14/02/2024\n',
    ),
  });
  const check = dialog.getByRole('button', { name: 'Check and place the rows' });
  await check.focus();
  await page.keyboard.press('Enter');
  const importButton = dialog.getByRole('button', { name: /^Import 2 events/ });
  await expect(importButton).toBeVisible({ timeout: 20_000 });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Nairobi', exact: true })).toBeAttached();
});

test('a polite live region announces the date and events once scrubbing settles', async ({
  page,
}) => {
  await openApp(page);
  const live = page.locator('[role="status"][aria-live="polite"]').last();
  await slider(page).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(/25 February 2025\. Lavrov in Tehran/);
  // Not every step was announced: the region only holds the settled one.
  await expect(live).not.toContainText('19 February');
});

test.describe('on a phone in portrait', () => {
  test.use({
    viewport: devices['Pixel 7'].viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  test('the layout fits and touch scrubbing moves the date', async ({ page }) => {
    await openApp(page, '#date=2025-02-18');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const viewport = page.viewportSize()!;
    expect(width).toBeLessThanOrEqual(viewport.width);
    const track = page.locator('.timeline-track');
    await track.scrollIntoViewIfNeeded();
    const box = (await track.boundingBox())!;
    const before = Number(await slider(page).getAttribute('aria-valuenow'));
    // A touch drag from left to right across the track.
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 15;
    const points = Array.from({ length: 8 }, (_, i) => box.x + box.width * (0.2 + i * 0.08));
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: points[0]!, y }],
    });
    for (const x of points.slice(1))
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(async () => Number(await slider(page).getAttribute('aria-valuenow')))
      .not.toBe(before);
    await expect(page.getByRole('button', { name: 'Riyadh', exact: true })).toBeVisible();
  });
});

test('at 200% zoom nothing is cut off horizontally and the controls stay usable @zone-independent', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 450 });
  await openApp(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(700);
  await page.getByRole('button', { name: 'Play' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
});
