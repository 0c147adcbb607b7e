import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/messages.en';
import { fr } from '../../src/i18n/messages.fr';
import { importDialogEn } from '../../src/i18n/importDialog.en';
import { importDialogFr } from '../../src/i18n/importDialog.fr';
import { shareDialogEn } from '../../src/i18n/shareDialog.en';
import { shareDialogFr } from '../../src/i18n/shareDialog.fr';
import { studioEn } from '../../src/i18n/studio.en';
import { studioFr } from '../../src/i18n/studio.fr';
import { controlsEn } from '../../src/i18n/controls.en';
import { controlsFr } from '../../src/i18n/controls.fr';
import { exploreEn } from '../../src/i18n/explore.en';
import { exploreFr } from '../../src/i18n/explore.fr';

/**
 * A walk through the French interface, every view, menu, dialog and dialog step, that fails
 * on any text a user can see or hear (text, aria-label, title, placeholder, alt, the tab's
 * title) that is an English catalogue text differing from its French one.
 */
const PAIRS: [Record<string, string>, Record<string, string>][] = [
  [en, fr],
  [controlsEn, controlsFr],
  [importDialogEn, importDialogFr],
  [shareDialogEn, shareDialogFr],
  [studioEn, studioFr],
  [exploreEn, exploreFr],
];
const FR = { ...fr, ...controlsFr, ...importDialogFr, ...shareDialogFr, ...studioFr } as Record<
  string,
  string
>;
const frenchValues = new Set(PAIRS.flatMap(([, f]) => Object.values(f)));

interface Leak {
  readonly key: string;
  readonly english: string;
  readonly pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue text as a pattern: its `{slots}` and plural choices match any text. */
function patternOf(text: string): RegExp | null {
  const parts = text.split(/(\{\w+, plural,(?:[^{}]|\{[^{}]*(?:\{\w+\}[^{}]*)*\})*\}|\{\w+\})/);
  const literal = parts.filter((_, i) => i % 2 === 0).join(' ');
  // Only texts with words of their own: "{label}: {value}" says nothing English.
  if (!/\p{L}{3,}/u.test(literal)) return null;
  const source = parts.map((p, i) => (i % 2 ? '.+' : escape(p))).join('');
  return new RegExp(`^${source}$`, 'su');
}

const LEAKS: Leak[] = PAIRS.flatMap(([e, f]) =>
  Object.entries(e).flatMap(([key, english]) => {
    if (english === f[key] || frenchValues.has(english)) return [];
    const pattern = patternOf(english);
    return pattern ? [{ key, english, pattern }] : [];
  }),
);

/** Every text the page shows or says: text nodes and the attributes read aloud or shown. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>([document.title]);
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (text && parent && !parent.closest('script, style') && visible(parent)) out.add(text);
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (!visible(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(name)?.trim();
        if (v) out.add(v);
      }
    }
    // Whole element texts too (a message split over several text nodes).
    for (const el of document.body.querySelectorAll(
      'button, label, h1, h2, h3, p, li, option, [role="status"], [role="alert"]',
    )) {
      const text = el.textContent?.replace(/\s+/g, ' ').trim();
      if (text && visible(el)) out.add(text);
    }
    return [...out];
  });
}

/** The English texts found, with the step where they showed. */
async function collect(page: Page, step: string, found: string[], lang = 'fr') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  for (const text of await pageTexts(page)) {
    const leak = LEAKS.find((l) => l.pattern.test(text.replace(/\u202f/g, ' ')));
    if (leak) found.push(`${step}: "${text}" (English "${leak.english}", key ${leak.key})`);
  }
}

const t = (key: string) => {
  const v = FR[key];
  if (v === undefined) throw new Error(`no French text for ${key}`);
  return v.replace(/\{\w+, plural,[^]*\}|\{\w+\}/g, '').trim();
};

test('the walk finds English where there is English', async ({ page }) => {
  expect(LEAKS.length).toBeGreaterThan(200);
  await openApp(page, '#lang=en');
  const found: string[] = [];
  await collect(page, 'English', found, 'en');
  for (const text of ['Play (Space)', 'Zoom the map in', 'Diplomatic travel explorer', 'Timeline'])
    expect(found.join('\n')).toContain(`"${text}"`);
  expect(LEAKS.some((l) => l.pattern.test('Zoom the map in'))).toBe(true);
  expect(LEAKS.some((l) => l.pattern.test('Events at Ankara'))).toBe(true);
});

test('the French interface, every view and dialog step, shows no English interface text', async ({
  page,
}) => {
  test.slow();
  const found: string[] = [];
  await openApp(page, '#lang=fr&date=2025-02-24');
  await expect(page).toHaveTitle(fr.appTitle);
  await collect(page, 'main view with the first-visit hint', found);
  const hint = page.getByRole('button', { name: t('hintDismiss') });
  if (await hint.isVisible()) await hint.click();

  // Map: a place selected, its events in the panel.
  await page.getByRole('button', { name: 'Ankara', exact: true }).first().click();
  await collect(page, 'a place selected', found);

  // Playback running.
  await page.getByRole('button', { name: fr.play, exact: true }).click();
  await collect(page, 'playing', found);
  await page.getByRole('button', { name: fr.pause, exact: true }).click();

  // Search, filters, charts.
  await page
    .getByRole('searchbox')
    .or(page.getByRole('combobox', { name: exploreFr.search }))
    .first()
    .fill('Lav');
  await collect(page, 'search results', found);
  await page.keyboard.press('Escape');
  await page.locator('summary', { hasText: exploreFr.filters }).click();
  await collect(page, 'filters open', found);
  await page.getByRole('button', { name: exploreFr.charts, exact: true }).click();
  await collect(page, 'charts', found);
  await page.getByRole('button', { name: exploreFr.charts, exact: true }).click();

  // Chronology view.
  await page.getByRole('button', { name: fr.chronology, exact: true }).click();
  await collect(page, 'chronology', found);
  await page.getByRole('button', { name: controlsFr.viewMap, exact: true }).click();

  // Datasets menu.
  await page.getByRole('button', { name: controlsFr.datasetsMenu, exact: true }).click();
  await collect(page, 'datasets menu', found);
  await page.keyboard.press('Escape');

  // Import: choose, mapping, report, done.
  await page.getByRole('button', { name: controlsFr.importData, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: importDialogFr.importDialogTitle });
  await expect(dialog).toBeVisible();
  await collect(page, 'import: choose a file', found);
  const csv = [
    'Nom;Pays;Ville;Remarques;Date',
    'Ana Diplomate;Kenya;Nairobi;Commerce;12/02/2024',
    'Ana Diplomate;France;Paris;Réunion;14/02/2024',
    'Ana Diplomate;Russie;Moskow;Faute de frappe;20/02/2024',
  ].join('\r\n');
  await dialog
    .getByLabel(importDialogFr.importChooseFile)
    .setInputFiles({ name: 'voyages.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(
    dialog.getByRole('heading', { name: t('importMappingTitle').replace(/\s*\?$/, '') }),
  ).toBeVisible();
  await collect(page, 'import: mapping', found);
  await dialog.getByRole('button', { name: importDialogFr.importCheckRows }).click();
  await expect(dialog.getByRole('region', { name: importDialogFr.importReportTitle })).toBeVisible({
    timeout: 20_000,
  });
  await collect(page, 'import: report', found);
  await dialog
    .getByRole('button', { name: /^Importer/ })
    .last()
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/«\svoyages\s» est ouvert/)).toBeVisible();
  await collect(page, 'import: done', found);

  // Studio: the form, each tab.
  await page.getByRole('button', { name: controlsFr.editStory, exact: true }).click();
  await collect(page, 'studio', found);
  await page.getByRole('button', { name: studioFr.addEvent, exact: true }).click();
  await collect(page, 'studio: new event', found);
  for (const tab of [studioFr.tabPlaces, studioFr.tabActors, studioFr.tabTours]) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await collect(page, `studio: ${tab}`, found);
  }
  await page.getByRole('button', { name: studioFr.doneEditing, exact: true }).click();

  // Share: the dialog and the QR code large.
  await page.getByRole('button', { name: controlsFr.share, exact: true }).click();
  const share = page.getByRole('dialog');
  await expect(share).toBeVisible();
  await collect(page, 'share dialog', found);
  await page.keyboard.press('Escape');

  // Presentation.
  await page.keyboard.press('p');
  await expect(page.locator('.app.is-presenting')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await collect(page, 'presentation', found);
  await page.keyboard.press('Escape');

  expect(found, `English texts in the French interface:\n${found.join('\n')}`).toEqual([]);
});

test('on a phone, the French menu, panel tabs and sheet show no English interface text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  await openApp(page, '#lang=fr');
  await collect(page, 'phone', found);
  await page.getByRole('button', { name: fr.headerMenu, exact: true }).click();
  await collect(page, 'phone: menu', found);
  await page.keyboard.press('Escape');
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await collect(page, `phone: tab ${await tab.textContent()}`, found);
  }
  expect(found, `English texts in the French interface:\n${found.join('\n')}`).toEqual([]);
});

test('the tab title and <html lang> follow a change of language', async ({ page }) => {
  await openApp(page, '#lang=en');
  await expect(page).toHaveTitle(en.appTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: controlsEn.language }).selectOption('fr');
  await expect(page).toHaveTitle(fr.appTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', fr.mapZoomIn);
  await expect(page.locator('.play-button')).toHaveAttribute('title', 'Lecture (Espace)');
});
