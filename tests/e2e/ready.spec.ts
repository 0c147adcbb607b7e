import { test, expect, openApp } from './fixtures';

test('the first usable view is marked once, after the base map is drawn @zone-independent', async ({
  page,
}) => {
  await openApp(page);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('app-ready', 'mark').length))
    .toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
});
