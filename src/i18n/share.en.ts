/** English text of sharing in the first view: the Share button, links that carry a story. */
export const shareEn = {
  shareClose: 'Close',
  sharedWithYou: 'Shared with you',
  sharedNote: 'This story came in a link. It is not in your datasets until you save it.',
  sharedSave: 'Save to my datasets',
  sharedSaved: 'Saved to your datasets.',
  sharedSaveFailed: 'It could not be saved: the browser’s storage is unavailable or full.',
  storyLinkFailed:
    'This shared link could not be opened: {reason}. The built-in story is shown instead.',
  loadReason_storyLink: 'the shared link is damaged',
  storyLinkError_empty: 'it holds no story',
  storyLinkError_version: 'it is not a story link of this app',
  storyLinkError_newerVersion: 'it was made by a newer version of the app',
  storyLinkError_tooLong: 'it is too long',
  storyLinkError_encoding:
    'it contains characters a story link cannot hold (it may have been cut or changed)',
  storyLinkError_compression: 'it is incomplete or damaged (it may have been cut when it was sent)',
  storyLinkError_checksum: 'it was changed after it was made (a character differs)',
  storyLinkError_tooLarge: 'the story in it is larger than 50 MB',
  storyLinkError_json: 'its content is damaged',
  storyLinkError_schema: 'its story does not match the data format',
};
