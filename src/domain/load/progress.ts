/**
 * The progress of a load (src/domain/load/protocol.ts): its phases in order, where a report
 * puts the whole load, and which report to show. Apart from the protocol, so that the first
 * view's progress note carries this and not the rest.
 */

/** The steps of a load, in the order they happen. */
/**
 * The events reach the page (`receive`) before the time index is done: the worker posts
 * them first and builds the index while the page reads them.
 */
export const PHASES = ['download', 'parse', 'validate', 'receive', 'index'] as const;
export type LoadPhase = (typeof PHASES)[number];

export interface LoadProgress {
  readonly phase: LoadPhase;
  /** 0..1 within the phase, or null when the phase cannot say. */
  readonly fraction: number | null;
}

/** Share of the whole load each phase stands for (sums to 1), for one progress bar. */
const WEIGHTS: Readonly<Record<LoadPhase, number>> = {
  download: 0.25,
  parse: 0.15,
  validate: 0.35,
  receive: 0.15,
  index: 0.1,
};

/** Where a progress report puts the whole load, 0..1. */
export function overallFraction(progress: LoadProgress): number {
  let done = 0;
  for (const phase of PHASES) {
    if (phase === progress.phase) {
      const f = progress.fraction === null ? 0 : Math.min(1, Math.max(0, progress.fraction));
      return Math.min(1, done + WEIGHTS[phase] * f);
    }
    done += WEIGHTS[phase];
  }
  return done;
}

/**
 * The progress to show after `next` arrives: `next` when it moves forward (a later phase,
 * or the same phase with a fraction at least as large), else `prev` unchanged.
 */
export function advanceProgress(prev: LoadProgress | null, next: LoadProgress): LoadProgress {
  if (!prev) return next;
  const a = PHASES.indexOf(prev.phase);
  const b = PHASES.indexOf(next.phase);
  if (b > a) return next;
  if (b < a) return prev;
  if (next.fraction === null) return prev;
  if (prev.fraction === null || next.fraction >= prev.fraction) return next;
  return prev;
}
