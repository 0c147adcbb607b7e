/** Types of report.mjs (for the unit tests in tests/unit/bench). */
import type { Aggregate } from './aggregate.mjs';

export interface Budget {
  name: string;
  metric: string;
  max: number;
  unit: string;
  tolerance?: number;
}
export interface BudgetResult extends Budget {
  status: 'PASS' | 'MISS' | 'SKIP';
  limit: number;
  value: number | null;
  over: number | null;
  spread: { min: number; max: number; n: number } | null;
  why?: string;
}
export interface Row {
  label: string;
  agg: Aggregate;
  events?: number | null;
}
export interface Pair {
  events: number;
  ours: Aggregate | undefined;
  theirs: Aggregate | undefined;
}
export function fmt(v: number | null | undefined, digits?: number): string;
export function cell(agg: Aggregate | undefined, path: string, digits?: number): string;
export function formatTable(rows: readonly Row[]): string;
export function checkBudgets(
  budgets: readonly Budget[],
  measured: { runs: Record<string, Aggregate>; bundle?: Record<string, unknown> },
  requestedLabels: readonly string[],
): BudgetResult[];
export function verdict(r: BudgetResult): string;
export function formatBudgets(results: readonly BudgetResult[]): string;
export function ratio(theirs: unknown, ours: unknown): number | null;
export function formatComparison(pairs: readonly Pair[]): string;
export function formatMarkdown(input: {
  meta: Record<string, unknown>;
  rows: readonly Row[];
  pairs?: readonly Pair[];
  budgets?: readonly BudgetResult[];
  bundle?: Record<string, unknown>;
  importAgg?: Aggregate;
}): string;
