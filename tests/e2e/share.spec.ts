import { test, expect, openApp, slider, expectNoViolations } from './fixtures';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { encodeStory } from '../../src/domain/share/storyLink';
import { hostileDataset } from '../fixtures/xss/hostileDataset';

test.describe.configure({ mode: 'parallel' });

const CSV = [
  'Name;Country;Locale;Remarks;Date',
  'Ana Diplomat;Kenya;Nairobi;Talks on trade;12/02/2024',
  'Ana Diplomat;France;Paris;Meeting on the climate;14/02/2024',
  'Ana Diplomat;Japan;Tokyo;Summit;20/02/2024',
].join('\r\n');

interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  requests: string[];
}

/** A fresh context (empty storage) with the XSS trap armed and errors collected. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Watched> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  await context.addInitScript(() => {
    (window as unknown as { __xss: (n: number) => void }).__xss = (n: number) => {
      (window as unknown as { __xssFired: number[] }).__xssFired ??= [];
      (window as unknown as { __xssFired: number[] }).__xssFired.push(n);
    };
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', async (d) => {
    errors.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, context, errors, requests };
}

async function expectNothingRan(w: Watched) {
  const fired = await w.page.evaluate(
    () => (window as unknown as { __xssFired?: number[] }).__xssFired ?? [],
  );
  expect(fired).toEqual([]);
  expect(w.errors).toEqual([]);
}

async function openShare(page: Page, name: 'Share' | 'Partager' = 'Share') {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', {
    name: name === 'Share' ? 'Share this story' : 'Partager ce récit',
  });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function importCsv(page: Page) {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'trips.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 3 events' }).click({ timeout: 20_000 });
  await expect(page.getByText('“trips” is open: 3 events.')).toBeVisible();
}

/** Decodes the QR code the dialog draws. */
async function readQr(page: Page): Promise<string | null> {
  const img = await page.locator('canvas.share-qr').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const d = ctx.getImageData(0, 0, c.width, c.height);
    return { data: Array.from(d.data), width: d.width, height: d.height };
  });
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

test('the bundled story is shared by its address and view; the QR code holds that link', async ({
  page,
  browser,
  baseURL,
}) => {
  await openApp(page, '#date=2025-02-24&event=lavrov-ankara&lang=fr');
  const dialog = await openShare(page, 'Partager');
  const link = await dialog.getByLabel('Lien à partager').inputValue();
  expect(link).not.toContain('story=');
  expect(link).toContain('date=2025-02-24');
  expect(link).toContain('lang=fr');
  await expect(dialog.getByText(`Longueur\u202f: ${link.length} caractères.`)).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Code QR du lien' })).toBeVisible();
  await expect.poll(() => readQr(page)).toBe(link);
  await expect(dialog.getByLabel('Code d’intégration')).toHaveValue(
    /<iframe\n {2}src="[^"]*\?embed=1#date=2025-02-24/,
  );

  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(link);
  await expect(fresh.page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(slider(fresh.page)).toHaveAttribute('aria-valuetext', /24 février 2025/);
  await expect(fresh.page.getByRole('article').first()).toContainText('Ankara');
  await expectNothingRan(fresh);
  await fresh.context.close();
});

test('an imported CSV story travels in the link, opens in a fresh browser as shared, and can be saved', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  await importCsv(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  const dialog = await openShare(page, 'Partager');
  const link = await dialog.getByLabel('Lien à partager').inputValue();
  expect(link).toMatch(/#story=v1\.[A-Za-z0-9_-]+&date=2024-02-1\d.*lang=fr/);
  await expect(dialog.getByText(/^Ce lien contient tout le récit/)).toBeVisible();
  // A short story fits in a QR code, drawn in the dialog. (The bundled story's test decodes
  // its QR image back to the link; jsQR does not read this longer, version-17 code, which
  // is an open question: see the closing note.)
  await expect(dialog.getByRole('img', { name: 'Code QR du lien' })).toBeVisible();
  await expect(dialog.getByText(/Ce récit n’a pas d’adresse publique/)).toBeVisible();

  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(link);
  await expect(fresh.page.locator('html')).toHaveAttribute('data-ready', 'true', {
    timeout: 15_000,
  });
  const shared = fresh.page.getByRole('region', { name: 'Partagé avec vous' });
  await expect(shared).toContainText('trips');
  await expect(fresh.page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(fresh.page.getByRole('button', { name: 'Nairobi', exact: true })).toBeAttached();
  await expect(slider(fresh.page)).toHaveAttribute('aria-valuetext', /février 2024/);
  // Nothing was saved by opening it.
  await fresh.page.getByRole('button', { name: 'Jeux de données', exact: true }).press('Enter');
  const menu = fresh.page.getByRole('region', { name: 'Jeux de données' });
  await expect(menu.getByRole('button', { name: 'Ouvrir trips' })).toHaveCount(0);
  await fresh.page.getByRole('button', { name: 'Jeux de données', exact: true }).press('Enter');
  // A reload keeps it (the story stays in the address).
  await fresh.page.reload();
  await expect(shared).toContainText('trips');

  await shared.getByRole('button', { name: 'Enregistrer dans mes jeux de données' }).click();
  await expect(fresh.page.getByText('Enregistré dans vos jeux de données.')).toBeVisible();
  await expect(fresh.page.getByRole('button', { name: 'Nairobi', exact: true })).toBeAttached();
  await fresh.page.goto('/#lang=fr');
  await fresh.page.getByRole('button', { name: 'Jeux de données', exact: true }).press('Enter');
  await menu.getByRole('button', { name: 'Ouvrir trips' }).click();
  await expect(fresh.page.getByRole('button', { name: 'Tokyo', exact: true })).toBeAttached();
  await expectNothingRan(fresh);
  await fresh.context.close();
});

test('a changed, a truncated and a foreign link each say why and show the built-in story', async ({
  browser,
  baseURL,
}) => {
  const payload = encodeStory({ ...hostileDataset(), title: { en: 'Changed story' } });
  // Cut after a whole base64 group (past the "v1." prefix), so it decodes and reads as cut.
  const half = Math.floor(payload.length / 2);
  const at = half - ((half - 3) % 4);
  const changed = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
  const cases: [string, RegExp][] = [
    [changed, /changed after it was made|incomplete or damaged|content is damaged/],
    [payload.slice(0, at), /incomplete or damaged/],
    ['v9.AAAA', /newer version of the app/],
    [`v1.${'<img src=x onerror=__xss(1)>'}`, /characters a story link cannot hold/],
  ];
  const fresh = await freshPage(browser, baseURL);
  for (const [bad, reason] of cases) {
    // A new document each time (a hash change alone would not reload the app).
    await fresh.page.goto('about:blank');
    await fresh.page.goto(`/#story=${bad}&date=2025-02-24`);
    const alert = fresh.page.getByRole('alert');
    await expect(alert).toContainText('This shared link could not be opened');
    await expect(alert).toContainText(reason);
    await expect(fresh.page.getByRole('button', { name: 'Riyadh', exact: true })).toBeAttached();
    await expect(slider(fresh.page)).toHaveAttribute('aria-valuetext', /24 February 2025/);
  }
  await fresh.page.goto('about:blank');
  await fresh.page.goto(`/#story=v1.AAAA&lang=fr`);
  await expect(fresh.page.getByRole('alert')).toContainText(
    'Ce lien partagé n’a pas pu être ouvert',
  );
  await expectNothingRan(fresh);
  await fresh.context.close();
});

test('a link holding the XSS corpus in every text field opens, and its text stays text', async ({
  browser,
  baseURL,
}) => {
  const data = hostileDataset();
  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(`/#story=${encodeStory(data)}&date=2025-02-25`);
  await expect(fresh.page.locator('html')).toHaveAttribute('data-ready', 'true', {
    timeout: 15_000,
  });
  const title = data.title.en;
  await expect(fresh.page.getByRole('region', { name: 'Shared with you' })).toContainText(title);
  await fresh.page.getByRole('button', { name: 'Chronology' }).click();
  await expect(fresh.page.getByRole('table')).toBeVisible();
  expect(
    await fresh.page.locator('main img, main iframe, main object, main embed, main script').count(),
  ).toBe(0);
  await expectNothingRan(fresh);
  await fresh.context.close();
});

/** Opens a downloaded single file from file:// with every network request blocked. */
async function openOffline(
  browser: Browser,
  path: string,
): Promise<Watched & { blocked: string[] }> {
  const w = await freshPage(browser, undefined);
  const blocked: string[] = [];
  await w.context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await w.page.goto(`file://${path}`);
  return { ...w, blocked };
}

async function downloadSingleFile(page: Page, path: string): Promise<number> {
  const dialog = await openShare(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download as a single file' }).click(),
  ]);
  await download.saveAs(path);
  await expect(dialog.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    /Downloaded “.*\.html” \(\d/,
  );
  return (await import('node:fs')).statSync(path).size;
}

function onlyLocal(requests: readonly string[]): string[] {
  return requests.filter((u) => !/^(file|data|blob):/.test(u));
}

test('the single file opens from file:// with no network: map, timeline, scrubbing, playback, chronology, presentation', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, '#date=2025-02-24&lang=fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  const path = testInfo.outputPath('story.html');
  const bytes = await downloadSingleFile(page, path);
  expect(bytes).toBeGreaterThan(1_000_000);
  expect(bytes).toBeLessThan(1_800_000);

  const w = await openOffline(browser, path);
  const p = w.page;
  await expect(p.locator('.leaflet-basemap-pane path').nth(10)).toBeAttached();
  await expect(p.getByRole('button', { name: 'Ankara', exact: true })).toBeAttached();
  await expect(slider(p)).toHaveAttribute('aria-valuetext', /24 February 2025/);
  // No import, no storage, no sharing in the file.
  await expect(p.getByRole('button', { name: 'Import data' })).toHaveCount(0);
  // Scrubbing with the keyboard and with the pointer.
  await slider(p).focus();
  await p.keyboard.press('ArrowRight');
  await expect(slider(p)).toHaveAttribute('aria-valuetext', /25 February 2025/);
  const box = (await slider(p).boundingBox())!;
  await p.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await p.mouse.down();
  await p.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2, { steps: 4 });
  await p.mouse.up();
  await expect(slider(p)).not.toHaveAttribute('aria-valuetext', /25 February 2025/);
  // Playback moves the date.
  const before = await slider(p).getAttribute('aria-valuetext');
  await p.getByRole('button', { name: 'Play' }).click();
  await expect(slider(p)).not.toHaveAttribute('aria-valuetext', before!);
  await p.getByRole('button', { name: 'Pause' }).click();
  // Chronology.
  await p.getByRole('button', { name: 'Chronology' }).click();
  await expect(p.getByRole('table')).toContainText('Riyadh');
  // Presentation: the tour steps.
  await p.getByRole('button', { name: 'Present' }).click();
  await expect(p.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await p.keyboard.press('ArrowRight');
  await expect(p.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await p.keyboard.press('Escape');

  expect(w.blocked).toEqual([]);
  expect(onlyLocal(w.requests)).toEqual([]);
  await expectNothingRan(w);
  await w.context.close();
});

test('a single file of a story with the XSS corpus in every field runs none of it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const data = hostileDataset();
  await page.addInitScript(() => {
    (window as unknown as { __xss: (n: number) => void }).__xss = () => {
      throw new Error('an XSS payload ran in the app');
    };
  });
  await page.goto(`/#story=${encodeStory(data)}&date=2025-02-25`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  const path = testInfo.outputPath('hostile.html');
  await downloadSingleFile(page, path);
  const html = (await import('node:fs')).readFileSync(path, 'utf8');
  // The data element holds the story escaped: no text in it can end the element.
  const open = '<script id="story-data" type="application/json">';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('</script>', start);
  expect(html.slice(start, end)).not.toMatch(/[<>]/);
  expect(html.slice(start, end)).toContain('\\u003cscript');

  const w = await openOffline(browser, path);
  const title = data.title.en;
  await expect(w.page.locator('.story-title')).toContainText(title);
  await expect(slider(w.page)).toHaveAttribute('aria-valuetext', /25 February 2025/);
  await slider(w.page).focus();
  for (let i = 0; i < 12; i++) await w.page.keyboard.press('PageDown');
  await w.page.getByRole('button', { name: 'Chronology' }).click();
  await expect(w.page.getByRole('table')).toBeVisible();
  await w.page.getByRole('button', { name: 'Present' }).click();
  for (let i = 0; i < 11; i++) await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('Escape');
  expect(
    await w.page.locator('main img, main iframe, main object, main embed, main script').count(),
  ).toBe(0);
  expect(w.blocked).toEqual([]);
  await expectNothingRan(w);
  await w.context.close();
});

test('the Share dialog, its large QR code, "Shared with you" and the hand-out maps have no accessibility violations @zone-independent', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await openApp(page, '#lang=fr');
  const dialog = await openShare(page, 'Partager');
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Afficher en grand pour la salle' }).click();
  await expect(
    dialog.getByRole('button', { name: 'Revenir à la boîte de dialogue' }),
  ).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus returns to the button that opened it, and Enter opens it again at once (the dialog
  // closes and unmounts in one step, so no late `close` event can shut the reopened one).
  await expect(page.getByRole('button', { name: 'Partager', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');

  // "Shared with you" and the hand-out maps, in a fresh context.
  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(`/#story=${encodeStory(hostileDataset())}&view=chronology`);
  await expect(fresh.page.locator('html')).toHaveAttribute('data-ready', 'true', {
    timeout: 15_000,
  });
  // The bar and the hand-out maps are lazy chunks drawn after the chronology: poll for them
  // as long as for readiness, since a loaded machine can take longer than the default 7 s.
  await expect(fresh.page.getByRole('region', { name: 'Shared with you' })).toContainText(
    'Save to my datasets',
    { timeout: 15_000 },
  );
  await expect(fresh.page.getByRole('img', { name: /^Map: Step 1: / })).toBeAttached({
    timeout: 15_000,
  });
  await expect(fresh.page.locator('.handout-land path').first()).toBeAttached();
  await expectNoViolations(fresh.page, 'shared with you, hand-out maps');
  await expectNothingRan(fresh);
  await fresh.context.close();
});
