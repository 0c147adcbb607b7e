import { useEffect, useState } from 'react';

/** A value from a chunk of its own (`import()`), loaded once and kept. */
export interface LazyValue<T> {
  /**
   * Loads the value: once, however many callers wait for it; after a failure (offline before
   * the chunk was cached) the failed promise is forgotten, so the next call tries again.
   */
  load(): Promise<T>;
  /** The value if it has arrived. */
  current(): T | undefined;
  /**
   * The value at once if it has arrived, else undefined and a render again when it does (the
   * hook starts the load). After a failure it tries again on the next mount, or when `retry`
   * changes (a menu opened again).
   */
  useValue(retry?: unknown): T | undefined;
}

export function lazyValue<T>(loader: () => Promise<T>): LazyValue<T> {
  let value: T | undefined;
  let pending: Promise<T> | null = null;
  function load(): Promise<T> {
    pending ??= loader().then(
      (loaded) => {
        value = loaded;
        return loaded;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  }
  const current = () => value;

  return {
    load,
    current,
    useValue(retry) {
      const [arrived, setArrived] = useState(current);
      useEffect(
        function loadMissingValue() {
          if (arrived !== undefined) return;
          let live = true;
          load().then(
            (loaded) => {
              if (live) setArrived(() => loaded);
            },
            () => {},
          );
          return function ignoreLateValue() {
            live = false;
          };
        },
        [arrived, retry],
      );
      return arrived;
    },
  };
}
