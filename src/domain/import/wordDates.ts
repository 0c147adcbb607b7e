/**
 * Dates written in words, in any language `Intl` knows: "14 e 15 de Janeiro",
 * "De 02 a 09 de Julho", "1º, 02, 03 e 04 de Novembro", "du 1er au 3 mars 1962",
 * "3. und 4. Mai", "dal 3 al 5 maggio", "May 3rd and 4th", "30 de junho a 2 de julho".
 * Days must come in order; a list or range reads as the span from its first to its last.
 *
 * Month and weekday names are not typed here: they come from
 * `Intl.DateTimeFormat(locale, { month: 'long' | 'short' })` (standalone and, with a day,
 * the form used inside a date: Polish "stycznia", Czech "ledna"), with unambiguous
 * prefixes ("Sept", "Febr"). Only the little words that join days ("e", "y", "and", "a",
 * "au", "bis", "de", "of"…) are listed. A list or a range of days reads as one span, from
 * its first day to its last. The year (and the month) may come from other columns.
 *
 * Pure and total: never throws.
 */
import { daysInMonth, toDayNumber, type CalendarDate } from '../time/calendar';

/** Languages looked at when the record's language is not given (Intl knows many more). */
export const DATE_LANGUAGES = [
  'en',
  'fr',
  'pt',
  'es',
  'de',
  'it',
  'nl',
  'ca',
  'ro',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sv',
  'da',
  'nb',
  'fi',
  'et',
  'lv',
  'lt',
  'hu',
  'tr',
  'id',
  'sq',
  'ru',
  'uk',
  'bg',
  'el',
] as const;

/** Words that join or introduce days in dates ("14 e 15 de", "du 3 au 5", "vom 3. bis 5."). */
const FILLERS = new Set(
  (
    'a al ao aos as à au aux and und y e et ed i en og och ve si es ja és ir un ' +
    'de del della dei do da dos das di du des von vom zum bis am im den der des ' +
    'of the on in from to till until thru through between and ' +
    'le la les el los las lo il em no na nos nas nel nella dal dalla dallo dall al alla ' +
    'desde hasta entre ate fino tot t m tm tussen van het op ' +
    'od do oraz ' +
    'jusqu jusquau jusqua'
  ).split(' '),
);

function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '');
}

export interface MonthLexicon {
  /** Normalised month word → month number (1–12). */
  readonly months: ReadonlyMap<string, number>;
  /** Normalised weekday words, ignored in dates. */
  readonly weekdays: ReadonlySet<string>;
}

const lexicons = new Map<string, MonthLexicon>();

function supported(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** Month and weekday names of one language, from Intl; an empty lexicon for an unknown tag. */
export function monthLexicon(locale: string): MonthLexicon {
  const cached = lexicons.get(locale);
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  if (supported(locale)) {
    const forms: Intl.DateTimeFormatOptions[] = [
      { month: 'long' },
      { month: 'short' },
      { month: 'long', day: 'numeric' },
      { month: 'short', day: 'numeric' },
    ];
    const fullNames: { word: string; month: number }[] = [];
    const formatters = forms.map((f) => ({
      long: f.month === 'long',
      fmt: new Intl.DateTimeFormat(locale, { ...f, timeZone: 'UTC' }),
    }));
    for (let m = 1; m <= 12; m++) {
      const date = new Date(Date.UTC(2001, m - 1, 15, 12));
      for (const { long, fmt } of formatters) {
        for (const part of fmt.formatToParts(date)) {
          if (part.type !== 'month') continue;
          for (const w of part.value.split(/\s+/)) {
            const word = normalizeWord(w);
            if (word && !/\d/.test(word)) {
              months.set(word, m);
              if (long) fullNames.push({ word, month: m });
            }
          }
        }
      }
    }
    // Unambiguous prefixes of the long names ("sept", "febr", "dezem").
    const prefixes = new Map<string, number>();
    for (const { word, month } of fullNames) {
      for (let n = 3; n < word.length; n++) {
        const p = word.slice(0, n);
        const had = prefixes.get(p);
        prefixes.set(p, had === undefined || had === month ? month : 0);
      }
    }
    for (const [p, m] of prefixes) if (m > 0 && !months.has(p)) months.set(p, m);
    const dayFormats = (['long', 'short'] as const).map(
      (weekday) => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }),
    );
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2001, 0, 1 + d, 12));
      for (const fmt of dayFormats)
        for (const part of fmt.format(date).split(/\s+/)) weekdays.add(normalizeWord(part));
    }
  }
  const lex = { months, weekdays };
  lexicons.set(locale, lex);
  return lex;
}

let union: MonthLexicon | null = null;

/** Every language of DATE_LANGUAGES at once, without the words that mean different months. */
export function anyLanguageLexicon(): MonthLexicon {
  if (union) return union;
  const months = new Map<string, number>();
  const conflicts = new Set<string>();
  const weekdays = new Set<string>();
  for (const lang of DATE_LANGUAGES) {
    const lex = monthLexicon(lang);
    for (const [w, m] of lex.months) {
      if (w.length < 3) continue;
      const had = months.get(w);
      if (had !== undefined && had !== m) conflicts.add(w);
      else months.set(w, m);
    }
    for (const w of lex.weekdays) if (w.length >= 3) weekdays.add(w);
  }
  for (const w of conflicts) months.delete(w);
  for (const w of months.keys()) weekdays.delete(w);
  for (const w of FILLERS) months.delete(w);
  union = { months, weekdays };
  return union;
}

/** What other columns say about a date: its year, its month, the record's language. */
export interface DateContext {
  /** A separate year column's cell ("2008"). */
  readonly year?: string;
  /** A separate month column's cell ("Janeiro", "01"). */
  readonly month?: string;
  /** BCP 47 tag of the record's language (e.g. "pt"); absent: any language. */
  readonly locale?: string;
}

export type WordDateFailure = 'invalid' | 'noYear' | 'noMonth';

export type WordDateParse =
  | {
      readonly ok: true;
      readonly start: CalendarDate;
      readonly end?: CalendarDate;
      readonly precision: 'day' | 'month' | 'year';
    }
  | { readonly ok: false; readonly reason: WordDateFailure };

type Token =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'year'; readonly v: number }
  | { readonly t: 'month'; readonly v: number };

function lookupMonth(word: string, lang: MonthLexicon | null): number | undefined {
  return lang?.months.get(word) ?? anyLanguageLexicon().months.get(word);
}

function tokenize(text: string, lang: MonthLexicon | null): Token[] | null {
  const cleaned = text
    .replace(/[ºª°ᵉʳ]/g, '')
    .replace(/(\d)(?:st|nd|rd|th|er|re|eme|ème|e|o|a)\b/gi, '$1')
    .replace(/(\d)\.(?=\s|$|,|-|–|—)/g, '$1 ');
  const words = cleaned.split(/[\s,;/&()–—'’-]+/);
  const tokens: Token[] = [];
  const anyLex = anyLanguageLexicon();
  for (const raw of words) {
    if (!raw) continue;
    const w = normalizeWord(raw);
    if (!w) continue;
    if (/^\d{4}$/.test(w)) {
      tokens.push({ t: 'year', v: Number(w) });
      continue;
    }
    if (/^\d{1,2}$/.test(w)) {
      tokens.push({ t: 'num', v: Number(w) });
      continue;
    }
    const m = lookupMonth(w, lang);
    if (m !== undefined) {
      tokens.push({ t: 'month', v: m });
      continue;
    }
    if (FILLERS.has(w) || lang?.weekdays.has(w) || anyLex.weekdays.has(w)) continue;
    return null;
  }
  return tokens;
}

interface Point {
  day?: number;
  month?: number;
  year?: number;
  /** The year was written in this cell (not taken from a year column). */
  yearInText?: boolean;
}

/** The month a separate month column names: a number or a month word. */
export function monthFromCell(cell: string, locale?: string): number | null {
  const t = cell.trim();
  if (!t) return null;
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  const lang = locale ? monthLexicon(locale) : null;
  const m = lookupMonth(normalizeWord(t), lang);
  return m ?? null;
}

/** The year a separate year column holds ("2008", "2008.0", "Ano 2008"). */
export function yearFromCell(cell: string): number | null {
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(cell);
  return m ? Number(m[1]) : null;
}

function valid(p: Point): p is Point & { year: number; month: number } {
  if (p.year === undefined || p.month === undefined) return false;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > daysInMonth(p.year, p.month))) return false;
  return true;
}

const dayNumberOf = (p: Point) => toDayNumber({ year: p.year!, month: p.month!, day: p.day ?? 1 });

/**
 * Reads a date written with month names, or days alone when the month comes from a month
 * column. Lists and ranges of days ("14 e 15", "De 02 a 09", "28 Feb – 2 Mar") give the
 * span from the first day to the last.
 */
export function parseWordDate(text: string, context: DateContext = {}): WordDateParse {
  const fail = (reason: WordDateFailure): WordDateParse => ({ ok: false, reason });
  // A cell without digits is a date only as a month with a year column ("Janeiro" + 2008):
  // other text is refused before any month names are looked up.
  if (!/\d/.test(text) && context.year === undefined) return fail('invalid');
  if (!/\p{L}/u.test(text) && context.month === undefined) return fail('invalid');
  const lang = context.locale ? monthLexicon(context.locale) : null;
  const tokens = tokenize(text, lang);
  if (!tokens || tokens.length === 0) return fail('invalid');
  const ctxYear = context.year !== undefined ? yearFromCell(context.year) : null;
  const ctxMonth =
    context.month !== undefined ? monthFromCell(context.month, context.locale) : null;
  const points: Point[] = [];
  const firstMonth = tokens.findIndex((t) => t.t === 'month');
  const monthFirst =
    firstMonth >= 0 && tokens[firstMonth + 1]?.t === 'num' && tokens[firstMonth - 1]?.t !== 'num';
  const setYear = (y: number) => {
    for (const p of points)
      if (p.year === undefined) Object.assign(p, { year: y, yearInText: true });
  };
  if (monthFirst) {
    let current: number | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.t === 'month') {
        current = tok.v;
        if (tokens[i + 1]?.t !== 'num') points.push({ month: tok.v });
      } else if (tok.t === 'num') {
        if (current === undefined) return fail('invalid');
        points.push({ day: tok.v, month: current });
      } else setYear(tok.v);
    }
  } else {
    let pending: number[] = [];
    for (const tok of tokens) {
      if (tok.t === 'num') pending.push(tok.v);
      else if (tok.t === 'month') {
        if (pending.length === 0) points.push({ month: tok.v });
        for (const d of pending) points.push({ day: d, month: tok.v });
        pending = [];
      } else {
        if (pending.length > 0) {
          if (ctxMonth === null) return fail('noMonth');
          for (const d of pending) points.push({ day: d, month: ctxMonth });
          pending = [];
        }
        setYear(tok.v);
      }
    }
    if (pending.length > 0) {
      if (ctxMonth === null) return fail('noMonth');
      for (const d of pending) points.push({ day: d, month: ctxMonth });
    }
  }
  if (points.length === 0) {
    // Only a year in the text: with a month column, that month.
    const years = tokens.filter((t) => t.t === 'year');
    if (years.length === 1 && ctxMonth !== null)
      points.push({ month: ctxMonth, year: years[0]!.v, yearInText: true });
    else return fail('invalid');
  }
  for (const p of points) {
    if (p.month === undefined) p.month = ctxMonth ?? undefined;
    if (p.year === undefined) {
      if (ctxYear === null) return fail('noYear');
      p.year = ctxYear;
    }
  }
  // A span across the new year: "30 Dec – 2 Jan 2009" starts in 2008; "30 Dec – 2 Jan"
  // with 2008 in the year column ends in 2009.
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.year === b.year && a.month !== undefined && b.month !== undefined && b.month < a.month) {
      if (a.yearInText) for (let j = 0; j < i; j++) points[j]!.year! -= 1;
      else for (let j = i; j < points.length; j++) points[j]!.year! += 1;
    }
  }
  const withDay = points.filter((p) => p.day !== undefined).length;
  if (withDay !== 0 && withDay !== points.length) return fail('invalid');
  if (!points.every(valid)) return fail('invalid');
  // Days are written in order: "14-12 Feb" is a mistake, not 12–14 Feb.
  for (let i = 1; i < points.length; i++)
    if (dayNumberOf(points[i]!) < dayNumberOf(points[i - 1]!)) return fail('invalid');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const precision = withDay > 0 ? 'day' : 'month';
  const start = { year: first.year!, month: first.month!, day: first.day ?? 1 };
  const end =
    precision === 'day'
      ? { year: last.year!, month: last.month!, day: last.day! }
      : { year: last.year!, month: last.month!, day: daysInMonth(last.year!, last.month!) };
  const single =
    precision === 'day'
      ? toDayNumber(end) === toDayNumber(start)
      : first.year === last.year && first.month === last.month;
  return single ? { ok: true, start, precision } : { ok: true, start, end, precision };
}

/**
 * The language whose month names the cells use most, among DATE_LANGUAGES, or null when
 * no cell names a month. Ties go to the earlier language of the list.
 */
export function detectDateLanguage(cells: Iterable<string>, limit = 200): string | null {
  const scores = new Map<string, number>();
  let seen = 0;
  for (const cell of cells) {
    if (!cell || seen >= limit) continue;
    const words = cell.split(/[\s,;/&()–—.-]+/).map(normalizeWord);
    if (!words.some((w) => /\p{L}{3,}/u.test(w))) continue;
    seen++;
    for (const lang of DATE_LANGUAGES) {
      const lex = monthLexicon(lang);
      let hits = 0;
      for (const w of words) if (w.length >= 3 && lex.months.has(w)) hits++;
      if (hits > 0) scores.set(lang, (scores.get(lang) ?? 0) + hits);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of DATE_LANGUAGES) {
    const s = scores.get(lang) ?? 0;
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}
