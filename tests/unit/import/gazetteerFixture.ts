import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGazetteer, type Gazetteer } from '../../../src/domain/import/gazetteer';

export const GAZETTEER_FILE = resolve(__dirname, '../../../public/gazetteer/cities.v1.tsv');
let cached: Gazetteer | null = null;

/** The committed gazetteer asset, parsed once per test file. */
export function realGazetteer(): Gazetteer {
  if (cached) return cached;
  const parsed = parseGazetteer(readFileSync(GAZETTEER_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  cached = parsed.gazetteer;
  return cached;
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import', name)));
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/import', name), 'utf8');
}
