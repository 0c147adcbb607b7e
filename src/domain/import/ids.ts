/**
 * One id allocator for everything an import creates (events, places, people): the wanted
 * id when it is valid and free, else the same base with -2, -3… Ids are unique per kind.
 */
import { isId } from '../dataset/ids';

export interface IdAllocator {
  /** `wanted` when valid and unused, else `fallback` (a valid id), then with -2, -3… until free. */
  take(wanted: string, fallback?: string): string;
}

export function createIdAllocator(): IdAllocator {
  const used = new Set<string>();
  return {
    take(wanted, fallback = wanted) {
      let id = isId(wanted) && !used.has(wanted) ? wanted : fallback;
      const base = id.slice(0, 110);
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
  };
}
