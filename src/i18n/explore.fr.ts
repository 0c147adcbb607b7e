import type { exploreEn } from './explore.en';

/** Texte français de la recherche, des filtres et des graphiques (chargé avec eux). */
export const exploreFr: Record<keyof typeof exploreEn, string> = {
  search: 'Rechercher',
  searchPlaceholder: 'Personnes, lieux, pays, texte',
  searchResults: '{n} résultats',
  searchNoResults: 'Aucun résultat pour «\u202f{q}\u202f»',
  searchResultsLabel: 'Résultats de la recherche',
  searchMore: 'et {n} autres\u202f: précisez la recherche',
  filters: 'Filtres',
  filterPeople: 'Personnes',
  filterCountry: 'Pays',
  filterAnyCountry: 'Tous les pays',
  filterFrom: 'De (année)',
  filterTo: 'À (année)',
  filterClear: 'Effacer les filtres',
  filterSummaryAll: 'Les {people} personnes\u202f: {events} événements',
  filterSummary:
    '{people, plural, one {# personne} other {# personnes}} sur {total}{period}{country}\u202f: {events, plural, one {# événement} other {# événements}}',
  filterSummaryPeriod: ', {from}–{to}',
  filterSummaryCountry: ', {country}',
  followCareer: 'Suivre une carrière',
  followNone: 'Personne',
  charts: 'Graphiques',
  chartPerYear: 'Voyages par année',
  chartPerYearHelp:
    'Une barre par année. Les flèches passent d’une année à l’autre, Entrée cadre la frise sur cette année.',
  chartPerYearSummary: 'Années les plus chargées\u202f: {years}',
  chartBar: '{year}\u202f: {n} voyages',
  chartTopCountries: 'Pays les plus visités',
  chartTopPlaces: 'Lieux les plus visités',
  chartTable: 'Tableau du graphique',
  chartYear: 'Année',
  chartTrips: 'Voyages',
  placeVisitsShow: 'Montrer toutes les visites à {place}',
};
