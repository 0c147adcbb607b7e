import type { screensEn } from './screens.en';

/** Texte des mises en page, thèmes, menu de l'en-tête et conseil de première visite. */
export const screensFr: Record<keyof typeof screensEn, string> = {
  headerMenu: 'Menu',
  headerMenuLabel: 'Autres commandes',
  headerMenuLoading: 'Chargement des commandes…',
  panelTabsLabel: 'Panneau',
  panelEvents: 'Événements',
  panelShow: 'Afficher le panneau',
  panelHide: 'Masquer le panneau',
  chosenEvent: 'Choisi',
  hintTitle: 'Pour commencer',
  hintDrag: 'Faites glisser la frise pour parcourir les jours.',
  hintPlace: 'Cliquez sur un lieu pour voir ce qui s’y est passé.',
  hintPresent: 'Appuyez sur Présenter (ou P) pour montrer le récit à une classe.',
  hintDismiss: 'Compris',
};
