import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  PROBLEM_CODES,
  PROBLEM_PARAMS,
  type ParamKind,
  type Problem,
  type ProblemCode,
} from '../../../src/domain/dataset/problems';
import { formatProblem } from '../../../src/i18n/problems';
import { LANGS, LOCALES } from '../../../src/i18n/i18n';
import { readImportFile } from '../../../src/domain/import/pipeline';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { parseDataset } from '../../../src/domain/dataset/schema';
import { fixture, realGazetteer } from '../import/gazetteerFixture';

const params = (code: ProblemCode) => Object.entries(PROBLEM_PARAMS[code]) as [string, ParamKind][];

/** Sample parameters: text and numbers that cannot appear by chance; the first listed value. */
function sample(code: ProblemCode): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, kind] of params(code))
    out[name] = kind === 'number' ? 987_654 : kind === 'text' ? `⟪${name}⟫` : kind[0]!;
  return out;
}

const words = (
  code: ProblemCode,
  p: Record<string, string | number>,
  lang: (typeof LANGS)[number],
) => {
  const w = formatProblem({ code, params: p }, lang);
  return `${w.message} | ${w.hint}`;
};

describe('problem texts', () => {
  for (const lang of LANGS)
    it(`every code has a message and a hint in ${lang}, with every parameter used`, () => {
      const number = new Intl.NumberFormat(LOCALES[lang]).format(987_654);
      for (const code of PROBLEM_CODES) {
        const base = sample(code);
        const w = formatProblem({ code, params: base }, lang);
        expect(w.message.length, `${lang} ${code}`).toBeGreaterThan(5);
        expect(w.hint.length, `${lang} ${code}`).toBeGreaterThan(5);
        const text = `${w.message} | ${w.hint}`;
        expect(text, `${lang} ${code}: an unfilled slot`).not.toMatch(/\{\w+\}/);
        for (const [name, kind] of params(code)) {
          if (kind === 'text')
            expect(text, `${lang} ${code} uses {${name}}`).toContain(`⟪${name}⟫`);
          else if (kind === 'number')
            expect(text, `${lang} ${code} uses {${name}}`).toContain(number);
          else {
            // Each listed value chooses its own wording.
            const variants = kind.map((v) => words(code, { ...base, [name]: v }, lang));
            expect(new Set(variants).size, `${lang} ${code} words each ${name}`).toBe(kind.length);
          }
        }
      }
    });

  it('French texts use French typography (a narrow no-break space before : ; ? !)', () => {
    for (const code of PROBLEM_CODES) {
      const text = words(code, sample(code), 'fr');
      expect(text.replace(/https?:\/\//g, ''), code).not.toMatch(/[^\u202f\s][:;?!](\s|$)/);
      expect(text, code).not.toMatch(/ [:;?!»]|« /);
    }
  });

  it('plural forms follow the language', () => {
    expect(formatProblem({ code: 'tooShort', params: { minimum: 1 } }, 'en').message).toBe(
      'This needs at least 1 item or character.',
    );
    expect(formatProblem({ code: 'tooShort', params: { minimum: 2 } }, 'en').message).toBe(
      'This needs at least 2 items or characters.',
    );
    // French: 1.5 takes the singular.
    expect(formatProblem({ code: 'tooShort', params: { minimum: 1.5 } }, 'fr').message).toMatch(
      /1,5 élément ou caractère/,
    );
  });
});

describe('the domain sends only codes and the parameters it declares', () => {
  const declared = (p: Problem) => {
    const kinds = PROBLEM_PARAMS[p.code] as Record<string, ParamKind>;
    expect(PROBLEM_CODES, JSON.stringify(p)).toContain(p.code);
    expect(p).not.toHaveProperty('message');
    expect(p).not.toHaveProperty('hint');
    for (const [name, value] of Object.entries(p.params ?? {})) {
      const kind = kinds[name];
      expect(kind, `${p.code} sends ${name}`).toBeDefined();
      if (kind === 'number') expect(typeof value).toBe('number');
      else if (kind !== 'text') expect(kind).toContain(value);
    }
  };

  it('over every import fixture, read and built with its guessed mapping', () => {
    const dir = resolve(__dirname, '../../fixtures/import');
    const seen = new Set<string>();
    for (const name of readdirSync(dir)) {
      const out = readImportFile(fixture(name));
      for (const p of out.problems) {
        declared(p);
        seen.add(p.code);
      }
      if (out.kind !== 'table') continue;
      {
        const built = buildDataset(out.table, {
          mapping: out.mapping,
          dateOrder: out.dateEvidence.find((e) => e.order)?.order ?? null,
          gazetteer: realGazetteer(),
          datasetId: 'x',
          title: 'x',
          defaultActorName: 'Traveller',
        });
        for (const p of built.problems) {
          declared(p);
          seen.add(p.code);
        }
        for (const r of built.leftOut) declared({ ...r, path: `row ${r.row}` });
      }
    }
    // The fixtures exercise a good share of the codes.
    expect(seen.size).toBeGreaterThan(10);
  }, 120_000);

  it('over schema problems of a broken dataset', () => {
    const r = parseDataset({
      schemaVersion: 1,
      id: 'bad id',
      title: '',
      places: [{ id: 'p', name: 'P', country: 'France', lat: 100, lon: 0 }],
      actors: [
        { id: 'a', name: 'A', initials: 'ABCD', kind: 'robot', country: 'FR', color: 'red' },
      ],
      events: [
        {
          id: 'e',
          date: '2025-02-30',
          placeIds: [],
          title: 'E',
          sources: [{ kind: 'outside', title: 'x', url: 'javascript:1' }],
        },
      ],
    });
    expect(r.ok).toBe(false);
    const codes = new Set(r.problems.map((p) => p.code));
    for (const p of r.problems) declared(p);
    for (const c of [
      'badId',
      'badCountry',
      'tooBig',
      'tooLong',
      'notAllowed',
      'badColor',
      'notIsoDay',
      'tooShort',
      'notHttpUrl',
    ])
      expect(codes, c).toContain(c);
  });
});
