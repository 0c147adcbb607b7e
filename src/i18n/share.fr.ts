import type { shareEn } from './share.en';

/** Texte du partage : la boîte « Partager », les liens porteurs d’un récit, les cartes imprimées. */
export const shareFr: Record<keyof typeof shareEn, string> = {
  share: 'Partager',
  shareTitle: 'Partager ce récit',
  shareClose: 'Fermer',
  shareIntro: 'Trois façons de donner ce récit à une classe. Rien n’est envoyé nulle part.',
  shareLinkHeading: 'Lien',
  shareLinkCarries:
    'Ce lien contient tout le récit dans l’adresse elle-même : l’ouvrir ne demande aucun serveur, et le récit n’est jamais envoyé à l’un d’eux.',
  shareLinkPublic: 'Ce récit a une adresse publique : le lien l’ouvre sur la vue actuelle.',
  shareLinkLabel: 'Lien à partager',
  shareCopy: 'Copier le lien',
  shareCopied: 'Lien copié',
  shareCopyFailed: 'La copie a été refusée : sélectionnez le lien et copiez-le vous-même.',
  shareLinkLength: 'Longueur : {n} caractères.',
  shareLinkTooLong:
    'Au-delà de {limit} caractères, les messageries et certains navigateurs coupent les liens : envoyez plutôt le fichier unique ci-dessous.',
  shareQrHeading: 'Code QR',
  shareQrAlt: 'Code QR du lien',
  shareQrTooLong:
    'Le lien est trop long pour un code QR ({n} caractères ; un code QR en contient au plus {max}). Partagez plutôt le fichier unique.',
  shareQrLarge: 'Afficher en grand pour la salle',
  shareQrSmall: 'Revenir à la boîte de dialogue',
  shareFileHeading: 'Fichier unique',
  shareFileText:
    'Un seul fichier HTML avec l’application, la carte hors ligne et ce récit. Il s’ouvre d’un double-clic depuis une clé USB ou une pièce jointe, sans réseau ni serveur.',
  shareFileButton: 'Télécharger en un seul fichier',
  shareFileBuilding: 'Préparation du fichier…',
  shareFileDone: '« {name} » téléchargé ({size}).',
  shareFileFailed:
    'Le fichier n’a pas pu être préparé : {reason}. Ouvrez l’application une fois en ligne pour qu’elle garde sa copie hors ligne.',
  shareEmbedHeading: 'Intégrer',
  shareEmbedText: 'Collez ceci dans une plateforme scolaire ou une page de blog :',
  shareEmbedLabel: 'Code d’intégration',
  shareEmbedNone:
    'Ce récit n’a pas d’adresse publique. Déposez le fichier unique sur n’importe quel hébergement statique (le site de l’établissement, GitHub Pages…) et intégrez cette adresse dans une iframe.',
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
  handoutMaps: 'Cartes',
  handoutStepMap: 'Étape {n} : {title}',
  handoutJourneyMap: 'Le voyage entier',
  handoutMapLabel: 'Carte : {title}',
};
