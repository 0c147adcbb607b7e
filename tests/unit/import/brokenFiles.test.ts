import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../../src/i18n/problems';
import { readImportFile, readImportText } from '../../../src/domain/import/pipeline';
import { MAX_IMPORT_BYTES } from '../../../src/domain/import/text';
import { parseDataset } from '../../../src/domain/dataset/schema';
import bundled from '../../../src/data/afp-2025-02-26.json';

const enc = (s: string) => new TextEncoder().encode(s);

function codes(outcome: ReturnType<typeof readImportText>): string[] {
  return outcome.problems.map((p) => p.code);
}

describe('broken and hostile files get a specific message, never an exception', () => {
  it('an empty file', () => {
    const out = readImportFile(new Uint8Array(0));
    expect(out.kind).toBe('failed');
    expect(formatProblem(out.problems[0]!, 'en').message.length).toBeGreaterThan(5);
  });

  it('a binary file', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const out = readImportFile(bytes);
    expect(out.kind).toBe('failed');
  });

  it('a truncated JSON file', () => {
    const text = JSON.stringify(bundled).slice(0, 5000);
    const out = readImportText(text);
    expect(out.kind).toBe('failed');
    expect(codes(out)).toContain('jsonInvalid');
  });

  it('deeply nested JSON (100,000 levels) does not overflow the stack', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    let out: ReturnType<typeof readImportText> | undefined;
    expect(() => {
      out = readImportText(text);
    }).not.toThrow();
    expect(out!.kind).toBe('failed');
  });

  it('a one-million-row CSV over the size limit is refused before parsing', () => {
    const row = 'Ana;France;Paris;12/02/2024\n';
    const rows = Math.ceil((MAX_IMPORT_BYTES + 1) / row.length);
    const bytes = new Uint8Array(row.length * Math.max(rows, 1_000_000));
    const one = enc(row);
    for (let i = 0; i < bytes.length; i += one.length) bytes.set(one, i);
    const out = readImportFile(bytes);
    expect(out.kind).toBe('failed');
    expect(formatProblem(out.problems[0]!, 'en').message).toMatch(/MB|large|size/i);
  });

  it('a single cell of 10 MB is cut to a bounded length, and the row still reads', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const out = readImportText(
      `Name;Country;Locale;Remarks;Date\nAna;France;Paris;${big};12/02/2024\n`,
    );
    expect(out.kind).toBe('table');
    if (out.kind !== 'table') return;
    const remarks = out.table.rows[0]![3]!;
    expect(remarks.length).toBeLessThanOrEqual(20_000);
  });

  it('duplicate ids in an app dataset are named, with their path', () => {
    const copy = structuredClone(bundled) as { events: { id: string }[] };
    copy.events[1]!.id = copy.events[0]!.id;
    const result = parseDataset(copy);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.path).toBe('events[1].id');
    expect(formatProblem(result.problems[0]!, 'en').message).toMatch(/duplicate/);
  });
});
