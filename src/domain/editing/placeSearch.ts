/**
 * Type-ahead over the offline gazetteer the import ships: names that start with what was
 * typed (ignoring case and accents), most populous first, then known other names
 * (Geneva → Genève) and close spellings.
 */
import { normalizeName } from '../import/normalize';
import { suggestCities, toSuggestion, type Gazetteer } from '../import/gazetteer';
import type { Suggestion } from '../import/types';

export function searchGazetteer(g: Gazetteer, text: string, limit = 8): Suggestion[] {
  const q = normalizeName(text);
  if (q.length < 2) return [];
  const hits: number[] = [];
  for (const [key, list] of g.byName) {
    if (!key.startsWith(q)) continue;
    for (const i of list.slice(0, 3)) hits.push(i);
  }
  hits.sort((a, b) => g.population[b]! - g.population[a]!);
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const push = (s: Suggestion) => {
    const k = `${s.name}|${s.lat}|${s.lon}`;
    if (seen.has(k) || out.length >= limit) return;
    seen.add(k);
    out.push(s);
  };
  // Exonyms and close spellings first when the name is complete (Geneva, Genf, Moskow).
  for (const s of suggestCities(g, text, null, 3)) if (normalizeName(s.name) !== q) push(s);
  for (const i of hits) push(toSuggestion(g, i));
  out.sort((a, b) => b.population - a.population);
  return out;
}
