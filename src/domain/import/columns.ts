/**
 * Guesses which column feeds which field from the header names (English and French),
 * with a look at the cells when headers say nothing (a column of dates, of numbers in
 * latitude range…). The user corrects the guess before importing.
 */
import { normalizeName } from './normalize';
import { FIELDS, type ColumnMapping, type Field } from './types';
import { parseDateText } from './dates';

/** Header words per field, normalised (lower case, no accents). First = strongest. */
const SYNONYMS: Record<Field, readonly string[]> = {
  date: [
    'date',
    'dates',
    'start',
    'start date',
    'begin',
    'from',
    'date de debut',
    'debut',
    'date debut',
    'du',
    'day',
    'jour',
    'when',
    'quand',
    'date from',
    'arrival',
    'arrivee',
    'time',
    'periode',
    'period',
    'data',
    'fecha',
    'datum',
    'dias',
    'dia',
    'fechas',
    'datas',
    'date della visita',
    'giorni',
    'giorno',
    'data della visita',
    'tage',
    'tag',
    'jours',
    'days',
  ],
  year: ['year', 'annee', 'an', 'ano', 'anio', 'jahr', 'anno', 'jaar', 'rok', 'yr'],
  month: ['month', 'mois', 'mes', 'monat', 'mese', 'maand', 'miesiac'],
  end: [
    'end',
    'end date',
    'to',
    'until',
    'fin',
    'date de fin',
    'date fin',
    'au',
    'departure',
    'depart',
    'date to',
  ],
  city: [
    'city',
    'locale',
    'ville',
    'town',
    'place',
    'lieu',
    'location',
    'localite',
    'cities',
    'villes',
    'destination',
    'where',
    'ou',
    'place name',
    'city name',
    'municipality',
    'commune',
    'site',
    'cidade',
    'ciudad',
    'stadt',
    'citta',
    'ort',
    'local',
    'localidade',
    'localidad',
    'destino',
    'cidades',
    'ciudades',
  ],
  country: [
    'country',
    'pays',
    'nation',
    'state',
    'etat',
    'country name',
    'country code',
    'iso',
    'code pays',
    'pais',
    'land',
    'paese',
    'staat',
    'pais visitado',
  ],
  lat: ['lat', 'latitude', 'y', 'lat dd'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'lon dd'],
  actor: [
    'name',
    'person',
    'actor',
    'traveller',
    'traveler',
    'who',
    'nom',
    'personne',
    'acteur',
    'voyageur',
    'qui',
    'official',
    'delegation',
    'leader',
    'minister',
    'ministre',
    'secretary',
    'participant',
  ],
  title: [
    'title',
    'titre',
    'event',
    'evenement',
    'subject',
    'sujet',
    'purpose',
    'objet',
    'headline',
  ],
  description: [
    'description',
    'remarks',
    'remark',
    'notes',
    'note',
    'summary',
    'resume',
    'details',
    'detail',
    'comment',
    'comments',
    'commentaire',
    'commentaires',
    'remarques',
    'remarque',
    'observations',
  ],
  kind: ['kind', 'type', 'category', 'categorie', 'nature'],
  precision: ['precision', 'date precision', 'precision de la date'],
  source: ['source', 'sources', 'reference', 'references', 'citation', 'publisher', 'editeur'],
  url: ['url', 'link', 'lien', 'href', 'web', 'website', 'source url', 'adresse'],
  id: ['id', 'identifier', 'identifiant', 'key', 'cle', 'ref'],
};

function headerScore(header: string, field: Field): number {
  const h = normalizeName(header);
  if (!h) return 0;
  const words = SYNONYMS[field];
  const exact = words.indexOf(h);
  if (exact >= 0) return 100 - exact;
  // A synonym as a whole word inside a longer header ("Date of visit", "Ville visitée").
  let best = 0;
  const tokens = h.split(' ');
  words.forEach((w, i) => {
    if (w.includes(' ') ? h.includes(w) : tokens.includes(w)) best = Math.max(best, 50 - i);
  });
  return best;
}

function sampleColumn(rows: readonly (readonly string[])[], c: number, n = 50): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length && out.length < n; i++) {
    const v = rows[i]?.[c]?.trim();
    if (v) out.push(v);
  }
  return out;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n / values.length;
}

/** Best guess of the mapping; each column feeds at most one field. */
export function guessMapping(
  headers: readonly string[],
  rows: readonly (readonly string[])[] = [],
): ColumnMapping {
  const candidates: { field: Field; column: number; score: number }[] = [];
  headers.forEach((h, column) => {
    for (const field of FIELDS) {
      const score = headerScore(h, field);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  // Content hints: dates and coordinates even under unhelpful headers.
  headers.forEach((_, column) => {
    const sample = sampleColumn(rows, column);
    if (sample.length === 0) return;
    const readsAsDate = (v: string) => {
      const d = parseDateText(v);
      return d.ok || d.reason === 'ambiguous' || d.reason === 'noYear';
    };
    if (share(sample, readsAsDate) > 0.8) candidates.push({ field: 'date', column, score: 10 });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    // "Date" cells are the start; an 'end' guess needs a date guess too.
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  if (mapping.end !== undefined && mapping.date === undefined) {
    mapping.date = mapping.end;
    delete mapping.end;
  }
  return mapping;
}

/** True when the mapping can make events: a date and a place (city or coordinates). */
export function mappingIsUsable(m: ColumnMapping): { date: boolean; place: boolean } {
  return {
    date: m.date !== undefined,
    place: m.city !== undefined || (m.lat !== undefined && m.lon !== undefined),
  };
}
