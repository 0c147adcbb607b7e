/**
 * Bytes of a file → text, without asking: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), else Windows-1252 (Excel's CSV on Windows). Refuses empty,
 * binary and oversized files with a specific problem. Also tells CSV from JSON.
 */
import type { ImportProblem } from './types';

/** Largest file the importer reads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly problem: ImportProblem };

function problem(
  code: 'empty' | 'binary' | 'tooLarge',
  params?: Record<string, string | number>,
): { ok: false; problem: ImportProblem } {
  return {
    ok: false,
    problem: { code, severity: 'error', path: '(file)', ...(params ? { params } : {}) },
  };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, ZIP) || startsWith(bytes, PDF) || startsWith(bytes, OLE)) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 26)) control++;
  }
  return control > n * 0.02;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): Decoded {
  if (bytes.length > maxBytes)
    return problem('tooLarge', { limit: Math.round(maxBytes / 1048576) });
  let encoding: string;
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeWith('utf-16le', bytes, false);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeWith('utf-16be', bytes, false);
  } else {
    if (looksBinary(bytes)) return problem('binary', { reason: 'signature' });
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    text = decodeWith('utf-8', bytes, true);
    if (text !== null) encoding = bom ? 'utf-8-bom' : 'utf-8';
    else {
      encoding = 'windows-1252';
      text = decodeWith('windows-1252', bytes, false);
    }
  }
  if (text === null) return problem('binary', { reason: 'unreadable' });
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return problem('empty');
  return { ok: true, text, encoding };
}

export type TextFormat = 'json' | 'csv';

/** JSON when the first non-blank character opens an object or array; otherwise a table. */
export function sniffFormat(text: string): TextFormat {
  const m = /\S/.exec(text);
  return m && (m[0] === '{' || m[0] === '[') ? 'json' : 'csv';
}
