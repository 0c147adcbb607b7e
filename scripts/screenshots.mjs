// Takes screenshots of the built app in Debian's Chromium: `npm run build && node scripts/screenshots.mjs`.
// Writes .screenshots/*.png (not committed) and docs/screenshot.png.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const PORT = 4174;
const executablePath = CHROMIUM_PATH;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true, // its own process group, so the server (a child of npx) stops with it
  },
);
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    await fetch(base);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 150));
  }
}

const shots = (
  process.argv[2] ?? 'first,selected,journey,french,lanes,present,chronology,phone'
).split(',');
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
mkdirSync('.screenshots', { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  const open = async (hash) => {
    await page.goto(base + hash);
    await page.waitForSelector('.leaflet-basemap-pane path', { state: 'attached' });
    await page.waitForTimeout(900);
  };
  if (shots.includes('first')) {
    await open('');
    await page.screenshot({ path: '.screenshots/first-view.png' });
  }
  if (shots.includes('selected')) {
    await open('');
    await page.getByRole('button', { name: 'Ankara', exact: true }).click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: '.screenshots/selected-ankara.png' });
  }
  if (shots.includes('journey')) {
    await open('#date=2025-02-25');
    await page.screenshot({ path: '.screenshots/journey-25feb.png' });
    // Mid-transit: play from midday on the 25th for half a day (Tehran → Doha).
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(480);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: '.screenshots/journey-mid-transit.png' });
    await page.screenshot({ path: 'docs/screenshot.png' });
  }
  if (shots.includes('french')) {
    await page.emulateMedia({});
    const fr = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    await fr.goto(base + '#date=2025-02-26&event=lavrov-doha');
    await fr.waitForSelector('.leaflet-basemap-pane path', { state: 'attached' });
    await fr.waitForTimeout(1200);
    await fr.screenshot({ path: '.screenshots/french-doha.png' });
    await fr.close();
  }
  if (shots.includes('lanes')) {
    await open('#date=2025-02-25');
    await page.getByRole('checkbox', { name: 'One lane per actor' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: '.screenshots/lanes.png' });
  }
  if (shots.includes('present')) {
    await open('');
    await page.keyboard.press('p');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '.screenshots/presentation.png' });
    await page.keyboard.press('Escape');
  }
  if (shots.includes('chronology')) {
    await open('#date=2025-02-25&view=chronology');
    await page.screenshot({ path: '.screenshots/chronology.png' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '.screenshots/print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
  if (shots.includes('phone')) {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await phone.goto(base + '#date=2025-02-25');
    await phone.waitForSelector('.leaflet-basemap-pane path', { state: 'attached' });
    await phone.waitForTimeout(900);
    await phone.screenshot({ path: '.screenshots/phone.png', fullPage: true });
    await phone.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
console.log('screenshots written to .screenshots/');
