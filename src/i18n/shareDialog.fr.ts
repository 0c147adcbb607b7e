import type { shareDialogEn } from './shareDialog.en';

/** Texte de la boîte « Partager » et des cartes du document imprimé, chargé avec eux seulement. */
export const shareDialogFr: Record<keyof typeof shareDialogEn, string> = {
  shareTitle: 'Partager ce récit',
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
  handoutMaps: 'Cartes',
  handoutStepMap: 'Étape {n} : {title}',
  handoutJourneyMap: 'Le voyage entier',
  handoutMapLabel: 'Carte : {title}',
};
