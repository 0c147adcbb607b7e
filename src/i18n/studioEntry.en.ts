/**
 * English text of the ways into the story editor that the first view shows (header buttons,
 * details, presentation). Merged into the main catalogue; the editor's own text is in
 * `studio.en.ts`, loaded with the editor.
 */
export const studioEntryEn = {
  editStory: 'Edit story',
  newStory: 'New story',
  newStoryTitleLabel: 'Title of the new story',
  newStoryCreate: 'Create the story',
  newStoryCancel: 'Cancel',
  dateProvenance: 'Where the date comes from',
  copyLinkLocal:
    'This story is kept in this browser only: a link to it would open another story. Use “Share” to send the story itself.',
  presentChooseTour: 'Tour to present',
  presentEventsByDate: 'Every event, in date order',
};
