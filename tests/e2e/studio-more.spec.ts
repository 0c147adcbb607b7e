import { test, expect, openApp, expectNoViolations } from './fixtures';
import type { Page } from '@playwright/test';

function studio(page: Page) {
  return page.getByRole('region', { name: /^(Story editor|Éditeur de récit)$/ });
}

test('editing the bundled story makes a copy; the bundled story is unchanged', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page, '#event=lavrov-ankara');
  await page.getByRole('button', { name: 'Edit story' }).click();
  await expect(studio(page).getByText(/your first change makes your own copy/)).toBeVisible();
  const date = studio(page).getByLabel('Date (YYYY-MM-DD)', { exact: true });
  await expect(date).toHaveValue('2025-02-24');
  await date.fill('2025-02-20');
  await expect(
    studio(page)
      .getByRole('status')
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();
  await expect(page.locator('.story-title')).toContainText('(my copy)');
  await studio(page).getByRole('button', { name: 'Done editing' }).click();

  await page.getByRole('button', { name: 'Datasets' }).click();
  const menu = page.getByRole('region', { name: 'Datasets' });
  await expect(menu.getByRole('button', { name: /^Open .*\(my copy\)$/ })).toBeVisible();
  await menu.getByRole('button', { name: /^Bundled story/ }).click();
  await expect(menu).toBeHidden();
  await expect(page.locator('.story-title')).not.toContainText('(my copy)');
  await page.getByRole('button', { name: 'Ankara', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Lavrov in Ankara' })).toContainText(
    '24 February 2025',
  );

  // And the copy kept the change.
  await page.getByRole('button', { name: 'Datasets' }).click();
  await menu.getByRole('button', { name: /^Open .*\(my copy\)$/ }).click();
  await expect(menu).toBeHidden();
  await page.getByRole('button', { name: 'Edit story' }).click();
  // In edit mode the map's places carry drag handles: choose the event from the list.
  await page
    .locator('.side-panel')
    .getByRole('button', { name: /Lavrov in Ankara/ })
    .first()
    .click();
  await expect(studio(page).getByLabel('Date (YYYY-MM-DD)', { exact: true })).toHaveValue(
    '2025-02-20',
  );
});

test('an imported CSV with no tour can be presented step by step at once', async ({ page }) => {
  await openApp(page);
  const csv = [
    'Name,Country,City,Title,Date',
    'Ana,France,Paris,Paris talks,2024-02-12',
    'Ana,Kenya,Nairobi,Nairobi visit,2024-02-14',
    'Ana,Japan,Tokyo,Tokyo summit,2024-02-20',
  ].join('\n');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'trips.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Check and place the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 3 events' }).click({ timeout: 20_000 });
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const caption = page.locator('.presentation-caption');
  // The caption card is a lazy chunk: give a busy machine time to load it.
  await expect(caption.getByText('Step 1 of 3')).toBeVisible({ timeout: 20_000 });
  await expect(caption.getByRole('heading', { name: 'Paris talks' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByRole('heading', { name: 'Nairobi visit' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByText('Step 3 of 3')).toBeVisible();
  await expect(caption.getByRole('heading', { name: 'Tokyo summit' })).toBeVisible();
});

for (const lang of ['en', 'fr']) {
  test(`the editing views have no accessibility violations (${lang}) @zone-independent`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await openApp(page, `#event=lavrov-ankara&lang=${lang}`);
    await page
      .getByRole('button', { name: lang === 'en' ? 'Edit story' : 'Modifier le récit' })
      .click();
    await expect(studio(page)).toBeVisible();
    const tabs =
      lang === 'en'
        ? ['Events', 'Places', 'People', 'Tours']
        : ['Événements', 'Lieux', 'Personnes', 'Visites'];
    for (const tab of tabs) {
      await studio(page).getByRole('tab', { name: tab }).click();
      if (tab === 'Places' || tab === 'Lieux')
        await studio(page).locator('summary').first().click();
      await expectNoViolations(page, 'the story editor', '.studio');
    }
    // A field error, shown at the field.
    await studio(page).getByRole('tab', { name: tabs[0] }).click();
    await studio(page)
      .getByLabel(/^Date \((YYYY-MM-DD|AAAA-MM-JJ)\)$/)
      .fill('24/02/2025');
    await expect(
      studio(page).getByText(
        lang === 'en'
          ? /Write a calendar date as YYYY-MM-DD/
          : /Écrivez une date sous la forme AAAA-MM-JJ/,
      ),
    ).toBeVisible();
    await expectNoViolations(page);
  });
}

test('a second tab editing the same story is told and can keep a copy', async ({
  page,
  context,
}) => {
  await openApp(page, '#event=lavrov-ankara');
  await page.getByRole('button', { name: 'Edit story' }).click();
  await studio(page)
    .getByLabel('Title (English)', { exact: true })
    .fill('Lavrov in Ankara, edited');
  await expect(
    studio(page)
      .getByRole('status')
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();

  const second = await context.newPage();
  await second.goto('/');
  await expect(studio(second)).toBeVisible({ timeout: 20_000 });
  await expect(studio(second).getByRole('alert')).toContainText('also being edited in another tab');
  await studio(second).getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(second.locator('.story-title')).toContainText('(copy)');
  await expect(studio(second).getByRole('alert')).toBeHidden();
});

test('storage refused: the editor says so at once and offers the JSON', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await openApp(page, '#event=lavrov-ankara');
  await page.getByRole('button', { name: 'Edit story' }).click();
  await studio(page).getByLabel('Date (YYYY-MM-DD)', { exact: true }).fill('2025-02-21');
  const alert = studio(page).getByRole('alert');
  await expect(alert).toContainText('This browser does not allow saving');
  await expect(
    studio(page).getByRole('status').filter({ hasText: 'Not saved in this browser' }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download JSON' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});

test('Copy link on a story kept only in this browser says so and points to Share', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title of the new story').fill('Local');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/kept in this browser only/)).toContainText('“Share”');
});
