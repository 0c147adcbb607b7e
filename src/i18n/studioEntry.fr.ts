import type { studioEntryEn } from './studioEntry.en';

/** Texte des accès à l'éditeur de récit que montre la première vue (fusionné dans le catalogue principal). */
export const studioEntryFr: Record<keyof typeof studioEntryEn, string> = {
  dateProvenance: 'D’où vient la date',
  presentChooseTour: 'Visite à présenter',
  presentEventsByDate: 'Tous les événements, par date',
};
