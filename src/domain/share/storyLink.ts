/**
 * The story link codec: a whole dataset carried in the address fragment.
 *
 *   #story=v1.<base64url(crc32(json) ‖ deflate-raw(json))>&date=…&lang=…
 *
 * where json is the dataset's UTF-8 JSON and crc32 its CRC-32 in 4 big-endian bytes (raw
 * deflate has no checksum of its own: the CRC makes a changed character a refused link
 * rather than a silently different story).
 * Pure (no DOM): encode, decode, the version prefix and a size report. Decoding never
 * throws; it returns the parsed JSON or an error code. The JSON is then validated like any
 * import (see `decodeStoryDataset`), so a corrupted, truncated or hostile link is refused.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

export { STORY_PARAM, storyPayloadFromHash, hashWithoutStory } from './storyParam';
export const STORY_VERSION = 'v1';
const PREFIX = `${STORY_VERSION}.`;

/** Past this many characters messaging apps and some browsers cut links. */
export const LINK_WARN_CHARS = 8000;
/** Most bytes a QR code holds (version 40, error correction L, byte mode). */
export const QR_MAX_BYTES = 2953;
/** A payload longer than this is refused before any work (about 1.5 MB of compressed data). */
export const MAX_PAYLOAD_CHARS = 2_000_000;
/** Decompressed JSON larger than this is refused (guards against compression bombs). */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;

export type StoryLinkError =
  | 'empty'
  | 'version'
  | 'newerVersion'
  | 'tooLong'
  | 'encoding'
  | 'compression'
  | 'checksum'
  | 'tooLarge'
  | 'json';

export type DecodeResult = { ok: true; json: unknown } | { ok: false; error: StoryLinkError };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]!;
  }
  return out;
}

/** Strict base64url (no padding); null on any other character or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? B64_INDEX[code]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The payload for a dataset (the part after `story=`). */
export function encodeStory(dataset: unknown): string {
  const json = strToU8(JSON.stringify(dataset));
  const compressed = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(4 + compressed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(compressed, 4);
  return PREFIX + toBase64Url(bytes);
}

function inflateLimited(bytes: Uint8Array): Uint8Array | 'compression' | 'tooLarge' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  let tooLarge = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > MAX_JSON_BYTES) {
      tooLarge = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    const STEP = 16 * 1024;
    for (let i = 0; i < bytes.length; i += STEP) {
      const end = Math.min(bytes.length, i + STEP);
      inflater.push(bytes.subarray(i, end), end === bytes.length);
    }
    if (bytes.length === 0) inflater.push(bytes, true);
  } catch {
    return tooLarge ? 'tooLarge' : 'compression';
  }
  if (!done) return 'compression';
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Decodes a payload back to JSON; never throws. */
export function decodeStory(payload: string): DecodeResult {
  const text = payload.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_PAYLOAD_CHARS) return { ok: false, error: 'tooLong' };
  const dot = text.indexOf('.');
  const version = dot > 0 ? text.slice(0, dot) : '';
  if (version !== STORY_VERSION) {
    const n = /^v(\d{1,6})$/.exec(version);
    return { ok: false, error: n && Number(n[1]) > 1 ? 'newerVersion' : 'version' };
  }
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes || bytes.length < 5) return { ok: false, error: 'encoding' };
  const inflated = inflateLimited(bytes.subarray(4));
  if (typeof inflated === 'string') return { ok: false, error: inflated };
  const expected = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  if (crc32(inflated) !== expected) return { ok: false, error: 'checksum' };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, error: 'json' };
  }
  return { ok: true, json };
}

export interface LinkSize {
  /** Characters in the whole link. */
  chars: number;
  /** Past LINK_WARN_CHARS: recommend the single file instead. */
  tooLongForMessages: boolean;
  /** Fits in one QR code. */
  fitsQr: boolean;
}

export function linkSize(link: string): LinkSize {
  // Links are ASCII (base64url and percent-encoded parameters): one byte per character.
  return {
    chars: link.length,
    tooLongForMessages: link.length > LINK_WARN_CHARS,
    fitsQr: link.length <= QR_MAX_BYTES,
  };
}
