/** Types of aggregate.mjs (for the unit tests in tests/unit/bench). */
export interface MetricStats {
  median: number | null;
  min: number | null;
  max: number | null;
  values: number[];
}
export interface Aggregate {
  n: number;
  ok: number;
  errors: string[];
  notes: string[];
  metrics: Record<string, MetricStats>;
  datasetLoaded?: boolean;
  loadProblem?: string;
}
export function median(values: readonly unknown[]): number | null;
export function spread(values: readonly unknown[]): { min: number; max: number } | null;
export function valueAt(root: unknown, path: string): unknown;
export function numericPaths(obj: unknown, skip?: Set<string>, prefix?: string): string[];
export function aggregateRuns(runs: readonly object[]): Aggregate;
export function med(agg: Aggregate | undefined, path: string): number | null;
