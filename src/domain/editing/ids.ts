/** Ids for new records: readable, unique within their list, valid for the schema. */
import { slugify } from '../import/normalize';

export function uniqueId(base: string, taken: Iterable<string>): string {
  const set = taken instanceof Set ? (taken as Set<string>) : new Set(taken);
  const stem = slugify(base);
  if (!set.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!set.has(id)) return id;
  }
}
