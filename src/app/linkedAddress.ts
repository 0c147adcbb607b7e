/**
 * The small part of opening linked data that the first bundle carries: where the address
 * names data, which public address a dataset came from (for sharing), and the load that
 * `main.tsx` started before the first render. The loading itself (loadFromAddress.ts,
 * linkedLoad.ts) is a chunk fetched only by a page opened on linked data.
 */
import { httpUrl } from '../domain/url';
import type { LinkedLoad } from './linkedLoad';

export function dataUrlFromSearch(search: string, base: string): URL | null {
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return null;
  return httpUrl(raw, base);
}

/** Datasets opened from `?data=`, with the public address they came from (for sharing). */
const publicAddresses = new WeakMap<object, string>();

/** The `?data=` address a dataset was opened from, if it was. */
export function publicAddressOf(dataset: object): string | null {
  return publicAddresses.get(dataset) ?? null;
}

export function rememberPublicAddress(dataset: object, address: string): void {
  publicAddresses.set(dataset, address);
}

let started: LinkedLoad | null = null;

/** Records the load `main.tsx` started, for the app to follow. */
export function setStartedLoad(load: LinkedLoad | null): void {
  started = load;
}

/** The load started before the first render (once), or null. */
export function takeStartedLoad(): LinkedLoad | null {
  const load = started;
  started = null;
  return load;
}
