import { test, expect, openApp } from './fixtures';

type Tagged = Element & { __kept?: boolean };

test('hiding one actor keeps every other route, marker and place as it was @zone-independent', async ({
  page,
}) => {
  await openApp(page, '#date=2025-02-18');
  const rubioRoute = page.locator('path.route-leg[data-actor="rubio"]').first();
  const rubioChip = page.getByRole('img', { name: 'Marco Rubio' });
  const tehran = page.getByRole('button', { name: 'Tehran', exact: true });
  await expect(rubioRoute).toBeAttached();
  await expect(rubioChip).toBeVisible();
  for (const el of [rubioRoute, rubioChip, tehran])
    await el.evaluate((node) => ((node as Tagged).__kept = true));

  await page.getByRole('checkbox', { name: 'Show Sergei Lavrov' }).uncheck();
  await expect(page.locator('path.route-leg[data-actor="lavrov"]')).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toHaveCount(0);
  // The same elements, not rebuilt ones.
  for (const el of [rubioRoute, rubioChip, tehran])
    expect(await el.evaluate((node) => (node as Tagged).__kept === true)).toBe(true);

  await page.getByRole('checkbox', { name: 'Show Sergei Lavrov' }).check();
  await expect(page.locator('path.route-leg[data-actor="lavrov"]').first()).toBeAttached();
  await expect(page.getByRole('img', { name: 'Sergei Lavrov' })).toBeVisible();
  expect(await rubioRoute.evaluate((node) => (node as Tagged).__kept === true)).toBe(true);
});

test('a language change renames travellers in place @zone-independent', async ({ page }) => {
  await openApp(page, '#date=2025-02-25&lang=fr');
  const chip = page.getByRole('img', { name: 'Sergueï Lavrov' });
  await expect(chip).toBeVisible();
  await chip.evaluate((node) => ((node as Tagged).__kept = true));
  await page.getByRole('combobox', { name: /Langue/ }).selectOption('en');
  const renamed = page.getByRole('img', { name: 'Sergei Lavrov' });
  await expect(renamed).toBeVisible();
  expect(await renamed.evaluate((node) => (node as Tagged).__kept === true)).toBe(true);
});
