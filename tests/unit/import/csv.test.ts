import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCsv, guessDelimiter } from '../../../src/domain/import/csv';
import { decodeBytes, sniffFormat } from '../../../src/domain/import/text';
import { readImportFile, readImportText } from '../../../src/domain/import/pipeline';
import { fixture } from './gazetteerFixture';

describe('decoding', () => {
  it('reads Windows-1252 as Excel writes it, without asking', () => {
    const d = decodeBytes(fixture('semicolon-cp1252.csv'));
    expect(d.ok && d.encoding).toBe('windows-1252');
    expect(d.ok && d.text).toContain('Genève');
    expect(d.ok && d.text).toContain('Sergueï');
  });
  it('drops a UTF-8 BOM', () => {
    const d = decodeBytes(fixture('bom-utf8.csv'));
    expect(d.ok && d.encoding).toBe('utf-8-bom');
    expect(d.ok && d.text.startsWith('date,')).toBe(true);
  });
  it('reads UTF-16 with a BOM', () => {
    const text = 'date\tcity\n2025-01-01\tZürich\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const d = decodeBytes(bytes);
    expect(d.ok && d.text).toBe(text);
  });
  it('refuses empty, binary and oversized files with a specific problem', () => {
    const code = (b: Uint8Array, max?: number) => {
      const d = decodeBytes(b, max);
      return d.ok ? 'ok' : d.problem.code;
    };
    expect(code(fixture('empty.csv'))).toBe('empty');
    expect(code(new TextEncoder().encode('  \n\n '))).toBe('empty');
    expect(code(fixture('spreadsheet.xlsx'))).toBe('binary');
    expect(code(new Uint8Array([1, 2, 0, 3]))).toBe('binary');
    expect(code(new Uint8Array(100), 10)).toBe('tooLarge');
  });
  it('tells JSON from CSV', () => {
    expect(sniffFormat(' \n{"a":1}')).toBe('json');
    expect(sniffFormat('date,city')).toBe('csv');
  });
});

describe('parseCsv', () => {
  it('guesses comma, semicolon, tab and pipe from the header', () => {
    expect(guessDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(guessDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(guessDelimiter('a\tb\n')).toBe('\t');
    expect(guessDelimiter('"a,b";c;d\n')).toBe(';');
    expect(guessDelimiter('a|b|c')).toBe('|');
  });
  it('keeps quoted fields with line breaks and doubled quotes, and spreadsheet row numbers', () => {
    const out = readImportFile(fixture('multiline.csv'));
    expect(out.kind).toBe('table');
    if (out.kind !== 'table') return;
    expect(out.table.rows).toHaveLength(2);
    expect(out.table.rows[0]![4]).toBe(
      'First talks since 2022.\nHeld at Diriyah Palace; "constructive", said both sides.',
    );
    expect(out.table.rows[1]![4]).toContain('third line');
    expect(out.table.rowNumbers).toEqual([2, 3]);
  });
  it('skips blank lines but keeps the row numbers a spreadsheet shows', () => {
    const { table } = parseCsv('date,city\n\n2025-01-01,Paris\n\n2025-01-02,Rome\n');
    expect(table?.rows.map((r) => r[1])).toEqual(['Paris', 'Rome']);
    expect(table?.rowNumbers).toEqual([3, 5]);
  });
  it('reads the semicolon Windows-1252 fixture with French headers', () => {
    const out = readImportFile(fixture('semicolon-cp1252.csv'));
    expect(out.kind === 'table' && out.table.delimiter).toBe(';');
    expect(out.kind === 'table' && out.table.headers).toEqual([
      'Date',
      'Ville',
      'Pays',
      'Personne',
      'Remarques',
    ]);
  });
  it('reads tab-separated files', () => {
    const out = readImportFile(fixture('tab-separated.tsv'));
    expect(out.kind === 'table' && out.table.rows[1]).toEqual([
      '2022-03-29',
      '2022-03-30',
      'Istanbul',
      'Turkey',
      'Vladimir Medinsky',
    ]);
  });
  it('a header with no rows is a clear problem', () => {
    const out = readImportFile(fixture('header-only.csv'));
    expect(out.kind === 'failed' && out.problems[0]?.code).toBe('noRows');
  });
  it('never throws on random or mutated text (10,000 runs)', () => {
    const csvish = fc
      .array(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('"', '""', '\n', ';', ',', '\t', '\r\n', '"a\nb"')),
          { maxLength: 6 },
        ),
        {
          maxLength: 6,
        },
      )
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish, fc.string({ unit: 'binary' })), (text) => {
        const out = readImportText(text);
        expect(['table', 'dataset', 'failed']).toContain(out.kind);
        if (out.kind === 'table')
          for (const r of out.table.rows) expect(r.length).toBe(out.table.headers.length);
      }),
      { numRuns: 10_000 },
    );
  });
  it('never throws on random bytes (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(['table', 'dataset', 'failed']).toContain(readImportFile(bytes).kind);
      }),
      { numRuns: 10_000 },
    );
  });
});
