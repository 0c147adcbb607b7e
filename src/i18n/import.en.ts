/** English text of the import controls in the header (merged into the main catalogue). */
export const importEn = {
  importDefaultActor: 'Traveller',
};
