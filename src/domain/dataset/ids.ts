/** What an id may be, everywhere ids are read (the schema, the address, the importer). */
export const MAX_ID_LENGTH = 120;
/** Letters, digits and `_ . : -`: safe in an address, a CSS selector and a file name. */
export const ID_CHARS = /^[A-Za-z0-9_.:-]+$/;

export function isId(value: string): boolean {
  return value.length >= 1 && value.length <= MAX_ID_LENGTH && ID_CHARS.test(value);
}
