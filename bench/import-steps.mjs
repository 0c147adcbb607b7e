#!/usr/bin/env node
/**
 * Times the import's pure steps in Node on the bench's CSV (default 100,000 rows):
 * `node bench/import-steps.mjs [rows]`; add `--cpu-prof` before the script
 * (`node --cpu-prof --cpu-prof-dir=bench/results bench/import-steps.mjs`) for a CPU profile.
 */
import { join } from 'node:path';
import { ROOT, loadForNode } from '../scripts/lib/loadDomainModule.mjs';

const mod = await loadForNode(join(ROOT, 'bench', 'importSteps.ts'), 'bench-import-steps');
mod.run(join(ROOT, 'public', 'gazetteer', 'cities.v1.tsv'), Number(process.argv[2] ?? 100_000));
