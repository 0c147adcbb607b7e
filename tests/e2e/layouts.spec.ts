import { test, expect, holdRoute, openApp } from './fixtures';
import type { Page } from '@playwright/test';

/** Phone and tablet in both orientations, laptop, projector. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 820, height: 1180 },
  { width: 1180, height: 820 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

function inside(b: Box, w: number, h: number): boolean {
  return b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;
}

function overlap(a: Box, b: Box, slack = 1): boolean {
  return (
    a.x + slack < b.x + b.width &&
    b.x + slack < a.x + a.width &&
    a.y + slack < b.y + b.height &&
    b.y + slack < a.y + a.height
  );
}

/**
 * Visible controls that are cut off: outside the viewport, or clipped by an ancestor that
 * hides overflow without letting it scroll (a control in a scrolling row can be scrolled to).
 * Map features (markers, routes) are not controls here; Leaflet's own controls are.
 */
async function cutOffControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type="file"]), a[href], [role="slider"], [role="tab"]',
    );
    for (const el of controls) {
      if (el.closest('.leaflet-marker-pane, .leaflet-overlay-pane, .visually-hidden, .skip-link'))
        continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      let scrolls = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        const ox = s.overflowX;
        const oy = s.overflowY;
        if (ox === 'auto' || ox === 'scroll' || oy === 'auto' || oy === 'scroll') {
          scrolls = true;
          break;
        }
        if (ox === 'hidden' || ox === 'clip' || oy === 'hidden' || oy === 'clip') {
          const c = p.getBoundingClientRect();
          if (
            r.left < c.left - 0.5 ||
            r.right > c.right + 0.5 ||
            r.top < c.top - 0.5 ||
            r.bottom > c.bottom + 0.5
          )
            out.push(`${name} clipped by .${p.className}`);
        }
      }
      if (scrolls) continue;
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      )
        out.push(`${name} outside the viewport`);
    }
    return out;
  });
}

/** The date readout, whole: a cut date ("Wednesday, 12 February 2") is a wrong date. */
async function dateReadoutCut(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const out = document.querySelector<HTMLElement>('.current-date')!;
    const box = out.parentElement!.getBoundingClientRect();
    const r = out.getBoundingClientRect();
    const text = out.textContent ?? '';
    if (out.scrollWidth > out.clientWidth + 0.5) return `"${text}" wider than its output`;
    if (r.right > box.right + 0.5 || r.right > innerWidth + 0.5)
      return `"${text}" cut at the right`;
    return null;
  });
}

for (const size of SIZES) {
  const compact = size.width < 1300;
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: compact });

    test('map and timeline are both on screen without scrolling, nothing is cut off @zone-independent', async ({
      page,
    }) => {
      await openApp(page, '#date=2025-02-25');
      const { width: w, height: h } = size;
      const scroll = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth,
        y: document.documentElement.scrollHeight,
      }));
      expect(scroll.x).toBeLessThanOrEqual(w);
      expect(scroll.y).toBeLessThanOrEqual(h);

      const map = await boxOf(page, '.travel-map');
      expect(inside(map, w, h), 'map inside the viewport').toBe(true);
      expect(map.height).toBeGreaterThanOrEqual(Math.min(170, h * 0.4));
      const slider = await boxOf(page, '[role="slider"]');
      expect(inside(slider, w, h), 'timeline slider inside the viewport').toBe(true);
      expect(overlap(map, slider, 0)).toBe(false);

      expect(await cutOffControls(page)).toEqual([]);
      expect(await dateReadoutCut(page)).toBeNull();
      // City labels are drawn on a canvas, placed without overlap: tests/e2e/labels.spec.ts.

      if (compact) {
        // One header row, and every control a finger can hit.
        const header = await boxOf(page, '.app-header');
        expect(header.height).toBeLessThanOrEqual(64);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, select, [role="tab"]')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && !el.closest('.leaflet-marker-pane, .visually-hidden');
            })
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.height < 44 || (el.tagName === 'BUTTON' && r.width < 44);
            })
            .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()),
        );
        expect(small, 'touch targets under 44 px').toEqual([]);
      }
    });

    test('the header menu opens with every control inside the viewport @zone-independent', async ({
      page,
    }) => {
      await openApp(page);
      if (compact) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
      }
      // Visible either inline (wide) or in the open menu (compact).
      for (const name of ['Copy link', 'Import data', 'Datasets'])
        await expect(page.getByRole('button', { name })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'High contrast' })).toBeVisible();
      expect(await cutOffControls(page)).toEqual([]);
    });

    test('in presentation the caption never covers the current step’s place @zone-independent', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openApp(page);
      await page.getByRole('button', { name: 'Present' }).click();
      const progress = page.locator('.presentation-progress');
      await expect(progress).toHaveText(/^Step 1 of (\d+)$/);
      const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
      for (let step = 1; step <= total; step++) {
        if (step > 1) await page.keyboard.press('ArrowRight');
        await expect(progress).toHaveText(`Step ${step} of ${total}`);
        if (step === 1) expect(await dateReadoutCut(page)).toBeNull();
        // Each place of the step, once the map has settled, is on the map and clear of the card.
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const card = document
                  .querySelector('.presentation-caption')!
                  .getBoundingClientRect();
                const map = document.querySelector('.travel-map')!.getBoundingClientRect();
                const dots = [...document.querySelectorAll('.place-proxy.is-selected')].map((d) =>
                  d.getBoundingClientRect(),
                );
                if (dots.length === 0) return 'no marked place';
                for (const d of dots) {
                  if (
                    d.left < map.left ||
                    d.right > map.right ||
                    d.top < map.top ||
                    d.bottom > map.bottom
                  )
                    return 'a place is off the map';
                  if (
                    d.left < card.right &&
                    d.right > card.left &&
                    d.top < card.bottom &&
                    d.bottom > card.top
                  )
                    return 'a place is under the caption';
                }
                return 'clear';
              }),
            { message: `step ${step}`, timeout: 10_000 },
          )
          .toBe('clear');
      }
    });
  });
}

/** The timeline toolbar's controls in keyboard order (names as a screen reader reads them). */
const TOOLBAR_CONTROLS = [
  'Previous event',
  'Play',
  'Next event',
  'Speed',
  'Loop',
  'Pause at each event',
  'Routes not yet travelled',
  'Earlier',
  'Zoom out',
  'Zoom in',
  'Later',
  'Fit all',
  'Jump to Mar 2022',
  'Jump to Feb 2025',
  'One lane per actor',
];

/**
 * Each control of the timeline's toolbar, named, in keyboard order, with what keeps it out
 * of sight: outside the viewport or the toolbar's box, or a toolbar that scrolls sideways.
 */
async function toolbarControls(page: Page): Promise<{ names: string[]; hidden: string[] }> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.timeline-toolbar')!;
    const b = bar.getBoundingClientRect();
    const hidden: string[] = [];
    if (bar.scrollWidth > bar.clientWidth + 0.5)
      hidden.push(`the toolbar scrolls sideways (${bar.scrollWidth} > ${bar.clientWidth})`);
    const names: string[] = [];
    for (const el of bar.querySelectorAll<HTMLElement>('button, select, input')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown: names tell what is missing
      // A label's own text (a select's label holds its options' text too).
      const label = el.closest('label');
      const text = label
        ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
        : [el];
      const name = (
        el.getAttribute('aria-label') ?? text.map((n) => n.textContent).join('')
      ).trim();
      names.push(name);
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      )
        hidden.push(`${name} outside the viewport`);
      if (
        r.left < b.left - 0.5 ||
        r.right > b.right + 0.5 ||
        r.top < b.top - 0.5 ||
        r.bottom > b.bottom + 0.5
      )
        hidden.push(`${name} outside the toolbar`);
    }
    return { names, hidden };
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true });

    test('every control of the timeline toolbar is in view, none behind a sideways scroll @zone-independent', async ({
      page,
    }) => {
      await openApp(page, '#date=2025-02-25');
      // A phone or a tablet shows the date and play controls; "More" shows the rest, in place.
      const more = page.getByRole('button', { name: 'More timeline controls' });
      if (size.width < 1100) {
        await expect(more).toHaveAttribute('aria-expanded', 'false');
        expect((await toolbarControls(page)).names).toEqual([
          'Previous event',
          'Play',
          'Next event',
          'More timeline controls',
        ]);
        const look = () => more.evaluate((el) => getComputedStyle(el).backgroundColor);
        const closed = await look();
        await more.click();
        await expect(more).toHaveAttribute('aria-expanded', 'true');
        // Open, it looks pressed, as the other toggles do (the pointer moved off it first).
        await page.mouse.move(0, 0);
        expect(await look()).not.toBe(closed);
      } else {
        await expect(more).toBeHidden();
      }
      const { names, hidden } = await toolbarControls(page);
      expect(names.filter((n) => n !== 'More timeline controls')).toEqual(TOOLBAR_CONTROLS);
      expect(hidden).toEqual([]);
      for (const name of ['Speed', 'Routes not yet travelled'])
        await expect(page.getByRole('combobox', { name })).toBeInViewport({ ratio: 1 });
    });
  });
}

test('a presentation’s timeline labels are at least 18 px on a 1080p projector @zone-independent', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.presentation-progress')).toBeVisible();
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll('.tick text')].map((t) =>
      parseFloat(getComputedStyle(t).fontSize),
    ),
  );
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  // …and they do not run into each other.
  const boxes = await page
    .locator('.tick text')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
    );
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
});

test.describe('the header menu opened before its controls have loaded', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('says so, keeps focus on its button, then shows them in keyboard order @zone-independent', async ({
    page,
  }) => {
    // The controls are a chunk of their own (src/ui/headerItems.tsx): hold it back.
    const release = await holdRoute(page, /\/assets\/headerItems-[\w-]+\.js$/);
    await openApp(page);
    const toggle = page.getByRole('button', { name: 'Menu' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('group', { name: 'More controls' });
    await expect(menu.getByRole('status')).toHaveText('Loading the controls…');
    await expect(toggle).toBeFocused();

    release();
    await expect(menu.getByRole('button', { name: 'Import data' })).toBeVisible();
    await expect(menu.getByText('Loading the controls…')).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'Map', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });
});
