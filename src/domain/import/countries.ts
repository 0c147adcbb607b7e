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
  // Historical names as records in other languages write them
  sowjetunion: USSR,
  udssr: USSR,
  'union sovietica': USSR,
  'uniao sovietica': USSR,
  'unione sovietica': USSR,
  ddr: 'DE',
  brd: 'DE',
  'deutsche demokratische republik': 'DE',
  'bundesrepublik deutschland': 'DE',
  'alemania oriental': 'DE',
  'alemania occidental': 'DE',
  'republica federal de alemania': 'DE',
  'republica democratica alemana': 'DE',
  'alemanha oriental': 'DE',
  'alemanha ocidental': 'DE',
  'germania est': 'DE',
  'germania ovest': 'DE',
  'germania orientale': 'DE',
  'germania occidentale': 'DE',
  jugoslawien: YUGOSLAVIA,
  jugoslavia: YUGOSLAVIA,
  iugoslavia: YUGOSLAVIA,
  tschechoslowakei: 'CZ SK',
  checoslovaquia: 'CZ SK',
  tchecoslovaquia: 'CZ SK',
  cecoslovacchia: 'CZ SK',
  birmania: 'MM',
  persien: 'IR',
  ceilan: 'LK',
  ira: 'IR',
  irao: 'IR',
  trinidad: 'TT',
  tobago: 'TT',
  'netherlands antilles': 'CW SX BQ AW',
  antilles: 'CW SX BQ AW',
  'dutch antilles': 'CW SX BQ AW',
  'antillas neerlandesas': 'CW SX BQ AW',
  'western samoa': 'WS',
  kirghizia: 'KG',
  kirgizia: 'KG',
  'kyrgyz republic': 'KG',
  byelorussia: 'BY',
  belorussia: 'BY',
  'palestinian authority': 'PS IL',
  'palestinian national authority': 'PS IL',
  'brunei darussalam': 'BN',
  'micronesia federated states of': 'FM',
  'federated states of micronesia': 'FM',
  'serbia montenegro': 'RS ME XK',
  'serbia and montenegro kosovo': 'XK RS',
  'greenland denmark': 'GL',
  'denmark greenland': 'GL DK',
  'german democratic republic east berlin': 'DE',
  sikkim: 'IN',
  tibet: 'CN',
  manchukuo: 'CN',
  manchuria: 'CN',
  korea: 'KR KP',
  annam: 'VN',
  tonkin: 'VN',
  cochinchina: 'VN',
  indochina: 'VN LA KH',
  'french indochina': 'VN LA KH',
  'french west africa': 'SN ML MR NE BF CI GN BJ',
  'french equatorial africa': 'TD CF CG GA',
  'anglo egyptian sudan': 'SD',
  'italian somaliland': 'SO',
  'british somaliland': 'SO',
  'french somaliland': 'DJ',
  'afars and issas': 'DJ',
  'ruanda urundi': 'RW BI',
  'portuguese guinea': 'GW',
  'spanish guinea': 'GQ',
  'fernando po': 'GQ',
  mesopotamia: 'IQ',
  'trans jordan': 'JO',
  'south arabia': 'YE',
  'muscat and oman': 'OM',
  'straits settlements': 'SG MY',
  'federation of malaya': 'MY',
  'north borneo': 'MY',
  sarawak: 'MY',
  'west irian': 'ID',
  'netherlands new guinea': 'ID',
  'ellice islands': 'TV',
  'gilbert islands': 'KI',
  'gilbert and ellice islands': 'KI TV',
  'canal zone': 'PA',
  'panama canal zone': 'PA',
  'danish west indies': 'VI',
  'west indies': 'JM TT BB BS AG DM GD LC VC KN',
  'west indies federation': 'JM TT BB AG DM GD LC VC KN MS',
  'east africa': 'KE UG TZ',
  saar: 'DE',
  saarland: 'DE',
  'free city of danzig': 'PL',
  'ottoman empire': 'TR',
  'austria hungary': 'AT HU CZ SK SI HR BA',
};

/**
 * Territories each power governed at some time in the 20th century (colonies,
 * protectorates, mandates, dependencies, occupied or leased zones). Records file a visit
 * under the sovereign of the time ("visits to Algeria prior to 1962 … are under France"),
 * so a place not found in the named country is looked for in these.
 */
export const FORMER_TERRITORIES: Readonly<Record<string, string>> = {
  GB:
    'AG AI AU BB BD BH BM BN BS BW BZ CA CY DM EG FJ FK GD GH GI GM GY HK IE IL IN IO IQ JM JO ' +
    'KE KI KN KW KY LC LK LS MM MS MT MU MV MW MY NG NZ OM PK PN PS QA SB SC SD SG SH SL SO SZ ' +
    'TC TO TT TV TZ UG VC VG VU YE ZA ZM ZW AE GG JE IM NR',
  FR:
    'DZ MA TN SN ML MR NE BF CI GN BJ TG CM TD CF CG GA DJ KM MG VN LA KH SY LB MQ GP GF RE YT ' +
    'PM NC PF WF BL MF TF VU',
  NL: 'ID SR CW AW SX BQ',
  PT: 'AO MZ GW CV ST TL MO IN',
  ES: 'CU PR PH GQ EH MA',
  BE: 'CD RW BI',
  DK: 'IS GL FO VI',
  US: 'PH PR GU VI AS MP PW MH FM PA CU JP',
  IT: 'LY ER SO ET AL',
  JP: 'KR KP TW',
  DE: 'NA TZ CM TG PG SM',
  AU: 'PG NR',
  NZ: 'WS CK NU TK',
  ZA: 'NA',
  NO: 'SJ',
  TR: 'IQ SY LB IL PS JO SA YE',
  RU: 'FI PL',
  CN: 'HK MO TW',
  EG: 'SD',
  IN: 'BT',
  IL: 'PS EG SY LB',
  SU: '',
};

/** The codes a sovereign's territories add to its own. */
export function withFormerTerritories(codes: readonly string[]): readonly string[] {
  const out = new Set(codes);
  for (const c of codes)
    for (const t of (FORMER_TERRITORIES[c] ?? '').split(' ')) if (t) out.add(t);
  return [...out];
}

/** Words that official names add around the common one ("Republic of …"). */
const FILLER =
  /\b(?:the|republic|of|kingdom|state|states|federal|democratic|peoples|islamic|arab|socialist|united|union|federation|commonwealth|principality|grand duchy|sultanate|emirate|plurinational|bolivarian|la|le|les|l|de|du|des|d|republique|royaume|etat|federale|populaire|democratique)\b/g;

export interface CountryName {
  readonly code: string;
  readonly en: string;
  readonly fr: string;
  /** Other names (other languages, official forms). */
  readonly alt?: readonly string[];
}

export interface CountryIndex {
  /** Normalised name → codes (first = main). */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  readonly codes: ReadonlySet<string>;
}

/** "&" is "and" in country names ("Trinidad & Tobago" = "Trinidad and Tobago"). */
function countryKey(name: string): string {
  return normalizeName(name.replace(/&/g, ' and '));
}

function addName(map: Map<string, string[]>, name: string, codes: readonly string[]) {
  const key = countryKey(name);
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
  for (const c of countries) for (const n of c.alt ?? []) addName(byName, n, [c.code]);
  for (const c of countries) {
    const core = (n: string) => countryKey(n).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
    addName(byName, core(c.en), [c.code]);
    addName(byName, core(c.fr), [c.code]);
    for (const n of c.alt ?? []) addName(byName, core(n), [c.code]);
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
    const key = countryKey(t);
    const hit = index.byName.get(key);
    if (hit) return hit;
    const core = key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
    const hit2 = core ? index.byName.get(core) : undefined;
    if (hit2) return hit2;
  }
  return null;
}
