import type { studioEntryEn } from './studioEntry.en';

/** Texte des accès à l'éditeur de récit que montre la première vue (fusionné dans le catalogue principal). */
export const studioEntryFr: Record<keyof typeof studioEntryEn, string> = {
  editStory: 'Modifier le récit',
  newStory: 'Nouveau récit',
  newStoryTitleLabel: 'Titre du nouveau récit',
  newStoryCreate: 'Créer le récit',
  newStoryCancel: 'Annuler',
  dateProvenance: 'D’où vient la date',
  copyLinkLocal:
    'Ce récit n’est gardé que dans ce navigateur\u202f: un lien vers lui ouvrirait un autre récit. Utilisez «\u202fPartager\u202f» pour envoyer le récit lui-même.',
  presentChooseTour: 'Visite à présenter',
  presentEventsByDate: 'Tous les événements, par date',
};
