import type { importEn } from './import.en';

/** Texte d'interface de l'import (fusionné dans le catalogue principal). */
export const importFr: Record<keyof typeof importEn, string> = {
  importData: 'Importer des données',
};
