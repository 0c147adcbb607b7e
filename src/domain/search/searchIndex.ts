/**
 * Full-text search over a dataset (MiniSearch): people, places, countries and the text of
 * events (title, summary, participants), ignoring case and accents, with prefix matching
 * as you type and a little fuzziness for longer words. Pure: no DOM.
 */
import MiniSearch from 'minisearch';
import type { Dataset } from '../dataset/schema';
import { localized, type LocalizedText } from '../dataset/localized';
import { eventCountries } from '../filter/filter';

export type SearchKind = 'event' | 'place' | 'actor';

export interface SearchHit {
  readonly kind: SearchKind;
  /** The event, place or actor id. */
  readonly id: string;
  readonly score: number;
}

interface Doc {
  readonly key: string;
  readonly kind: SearchKind;
  readonly ref: string;
  readonly people: string;
  readonly places: string;
  readonly countries: string;
  readonly text: string;
}

export interface SearchIndex {
  readonly search: (query: string, limit?: number) => { hits: SearchHit[]; total: number };
}

/** Lower case, no accents ("Şişli" and "sisli", "Genève" and "geneve" match). */
export function foldTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function allText(t: LocalizedText | undefined): string {
  if (!t) return '';
  return [...new Set(Object.values(t))].join(' ');
}

/**
 * `countryName(iso)` gives the name of a place's ISO country in the interface language
 * (the caller passes Intl.DisplayNames), so "Saudi Arabia" finds places coded SA.
 */
export function buildSearchIndex(
  d: Dataset,
  countryName: (iso: string) => string = (iso) => iso,
): SearchIndex {
  const placeById = new Map(d.places.map((p) => [p.id, p]));
  const actorById = new Map(d.actors.map((a) => [a.id, a]));
  const docs: Doc[] = [];
  for (const a of d.actors)
    docs.push({
      key: `a:${a.id}`,
      kind: 'actor',
      ref: a.id,
      people: allText(a.name),
      places: '',
      countries: '',
      text: allText(a.role),
    });
  for (const p of d.places)
    docs.push({
      key: `p:${p.id}`,
      kind: 'place',
      ref: p.id,
      people: '',
      places: allText(p.name),
      countries: `${countryName(p.country)} ${p.country}`,
      text: '',
    });
  for (const e of d.events) {
    const places = e.placeIds.map((id) => placeById.get(id)).filter((p) => p !== undefined);
    docs.push({
      key: `e:${e.id}`,
      kind: 'event',
      ref: e.id,
      people: e.actorIds.map((id) => allText(actorById.get(id)?.name)).join(' '),
      places: places.map((p) => allText(p.name)).join(' '),
      countries: [
        ...eventCountries(e, placeById),
        ...places.map((p) => countryName(p.country)),
      ].join(' '),
      text: [allText(e.title), allText(e.summary), ...e.participants.map(allText)].join(' '),
    });
  }
  const mini = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['people', 'places', 'countries', 'text'],
    storeFields: ['kind', 'ref'],
    processTerm: (term) => foldTerm(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      boost: { people: 3, places: 3, countries: 2, text: 1 },
    },
  });
  mini.addAll(docs);
  return {
    search(query, limit = 50) {
      const q = query.trim();
      if (!q) return { hits: [], total: 0 };
      // People first, then places, then events; by relevance within each.
      const rank = { actor: 0, place: 1, event: 2 } as const;
      const results = mini
        .search(q)
        .sort(
          (a, b) => rank[a.kind as SearchKind] - rank[b.kind as SearchKind] || b.score - a.score,
        );
      const hits = results.slice(0, limit).map((r) => ({
        kind: r.kind as SearchKind,
        id: r.ref as string,
        score: r.score,
      }));
      return { hits, total: results.length };
    },
  };
}

/** The label a hit shows (the caller adds dates and counts). */
export function hitLabel(d: Dataset, hit: SearchHit, lang: string): string {
  if (hit.kind === 'actor') {
    const a = d.actors.find((x) => x.id === hit.id);
    return a ? localized(a.name, lang) : hit.id;
  }
  if (hit.kind === 'place') {
    const p = d.places.find((x) => x.id === hit.id);
    return p ? localized(p.name, lang) : hit.id;
  }
  const e = d.events.find((x) => x.id === hit.id);
  return e ? localized(e.title, lang) : hit.id;
}
