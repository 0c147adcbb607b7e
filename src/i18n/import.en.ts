/** English interface text of the import feature (merged into the main catalogue). */
export const importEn = {
  importData: 'Import data',
};
