import { useCallback, useEffect, useState } from 'react';
import type { LoadProgress } from '../domain/load/progress';
import type { LoadOutcome } from './loadFromAddress';
import { takeStartedLoad } from './linkedAddress';

/**
 * Follows the load of `?data=<url>` or of a story carried in the link (`#story=v1.…`),
 * which `main.tsx` starts before the first render (linkedLoad.ts); reports loading and
 * any failure.
 */
export function useDataFromAddress(): {
  loading: boolean;
  /** How far the load has come (null: not reported yet). */
  progress: LoadProgress | null;
  outcome: LoadOutcome | null;
  dismiss: () => void;
} {
  const [load] = useState(takeStartedLoad);
  // Data that was in before the first render shows no progress at all.
  const [outcome, setOutcome] = useState<LoadOutcome | null>(() => load?.result() ?? null);
  const [loading, setLoading] = useState(load !== null && load.result() === null);
  const [progress, setProgress] = useState<LoadProgress | null>(() => load?.progress() ?? null);

  useEffect(
    function followLinkedLoad() {
      if (!load) return;
      let following = true;
      const stopProgress = load.onProgress((p) => {
        if (following) setProgress(p);
      });
      void load.done.then((result) => {
        if (!following) return;
        setOutcome(result);
        setLoading(false);
      });
      return function stopFollowing() {
        following = false;
        stopProgress();
      };
    },
    [load],
  );

  const dismiss = useCallback(() => setOutcome(null), []);
  return { loading, progress, outcome, dismiss };
}
