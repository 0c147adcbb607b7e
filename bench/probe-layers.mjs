#!/usr/bin/env node
/**
 * Probe (not part of `npm run bench`): opens a built app page, plays for 2 s and prints
 * the p95 requestAnimationFrame delta with parts of the page hidden by a stylesheet, to
 * attribute frame time to them. Usage:
 *   node bench/probe-layers.mjs 'http://127.0.0.1:PORT/?data=records/…' ['' '.place-proxies' …]
 */
import { probeEachHiding } from './lib/probePage.mjs';

const [url, ...hides] = process.argv.slice(2);
await probeEachHiding(url, hides, async (page, hide) => {
  await page.waitForTimeout(500);
  // As the bench does: the whole dataset on the track, from the first event, 7 days/s.
  await page.getByRole('button', { name: 'Fit all', exact: true }).click();
  await page.waitForTimeout(500);
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('7');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__d = [];
    let last = performance.now();
    const tick = (t) => {
      window.__d.push(t - last);
      last = t;
      if (window.__d.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.evaluate(() => (window.__d = []));
  await page.waitForTimeout(2000);
  const d = await page.evaluate(() => window.__d.slice().sort((a, b) => a - b));
  const p = (q) => d[Math.min(d.length - 1, Math.floor(q * d.length))]?.toFixed(1);
  console.log(`hide ${hide || '(nothing)'}: frames ${d.length} p50 ${p(0.5)} p95 ${p(0.95)}`);
});
