import type { Page } from '@playwright/test';
import { test, expect, slider } from './fixtures';
import { generateDataset } from '../support/synthetic';

/**
 * Above 300 legs the routes are drawn on two canvases (src/map/layers/routeCanvas.ts): the
 * network, and the travelled legs, to which a step forward only adds the legs it completed.
 * These tests check that what a scrub leaves on screen is what opening the page at that
 * date draws.
 */
const data = generateDataset({ events: 1000, seed: 5 });
const days = [...new Set(data.events.map((e) => e.date))].sort();

async function openAt(page: Page, date: string) {
  await page.route(
    (url) => url.pathname === '/routes.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.goto(`/?data=/routes.json#date=${date}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('.route-canvas')).toHaveCount(2);
}

/**
 * The travelled canvas's image once every frame asked for is drawn: it is drawn in a worker
 * (routeWorker.ts), so the page reads it through the snapshot the layer gives for tests.
 */
async function travelled(page: Page) {
  return page.evaluate(async () => {
    const canvas = document.querySelectorAll<
      HTMLCanvasElement & { routeSnapshot?: () => Promise<Blob> }
    >('.route-canvas')[1]!;
    const blob = await canvas.routeSnapshot!();
    const bitmap = await createImageBitmap(blob);
    const copy = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    const url = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsDataURL(blob);
    });
    return { url, painted };
  });
}

/**
 * Pixels painted at least half opaque in image `a` and not at all in image `b` (missing
 * from it), and the reverse (extra). Antialiased edges, which blend differently when legs
 * are stroked one by one, are fainter than that.
 */
async function differentPixels(page: Page, a: string, b: string) {
  return page.evaluate(
    async ([here, there]: [string, string]) => {
      const pixelsOf = async (url: string) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const copy = new OffscreenCanvas(image.width, image.height);
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, copy.width, copy.height).data;
      };
      const x = await pixelsOf(here);
      const y = await pixelsOf(there);
      let missing = 0;
      let extra = 0;
      for (let i = 3; i < x.length; i += 4) {
        if (x[i]! >= 128 && y[i] === 0) missing++;
        if (x[i] === 0 && y[i]! >= 128) extra++;
      }
      return { missing, extra };
    },
    [a, b] as [string, string],
  );
}

/** Drags the playhead along the track from one fraction of its width to another. */
async function drag(page: Page, from: number, to: number) {
  const box = (await page.locator('.timeline-track').first().boundingBox())!;
  const y = box.y + box.height - 8; // the axis strip, below the event marks
  const x = (f: number) => box.x + 2 + (box.width - 4) * f;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x(from + ((to - from) * i) / 20), y);
  await page.mouse.up();
}

/**
 * The playhead's date once the address has caught up with it (the address is written a
 * little after a scrub): days since 1970-01-01 on the slider, as YYYY-MM-DD.
 */
async function settledDate(page: Page): Promise<string> {
  const playhead = async () => {
    const day = Number(await slider(page).getAttribute('aria-valuenow'));
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
  };
  const inAddress = async () =>
    new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('date');
  await expect.poll(async () => (await inAddress()) === (await playhead())).toBe(true);
  return playhead();
}

test('what a scrub leaves on the routes canvas is what opening at that date draws', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await openAt(page, days[0]!);
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();

  // Forward: each frame adds the legs completed since the last one on top.
  await drag(page, 0.05, 0.7);
  const forwardDate = await settledDate(page);
  expect(forwardDate > days[0]!).toBe(true);
  const forward = await travelled(page);
  expect(forward.painted).toBeGreaterThan(1000);
  const fresh = await browser.newPage();
  await openAt(fresh, forwardDate);
  // The same legs cover the same pixels: a few where legs cross may round differently;
  // one leg missing or too many is hundreds (4 pixels wide, tens to hundreds long).
  const diff = await differentPixels(fresh, (await travelled(fresh)).url, forward.url);
  expect(diff.missing).toBeLessThan(50);
  expect(diff.extra).toBeLessThan(50);

  // Back: the travelled legs are drawn again whole, exactly as a fresh page draws them.
  await drag(page, 0.7, 0.4);
  const backDate = await settledDate(page);
  expect(backDate < forwardDate).toBe(true);
  const back = await travelled(page);
  await openAt(fresh, backDate);
  const expected = await travelled(fresh);
  expect(back.painted).toBeLessThan(forward.painted);
  expect(back.url).toBe(expected.url);
  await fresh.close();
  await page.close();
});

/**
 * Above 30 call links, every link is drawn once on a canvas and the links of the day (two
 * days either side of the call) again on a second canvas above it
 * (src/map/layers/LinksLayer.tsx).
 */
test('many call links: all on one canvas, the day’s lit on another above it', async ({ page }) => {
  const many = generateDataset({ events: 2500, seed: 3 });
  const calls = [...new Set(many.events.filter((e) => e.kind === 'call').map((e) => e.date))]
    .sort()
    .map((d) => Date.parse(d) / 86_400_000);
  expect(calls.length).toBeGreaterThan(30);
  // A day with a call, and one at least a week from any.
  const callDay = calls[Math.floor(calls.length / 2)]!;
  const quietDay = Array.from({ length: 3 * 365 }, (_, i) => calls[0]! + i).find((d) =>
    calls.every((c) => Math.abs(c - d) > 7),
  )!;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  await page.route(
    (url) => url.pathname === '/links.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(many) }),
  );
  await page.goto(`/?data=/links.json#date=${iso(callDay)}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const pane = page.locator('.leaflet-links-pane');
  await expect(pane.locator('canvas')).toHaveCount(2);
  await expect(pane.locator('svg path')).toHaveCount(0);
  // The canvas `which` (0: every link, 1: the day's): how many pixels are drawn, and their
  // mean lightness (0–255, -1 when none).
  const pixels = (which: number) =>
    pane
      .locator('canvas')
      .nth(which)
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let sum = 0;
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i + 3]! > 0) {
            sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
            n++;
          }
        return { n, ink: n ? sum / n : -1 };
      });
  const inked = (which: number) => async () => (await pixels(which)).n;
  const ink = (which: number) => async () => (await pixels(which)).ink;
  await expect.poll(inked(0)).toBeGreaterThan(2000);
  await expect.poll(inked(1)).toBeGreaterThan(50);
  const drawn = await inked(0)();
  const lit = await inked(1)();
  // The canvas holds every link: none once every person is hidden, and drawn again when
  // they are shown; the day's links likewise.
  await page.getByRole('button', { name: 'Hide all', exact: true }).click();
  await expect.poll(inked(0)).toBe(0);
  await expect.poll(inked(1)).toBe(0);
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await expect.poll(inked(0)).toBe(drawn);
  await expect.poll(inked(1)).toBe(lit);
  // Their colour follows the theme: dark ink on the light map, light ink on the dark one.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(ink(0)).toBeLessThan(100);
  await expect.poll(ink(1)).toBeLessThan(100);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(ink(0)).toBeGreaterThan(150);
  await expect.poll(ink(1)).toBeGreaterThan(150);

  // A week from any call, no link is lit.
  await page.goto(`/?data=/links.json#date=${iso(quietDay)}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(pane.locator('canvas')).toHaveCount(2);
  await expect.poll(inked(0)).toBeGreaterThan(2000);
  await expect.poll(inked(1)).toBe(0);
});

test('the routes are drawn in a worker and shown again at the new scale after a zoom', async ({
  page,
}) => {
  await openAt(page, days[Math.floor(days.length * 0.6)]!);
  // A canvas handed to a worker (transferControlToOffscreen) has no context on the page.
  const handedOver = await page.locator('.route-canvas').evaluateAll((canvases) =>
    canvases.map((c) => {
      try {
        (c as HTMLCanvasElement).getContext('2d');
        return false;
      } catch {
        return true;
      }
    }),
  );
  expect(handedOver).toEqual([true, true]);
  const before = await travelled(page);
  expect(before.painted).toBeGreaterThan(1000);

  await page.locator('.leaflet-control-zoom-in').click();
  // Hidden while the old scale is all there is to show, then shown drawn at the new one.
  await expect(page.locator('.route-canvas').nth(1)).toBeVisible();
  await expect(page.locator('.route-canvas').nth(1)).toHaveCSS('visibility', 'visible');
  const after = await travelled(page);
  expect(after.painted).toBeGreaterThan(1000);
  expect(after.url).not.toBe(before.url);
});
