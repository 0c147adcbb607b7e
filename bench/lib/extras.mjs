/**
 * Measurements beyond scrubbing, each one run's result (aggregated like the others):
 *   - the import of a 100,000-row CSV through the import dialog, as a user does it;
 *   - the editing keystroke cost at 10,000 events (bench/editing.bench.ts, vitest bench).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './processes.mjs';
import { blockExternal } from './network.mjs';

/**
 * The bench's CSV as a file on disk, as a user chooses it: given by path, Chromium reads it
 * itself. (Given as a buffer, Playwright sends it base64-encoded and rebuilds it in the
 * page: 1.7 s of the page's main thread for 8 MB that a user's file never costs.)
 * Returns the path and a function that removes it.
 */
export function writeCsvFile(synthetic, rows) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const path = join(dir, `trips-${rows}.csv`);
  const buffer = Buffer.from(synthetic.travelRecordCsv(rows));
  writeFileSync(path, buffer);
  return {
    path,
    bytes: buffer.length,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** File chosen → report → "Import" → dataset open; seconds. Never throws. */
export async function measureCsvImport({ browser, baseUrl, synthetic, rows = 100_000 }) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
  });
  const blocked = await blockExternal(context);
  const page = await context.newPage();
  const result = { notes: [] };
  const file = writeCsvFile(synthetic, rows);
  try {
    await page.goto(baseUrl);
    await page.waitForSelector('[role="slider"]');
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    result.csvMB = Math.round((file.bytes / 1e6) * 10) / 10;
    const t0 = Date.now();
    await dialog.getByLabel('Choose a file').setInputFiles(file.path);
    await dialog
      .getByRole('button', { name: 'Check and place the rows' })
      .click({ timeout: 120_000 });
    await dialog.getByRole('region', { name: 'Report' }).waitFor({ timeout: 240_000 });
    const t1 = Date.now();
    await dialog
      .getByRole('button', { name: /^Import [\d,  ]+ events/ })
      .first()
      .click({ timeout: 120_000 });
    // Open: the dialog says so while the save ends ("… is open. Saving …"), then the toast.
    await page
      .getByText(/is open[:.] /)
      .first()
      .waitFor({ timeout: 240_000 });
    const t2 = Date.now();
    result.totalS = (t2 - t0) / 1000;
    result.reportS = (t1 - t0) / 1000;
  } catch (err) {
    result.error = `import failed: ${String(err?.message ?? err).split('\n')[0]}`;
  } finally {
    if (blocked.length) result.blockedRequests = blocked.slice(0, 20);
    await context.close().catch(() => {});
    file.remove();
  }
  return result;
}

/**
 * Runs bench/editing.bench.ts with vitest bench and returns the mean and p99 (ms) of each
 * of its benchmarks by name. Never throws.
 */
export async function measureEditing(root, outFile) {
  rmSync(outFile, { force: true });
  const { code, output } = await run(
    'npx',
    [
      'vitest',
      'bench',
      '--run',
      '--project',
      'unit',
      'bench/editing.bench.ts',
      '--outputJson',
      outFile,
    ],
    { cwd: root },
  );
  const result = { notes: [] };
  try {
    const json = JSON.parse(readFileSync(outFile, 'utf8'));
    const benches = json.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks));
    const find = (prefix) => benches.find((b) => b.name.startsWith(prefix));
    const key = find('keystroke: editing store');
    const pure = find('keystroke: updateEvent');
    const rebuild = find('debounced');
    result.keystroke = { meanMs: key?.mean ?? null, p99Ms: key?.p99 ?? null };
    result.operation = { meanMs: pure?.mean ?? null };
    result.rebuild = { meanMs: rebuild?.mean ?? null };
  } catch (err) {
    result.error = `editing bench failed (exit ${code}): ${String(err?.message ?? err)} ${output.trim().split('\n').slice(-3).join(' ')}`;
  }
  return result;
}

export const EDITING_JSON = (resultsDir) => join(resultsDir, 'editing-bench.json');
