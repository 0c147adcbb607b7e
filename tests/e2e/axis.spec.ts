import { test, expect, openApp, slider } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Timeline tick labels never run into each other, at any zoom, on the bundled story and on
 * the record (160 years), in English and French, on a phone and on a projector.
 */
const WORDS = {
  en: {
    record: 'Travels of the US Secretaries of State, 1866–2025',
    datasets: 'Datasets',
    menu: 'Menu',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
  },
  fr: {
    record: 'Les voyages des secrétaires d’État américains, 1866–2025',
    datasets: 'Jeux de données',
    menu: 'Menu',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fitAll: 'Vue d’ensemble',
  },
} as const;

interface Label {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

async function tickLabels(page: Page): Promise<Label[]> {
  return page.locator('.timeline-axis text').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return {
        text: n.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    }),
  );
}

/** Pairs of labels whose boxes intersect, as text for the failure message. */
function collisions(labels: readonly Label[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        out.push(
          `"${a.text}" [${a.left.toFixed(0)}–${a.right.toFixed(0)}] × "${b.text}" [${b.left.toFixed(0)}–${b.right.toFixed(0)}]`,
        );
    }
  return out;
}

async function expectNoCollision(page: Page, where: string, seen: Set<string>) {
  const labels = await tickLabels(page);
  expect(labels.length, `${where}: some labels`).toBeGreaterThan(1);
  expect(collisions(labels), `${where}: labels that overlap`).toEqual([]);
  const axis = await page.locator('.timeline-axis').first().boundingBox();
  const cut = labels.filter((l) => axis && l.right > axis.x + axis.width + 0.5).map((l) => l.text);
  expect(cut, `${where}: labels running off the axis`).toEqual([]);
  for (const l of labels) seen.add(l.text);
}

async function zoomButton(page: Page, name: string) {
  // On a phone or a tablet the zoom buttons are behind the toolbar's "More".
  const more = page.getByRole('button', {
    name: /^(More timeline controls|Plus de commandes de la frise)$/,
  });
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false')
    await more.click();
  return page
    .getByRole('group', { name: /^(Timeline|Frise chronologique)$/ })
    .getByRole('button', { name, exact: true });
}

/** Clicks a zoom button and waits for the axis to be drawn anew. */
async function zoom(page: Page, name: string) {
  const before = (await tickLabels(page)).map((l) => `${l.text}@${l.left}`).join();
  await (await zoomButton(page, name)).click();
  await expect
    .poll(async () => (await tickLabels(page)).map((l) => `${l.text}@${l.left}`).join())
    .not.toBe(before);
}

for (const lang of ['en', 'fr'] as const) {
  for (const width of [390, 1920]) {
    const w = WORDS[lang];
    test.describe(`${lang}, ${width} px`, () => {
      test.use({ viewport: { width, height: width < 500 ? 844 : 1080 } });

      test('the bundled story: labels never overlap, from days to years', async ({ page }) => {
        await openApp(page, `#lang=${lang}`);
        await expect(slider(page)).toBeVisible();
        const seen = new Set<string>();
        await expectNoCollision(page, 'opening view', seen);
        for (let i = 1; i <= 2; i++) {
          await zoom(page, w.zoomIn);
          await expectNoCollision(page, `zoomed in ×${i}`, seen);
        }
        for (let i = 1; i <= 8; i++) {
          await zoom(page, w.zoomOut);
          await expectNoCollision(page, `zoomed out ×${i}`, seen);
        }
        // In presentation the labels are larger (read from the back of the room).
        await page.keyboard.press('p');
        await expect(page.locator('.app.is-presenting')).toBeVisible();
        await expectNoCollision(page, 'presentation', seen);
        // The zoom went from days to years: a day label and a year label were drawn.
        expect(
          [...seen].some((t) => /^\d{4}$/.test(t)),
          [...seen].join(' | '),
        ).toBe(true);
        expect(
          [...seen].some((t) => /(^|\s)\d{1,2}(\s|$)/.test(t)),
          [...seen].join(' | '),
        ).toBe(true);
      });

      test('the record: decades over 160 years, then years, months and days', async ({ page }) => {
        test.slow();
        await openApp(page, `#lang=${lang}`);
        if (width < 1300) await page.getByRole('button', { name: w.menu, exact: true }).click();
        await page.getByRole('button', { name: w.datasets, exact: true }).click();
        await page
          .getByRole('region', { name: w.datasets })
          .getByRole('button', { name: w.record })
          .click();
        await expect(page.locator('.story-title')).toContainText(w.record.slice(0, 12), {
          timeout: 20_000,
        });
        await page.keyboard.press('Escape');
        await (await zoomButton(page, w.fitAll)).click();
        // The whole record: decades (or centuries on a phone), each a four-digit year.
        await expect
          .poll(
            async () =>
              (await tickLabels(page)).map((l) => l.text).filter((t) => /^1[89]\d0$/.test(t))
                .length,
          )
          .toBeGreaterThanOrEqual(width < 500 ? 2 : 10);
        const seen = new Set<string>();
        await expectNoCollision(page, 'the whole record', seen);
        for (let i = 1; i <= 12; i++) {
          await zoom(page, w.zoomIn);
          await expectNoCollision(page, `zoomed in ×${i}`, seen);
        }
        expect(
          [...seen].some((t) => /(^|\s)\d{1,2}(\s|$)/.test(t)),
          [...seen].join(' | '),
        ).toBe(true);
      });
    });
  }
}
