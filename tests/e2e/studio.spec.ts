import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The editor's side panel. */
function studio(page: Page) {
  return page.getByRole('region', { name: 'Story editor' });
}

async function setField(page: Page, label: string | RegExp, value: string) {
  const field = studio(page).getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
}

async function expectSaved(page: Page) {
  await expect(
    studio(page)
      .getByRole('status')
      .filter({ hasText: /^Saved$/ }),
  ).toBeVisible();
}

test('a new user writes a story from the keyboard, reloads, presents it and exports it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Title of the new story').fill('Camp David');
  await page.keyboard.press('Enter');
  await expect(studio(page)).toBeVisible();

  // Two people.
  await studio(page).getByRole('tab', { name: 'People' }).click();
  for (const [name, initials] of [
    ['Anwar Sadat', 'AS'],
    ['Menachem Begin', 'MB'],
  ]) {
    await studio(page).getByRole('button', { name: 'Add a person' }).click();
    const form = studio(page).getByRole('group', { name: 'Person: New person' });
    await form.getByLabel('Name', { exact: true }).fill(name!);
    await studio(page)
      .getByRole('group', { name: `Person: ${name}` })
      .getByLabel('Initials (1–3 letters)')
      .fill(initials!);
  }
  await expect(studio(page).getByRole('group', { name: 'Person: Menachem Begin' })).toBeVisible();

  // Event 1: Genève by typing, day precision, a source with a link.
  await studio(page).getByRole('tab', { name: 'Events' }).click();
  await studio(page).getByRole('button', { name: 'Add event' }).click();
  await setField(page, 'Title (English)', 'Geneva talks');
  await setField(page, 'Title (Français)', 'Pourparlers de Genève');
  await setField(page, 'Date (YYYY-MM-DD)', '1978-09-05');
  const finder = studio(page).getByRole('combobox', { name: 'Find a place' });
  await finder.focus();
  await page.keyboard.type('Genève');
  await expect(studio(page).getByRole('option', { name: /^Genève, CH/ })).toBeVisible({
    timeout: 20_000,
  });
  await page.keyboard.press('Enter');
  await expect(
    studio(page).getByRole('button', { name: 'Remove Genève from this event' }),
  ).toBeVisible();
  await studio(page).getByRole('checkbox', { name: 'Anwar Sadat' }).check();
  await studio(page).getByRole('button', { name: 'Add a source' }).click();
  await setField(page, 'Title', 'Camp David Accords');
  const url = studio(page).getByLabel('Link (http or https)');
  await url.fill('javascript:alert(1)');
  await expect(studio(page).getByText('Only http:// or https:// links.')).toBeVisible();
  await url.fill('https://example.org/camp-david');
  await expect(studio(page).getByText('Only http:// or https:// links.')).toBeHidden();
  await expectSaved(page);

  // Event 2: by clicking the map, month precision.
  await studio(page).getByRole('button', { name: 'Add event' }).click();
  await setField(page, 'Title (English)', 'Camp David summit');
  await setField(page, 'Date (YYYY-MM-DD)', '1978-09-17');
  await studio(page).getByLabel('Precision').selectOption('month');
  await studio(page).getByRole('combobox', { name: 'Find a place' }).fill('Camp David');
  await studio(page).getByRole('button', { name: 'Click the map' }).click();
  await expect(page.getByText(/Click the map where Camp David is/)).toBeVisible();
  const map = page.locator('.travel-map');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await expect(
    studio(page).getByRole('button', { name: 'Remove Camp David from this event' }),
  ).toBeVisible();
  await studio(page).getByRole('checkbox', { name: 'Menachem Begin' }).check();

  // Event 3: by coordinates, year precision.
  await studio(page).getByRole('button', { name: 'Add event' }).click();
  await setField(page, 'Title (English)', 'Peace treaty');
  await setField(page, 'Date (YYYY-MM-DD)', '1979-03-26');
  await studio(page).getByLabel('Precision').selectOption('year');
  await studio(page).getByText('Place by coordinates').click();
  await setField(page, 'Name', 'Washington');
  await setField(page, 'Latitude', '38.8977');
  await setField(page, 'Longitude', '-77.0365');
  await studio(page).getByRole('button', { name: 'Add this place' }).click();
  await expect(
    studio(page).getByRole('button', { name: 'Remove Washington from this event' }),
  ).toBeVisible();

  // A three-step tour, captions in both languages, a map view per step.
  await studio(page).getByRole('tab', { name: 'Tours' }).click();
  await studio(page).getByRole('button', { name: 'Add a tour' }).click();
  await studio(page).getByRole('button', { name: 'Add step' }).click();
  await studio(page).getByRole('button', { name: 'Add step' }).click();
  const events = ['Geneva talks', 'Camp David summit', 'Peace treaty'];
  for (let i = 0; i < 3; i++) {
    const n = i + 1;
    await studio(page).getByLabel(`Event of step ${n}`).selectOption({ index: i });
    await setField(page, `Caption of step ${n} (English)`, `Step ${n}: ${events[i]}`);
    await setField(page, `Caption of step ${n} (Français)`, `Étape ${n}`);
    // Frame the map (arrow keys pan it), then record the view for this step.
    await page.locator('.travel-map').focus();
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('map=');
    await studio(page).getByRole('button', { name: 'Use this map view' }).nth(i).click();
  }
  await expect(studio(page).getByText(/^Map view: -?\d/)).toHaveCount(3);

  // Reorder from the keyboard: pick step 3 up, move it to the top, put it down.
  const handle = studio(page).getByRole('button', { name: 'Reorder step 3' });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  const order = () => studio(page).getByLabel(/^Event of step \d$/);
  await expect(order().first()).toHaveValue('add-event-3');
  await expect(
    studio(page).getByRole('status').filter({ hasText: 'Step moved to position 1 of 3.' }),
  ).toBeAttached();
  await page.keyboard.press('Control+z');
  await expect(order().first()).toHaveValue('add-event');
  await page.keyboard.press('Control+Shift+z');
  await expect(order().first()).toHaveValue('add-event-3');
  await expectSaved(page);

  // Reload: everything is back, still in edit mode.
  await page.reload();
  // Reopening reads IndexedDB and loads the editor: give a busy machine time.
  await expect(studio(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.story-title')).toContainText('Camp David');
  await studio(page).getByRole('tab', { name: 'Tours' }).click();
  await expect(order()).toHaveCount(3);
  await expect(order().first()).toHaveValue('add-event-3');
  await expect(studio(page).getByLabel('Caption of step 2 (Français)')).toHaveValue('Étape 1');
  await studio(page).getByRole('tab', { name: 'People' }).click();
  await expect(studio(page).getByRole('group', { name: 'Person: Anwar Sadat' })).toBeVisible();

  // Export: the file re-imports to the same story.
  const downloadPromise = page.waitForEvent('download');
  await studio(page).getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloadPromise;
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.title.en).toBe('Camp David');
  expect(exported.events.map((e: { precision: string }) => e.precision)).toEqual([
    'day',
    'month',
    'year',
  ]);
  expect(exported.events[0].sources[0].url).toBe('https://example.org/camp-david');
  expect(exported.actors).toHaveLength(2);
  expect(exported.tours[0].steps.map((s: { eventId: string }) => s.eventId)).toEqual([
    'add-event-3',
    'add-event',
    'add-event-2',
  ]);
  for (const s of exported.tours[0].steps) expect(s.view).toBeTruthy();

  await studio(page).getByRole('button', { name: 'Done editing' }).click();
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'camp-david.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await dialog.getByRole('button', { name: /^Import 3 events/ }).click();
  await expect(dialog).toBeHidden();

  // Present: three steps, in the reordered order.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const caption = page.locator('.presentation-caption');
  await expect(caption.getByText('Step 1 of 3')).toBeVisible();
  await expect(caption.getByRole('heading', { name: 'Peace treaty' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByText('Step 2 of 3')).toBeVisible();
  await expect(caption.getByText('Step 1: Geneva talks')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByText('Step 3 of 3')).toBeVisible();
  await expect(caption.getByRole('heading', { name: 'Camp David summit' })).toBeVisible();
});
