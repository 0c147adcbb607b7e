import { test, expect, openApp, slider, centreOf } from './fixtures';

const LAVROV = '.leaflet-marker-icon[data-actor-id="lavrov"] .traveller-chip';

test('on 25 Feb 2025 Lavrov is at Tehran', async ({ page }) => {
  await openApp(page, '#date=2025-02-25');
  const marker = page.getByRole('img', { name: 'Sergei Lavrov' });
  await expect(marker).toBeVisible();
  const tehran = await centreOf(page, '.place-proxy[data-place-id="tehran"]');
  const doha = await centreOf(page, '.place-proxy[data-place-id="doha"]');
  const lavrov = await centreOf(page, LAVROV);
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);
  // Drawn just above the place dot (offset so the dot and label stay visible).
  expect(dist(lavrov, tehran)).toBeLessThan(45);
  expect(dist(lavrov, doha)).toBeGreaterThan(100);
});

test('Play advances the date and moves Lavrov along his route', async ({ page }) => {
  // Playback runs on the page's clock: drive it by hand, so the assertions never race it.
  await page.clock.install();
  await openApp(page, '#date=2025-02-24');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const ankara = await centreOf(page, '.place-proxy[data-place-id="ankara"]');
  const tehran = await centreOf(page, '.place-proxy[data-place-id="tehran"]');
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);
  const before = await centreOf(page, LAVROV);
  const s = slider(page);
  await expect(s).toHaveAttribute('aria-valuetext', /24 February 2025/);
  await page.getByRole('button', { name: 'Play' }).click();
  // At 1 day per second, 0.7 s after midday on the 24th it is the 25th, 04:48: he is
  // between Ankara (left at 24.7) and Tehran (arrives at 25.3).
  await page.clock.runFor(700);
  await expect(s).toHaveAttribute('aria-valuetext', /25 February 2025/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(2000);
  await expect(s).toHaveAttribute('aria-valuetext', /25 February 2025/);
  const after = await centreOf(page, LAVROV);
  expect(dist(after, before)).toBeGreaterThan(20);
  expect(dist(after, ankara)).toBeGreaterThan(dist(before, ankara) + 20);
  expect(dist(after, tehran)).toBeLessThan(dist(before, tehran) - 20);
});

test('Space toggles playback', async ({ page }) => {
  await openApp(page);
  await slider(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('pause at each event stops on the next event', async ({ page }) => {
  await openApp(page, '#date=2025-02-19');
  await page.getByRole('checkbox', { name: 'Pause at each event' }).check();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('7');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 5000 });
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 February 2025/);
  await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toBeVisible();
});

test('hiding an actor removes their marker and routes', async ({ page }) => {
  await openApp(page, '#date=2025-02-25');
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toBeVisible();
  await expect(page.locator('path.route-leg[data-actor="lavrov"]').first()).toBeAttached();
  await page.getByRole('checkbox', { name: 'Show Sergei Lavrov' }).uncheck();
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toHaveCount(0);
  await expect(page.locator('path.route-leg[data-actor="lavrov"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show Sergei Lavrov' }).check();
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toBeVisible();
});

test('inferred legs are drawn dashed, stated ones solid', async ({ page }) => {
  await openApp(page, '#date=2025-02-26');
  const inferred = page.locator('path.route-leg.is-inferred[data-actor="lavrov"]').first();
  await expect(inferred).toHaveAttribute('stroke-dasharray', /\d/);
  const stated = page.locator('path.route-leg:not(.is-inferred)[data-actor="lavrov"]').first();
  await expect(stated).not.toHaveAttribute('stroke-dasharray', /\d/);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('playback steps from event to event without animated movement', async ({ page }) => {
    await openApp(page, '#date=2025-02-19');
    const s = slider(page);
    // Record every date the slider shows while playing.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenDates: string[] }).seenDates = seen;
      const el = document.querySelector('[role="slider"]')!;
      new MutationObserver(() => seen.push(el.getAttribute('aria-valuetext') ?? '')).observe(el, {
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(s).toHaveAttribute('aria-valuetext', /24 February 2025/);
    const transition = await page
      .locator('.leaflet-marker-icon[data-actor-id="lavrov"]')
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
    await expect(s).toHaveAttribute('aria-valuetext', /25 February 2025/, { timeout: 6000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const seen = await page.evaluate(
      () => (window as unknown as { seenDates: string[] }).seenDates,
    );
    // Only event days, never the days in between (20–23 February).
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const text of seen) expect(text).toMatch(/2[45] February 2025/);
  });
});
