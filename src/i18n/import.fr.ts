import type { importEn } from './import.en';

/** Texte des commandes d'import de l'en-tête (fusionné dans le catalogue principal). */
export const importFr: Record<keyof typeof importEn, string> = {
  importDefaultActor: 'Voyageur',
};
