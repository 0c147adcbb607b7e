import type { recordsEn } from './records.en';

/** Texte français du registre intégré, de la recherche, des filtres et des graphiques. */
export const recordsFr: Record<keyof typeof recordsEn, string> = {
  datasetsRecordTitle: 'Les voyages des secrétaires d’État américains, 1866–2025',
  relatedHeading: 'Aussi dans un autre jeu de données',
  relatedOpen: 'Ouvrir dans «\u202f{title}\u202f»',
  careerHeading: 'Voyages de {name} ({n})',
  chartsLoading: 'Chargement des graphiques…',
  placeVisits:
    '{place}\u202f: {n, plural, one {# visite} other {# visites}} par {m, plural, one {# personne} other {# personnes}}',
  listLeavesOutHidden: 'Les événements des personnes masquées ne figurent pas dans cette liste.',
};
