#!/usr/bin/env node
/**
 * Probe (not part of `npm run bench`): opens a built app page, waits for its first usable
 * view, collects garbage, prints the JS heap the bench reads (`Runtime.getHeapUsage`), then
 * takes a heap snapshot and prints what fills it: self size by kind of object, and for the
 * largest kinds the chains of retainers that hold most of them (what to change to free
 * them). How the heap at 100,000 events went from 4.16× to 2.74× its JSON was found. Usage:
 *   node bench/probe-heap.mjs 'http://127.0.0.1:PORT/?data=bench-data/100000.json' [--top=N] [--save=FILE]
 */
import { writeFileSync } from 'node:fs';
import { probeEachHiding } from './lib/probePage.mjs';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const top = Number(option('top') ?? 25);
if (!url) throw new Error('usage: node bench/probe-heap.mjs URL [--top=N] [--save=FILE]');

/** Self size by kind, and the commonest retainer chains of the largest kinds. */
function summarize(snapshot) {
  const m = snapshot.snapshot.meta;
  const F = m.node_fields.length;
  const E = m.edge_fields.length;
  const types = m.node_types[0];
  const edgeTypes = m.edge_types[0];
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    m.node_fields.indexOf(f),
  );
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) =>
    m.edge_fields.indexOf(f),
  );
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / F;
  const kind = (n) => {
    const type = types[nodes[n * F + iType]];
    const name = strings[nodes[n * F + iName]];
    if (/string/.test(type)) return 'string';
    return type === 'object' || type === 'closure' ? `${type} ${name.slice(0, 40)}` : type;
  };
  // One strong retainer per node (the first met), with the edge's name.
  const parent = new Int32Array(count).fill(-1);
  const via = new Array(count);
  let e = 0;
  for (let n = 0; n < count; n++)
    for (let k = 0; k < nodes[n * F + iEdges]; k++, e += E) {
      const type = edgeTypes[edges[e + eType]];
      if (type === 'weak' || type === 'shortcut') continue;
      const to = edges[e + eTo] / F;
      if (parent[to] !== -1) continue;
      parent[to] = n;
      via[to] = type === 'element' || type === 'hidden' ? '[]' : String(strings[edges[e + eName]]);
    }
  const byKind = new Map();
  for (let n = 0; n < count; n++) {
    const k = kind(n);
    const v = byKind.get(k) ?? { n: 0, bytes: 0, nodes: [] };
    v.n++;
    v.bytes += nodes[n * F + iSize];
    if (v.nodes.length < 50_000) v.nodes.push(n);
    byKind.set(k, v);
  }
  const kinds = [...byKind].sort((a, b) => b[1].bytes - a[1].bytes);
  const total = kinds.reduce((s, [, v]) => s + v.bytes, 0);
  console.log(`snapshot: ${(total / 1e6).toFixed(1)} MB in ${count} objects; by kind (MB, count):`);
  for (const [k, v] of kinds.slice(0, top))
    console.log(`${(v.bytes / 1e6).toFixed(2).padStart(8)} ${String(v.n).padStart(9)}  ${k}`);
  for (const [k, v] of kinds.filter(([k]) => /^object |^closure /.test(k)).slice(0, 6)) {
    const chains = new Map();
    for (const n of v.nodes) {
      let chain = '';
      for (let cur = n, d = 0; d < 5 && parent[cur] !== -1; d++) {
        chain += ` <-${via[cur]}- ${kind(parent[cur])}`;
        cur = parent[cur];
      }
      chains.set(chain, (chains.get(chain) ?? 0) + 1);
    }
    console.log(`\n${k}: held by`);
    for (const [chain, c] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 4))
      console.log(`${String(c).padStart(9)} ${chain}`);
  }
}

await probeEachHiding(url, [], async (page) => {
  await page.waitForTimeout(2000); // idle work after the first view (labels, chunks)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  console.log(
    `JS heap after GC: ${(usage.usedSize / 1048576).toFixed(1)} MB (as the bench reads it)`,
  );
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (c) => chunks.push(c.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const text = chunks.join('');
  const save = option('save');
  if (save) writeFileSync(save, text);
  summarize(JSON.parse(text));
});
