import type { importEn } from './import.en';

/** Texte des commandes d'import de l'en-tête (fusionné dans le catalogue principal). */
export const importFr: Record<keyof typeof importEn, string> = {
  importData: 'Importer des données',
  importDropOverlay: 'Déposez le fichier pour l’importer',
  importDefaultActor: 'Voyageur',
  datasetsMenu: 'Jeux de données',
  datasetsBundled: 'Récit fourni: {title}',
  datasetsSaved: 'Imports enregistrés',
  datasetsNone: 'Aucun import enregistré pour l’instant.',
  datasetsOpen: 'Ouvrir {title}',
  datasetsCurrent: '(ouvert)',
  datasetsEventCount: '{n, plural, one {# événement} other {# événements}}, enregistré le {date}',
  datasetsDelete: 'Supprimer {title}',
  datasetsDeleteConfirm: 'Supprimer «{title}» de ce navigateur? C’est définitif.',
  datasetsDeleteYes: 'Supprimer',
  datasetsDeleteNo: 'Le garder',
  datasetsRename: 'Renommer {title}',
  datasetsRenameLabel: 'Nouveau nom',
  datasetsRenameSave: 'Enregistrer le nom',
  datasetsExportJson: 'Exporter en JSON',
  datasetsExportCsv: 'Exporter en CSV',
  datasetsBroken: '«{title}» n’a pas pu être ouvert ({reason}); il est conservé tel quel.',
  datasetsBrokenReason_corrupt: 'les données enregistrées sont abîmées',
  datasetsBrokenReason_newer: 'enregistré par une version plus récente de l’application',
  datasetsBrokenReason_missing: 'les données enregistrées manquent',
  datasetsOpenFailed: 'Ce jeu enregistré n’a pas pu être ouvert; il est conservé tel quel.',
  storageUnavailable:
    'Ce navigateur n’autorise pas l’enregistrement: les imports restent disponibles jusqu’à la fermeture de la page.',
  storageFull:
    'Le stockage du navigateur est plein: l’import est ouvert mais n’a pas été enregistré.',
  storageFailed: 'L’enregistrement a échoué: l’import est ouvert mais n’a pas été enregistré.',
};
