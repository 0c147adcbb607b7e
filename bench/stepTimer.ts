/**
 * Times named steps one after another and prints them (bench/importSteps.ts,
 * bench/loadSteps.ts). Not part of the app.
 */
import { performance } from 'node:perf_hooks';

export function stepTimer() {
  const times: [string, number][] = [];
  return {
    /** Runs `f`, keeps how long it took under `name`, and returns its value. */
    timed<T>(name: string, f: () => T): T {
      const t0 = performance.now();
      const value = f();
      times.push([name, performance.now() - t0]);
      return value;
    },
    print() {
      for (const [name, ms] of times) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
    },
  };
}
