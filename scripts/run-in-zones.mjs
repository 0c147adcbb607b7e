#!/usr/bin/env node
/**
 * Runs a command once per time zone, so date code is proven not to depend on the machine's
 * zone: UTC, Pacific/Honolulu (UTC-10) and Pacific/Kiritimati (UTC+14).
 *
 *   node scripts/run-in-zones.mjs npx vitest run --project unit
 *   node scripts/run-in-zones.mjs vitest run tests/unit       (node_modules/.bin is on PATH)
 *
 * Output streams through as it comes. Every zone runs even when one fails; at the end one
 * summary line per zone is printed, and the exit code is non-zero if any run failed.
 * Set ZONES=UTC,Europe/Paris to choose other zones.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_ZONES = ['UTC', 'Pacific/Honolulu', 'Pacific/Kiritimati'];

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/run-in-zones.mjs <command> [args…]');
  process.exit(2);
}

const zones = (process.env.ZONES ?? DEFAULT_ZONES.join(','))
  .split(',')
  .map((z) => z.trim())
  .filter(Boolean);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const PATH = [binDir, process.env.PATH ?? ''].join(path.delimiter);

/** Offset of a zone from UTC right now, e.g. "UTC-10:00", to show the zone really differs. */
function offsetOf(zone) {
  try {
    const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value.replace('GMT', 'UTC') || 'UTC+00:00';
  } catch {
    return 'unknown zone';
  }
}

function runOnce(zone) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, TZ: zone, PATH },
      shell: process.platform === 'win32',
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code, detail) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ zone, code, detail, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (err) => done(127, err.message));
    child.on('exit', (code, signal) =>
      done(code ?? 1, signal ? `killed by ${signal}` : `exit code ${code}`),
    );
  });
}

const results = [];
for (const zone of zones) {
  console.log(`\n=== TZ=${zone} (${offsetOf(zone)}): ${[command, ...args].join(' ')} ===\n`);
  results.push(await runOnce(zone));
}

console.log('\n=== time-zone summary ===');
for (const r of results) {
  const status = r.code === 0 ? 'PASS' : 'FAIL';
  console.log(
    `${status}  TZ=${r.zone.padEnd(20)} ${offsetOf(r.zone).padEnd(10)} ${r.detail}, ${r.seconds.toFixed(1)} s`,
  );
}
const failed = results.filter((r) => r.code !== 0);
console.log(
  failed.length === 0
    ? `all ${results.length} zones passed`
    : `${failed.length} of ${results.length} zones failed: ${failed.map((r) => r.zone).join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
