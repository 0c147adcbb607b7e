import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { applyHash, parseHash } from '../store/urlSync';
import { dataUrlFromSearch, loadDatasetFromUrl, type LoadOutcome } from './loadFromAddress';

/** Loads `?data=<url>` once on start; reports loading and any failure. */
export function useDataFromAddress(): {
  loading: boolean;
  outcome: LoadOutcome | null;
  dismiss: () => void;
} {
  const [url] = useState(() => dataUrlFromSearch(window.location.search, window.location.href));
  // The address as opened: the sync rewrites it for the bundled story before the data arrives.
  const [openingHash] = useState(() => window.location.hash);
  const [loading, setLoading] = useState(url !== null);
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);

  useEffect(
    function loadLinkedDataset() {
      if (!url) return;
      const controller = new AbortController();
      loadDatasetFromUrl(useAppStore, url, controller.signal).then((result) => {
        if (controller.signal.aborted) return;
        if (result.ok) applyHash(useAppStore, parseHash(openingHash));
        setOutcome(result);
        setLoading(false);
      });
      return function cancelLoad() {
        controller.abort();
      };
    },
    [url, openingHash],
  );

  const dismiss = useCallback(() => setOutcome(null), []);
  return { loading, outcome, dismiss };
}
