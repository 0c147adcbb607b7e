/** English text of the import controls in the header (merged into the main catalogue). */
export const importEn = {
  importDefaultActor: 'Traveller',
  datasetsCurrent: '(open)',
  datasetsRename: 'Rename {title}',
  datasetsRenameLabel: 'New name',
  datasetsRenameSave: 'Save name',
};
