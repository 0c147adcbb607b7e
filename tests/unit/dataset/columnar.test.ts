import { describe, expect, it } from 'vitest';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { generateColumnar, generateDataset } from '../../support/synthetic';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import {
  decodeColumnar,
  encodeColumnar,
  type ColumnarDataset,
} from '../../../src/domain/dataset/columnar';
import { readAppJson } from '../../../src/domain/import/migrate';
import { readImportText } from '../../../src/domain/import/pipeline';
import { readDatasetBytes } from '../../../src/domain/load/loadCore';
import { formatProblem } from '../../../src/i18n/problems';

function valid(input: unknown): Dataset {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.dataset;
}

/** Through JSON text, as a file would be. */
const viaText = (c: ColumnarDataset): unknown => JSON.parse(JSON.stringify(c));

describe('the columnar form round trip', () => {
  it.each([
    [0, 1],
    [1, 2],
    [500, 3],
    [5000, 4],
  ])('gives back the same dataset for %i generated events (seed %i)', (events, seed) => {
    const input = generateDataset({ events, seed });
    const decoded = decodeColumnar(viaText(encodeColumnar(input)));
    if (!decoded.ok) throw new Error('expected a dataset');
    expect(valid(decoded.json)).toEqual(valid(input));
    // And from a validated dataset (every default written out) to the same again.
    const again = decodeColumnar(viaText(encodeColumnar(valid(input))));
    if (!again.ok) throw new Error('expected a dataset');
    expect(valid(again.json)).toEqual(valid(input));
  });

  it('keeps every field of the bundled story: texts in two languages, sources, provenance', () => {
    const story = bundled as unknown as Dataset;
    const decoded = decodeColumnar(viaText(encodeColumnar(story)));
    if (!decoded.ok) throw new Error('expected a dataset');
    expect(valid(decoded.json)).toEqual(story);
  });

  it('keeps dates before 1970 and far in the future, end dates and every precision', () => {
    const base = generateDataset({ events: 4, seed: 9 });
    const events = base.events.map((e, i) => ({
      ...e,
      kind: 'visit' as const,
      date: ['1866-01-05', '0001-01-01', '9999-12-31', '1999-02-01'][i]!,
      precision: (['day', 'week', 'year', 'month'] as const)[i]!,
      ...(i === 0 ? { endDate: '1866-01-20', status: 'partly' as const } : {}),
    }));
    const input = { ...base, events };
    const decoded = decodeColumnar(viaText(encodeColumnar(input)));
    if (!decoded.ok) throw new Error('expected a dataset');
    expect(valid(decoded.json)).toEqual(valid(input));
  });

  it('stores each distinct text once and is smaller than the app’s JSON', () => {
    const input = generateDataset({ events: 2000, seed: 5 });
    const columnar = generateColumnar({ events: 2000, seed: 5 });
    expect(columnar).toEqual(encodeColumnar(input));
    const titles = new Set(input.events.map((e) => JSON.stringify(e.title)));
    expect(columnar.texts).toHaveLength(titles.size);
    expect(JSON.stringify(columnar).length).toBeLessThan(JSON.stringify(input).length * 0.7);
  });

  it('opens wherever the app’s JSON opens: the reader, the importer and the model worker', () => {
    const text = JSON.stringify(generateColumnar({ events: 300, seed: 6 }));
    const expected = valid(generateDataset({ events: 300, seed: 6 }));
    const read = readAppJson(text);
    expect(read.ok && read.dataset).toEqual(expected);
    const imported = readImportText(text);
    expect(imported.kind === 'dataset' && imported.dataset).toEqual(expected);
    const worker = readDatasetBytes(new TextEncoder().encode(text), true);
    expect(worker.ok && worker.dataset).toEqual(expected);
  });
});

describe('a damaged columnar file', () => {
  const good = () =>
    JSON.parse(JSON.stringify(generateColumnar({ events: 40, seed: 8 }))) as {
      version: number;
      texts: unknown[];
      events: Record<string, unknown[] | number>;
    };

  function problemOf(file: unknown) {
    const out = readAppJson(JSON.stringify(file));
    expect(out.ok).toBe(false);
    return out.problems[0]!;
  }

  it('names a missing column', () => {
    const file = good();
    delete file.events.title;
    const p = problemOf(file);
    expect(p).toMatchObject({
      code: 'columnarInvalid',
      path: 'events.title',
      params: { column: 'title', reason: 'missing' },
    });
    expect(formatProblem(p, 'en').message).toBe(
      'The compact file’s “title” column is missing.'.replace('’', "'"),
    );
    expect(formatProblem(p, 'fr').message).toContain(
      '«\u202ftitle\u202f» du fichier compact manque',
    );
  });

  it('names a column with one value too few, a bad index and a non-integer date', () => {
    const short = good();
    (short.events.date as number[]).pop();
    expect(problemOf(short)).toMatchObject({ path: 'events.date', params: { reason: 'length' } });

    const index = good();
    (index.events.placeIndex as number[])[3] = 9999;
    expect(problemOf(index)).toMatchObject({
      path: 'events.placeIndex[3]',
      value: '9999',
      params: { column: 'placeIndex', reason: 'outOfRange' },
    });

    const date = good();
    (date.events.date as unknown[])[5] = '2025-02-24';
    expect(problemOf(date)).toMatchObject({
      path: 'events.date[5]',
      params: { column: 'date', reason: 'notInteger' },
    });

    const counts = good();
    (counts.events.actorCount as number[])[0]! += 1;
    expect(problemOf(counts)).toMatchObject({
      path: 'events.actorIndex',
      params: { reason: 'length' },
    });
  });

  it('refuses a newer version of the form', () => {
    const file = good();
    file.version = 2;
    expect(problemOf(file)).toMatchObject({
      code: 'schemaNewer',
      params: { version: 2, current: 1 },
    });
  });

  it('sends what the columns decode to through the schema: a bad event id is named', () => {
    const file = good();
    (file.events.id as string[])[2] = 'not an id!';
    const p = problemOf(file);
    expect(p).toMatchObject({ code: 'badId', path: 'events[2].id' });
  });

  it('never throws on random damage', () => {
    const base = JSON.stringify(generateColumnar({ events: 30, seed: 1 }));
    for (let i = 0; i < 200; i++) {
      const cut =
        base.slice(0, (i * 7919) % base.length) + base.slice(((i * 104729) % base.length) + 1);
      expect(() => readAppJson(cut)).not.toThrow();
      const file = JSON.parse(base) as { events: Record<string, unknown> };
      const keys = Object.keys(file.events);
      file.events[keys[i % keys.length]!] = [null, -1, 'x', {}, 1.5][i % 5];
      expect(() => readAppJson(JSON.stringify(file))).not.toThrow();
      expect(readAppJson(JSON.stringify(file)).ok).toBe(false);
    }
  });
});
