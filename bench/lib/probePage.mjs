/**
 * The probes' page (bench/probe-layers.mjs, bench/probe-scrub.mjs; not part of
 * `npm run bench`): Chromium as the bench launches it, and for each stylesheet to try a page
 * of the bench's size opened on `url`, waited for until the app's first usable view (the
 * `app-ready` mark, src/ui/readiness.ts) and with that stylesheet added, to attribute frame
 * time to what it hides.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/**
 * Runs `probe(page, hide)` once per entry of `hides` (once with nothing hidden when it is
 * empty), each on a fresh page. An entry is a selector, hidden with `display: none`, or a
 * whole rule (`.a { opacity: 0 }`); '' hides nothing.
 */
export async function probeEachHiding(url, hides, probe) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const hide of hides.length ? hides : ['']) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await page.goto(url);
        await page.waitForFunction(
          () => performance.getEntriesByName('app-ready', 'mark').length > 0,
        );
        if (hide) {
          const css = hide.includes('{') ? hide : `${hide} { display: none !important; }`;
          await page.addStyleTag({ content: css });
        }
        await probe(page, hide);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}
