/**
 * Synthetic datasets for benchmarks and stress tests: seeded, deterministic (same options,
 * same JSON), valid against the schema, and shaped like real diplomatic travel:
 *
 * - **Time:** events cluster in bursts around random "crisis" days (a Gaussian around each
 *   one, heavier crises draw more), over a quieter background that thins at weekends.
 * - **Places:** real cities worldwide (the first ones lie near ±180° longitude: Suva,
 *   Apia, Anadyr, Funafuti…, so journeys cross the antimeridian), then places scattered a
 *   few degrees around them when more are asked for.
 * - **Actors:** distinct colours, initials, an ISO 3166-1 alpha-2 country and a home place.
 * - **Journeys:** events are dealt out in date order; an actor is at one place per day and
 *   stays put during a multi-day visit, so each actor's events form a plausible journey
 *   (same day, same place; next day, possibly the other side of the world). About a fifth
 *   of events involve a second actor who is free to be there; 2 % are 'call' events between
 *   two places (remote: they move no one); 1 % are month-precision events without actors.
 *
 * Pure TypeScript, no DOM: runs in node (tests, the benchmark) and in the browser.
 */
import type { DatasetInput } from '../../src/domain/dataset/schema';
import { dayToIso, isoToDay } from '../../src/domain/time/calendar';
import { encodeColumnar, type ColumnarDataset } from '../../src/domain/dataset/columnar';

export interface SyntheticOptions {
  /** Number of events (integer ≥ 0). */
  readonly events: number;
  /** Number of places (≥ 2); default min(500, max(20, events / 20)). */
  readonly places?: number;
  /** Number of actors (≥ 1); default min(60, max(5, events / 200)). */
  readonly actors?: number;
  /** PRNG seed; default 1. */
  readonly seed?: number;
  /** First calendar day of the span, YYYY-MM-DD; default 2022-01-01. */
  readonly startIso?: string;
  /** Length of the span in days (≥ 1); every date falls inside it. Default 1096 (3 years). */
  readonly spanDays?: number;
}

type EventInput = DatasetInput['events'][number];
type PlaceInput = DatasetInput['places'][number];
type ActorInput = DatasetInput['actors'][number];

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Anchor {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/** Real cities; the antimeridian ones come first so even small datasets cross it. */
const ANCHORS: readonly Anchor[] = [
  { name: 'Suva', country: 'FJ', lat: -18.1416, lon: 178.4419 },
  { name: 'Apia', country: 'WS', lat: -13.8333, lon: -171.7667 },
  { name: 'Anadyr', country: 'RU', lat: 64.7337, lon: 177.4968 },
  { name: 'Funafuti', country: 'TV', lat: -8.5211, lon: 179.1983 },
  { name: "Nuku'alofa", country: 'TO', lat: -21.1394, lon: -175.2049 },
  { name: 'Tarawa', country: 'KI', lat: 1.3291, lon: 172.979 },
  { name: 'Wellington', country: 'NZ', lat: -41.2865, lon: 174.7762 },
  { name: 'Petropavlovsk-Kamchatsky', country: 'RU', lat: 53.0452, lon: 158.6483 },
  { name: 'Washington', country: 'US', lat: 38.8951, lon: -77.0364 },
  { name: 'Moscow', country: 'RU', lat: 55.752, lon: 37.6178 },
  { name: 'Beijing', country: 'CN', lat: 39.9042, lon: 116.4074 },
  { name: 'Brussels', country: 'BE', lat: 50.8503, lon: 4.3517 },
  { name: 'Istanbul', country: 'TR', lat: 41.0138, lon: 28.9497 },
  { name: 'Riyadh', country: 'SA', lat: 24.6877, lon: 46.7219 },
  { name: 'New Delhi', country: 'IN', lat: 28.6139, lon: 77.209 },
  { name: 'Tokyo', country: 'JP', lat: 35.6762, lon: 139.6503 },
  { name: 'Brasília', country: 'BR', lat: -15.7939, lon: -47.8828 },
  { name: 'Pretoria', country: 'ZA', lat: -25.7479, lon: 28.2293 },
  { name: 'Addis Ababa', country: 'ET', lat: 9.03, lon: 38.74 },
  { name: 'Geneva', country: 'CH', lat: 46.2044, lon: 6.1432 },
  { name: 'Paris', country: 'FR', lat: 48.8566, lon: 2.3522 },
  { name: 'London', country: 'GB', lat: 51.5072, lon: -0.1276 },
  { name: 'Berlin', country: 'DE', lat: 52.52, lon: 13.405 },
  { name: 'Kyiv', country: 'UA', lat: 50.4501, lon: 30.5234 },
  { name: 'Tehran', country: 'IR', lat: 35.6892, lon: 51.389 },
  { name: 'Doha', country: 'QA', lat: 25.2854, lon: 51.531 },
  { name: 'Cairo', country: 'EG', lat: 30.0444, lon: 31.2357 },
  { name: 'Nairobi', country: 'KE', lat: -1.2921, lon: 36.8219 },
  { name: 'Abuja', country: 'NG', lat: 9.0765, lon: 7.3986 },
  { name: 'Dakar', country: 'SN', lat: 14.7167, lon: -17.4677 },
  { name: 'Mexico City', country: 'MX', lat: 19.4326, lon: -99.1332 },
  { name: 'Ottawa', country: 'CA', lat: 45.4215, lon: -75.6972 },
  { name: 'Buenos Aires', country: 'AR', lat: -34.6037, lon: -58.3816 },
  { name: 'Bogotá', country: 'CO', lat: 4.711, lon: -74.0721 },
  { name: 'Canberra', country: 'AU', lat: -35.2809, lon: 149.13 },
  { name: 'Jakarta', country: 'ID', lat: -6.2088, lon: 106.8456 },
  { name: 'Singapore', country: 'SG', lat: 1.3521, lon: 103.8198 },
  { name: 'Seoul', country: 'KR', lat: 37.5665, lon: 126.978 },
  { name: 'Hanoi', country: 'VN', lat: 21.0278, lon: 105.8342 },
  { name: 'Islamabad', country: 'PK', lat: 33.6844, lon: 73.0479 },
  { name: 'Astana', country: 'KZ', lat: 51.1605, lon: 71.4704 },
  { name: 'Baku', country: 'AZ', lat: 40.4093, lon: 49.8671 },
  { name: 'Ankara', country: 'TR', lat: 39.9334, lon: 32.8597 },
  { name: 'Rome', country: 'IT', lat: 41.9028, lon: 12.4964 },
  { name: 'Madrid', country: 'ES', lat: 40.4168, lon: -3.7038 },
  { name: 'Warsaw', country: 'PL', lat: 52.2297, lon: 21.0122 },
  { name: 'Stockholm', country: 'SE', lat: 59.3293, lon: 18.0686 },
  { name: 'Reykjavík', country: 'IS', lat: 64.1466, lon: -21.9426 },
  { name: 'Honolulu', country: 'US', lat: 21.3069, lon: -157.8583 },
  { name: 'Anchorage', country: 'US', lat: 61.2181, lon: -149.9003 },
];

const FIRST_NAMES = (
  'Anna Boris Chen Dalia Emeka Farah Gustavo Hana Ivan Jun Kofi Lena Malik Nadia Omar Priya ' +
  'Quentin Rosa Sergei Tala Uma Viktor Wen Ximena Yusuf Zara'
).split(' ');
const LAST_NAMES = (
  'Abe Berg Costa Diallo Eriksen Fischer Garcia Haddad Ivanova Jensen Kim Lopez Mensah Novak ' +
  'Okafor Petrov Quispe Rossi Sato Tanaka Usman Vargas Wong Yilmaz Zhou'
).split(' ');
const PUBLISHERS = ['AFP', 'Reuters', 'AP', 'Kyodo', 'dpa', 'EFE'];

const DEFAULT_START_ISO = '2022-01-01';
const DEFAULT_SPAN_DAYS = 1096;

function hex2(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');
}

/** HSL (degrees, 0–1, 0–1) → `#rrggbb`. */
function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return `#${hex2(f(0) * 255)}${hex2(f(8) * 255)}${hex2(f(4) * 255)}`;
}

function wrapLon(lon: number): number {
  if (lon > 180) return lon - 360;
  if (lon < -180) return lon + 360;
  return lon;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function requireInt(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateDataset: ${name} must be an integer ≥ ${min} (got ${value})`);
  }
  return value;
}

interface Crisis {
  readonly center: number; // day offset from the start
  readonly sigma: number; // days
  readonly hotspot: number; // place index
  readonly actors: readonly number[]; // actor indices most involved
}

interface ActorState {
  place: number;
  /** Day offset of the actor's latest event (−1: none yet). */
  lastDay: number;
  /** The actor stays at `place` through this day offset (multi-day visits). */
  busyUntil: number;
}

/** A seeded, deterministic dataset of `events` events that passes `parseDataset`. */
export function generateDataset(options: SyntheticOptions): DatasetInput {
  const nEvents = requireInt('events', options.events, 0);
  const nPlaces = requireInt(
    'places',
    options.places ?? Math.min(500, Math.max(20, Math.floor(nEvents / 20))),
    2,
  );
  const nActors = requireInt(
    'actors',
    options.actors ?? Math.min(60, Math.max(5, Math.floor(nEvents / 200))),
    1,
  );
  const seed = options.seed ?? 1;
  const spanDays = requireInt('spanDays', options.spanDays ?? DEFAULT_SPAN_DAYS, 1);
  const startIso = options.startIso ?? DEFAULT_START_ISO;
  const startDay = isoToDay(startIso);
  if (startDay === null) {
    throw new RangeError(`generateDataset: startIso must be YYYY-MM-DD (got ${startIso})`);
  }

  const rand = mulberry32(seed);
  const randInt = (n: number) => Math.floor(rand() * n); // [0, n)
  const gaussian = () => {
    // Box–Muller; 1 - rand() is in (0, 1], so the log is finite.
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };

  // ---- Places --------------------------------------------------------------------------
  const places: PlaceInput[] = [];
  const placeNames: string[] = [];
  const placeWidth = String(nPlaces).length;
  for (let i = 0; i < nPlaces; i++) {
    const anchor = ANCHORS[i % ANCHORS.length] as Anchor;
    const copy = Math.floor(i / ANCHORS.length);
    let lat = anchor.lat;
    let lon = anchor.lon;
    let name = anchor.name;
    if (copy > 0) {
      lat = Math.max(-85, Math.min(85, lat + (rand() * 2 - 1) * 3));
      lon = wrapLon(lon + (rand() * 2 - 1) * 4);
      name = `${anchor.name} ${copy + 1}`;
    }
    placeNames.push(name);
    places.push({
      id: `place-${String(i).padStart(placeWidth, '0')}`,
      name,
      country: anchor.country,
      lat: round4(lat),
      lon: round4(lon),
      prominence: copy === 0 || rand() < 0.2 ? 'primary' : 'context',
    });
  }
  const placeId = (i: number) => (places[i] as PlaceInput).id;

  // ---- Actors --------------------------------------------------------------------------
  const actors: ActorInput[] = [];
  const actorNames: string[] = [];
  const colours = new Set<string>();
  const actorWidth = String(nActors).length;
  const homes: number[] = [];
  for (let i = 0; i < nActors; i++) {
    const home = randInt(Math.min(nPlaces, ANCHORS.length));
    const country = (ANCHORS[home] as Anchor).country;
    const delegation = rand() < 0.15;
    const first = FIRST_NAMES[randInt(FIRST_NAMES.length)] as string;
    const last = LAST_NAMES[randInt(LAST_NAMES.length)] as string;
    const name = delegation ? `${country} delegation ${i + 1}` : `${first} ${last}`;
    const initials = delegation ? country : `${first[0] ?? 'X'}${last[0] ?? 'X'}`;
    // Golden-angle hues; lightness cycles so neighbours differ; nudge on a rare collision.
    let colour = '';
    for (let k = 0; k < 50 && (colour === '' || colours.has(colour)); k++) {
      const hue = (i * 137.508 + k * 7) % 360;
      colour = hslToHex(hue, 0.68, [0.38, 0.48, 0.3][(i + k) % 3] as number);
    }
    colours.add(colour);
    homes.push(home);
    actorNames.push(name);
    actors.push({
      id: `actor-${String(i).padStart(actorWidth, '0')}`,
      name,
      initials,
      kind: delegation ? 'delegation' : 'person',
      country,
      role: delegation ? `Delegation of ${country}` : `Foreign minister (${country})`,
      color: colour,
      homePlaceId: placeId(home),
    });
  }
  const actorId = (i: number) => (actors[i] as ActorInput).id;

  // Activity: a few actors travel much more than the rest (Zipf-like), cumulative for sampling.
  const cumulative = new Float64Array(nActors);
  let total = 0;
  for (let i = 0; i < nActors; i++) {
    total += 1 / Math.pow(i + 1, 0.8);
    cumulative[i] = total;
  }
  const pickActor = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = nActors - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // ---- Crises: bursts in time, each around a hotspot place with its own cast ------------
  const nCrises = Math.max(2, Math.min(40, Math.round(spanDays / 45)));
  const crises: Crisis[] = [];
  const crisisCumulative = new Float64Array(nCrises);
  let crisisTotal = 0;
  let busiest = 0;
  let busiestWeight = 0;
  for (let c = 0; c < nCrises; c++) {
    const cast: number[] = [];
    const castSize = Math.min(nActors, 3 + randInt(4));
    for (let k = 0; k < castSize * 3 && cast.length < castSize; k++) {
      const a = pickActor();
      if (!cast.includes(a)) cast.push(a);
    }
    crises.push({
      center: randInt(spanDays),
      sigma: 1.5 + rand() * 6,
      hotspot: randInt(nPlaces),
      actors: cast,
    });
    const weight = 0.3 + rand() * 1.7;
    if (weight > busiestWeight) {
      busiest = c;
      busiestWeight = weight;
    }
    crisisTotal += weight;
    crisisCumulative[c] = crisisTotal;
  }
  const pickCrisis = () => {
    const x = rand() * crisisTotal;
    for (let c = 0; c < nCrises; c++) if ((crisisCumulative[c] as number) > x) return c;
    return nCrises - 1;
  };

  // Day offsets, packed with their crisis (0 = background) so one sort orders both.
  const CRISIS_SLOTS = 64; // > nCrises + 1
  const packed = new Int32Array(nEvents);
  for (let i = 0; i < nEvents; i++) {
    let day: number;
    let crisis = 0;
    if (rand() < 0.6) {
      crisis = pickCrisis() + 1;
      const cr = crises[crisis - 1] as Crisis;
      day = Math.round(cr.center + gaussian() * cr.sigma);
      day = Math.max(0, Math.min(spanDays - 1, day));
    } else {
      day = randInt(spanDays);
      const weekday = (((startDay + day + 3) % 7) + 7) % 7; // 0 = Monday
      if (weekday >= 5 && rand() < 0.6) day = randInt(spanDays); // quieter weekends
    }
    packed[i] = day * CRISIS_SLOTS + crisis;
  }
  packed.sort();

  const isoOf: string[] = [];
  for (let d = 0; d < spanDays; d++) isoOf.push(dayToIso(startDay + d));
  const iso = (d: number) => isoOf[d] as string;

  // ---- Events, dealt out in date order so each actor's journey stays plausible ----------
  const state: ActorState[] = homes.map((home) => ({ place: home, lastDay: -1, busyUntil: -1 }));
  const st = (a: number) => state[a] as ActorState;
  /** Where actor `a` must be on day `d`, or −1 when free to travel. */
  const pinned = (a: number, d: number) =>
    st(a).lastDay === d || st(a).busyUntil >= d ? st(a).place : -1;

  const events: EventInput[] = [];
  const eventWidth = String(nEvents).length;
  const firstEventOfCrisis = new Array<number>(nCrises).fill(-1);
  for (let i = 0; i < nEvents; i++) {
    const key = packed[i] as number;
    const day = Math.floor(key / CRISIS_SLOTS);
    const crisisIndex = (key % CRISIS_SLOTS) - 1;
    const crisis = crisisIndex >= 0 ? (crises[crisisIndex] as Crisis) : undefined;
    const id = `ev-${String(i).padStart(eventWidth, '0')}`;
    if (crisis && firstEventOfCrisis[crisisIndex] === -1) firstEventOfCrisis[crisisIndex] = i;

    const roll = rand();
    if (roll < 0.01) {
      // Month precision: "sometime in March"; no actor, so no journey spans the month.
      const date = iso(day).slice(0, 8) + '01';
      const monthStart = isoToDay(date) ?? startDay + day;
      const p = crisis && rand() < 0.5 ? crisis.hotspot : randInt(nPlaces);
      events.push({
        id,
        date: monthStart < startDay ? iso(0) : date,
        precision: 'month',
        kind: 'statement',
        placeIds: [placeId(p)],
        title: `Talks reported in ${placeNames[p]} during the month`,
      });
      continue;
    }

    const a =
      crisis && crisis.actors.length > 0 && rand() < 0.7
        ? (crisis.actors[randInt(crisis.actors.length)] as number)
        : pickActor();

    if (roll < 0.03) {
      // A call: remote, from where the actor is to another place; moves no one.
      const from = st(a).place;
      let b = -1;
      if (nActors > 1 && rand() < 0.6) {
        b = pickActor();
        if (b === a) b = -1;
      }
      let to = b >= 0 ? st(b).place : randInt(nPlaces);
      if (to === from) to = (from + 1 + randInt(nPlaces - 1)) % nPlaces;
      events.push({
        id,
        date: iso(day),
        kind: 'call',
        placeIds: [placeId(from), placeId(to)],
        actorIds: b >= 0 ? [actorId(a), actorId(b)] : [actorId(a)],
        title:
          b >= 0
            ? `${actorNames[a]} calls ${actorNames[b]}`
            : `${actorNames[a]} calls ${placeNames[to]}`,
      });
      continue;
    }

    let p = pinned(a, day);
    if (p < 0) {
      const r = rand();
      if (crisis && r < 0.6) p = crisis.hotspot;
      else if (r < 0.75)
        p = st(a).place; // stays on
      else if (r < 0.82) p = homes[a] as number;
      else p = randInt(nPlaces);
    }

    let b = -1;
    if (nActors > 1 && rand() < 0.2) {
      for (let t = 0; t < 3 && b < 0; t++) {
        const c =
          crisis && crisis.actors.length > 1 && rand() < 0.6
            ? (crisis.actors[randInt(crisis.actors.length)] as number)
            : pickActor();
        if (c === a) continue;
        const q = pinned(c, day);
        if (q < 0 || q === p) b = c;
      }
    }

    const k = rand();
    const kind = k < 0.12 ? 'statement' : k < 0.4 ? 'visit' : 'meeting';
    let endOffset = day;
    if (kind === 'visit' && rand() < 0.15) endOffset = Math.min(spanDays - 1, day + 1 + randInt(3));

    for (const who of b >= 0 ? [a, b] : [a]) {
      const s = st(who);
      s.place = p;
      s.lastDay = day;
      s.busyUntil = Math.max(s.busyUntil, endOffset);
    }

    const where = placeNames[p] as string;
    const title =
      kind === 'visit'
        ? `${actorNames[a]} visits ${where}`
        : kind === 'statement'
          ? `${actorNames[a]} speaks in ${where}`
          : b >= 0
            ? `${actorNames[a]} meets ${actorNames[b]} in ${where}`
            : `${actorNames[a]} holds talks in ${where}`;
    const event: EventInput = {
      id,
      date: iso(day),
      kind,
      placeIds: [placeId(p)],
      actorIds: b >= 0 ? [actorId(a), actorId(b)] : [actorId(a)],
      title,
    };
    if (endOffset > day) event.endDate = iso(endOffset);
    if (rand() < 0.1) {
      event.status = rand() < 0.7 ? 'verified' : 'partly';
      event.sources = [
        {
          kind: 'article',
          title: `${title} (report)`,
          publisher: PUBLISHERS[randInt(PUBLISHERS.length)] as string,
          date: iso(endOffset),
          url: `https://example.org/news/${id}`,
        },
      ];
    }
    events.push(event);
  }

  // ---- Dataset -------------------------------------------------------------------------
  const tourSteps = firstEventOfCrisis
    .filter((i) => i >= 0)
    .slice(0, 5)
    .map((i) => {
      const e = events[i] as EventInput;
      return {
        eventId: e.id,
        caption: `Step: ${typeof e.title === 'string' ? e.title : e.title.en}`,
      };
    });

  return {
    schemaVersion: 1,
    id: `synthetic-${nEvents}-s${seed >>> 0}`,
    title: `Synthetic travel: ${nEvents} events, ${nPlaces} places, ${nActors} actors (seed ${seed})`,
    description:
      'Generated for benchmarks and stress tests: bursts of events around random crises, journeys that cross the antimeridian.',
    defaultDate: iso((crises[busiest] as Crisis).center),
    places,
    actors,
    events,
    waypoints: actors.map((actor, i) => ({
      actorId: actor.id,
      placeId: placeId(homes[i] as number),
      date: iso(0),
      inferred: true,
      note: 'Home at the start of the record (inferred)',
    })),
    tours:
      tourSteps.length > 0
        ? [{ id: 'synthetic-tour', title: 'Crises in turn', steps: tourSteps }]
        : [],
  };
}

/** Cities and countries as travel records write them (exonyms and historical names too). */
const RECORD_PLACES: readonly (readonly [city: string, country: string])[] = [
  ['Paris', 'France'],
  ['Moscow', 'Russia'],
  ['Kiev', 'U.S.S.R.'],
  ['Peking', 'China'],
  ['Genève', 'Suisse'],
  ['Riyadh', 'Saudi Arabia'],
  ['Ankara', 'Türkiye'],
  ['New Delhi', 'India'],
  ['Brasília', 'Brazil'],
  ['Nairobi', 'Kenya'],
  ['Tokyo', 'Japan'],
  ['Bonn', 'Germany, Federal Republic of'],
  ['Rangoon', 'Burma'],
  ['Belgrade', 'Yugoslavia'],
  ['Washington', 'United States'],
  ['Canberra', 'Australia'],
];

/** The number of distinct places in `travelRecordCsv`. */
export const TRAVEL_RECORD_PLACES = RECORD_PLACES.length;

/**
 * A travel record of `rows` trips as people keep it: semicolon-separated, city and country
 * names instead of coordinates, DD/MM/YYYY dates. Used by the import benchmark and tests.
 */
export function travelRecordCsv(rows: number): string {
  const lines = ['Name;Country;Locale;Remarks;Date'];
  for (let i = 0; i < rows; i++) {
    const [city, country] = RECORD_PLACES[(i * 7) % RECORD_PLACES.length]!;
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 1950 + (Math.floor(i / 336) % 75);
    lines.push(
      `Traveller ${i % 40};"${country}";${city};Row ${i};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    );
  }
  return lines.join('\r\n');
}

/**
 * The same dataset as `generateDataset(options)`, in the app's compact columnar JSON
 * (src/domain/dataset/columnar.ts): `JSON.stringify(generateColumnar({ events: 1_000_000 }))`
 * is a file `?data=` and the import dialog open directly.
 */
export function generateColumnar(options: SyntheticOptions): ColumnarDataset {
  return encodeColumnar(generateDataset(options));
}
