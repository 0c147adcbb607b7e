/** Set in localStorage while this browser is editing (see `editingSync.ts`); kept apart so the
 * startup can read it without loading the editing code. */
export const EDITING_FLAG = 'dte.editing';
