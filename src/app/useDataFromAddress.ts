import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { applyHash, parseHash } from '../store/urlSync';
import { storyPayloadFromHash } from '../domain/share/storyParam';
import type { LoadProgress } from '../domain/load/protocol';
import {
  dataUrlFromSearch,
  loadDatasetFromStoryLink,
  loadDatasetFromUrl,
  type LoadOutcome,
} from './loadFromAddress';

/**
 * Loads `?data=<url>` or a story carried in the link (`#story=v1.…`) once on start;
 * reports loading and any failure. A story link wins over `?data=`.
 */
export function useDataFromAddress(): {
  loading: boolean;
  /** How far the load has come (null: not reported yet). */
  progress: LoadProgress | null;
  outcome: LoadOutcome | null;
  dismiss: () => void;
} {
  const [url] = useState(() => dataUrlFromSearch(window.location.search, window.location.href));
  // The address as opened: the sync rewrites it for the bundled story before the data arrives.
  const [openingHash] = useState(() => window.location.hash);
  const [story] = useState(() => storyPayloadFromHash(window.location.hash));
  const [loading, setLoading] = useState(url !== null || story !== null);
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const [progress, setProgress] = useState<LoadProgress | null>(null);

  useEffect(
    function loadLinkedDataset() {
      if (!url && story === null) return;
      const controller = new AbortController();
      const load =
        story !== null
          ? loadDatasetFromStoryLink(useAppStore, story, controller.signal)
          : loadDatasetFromUrl(useAppStore, url!, controller.signal, (p) => {
              if (!controller.signal.aborted) setProgress(p);
            });
      load.then((result) => {
        if (controller.signal.aborted) return;
        if (result.ok) applyHash(useAppStore, parseHash(openingHash));
        setOutcome(result);
        setLoading(false);
      });
      return function cancelLoad() {
        controller.abort();
      };
    },
    [url, story, openingHash],
  );

  const dismiss = useCallback(() => setOutcome(null), []);
  return { loading, progress, outcome, dismiss };
}
