import { test, expect, holdRoute } from './fixtures';

/**
 * A page opened on its own data (`?data=`) shows a progress note, then that data: the
 * bundled story is never drawn first only to be replaced (it used to be, which cost the
 * built-in record about a second of its first view). If the data cannot be opened, the
 * story comes instead, at the view the address holds, with the reason.
 */

const STORY_TITLE = 'Moscow–Washington thaw';
const RECORD = '/?data=records/us-secretaries-of-state.v1.json';

/** Records, from the first byte of the page on, whether the header ever named `text`. */
async function watchTitle(page: import('@playwright/test').Page, text: string) {
  await page.addInitScript((needle) => {
    const w = window as unknown as { __seen?: boolean };
    w.__seen = false;
    const check = () => {
      if (document.querySelector('.story-title')?.textContent?.includes(needle)) w.__seen = true;
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, text);
}

test('the built-in record opens without drawing the bundled story first @zone-independent', async ({
  page,
}) => {
  await watchTitle(page, STORY_TITLE);
  await page.goto(RECORD);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.story-title')).toContainText('Secretaries of State');
  expect(await page.evaluate(() => (window as unknown as { __seen: boolean }).__seen)).toBe(false);
  // The story is still one choice away in the datasets menu, with its title.
  await page.getByRole('button', { name: /datasets/i }).click();
  await expect(
    page.getByRole('button', { name: new RegExp(`Bundled story: ${STORY_TITLE}`) }),
  ).toBeVisible();
});

test('a slow linked file shows its progress before the app, then opens @zone-independent', async ({
  page,
}) => {
  const release = await holdRoute(
    page,
    (url) => url.pathname === '/records/us-secretaries-of-state.v1.json',
  );
  await page.goto(RECORD);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading progress' })).toBeVisible();
  release();
  await expect(page.locator('.story-title')).toContainText('Secretaries of State', {
    timeout: 20_000,
  });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('a linked file that cannot be fetched leaves the bundled story at the address’s date', async ({
  page,
  guard,
}) => {
  await page.route(
    (url) => url.pathname === '/missing.json',
    (route) => route.fulfill({ status: 404, body: 'not here' }),
  );
  await page.goto('/?data=/missing.json#date=2025-02-25');
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.locator('.story-title')).toContainText(STORY_TITLE);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
  // The browser logs the 404 it was given; nothing else may be logged.
  const expected = (e: string) => e.includes('404 (Not Found)');
  expect(guard.errors.filter(expected)).toHaveLength(1);
  guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !expected(e)));
});

test('a slow linked file can be cancelled from its progress note: the story opens instead', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === '/records/us-secretaries-of-state.v1.json',
    // Never answered: only Cancel ends it.
    () => new Promise<void>(() => {}),
  );
  await page.goto(`${RECORD}#date=2025-02-25`);
  await expect(page.getByRole('progressbar', { name: 'Loading progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('loading was cancelled');
  await expect(page.locator('.story-title')).toContainText(STORY_TITLE);
  await expect(page.getByRole('article', { name: 'Lavrov in Tehran' })).toBeVisible();
});

test('the progress note shows before the loading code has arrived, and follows the load once it has @zone-independent', async ({
  page,
}) => {
  // Beside a large download the loading chunk can take most of a second: hold it.
  const release = await holdRoute(page, (url) =>
    /\/assets\/linkedLoad-[\w-]+\.js$/.test(url.pathname),
  );
  await page.goto(RECORD);
  const bar = page.getByRole('progressbar', { name: 'Loading progress' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeVisible();
  // Nothing to cancel yet: the load has not started on the page.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeHidden();
  release();
  await expect(page.locator('.story-title')).toContainText('Secretaries of State', {
    timeout: 20_000,
  });
  await expect(bar).toHaveCount(0);
});
