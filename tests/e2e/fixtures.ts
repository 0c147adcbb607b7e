import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page, type Route } from '@playwright/test';

/**
 * Every browser test fails on a console error, a page error, or a request that leaves
 * localhost (the default path must work offline).
 */
export const test = base.extend<{ guard: { externalRequests: string[]; errors: string[] } }>({
  guard: [
    async ({ page }, use) => {
      const externalRequests: string[] = [];
      const errors: string[] = [];
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
          externalRequests.push(req.url());
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use({ externalRequests, errors });
      expect(externalRequests, 'requests that left localhost').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('slider')).toBeVisible();
  // The offline base map is drawn once its asset has loaded.
  await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
}

/**
 * Zero accessibility violations of any impact (axe; no rule disabled). `where` names the view
 * in a failure; `within` narrows the scan to one part of the page (a CSS selector).
 */
export async function expectNoViolations(
  page: Page,
  where = 'the page',
  within?: string,
): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary, where).toEqual([]);
}

/**
 * Reloads until the service worker controls the page (it has cached the shell), then
 * takes the browser offline and reloads: the app must open from the cache alone.
 */
export async function reloadOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 10_000,
    })
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('slider')).toBeVisible();
  await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
}

/** The timeline slider, in English ("Timeline") or French ("Frise chronologique"). */
export function slider(page: Page) {
  return page.getByRole('slider', { name: /^(Timeline|Frise chronologique)$/ });
}

export async function hashParams(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/** Centre of an element on screen. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Holds back every request `url` matches until the returned `release()` is called, then
 * lets `answer` handle it (by default it goes on to the server): for a test of what shows
 * while a chunk or a file is on its way.
 */
export async function holdRoute(
  page: Page,
  url: Parameters<Page['route']>[0],
  answer: (route: Route) => Promise<void> = (route) => route.continue(),
): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await answer(route);
  });
  return release;
}
