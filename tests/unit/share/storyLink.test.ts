import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  crc32,
  decodeStory,
  encodeStory,
  fromBase64Url,
  hashWithoutStory,
  linkSize,
  LINK_WARN_CHARS,
  QR_MAX_BYTES,
  storyPayloadFromHash,
  toBase64Url,
} from '../../../src/domain/share/storyLink';
import { decodeStoryDataset } from '../../../src/domain/share/decodeDataset';
import { generateDataset } from '../../support/synthetic';
import { parseDataset } from '../../../src/domain/dataset/schema';
import { deflateSync } from 'fflate';
import bundled from '../../../src/data/afp-2025-02-26.json';

const RUNS = 2_000;

function withCrc(json: Uint8Array, compressed: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + compressed.length);
  new DataView(out.buffer).setUint32(0, crc32(json));
  out.set(compressed, 4);
  return out;
}

describe('story link codec', () => {
  it('starts with the version prefix and uses only base64url characters', () => {
    const payload = encodeStory(bundled);
    expect(payload.startsWith('v1.')).toBe(true);
    expect(payload.slice(3)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('round-trips the bundled story through validation unchanged', () => {
    const result = decodeStoryDataset(encodeStory(bundled));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(bundled);
  });

  it('compresses the bundled story (link shorter than its JSON)', () => {
    const payload = encodeStory(bundled);
    expect(payload.length).toBeLessThan(JSON.stringify(bundled).length / 2);
  });

  it('round-trips any JSON value (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected: unknown = JSON.parse(JSON.stringify(value));
        const decoded = decodeStory(encodeStory(value));
        expect(decoded).toEqual({ ok: true, json: expected });
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips random valid datasets through validation (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 60 }),
        (seed, events) => {
          const parsed = parseDataset(generateDataset({ seed, events }));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const result = decodeStoryDataset(encodeStory(parsed.dataset));
          expect(result).toEqual({ ok: true, dataset: parsed.dataset });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('base64url round-trips any bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a missing or unknown version prefix, and names a newer one', () => {
    const data = encodeStory({ a: 1 }).slice(3);
    expect(decodeStory('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeStory(data)).toEqual({ ok: false, error: 'version' });
    expect(decodeStory(`v0.${data}`)).toEqual({ ok: false, error: 'version' });
    expect(decodeStory(`x1.${data}`)).toEqual({ ok: false, error: 'version' });
    expect(decodeStory(`v2.${data}`)).toEqual({ ok: false, error: 'newerVersion' });
  });

  it('refuses characters outside base64url', () => {
    expect(decodeStory('v1.abc$def')).toEqual({ ok: false, error: 'encoding' });
    expect(decodeStory('v1.abc=')).toEqual({ ok: false, error: 'encoding' });
    expect(decodeStory('v1.')).toEqual({ ok: false, error: 'encoding' });
  });

  it('refuses a truncated link: every cut of the bundled story fails with a code', () => {
    const payload = encodeStory(bundled);
    for (let cut = 3; cut < payload.length; cut += 97) {
      const result = decodeStoryDataset(payload.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it('one character changed is refused, or decodes to the very same story (fast-check)', () => {
    const payload = encodeStory(bundled);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: payload.length - 1 }),
        fc.integer({ min: 0, max: 63 }),
        (at, k) => {
          const ch = alphabet[k]!;
          fc.pre(payload[at] !== ch);
          const changed = payload.slice(0, at) + ch + payload.slice(at + 1);
          // The last character may only change unused padding bits: then the data is equal.
          const result = decodeStoryDataset(changed);
          if (result.ok) expect(result.dataset).toEqual(bundled);
          else expect(result.error).toMatch(/^(encoding|compression|checksum|json|schema)$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const result = decodeStory(s);
        expect(typeof result.ok).toBe('boolean');
        const prefixed = decodeStory(`v1.${s}`);
        expect(typeof prefixed.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses valid compression of text that is not JSON, and JSON that is not a dataset', () => {
    const text = new TextEncoder().encode('<script>x</script>');
    const notJson = `v1.${toBase64Url(withCrc(text, deflateSync(text)))}`;
    expect(decodeStory(notJson)).toEqual({ ok: false, error: 'json' });
    const notDataset = decodeStoryDataset(encodeStory({ hello: 'world' }));
    expect(notDataset.ok).toBe(false);
    if (!notDataset.ok) {
      expect(notDataset.error).toBe('schema');
      expect(notDataset.problems.length).toBeGreaterThan(0);
    }
  });

  it('refuses a compression bomb before it fills memory', () => {
    const bomb = deflateSync(new Uint8Array(60 * 1024 * 1024).fill(32));
    const payload = `v1.${toBase64Url(withCrc(new Uint8Array(0), bomb))}`;
    expect(decodeStory(payload)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('refuses an overlong payload without decoding it', () => {
    expect(decodeStory(`v1.${'A'.repeat(2_000_001)}`)).toEqual({ ok: false, error: 'tooLong' });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('reports link size against the message and QR limits', () => {
    expect(linkSize('x'.repeat(QR_MAX_BYTES))).toEqual({
      chars: QR_MAX_BYTES,
      tooLongForMessages: false,
      fitsQr: true,
    });
    expect(linkSize('x'.repeat(QR_MAX_BYTES + 1)).fitsQr).toBe(false);
    expect(linkSize('x'.repeat(LINK_WARN_CHARS)).tooLongForMessages).toBe(false);
    expect(linkSize('x'.repeat(LINK_WARN_CHARS + 1))).toEqual({
      chars: LINK_WARN_CHARS + 1,
      tooLongForMessages: true,
      fitsQr: false,
    });
  });

  it('finds the payload in a fragment and leaves the view parameters', () => {
    const hash = '#story=v1.abc_-&date=2025-02-24&lang=fr';
    expect(storyPayloadFromHash(hash)).toBe('v1.abc_-');
    expect(hashWithoutStory(hash)).toBe('#date=2025-02-24&lang=fr');
    expect(storyPayloadFromHash('#date=2025-02-24')).toBeNull();
    expect(hashWithoutStory('#story=v1.x')).toBe('');
  });
});
