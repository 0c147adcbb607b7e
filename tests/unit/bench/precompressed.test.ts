import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { largeFiles, precompressedPreview } from '../../../bench/lib/precompressed.mjs';

type Middleware = (req: unknown, res: unknown, next: () => void) => void;

const dist = mkdtempSync(join(tmpdir(), 'precompressed-'));
mkdirSync(join(dist, 'bench-data'));
const big = JSON.stringify({ events: Array.from({ length: 40_000 }, (_, i) => ({ id: `e${i}` })) });
writeFileSync(join(dist, 'bench-data', '1000.json'), big);
writeFileSync(join(dist, 'small.json'), '{"a":1}');
writeFileSync(join(dist, 'picture.png'), Buffer.alloc(600_000));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function serve(path: string, headers: Record<string, string>) {
  let middleware: Middleware | null = null;
  const plugin = precompressedPreview({ minBytes: 100_000 }) as unknown as {
    configurePreviewServer(server: unknown): void;
  };
  plugin.configurePreviewServer({
    config: { root: '/', build: { outDir: dist } },
    middlewares: { use: (fn: Middleware) => (middleware = fn) },
  });
  const sent: { headers: Record<string, string>; body: Buffer | null; next: boolean } = {
    headers: {},
    body: null,
    next: false,
  };
  const res = {
    statusCode: 0,
    setHeader: (k: string, v: string) => (sent.headers[k.toLowerCase()] = v),
    end: (b?: Buffer) => (sent.body = b ?? null),
  };
  middleware!({ method: 'GET', url: path, headers }, res, () => (sent.next = true));
  return sent;
}

describe('the bench’s precompressed files', () => {
  it('lists the large files of a compressible type only', () => {
    expect(largeFiles(dist, 100_000)).toEqual([join(dist, 'bench-data', '1000.json')]);
  });

  it('sends a large file gzipped, as it is on disk, to a browser that takes gzip', () => {
    const sent = serve('/bench-data/1000.json?x=1', { 'accept-encoding': 'gzip, deflate, br' });
    expect(sent.next).toBe(false);
    expect(sent.headers['content-encoding']).toBe('gzip');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(gunzipSync(sent.body!).toString('utf8')).toBe(big);
    expect(Number(sent.headers['content-length'])).toBe(sent.body!.length);
  });

  it('leaves small files, other types and browsers without gzip to vite preview', () => {
    expect(serve('/small.json', { 'accept-encoding': 'gzip' }).next).toBe(true);
    expect(serve('/picture.png', { 'accept-encoding': 'gzip' }).next).toBe(true);
    expect(serve('/bench-data/1000.json', {}).next).toBe(true);
  });
});
