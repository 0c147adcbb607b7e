/**
 * English text of the ways into the story editor that the first view shows (header buttons,
 * details, presentation). Merged into the main catalogue; the editor's own text is in
 * `studio.en.ts`, loaded with the editor.
 */
export const studioEntryEn = {
  dateProvenance: 'Where the date comes from',
  presentChooseTour: 'Tour to present',
  presentEventsByDate: 'Every event, in date order',
};
