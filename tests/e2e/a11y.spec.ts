import { test, expect, openApp, expectNoViolations } from './fixtures';
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/messages.en';
import { fr } from '../../src/i18n/messages.fr';
import { importDialogEn } from '../../src/i18n/importDialog.en';
import { importDialogFr } from '../../src/i18n/importDialog.fr';
import { controlsEn } from '../../src/i18n/controls.en';
import { controlsFr } from '../../src/i18n/controls.fr';
import { typeset } from '../../src/domain/text/typography';
import type { Lang } from '../../src/domain/lang';

const THEMES = ['light', 'dark', 'high-contrast'] as const;
/** The texts as the interface shows them: French typography is set when a message is filled. */
function shown<M extends Record<string, string>>(lang: Lang, messages: M): M {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, typeset(lang, v)])) as M;
}
const LANGS = {
  en: shown('en', { ...en, ...controlsEn, ...importDialogEn }),
  fr: shown('fr', { ...fr, ...controlsFr, ...importDialogFr }),
} as const;
type Theme = (typeof THEMES)[number];

/** Light and dark come from the system setting (the default choice); high contrast from the address. */
async function openThemed(page: Page, theme: Theme, lang: keyof typeof LANGS, hash = '') {
  await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  const params = [`lang=${lang}`, ...(theme === 'high-contrast' ? ['contrast=high'] : [])];
  await openApp(page, `#${params.join('&')}${hash}`);
  const html = page.locator('html');
  if (theme === 'high-contrast') await expect(html).toHaveAttribute('data-contrast', 'high');
  else await expect(html).toHaveAttribute('data-theme', theme);
}

/** A CSV whose dates need the date-order question and with a city that cannot be placed. */
const CSV =
  'date,city,country,person\n03/02/2025,Paris,France,Ana\n04/02/2025,Atlantis,Greece,Ana\n';

for (const theme of THEMES) {
  for (const lang of ['en', 'fr'] as const) {
    const M = LANGS[lang];

    // One test per group of views, so that each stays short and a failure names its views.
    test(`first view, a selected event, lanes and the datasets menu, ${theme}, ${lang}: no accessibility violations @zone-independent`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openThemed(page, theme, lang);
      await expect(page.getByRole('region', { name: M.hintTitle })).toBeVisible();
      await expectNoViolations(page, 'first view with the first-visit hint');

      await page.getByRole('button', { name: 'Ankara', exact: true }).click();
      await expect(page.locator('.event-card.is-selected')).toBeVisible();
      await expect(page.locator('.chosen-badge')).toBeVisible();
      await expectNoViolations(page, 'a selected event');

      await page.getByRole('checkbox', { name: M.lanes }).check();
      await expectNoViolations(page, 'one lane per actor');

      await page.getByRole('button', { name: M.datasetsMenu }).click();
      await expect(page.getByRole('region', { name: M.datasetsMenu })).toBeVisible();
      await expectNoViolations(page, 'the datasets menu');
      await page.getByRole('button', { name: M.datasetsMenu }).click();
      await expect(page.getByRole('region', { name: M.datasetsMenu })).toBeHidden();
    });

    test(`every step of the import dialog, ${theme}, ${lang}: no accessibility violations @zone-independent`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openThemed(page, theme, lang);
      await page.getByRole('button', { name: M.importData }).click();
      const dialog = page.getByRole('dialog', { name: M.importDialogTitle });
      await expect(dialog).toBeVisible();
      // The dialog is outside the header: it takes the page's colours, not the header's.
      await expect(page.locator('body > .import-backdrop')).toBeAttached();
      await expectNoViolations(page, 'import: choose a file');

      await dialog.getByLabel(M.importChooseFile).setInputFiles({
        name: 'trips.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CSV),
      });
      await expect(dialog.getByRole('heading', { name: M.importMappingTitle })).toBeVisible();
      await expect(dialog.getByRole('group', { name: M.importDateOrder })).toBeVisible();
      await expectNoViolations(page, 'import: which column is which, and the date order');

      await dialog.getByRole('radio').first().check();
      await dialog.getByRole('button', { name: M.importCheckRows }).click();
      await expect(dialog.getByRole('region', { name: M.importReportTitle })).toBeVisible({
        timeout: 20_000,
      });
      await expect(dialog.getByRole('heading', { name: M.importUnplacedTitle })).toBeVisible();
      await expectNoViolations(page, 'import: report and places to fix');
      await dialog.getByRole('button', { name: M.importClose, exact: true }).click();
      await expect(dialog).toBeHidden();
    });

    test(`the chronology and presentation, ${theme}, ${lang}: no accessibility violations @zone-independent`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openThemed(page, theme, lang);
      await page.getByRole('button', { name: M.chronology }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoViolations(page, 'the chronology');

      await page.getByRole('button', { name: M.present }).click();
      await expect(page.locator('.presentation-progress')).toBeVisible();
      await expectNoViolations(page, 'presentation');
    });

    test(`phone: menu, panel tabs and presentation, ${theme}, ${lang}: no accessibility violations @zone-independent`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await openThemed(page, theme, lang);
      await expectNoViolations(page, 'phone: first view');

      const menu = page.getByRole('button', { name: M.headerMenu });
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('combobox', { name: M.theme })).toBeVisible();
      await expectNoViolations(page, 'phone: the header menu');
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');

      await page.getByRole('tab', { name: M.actors }).click();
      await expect(page.getByRole('tabpanel', { name: M.actors })).toBeVisible();
      await expectNoViolations(page, 'phone: the actors tab');

      await page.getByRole('button', { name: M.present }).click();
      await expect(page.locator('.presentation-progress')).toBeVisible();
      await expectNoViolations(page, 'phone: presentation');
    });
  }
}
