/** Every catalogue module has its French twin, with every key of the English one. */
import { describe, it, expect } from 'vitest';

const english = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*.en.ts', {
  eager: true,
});
const french = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*.fr.ts', {
  eager: true,
});

/** The keys of a catalogue object, nested objects (problem texts) as `a.b`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' || typeof v === 'function' ? [prefix + k] : keysOf(v, `${prefix}${k}.`),
  );
}

describe('catalogues', () => {
  it('are found (the glob is not empty)', () => {
    expect(Object.keys(english).length).toBeGreaterThan(5);
  });

  for (const [path, module] of Object.entries(english)) {
    it(`${path.split('/').pop()} has a French twin with every key`, () => {
      const twin = french[path.replace(/\.en\.ts$/, '.fr.ts')];
      expect(twin, 'the French module').toBeDefined();
      const frValues = Object.values(twin!);
      expect(frValues).toHaveLength(Object.values(module).length);
      Object.values(module).forEach((catalogue, i) => {
        const missing = keysOf(catalogue).filter((k) => !keysOf(frValues[i]).includes(k));
        expect(missing, 'English keys missing in French').toEqual([]);
      });
    });
  }
});
