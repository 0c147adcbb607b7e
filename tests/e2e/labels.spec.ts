import type { Page } from '@playwright/test';
import { test, expect, openApp, slider } from './fixtures';

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Alpha of the canvas pixel at the label's centre: the canvas drew something there. */
  alpha: number;
}

/** Every city label placed in the visible map: where the canvas draws it (its proxy's box). */
async function visibleLabels(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.travel-map')!.getBoundingClientRect();
    const canvas = document.querySelector<HTMLCanvasElement>('.place-canvas')!;
    const c = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const scale = canvas.width / c.width;
    const out: Box[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.place-proxy .place-label')) {
      if (getComputedStyle(el).display === 'none') continue;
      const r = el.getBoundingClientRect();
      const inMap =
        r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom;
      if (!inMap) continue;
      const cx = (r.left + r.width / 2 - c.left) * scale;
      const cy = (r.top + r.height / 2 - c.top) * scale;
      const alpha = ctx.getImageData(Math.round(cx), Math.round(cy), 1, 1).data[3] ?? 0;
      out.push({
        name: el.closest('[aria-label]')!.getAttribute('aria-label')!,
        x: r.left,
        y: r.top,
        w: r.width,
        h: r.height,
        alpha,
      });
    }
    return out;
  });
}

/** The travellers' markers (initials) on the map, where they are drawn. */
async function travellerChips(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon .traveller-chip')].map(
      (el) => {
        const r = el.getBoundingClientRect();
        const name = el.closest('[aria-label]')?.getAttribute('aria-label') ?? el.textContent!;
        return { name, x: r.left, y: r.top, w: r.width, h: r.height, alpha: 255 };
      },
    ),
  );
}

/** The labels once the map and its markers have stopped moving (two reads a poll apart agree). */
async function settledLabels(page: Page): Promise<Box[]> {
  return (await settledLabelsAndChips(page)).labels;
}

async function settledLabelsAndChips(page: Page): Promise<{ labels: Box[]; chips: Box[] }> {
  let previous = '';
  let boxes: Box[] = [];
  let chips: Box[] = [];
  await expect
    .poll(
      async () => {
        boxes = await visibleLabels(page);
        chips = await travellerChips(page);
        const key = JSON.stringify(
          [...boxes, ...chips].map((b) => [b.name, Math.round(b.x), Math.round(b.y)]),
        );
        const same = key === previous;
        previous = key;
        return same;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  return { labels: boxes, chips };
}

/** Labels under a traveller's marker: "Nairobi × Mike Example". */
function underChips(labels: readonly Box[], chips: readonly Box[]): string[] {
  return labels.flatMap((a) =>
    chips
      .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
      .map((b) => `${a.name} × ${b.name}`),
  );
}

function overlapping(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        out.push(`${a.name} × ${b.name}`);
    }
  return out;
}

const FIVE_CITIES = ['Riyadh', 'Istanbul', 'Ankara', 'Tehran', 'Doha'];

test('no two city labels overlap or sit under a traveller on the first view, and the five cities are labelled @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  const { labels: boxes, chips } = await settledLabelsAndChips(page);
  expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(FIVE_CITIES));
  expect(overlapping(boxes)).toEqual([]);
  expect(chips.length, 'travellers on the map').toBeGreaterThan(0);
  expect(underChips(boxes, chips), 'labels under a traveller').toEqual([]);
  for (const b of boxes) expect(b.alpha, `${b.name} drawn on the canvas`).toBeGreaterThan(150);
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the first view names every city outside the map controls (Riyadh sat under the attribution) @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    const boxes = await settledLabels(page);
    expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(FIVE_CITIES));
    const controls = await page
      .locator('.leaflet-control-attribution, .leaflet-control-zoom')
      .evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.className, x: r.left, y: r.top, w: r.width, h: r.height, alpha: 255 };
        }),
      );
    expect(controls.length).toBeGreaterThan(0);
    expect(underChips(boxes, controls), 'labels under a map control').toEqual([]);
  });
});

test('no two city labels overlap or sit under a traveller in presentation mode, step after step @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.presentation-progress')).toBeVisible();
  // The presentation's larger type is where Istanbul ran under Ankara and Doha under Riyadh.
  for (let step = 0; step < 4; step++) {
    const { labels: boxes, chips } = await settledLabelsAndChips(page);
    expect(boxes.length, `labels at step ${step + 1}`).toBeGreaterThan(2);
    expect(overlapping(boxes), `step ${step + 1}`).toEqual([]);
    expect(underChips(boxes, chips), `labels under a traveller, step ${step + 1}`).toEqual([]);
    for (const b of boxes) expect(b.alpha, `${b.name} drawn`).toBeGreaterThan(150);
    await page.keyboard.press('ArrowRight');
  }
});

test('a language change renames the places without recreating them @zone-independent', async ({
  page,
}) => {
  await openApp(page, '#lang=fr');
  const riyadh = page.getByRole('button', { name: 'Riyad', exact: true });
  await expect(riyadh).toBeVisible();
  await riyadh.evaluate((el) => ((el as HTMLElement & { __kept?: boolean }).__kept = true));
  await page.getByRole('combobox', { name: /Langue/ }).selectOption('en');
  const renamed = page.getByRole('button', { name: 'Riyadh', exact: true });
  await expect(renamed).toBeVisible();
  expect(
    await renamed.evaluate((el) => (el as HTMLElement & { __kept?: boolean }).__kept === true),
  ).toBe(true);
  expect(overlapping(await settledLabels(page))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a place near the edge of the map is named on its inner side, not cut @zone-independent', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.presentation-progress')).toHaveText(/^Step 1 of/);
    // Step 1 frames Washington and Moscow: Tehran and Doha sit at the map's right edge.
    const boxes = await settledLabels(page);
    expect(boxes.length).toBeGreaterThan(2);
    const map = await page.locator('.travel-map').boundingBox();
    const cut = boxes
      .filter((b) => b.x < map!.x - 0.5 || b.x + b.w > map!.x + map!.width + 0.5)
      .map((b) => b.name);
    expect(cut).toEqual([]);
  });
});

/** A digest of a canvas's pixels (equal digests: the same picture). */
async function canvasDigest(page: Page, selector: string): Promise<string> {
  return page.evaluate(async (sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel)!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const hash = await crypto.subtle.digest('SHA-256', data);
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, selector);
}

test('a new date redraws the busy places and labels only; the quiet dots are drawn again when the view moves @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  await settledLabels(page);
  const quiet = await canvasDigest(page, '.place-base');
  const busy = await canvasDigest(page, '.place-canvas');
  // Days later other cities are busy: the busy canvas changes, the quiet one must not.
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  for (let day = 0; day < 6; day++) await timeline.press('ArrowRight');
  await expect.poll(() => canvasDigest(page, '.place-canvas')).not.toBe(busy);
  expect(await canvasDigest(page, '.place-base')).toBe(quiet);
  // Zooming in moves every dot: the quiet canvas follows.
  await page.locator('.leaflet-control-zoom-in').click();
  await expect.poll(() => canvasDigest(page, '.place-base')).not.toBe(quiet);
});

test('a quiet place’s label shows while the pointer is on it or it has focus, and goes after @zone-independent', async ({
  page,
}) => {
  // The record has too many places to label them all: most dots are quiet, unlabelled.
  await page.goto('/?data=records/us-secretaries-of-state.v1.json');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const id = await page.evaluate(() => {
    const map = document.querySelector('.travel-map')!.getBoundingClientRect();
    const cx = map.left + map.width / 2;
    const cy = map.top + map.height / 2;
    let best: { id: string; d: number } | null = null;
    for (const proxy of document.querySelectorAll<HTMLElement>('.place-proxy')) {
      const label = proxy.querySelector('.place-label')!;
      if (getComputedStyle(label).display !== 'none') continue;
      const r = proxy.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (!best || d < best.d) best = { id: proxy.dataset.placeId!, d };
    }
    return best?.id ?? null;
  });
  expect(id).not.toBeNull();
  const proxy = page.locator(`.place-proxy[data-place-id="${id}"]`);
  const label = proxy.locator('.place-label');
  const shown = () => label.evaluate((el) => getComputedStyle(el).display !== 'none');

  await proxy.hover();
  await expect.poll(shown).toBe(true);
  const map = (await page.locator('.travel-map').boundingBox())!;
  await page.mouse.move(map.x + 5, map.y + map.height - 5);
  await expect.poll(shown).toBe(false);

  await proxy.focus();
  await expect.poll(shown).toBe(true);
  await slider(page).focus();
  await expect.poll(shown).toBe(false);
});
