import type { shareEn } from './share.en';

/** Texte du partage dans la première vue : le bouton « Partager », les liens porteurs d’un récit. */
export const shareFr: Record<keyof typeof shareEn, string> = {
  shareClose: 'Fermer',
  sharedWithYou: 'Partagé avec vous',
  sharedNote:
    'Ce récit est arrivé par un lien. Il ne figure pas dans vos jeux de données tant que vous ne l’enregistrez pas.',
  sharedSave: 'Enregistrer dans mes jeux de données',
  sharedSaved: 'Enregistré dans vos jeux de données.',
  sharedSaveFailed:
    'Il n’a pas pu être enregistré : le stockage du navigateur est indisponible ou plein.',
  storyLinkFailed:
    'Ce lien partagé n’a pas pu être ouvert : {reason}. Le récit intégré est affiché à la place.',
  loadReason_storyLink: 'le lien partagé est endommagé',
  storyLinkError_empty: 'il ne contient aucun récit',
  storyLinkError_version: 'ce n’est pas un lien de récit de cette application',
  storyLinkError_newerVersion: 'il a été créé par une version plus récente de l’application',
  storyLinkError_tooLong: 'il est trop long',
  storyLinkError_encoding:
    'il contient des caractères qu’un lien de récit ne peut pas contenir (il a peut-être été coupé ou modifié)',
  storyLinkError_compression:
    'il est incomplet ou endommagé (il a peut-être été coupé lors de l’envoi)',
  storyLinkError_checksum: 'il a été modifié après sa création (un caractère diffère)',
  storyLinkError_tooLarge: 'le récit qu’il contient dépasse 50 Mo',
  storyLinkError_json: 'son contenu est endommagé',
  storyLinkError_schema: 'son récit ne respecte pas le format de données',
};
