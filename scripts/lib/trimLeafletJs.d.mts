/** Types of scripts/lib/trimLeafletJs.mjs, for the TypeScript that imports it (vite configs, tests). */
import type { Plugin } from 'vite';
export declare const LEAFLET_ESM: string;
export declare const UNUSED: readonly string[];
export declare const EXPECTED: readonly string[];
export declare const REWRITES: readonly { from: string; to: string }[];
export declare function trimLeafletJs(
  source: string,
  parse: (code: string) => { body: unknown[] },
  unused?: readonly string[],
  rewrites?: readonly { from: string; to: string }[],
): { code: string; removed: string[] };
export declare function trimLeafletScript(): Plugin;
