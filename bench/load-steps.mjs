#!/usr/bin/env node
/**
 * Times the import's pure steps in Node on the bench's CSV (default 100,000 rows):
 * `node bench/import-steps.mjs [rows]`; add `--cpu-prof` before the script
 * (`node --cpu-prof --cpu-prof-dir=bench/results bench/import-steps.mjs`) for a CPU profile.
 */
import { join } from 'node:path';
import { ROOT, loadForNode } from '../scripts/lib/loadDomainModule.mjs';

const mod = await loadForNode(join(ROOT, 'bench', 'loadSteps.ts'), 'bench-load-steps');
mod.run(process.argv[2] ?? join(ROOT, 'node_modules/.cache/bench-dist/bench-data/100000.json'));
