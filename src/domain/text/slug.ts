/**
 * The one slug rule: lower-case ASCII letters and digits joined by single dashes, at most
 * `maxLength` characters, never starting or ending with a dash (ids and file names).
 */
export function slug(text: string, fallback: string, maxLength = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return s || fallback;
}
