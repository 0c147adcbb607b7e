import { useSyncExternalStore } from 'react';

/** Whether a media query matches, kept up to date (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return function stopWatchingQuery() {
        list.removeEventListener('change', onChange);
      };
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}

/**
 * Phones and tablets, in either orientation: the header folds into a menu and the panel
 * becomes tabs (a bottom sheet in portrait). Keep in step with the same query in styles.css.
 */
export const COMPACT_LAYOUT = '(max-width: 1299px)';
