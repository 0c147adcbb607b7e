/**
 * English text of the Share dialog and the hand-out's maps. Loaded with them only (not in
 * the first view's bundle); `useShareT` merges it over the main catalogue.
 */
export const shareDialogEn = {
  shareTitle: 'Share this story',
  shareIntro: 'Three ways to hand this story to a class. Nothing is uploaded anywhere.',
  shareLinkHeading: 'Link',
  shareLinkCarries:
    'This link carries the whole story in the address itself: opening it needs no server, and the story is never sent to one.',
  shareLinkPublic: 'This story has a public address: the link opens it at the current view.',
  shareLinkLabel: 'Link to share',
  shareCopy: 'Copy the link',
  shareCopied: 'Link copied',
  shareCopyFailed: 'Copying was refused: select the link and copy it yourself.',
  shareLinkLength: 'Length: {n} characters.',
  shareLinkTooLong:
    'Past {limit} characters, messaging apps and some browsers cut links: send the single file below instead.',
  shareQrHeading: 'QR code',
  shareQrAlt: 'QR code of the link',
  shareQrTooLong:
    'The link is too long for a QR code ({n} characters; one QR code holds at most {max}). Share the single file instead.',
  shareQrLarge: 'Show large for the room',
  shareQrSmall: 'Back to the dialog',
  shareFileHeading: 'Single file',
  shareFileText:
    'One HTML file holding the app, the offline map and this story. It opens by double-click from a USB key or an e-mail attachment, with no network and no server.',
  shareFileButton: 'Download as a single file',
  shareFileBuilding: 'Preparing the file…',
  shareFileDone: 'Downloaded “{name}” ({size}).',
  shareFileFailed:
    'The file could not be prepared: {reason}. Open the app once while online so it can keep its offline copy.',
  shareEmbedHeading: 'Embed',
  shareEmbedText: 'Paste this into a school platform or a blog page:',
  shareEmbedLabel: 'Embed code',
  shareEmbedNone:
    'This story has no public address. Put the single file on any static web host (the school’s site, GitHub Pages…) and embed that address in an iframe.',
  handoutMaps: 'Maps',
  handoutStepMap: 'Step {n}: {title}',
  handoutJourneyMap: 'The whole journey',
  handoutMapLabel: 'Map: {title}',
};
