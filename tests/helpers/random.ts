/**
 * A tiny seeded PRNG (mulberry32) so randomised tests are reproducible: same seed, same data.
 */
export type Random = () => number;

/** Uniform floats in [0, 1) from a 32-bit seed: the generator the synthetic datasets use. */
export { mulberry32 } from '../support/synthetic';

/** An integer in [min, max] (inclusive). */
export function randInt(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(rand: Random, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** true with probability p. */
export function chance(rand: Random, p: number): boolean {
  return rand() < p;
}
