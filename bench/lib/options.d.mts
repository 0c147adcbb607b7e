/** Types of options.mjs (for the unit tests in tests/unit/bench). */
export class UsageError extends Error {}
export const DEFAULT_SIZES: number[];
export const DEFAULT_TL_SIZES: number[];
export interface BenchOptions {
  runs: number;
  sizes: number[];
  tlSizes: number[];
  steps: number;
  importRuns: number;
  story: boolean;
  record: boolean;
  import: boolean;
  timelinejs: boolean;
  editing: boolean;
  build: boolean;
  strict: boolean;
  profile: boolean;
  trace: boolean;
  headed: boolean;
  markdown: boolean;
  help: boolean;
  seed: number;
  dist: string | undefined;
  port: number | undefined;
  loadNote: string | null;
}
export function estimateSeconds(label: string): number;
export function formatDuration(seconds: number): string;
export function parseArgs(
  argv: readonly string[],
  defaults?: { dist?: string; port?: number; root?: string },
): BenchOptions;
