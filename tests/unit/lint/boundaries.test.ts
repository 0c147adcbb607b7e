/**
 * The lint rules that keep the layers apart and data out of HTML fire: each fixture under
 * tests/lint/fixtures (left out of `npx eslint .`) is linted as if it stood at its
 * `lint-as` path, and must report every rule its `expect` line names.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = new URL('../../lint/fixtures/', import.meta.url);
const fixtures = readdirSync(dir).map((name) => {
  const text = readFileSync(new URL(name, dir), 'utf8');
  const lintAs = /^\/\/ lint-as: (\S+)/m.exec(text)?.[1];
  const rules = /^\/\/ expect: (.+)$/m.exec(text)?.[1]?.split(/,\s*/) ?? [];
  // Each line that must fail ends in "// ✗" (line 1 for a rule about the whole file).
  const failing = text.split('\n').flatMap((line, i) => (line.includes('// ✗') ? [i + 1] : []));
  return { name, text, lintAs, rules, failing };
});

describe('lint boundaries', () => {
  const eslint = new ESLint({ cwd: root });

  it('has a fixture for each boundary', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(11);
    for (const f of fixtures) {
      expect(f.lintAs, f.name).toMatch(/^src\//);
      expect(f.rules.length, f.name).toBeGreaterThan(0);
      expect(f.failing.length, f.name).toBeGreaterThan(0);
    }
  });

  it.each(fixtures)('$name fails lint with the rules it names', async (f) => {
    const [result] = await eslint.lintText(f.text, { filePath: `${root}${f.lintAs}` });
    const fired = new Set(result!.messages.map((m) => m.ruleId));
    for (const rule of f.rules) expect([...fired], `${f.name}: ${rule}`).toContain(rule);
    // Nothing else is wrong with the fixture: only the boundaries it is about fire.
    expect(
      [...fired].filter((r) => !f.rules.includes(r ?? '')),
      f.name,
    ).toEqual([]);
    // Every marked line fails, and only those: each sink is caught on its own.
    const lines = [...new Set(result!.messages.map((m) => m.line))].sort((a, b) => a - b);
    expect(lines, `${f.name}: the lines that fail`).toEqual(f.failing);
  });

  it('counts each sink of the HTML fixtures', async () => {
    const count = async (name: string) => {
      const f = fixtures.find((x) => x.name === name)!;
      const [r] = await eslint.lintText(f.text, { filePath: `${root}${f.lintAs}` });
      return r!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    };
    expect(await count('inner-html.ts')).toBe(4);
    expect(await count('leaflet-sinks.ts')).toBe(6);
    expect(await count('dangerous-spread.tsx')).toBe(3);
  });
});
