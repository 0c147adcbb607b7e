/**
 * Country names → ISO 3166-1 alpha-2 codes: the English and French names the gazetteer
 * carries, ISO codes, common short forms, and historical names. A historical state maps
 * to its successors (the first is the main one), so "Kiev, U.S.S.R." finds Kyiv in UA.
 */
import { normalizeName } from './normalize';

const USSR = 'RU UA BY GE AM AZ KZ UZ TM KG TJ MD LT LV EE';
const YUGOSLAVIA = 'RS HR SI BA MK ME XK';

/** Extra names (normalised on use) → space-separated codes. */
const ALIASES: Record<string, string> = {
  // Historical states and old names
  ussr: USSR,
  'u s s r': USSR,
  'soviet union': USSR,
  'union of soviet socialist republics': USSR,
  urss: USSR,
  'union sovietique': USSR,
  yugoslavia: YUGOSLAVIA,
  yougoslavie: YUGOSLAVIA,
  'socialist federal republic of yugoslavia': YUGOSLAVIA,
  'federal republic of yugoslavia': 'RS ME XK',
  'serbia and montenegro': 'RS ME XK',
  czechoslovakia: 'CZ SK',
  tchecoslovaquie: 'CZ SK',
  'east germany': 'DE',
  'west germany': 'DE',
  'german democratic republic': 'DE',
  'federal republic of germany': 'DE',
  'germany east': 'DE',
  'germany west': 'DE',
  gdr: 'DE',
  frg: 'DE',
  rda: 'DE',
  rfa: 'DE',
  'allemagne de l est': 'DE',
  'allemagne de l ouest': 'DE',
  'allemagne de lest': 'DE',
  'allemagne de louest': 'DE',
  burma: 'MM',
  birmanie: 'MM',
  zaire: 'CD',
  'belgian congo': 'CD',
  'congo leopoldville': 'CD',
  'congo kinshasa': 'CD',
  'democratic republic of the congo': 'CD',
  drc: 'CD',
  rdc: 'CD',
  'congo brazzaville': 'CG',
  'republic of the congo': 'CG',
  persia: 'IR',
  perse: 'IR',
  ceylon: 'LK',
  ceylan: 'LK',
  siam: 'TH',
  rhodesia: 'ZW',
  'southern rhodesia': 'ZW',
  rhodesie: 'ZW',
  'northern rhodesia': 'ZM',
  dahomey: 'BJ',
  'upper volta': 'BF',
  'haute volta': 'BF',
  kampuchea: 'KH',
  'khmer republic': 'KH',
  swaziland: 'SZ',
  macedonia: 'MK',
  fyrom: 'MK',
  'former yugoslav republic of macedonia': 'MK',
  'east pakistan': 'BD',
  'south vietnam': 'VN',
  'north vietnam': 'VN',
  'republic of vietnam': 'VN',
  'vietnam south': 'VN',
  'vietnam north': 'VN',
  'viet nam': 'VN',
  'south yemen': 'YE',
  'north yemen': 'YE',
  'yemen arab republic': 'YE',
  'united arab republic': 'EG SY',
  tanganyika: 'TZ',
  zanzibar: 'TZ',
  'gold coast': 'GH',
  'ivory coast': 'CI',
  'cote divoire': 'CI',
  holland: 'NL',
  'the netherlands': 'NL',
  'netherlands the': 'NL',
  'dutch east indies': 'ID',
  malaya: 'MY',
  formosa: 'TW',
  'republic of china': 'TW',
  bechuanaland: 'BW',
  basutoland: 'LS',
  nyasaland: 'MW',
  abyssinia: 'ET',
  'south west africa': 'NA',
  'spanish sahara': 'EH',
  'east timor': 'TL',
  'timor leste': 'TL',
  'new hebrides': 'VU',
  'british honduras': 'BZ',
  'british guiana': 'GY',
  'dutch guiana': 'SR',
  'trucial states': 'AE',
  aden: 'YE',
  transjordan: 'JO',
  palestine: 'PS IL',
  'palestinian territories': 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'gaza strip': 'PS',
  // Common short and official forms
  usa: 'US',
  'u s a': 'US',
  us: 'US',
  'u s': 'US',
  'united states': 'US',
  'united states of america': 'US',
  america: 'US',
  'etats unis': 'US',
  'etats unis d amerique': 'US',
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'grande bretagne': 'GB',
  angleterre: 'GB',
  ecosse: 'GB',
  russia: 'RU',
  'russian federation': 'RU',
  russie: 'RU',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'korea south': 'KR',
  'korea republic of': 'KR',
  rok: 'KR',
  'coree du sud': 'KR',
  'north korea': 'KP',
  'korea north': 'KP',
  'democratic peoples republic of korea': 'KP',
  dprk: 'KP',
  'coree du nord': 'KP',
  china: 'CN HK MO',
  'peoples republic of china': 'CN HK MO',
  'china peoples republic of': 'CN HK MO',
  prc: 'CN HK MO',
  'mainland china': 'CN',
  chine: 'CN HK MO',
  taiwan: 'TW',
  turkey: 'TR',
  turkiye: 'TR',
  turquie: 'TR',
  vatican: 'VA IT',
  'vatican city': 'VA IT',
  'holy see': 'VA IT',
  'holy see vatican city': 'VA IT',
  'saint siege': 'VA IT',
  'czech republic': 'CZ',
  czechia: 'CZ',
  'republique tcheque': 'CZ',
  'slovak republic': 'SK',
  'cape verde': 'CV',
  'cabo verde': 'CV',
  iran: 'IR',
  'islamic republic of iran': 'IR',
  syria: 'SY',
  'syrian arab republic': 'SY',
  laos: 'LA',
  'lao pdr': 'LA',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  'united republic of tanzania': 'TZ',
  moldova: 'MD',
  'republic of moldova': 'MD',
  brunei: 'BN',
  micronesia: 'FM',
  kosovo: 'XK',
  uae: 'AE',
  'u a e': 'AE',
  emirates: 'AE',
  'emirats arabes unis': 'AE',
  'saudi arabia': 'SA',
  ksa: 'SA',
  'arabie saoudite': 'SA',
  bosnia: 'BA',
  'bosnia herzegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  'the gambia': 'GM',
  'gambia the': 'GM',
  'the bahamas': 'BS',
  'bahamas the': 'BS',
  burkina: 'BF',
  eswatini: 'SZ',
  'north macedonia': 'MK',
  macedoine: 'MK',
  'macedoine du nord': 'MK',
  'st lucia': 'LC',
  'st kitts and nevis': 'KN',
  'st vincent and the grenadines': 'VC',
  'sao tome': 'ST',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  'state of israel': 'IL',
  israel: 'IL',
  mexique: 'MX',
  allemagne: 'DE',
  germany: 'DE',
  deutschland: 'DE',
  espana: 'ES',
  italia: 'IT',
  nippon: 'JP',
  bharat: 'IN',
  misr: 'EG',
  'egypt arab republic of': 'EG',
  congo: 'CD CG',
};

/** Words that official names add around the common one ("Republic of …"). */
const FILLER =
  /\b(?:the|republic|of|kingdom|state|states|federal|democratic|peoples|islamic|arab|socialist|united|union|federation|commonwealth|principality|grand duchy|sultanate|emirate|plurinational|bolivarian|la|le|les|l|de|du|des|d|republique|royaume|etat|federale|populaire|democratique)\b/g;

export interface CountryName {
  readonly code: string;
  readonly en: string;
  readonly fr: string;
}

export interface CountryIndex {
  /** Normalised name → codes (first = main). */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  readonly codes: ReadonlySet<string>;
}

function addName(map: Map<string, string[]>, name: string, codes: readonly string[]) {
  const key = normalizeName(name);
  if (!key) return;
  if (!map.has(key)) map.set(key, [...codes]);
}

export function buildCountryIndex(countries: readonly CountryName[]): CountryIndex {
  const byName = new Map<string, string[]>();
  const codes = new Set(countries.map((c) => c.code));
  // Aliases first: "China" means CN, HK and MO for matching cities.
  for (const [name, list] of Object.entries(ALIASES)) addName(byName, name, list.split(' '));
  for (const c of countries) {
    addName(byName, c.en, [c.code]);
    addName(byName, c.fr, [c.code]);
  }
  for (const c of countries) {
    const core = (n: string) => normalizeName(n).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
    addName(byName, core(c.en), [c.code]);
    addName(byName, core(c.fr), [c.code]);
  }
  return { byName, codes };
}

/**
 * The codes a country cell means, or null when it is not recognised. Reads names in
 * English and French, ISO alpha-2 codes, historical names, "Korea, South" and
 * "Germany, Federal Republic of" word orders, and "(…)" remarks.
 */
export function resolveCountry(index: CountryIndex, text: string): readonly string[] | null {
  const raw = text.trim();
  if (!raw) return null;
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const code = raw.toUpperCase();
    if (index.codes.has(code)) return [code];
  }
  const tries: string[] = [raw];
  const noParen = raw.replace(/\([^)]*\)/g, ' ').trim();
  if (noParen !== raw) tries.push(noParen);
  for (const t of [...tries]) {
    const comma = t.indexOf(',');
    if (comma > 0) tries.push(`${t.slice(comma + 1)} ${t.slice(0, comma)}`);
  }
  for (const t of tries) {
    const key = normalizeName(t);
    const hit = index.byName.get(key);
    if (hit) return hit;
    const core = key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
    const hit2 = core ? index.byName.get(core) : undefined;
    if (hit2) return hit2;
  }
  return null;
}
