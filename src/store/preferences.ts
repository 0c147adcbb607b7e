/**
 * Preferences kept in the browser across visits (theme, first-visit hint). Reading or
 * writing never throws: with storage refused (private mode, a sandboxed iframe) the app
 * works and simply forgets on reload.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const THEME_KEY = 'dte.theme';
const HINT_KEY = 'dte.hintDismissed';

function read(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(key, value);
  } catch {
    // Storage refused: the choice lasts for this visit.
  }
}

export function isThemeChoice(v: unknown): v is ThemeChoice {
  return v === 'light' || v === 'dark' || v === 'system';
}

export function loadThemeChoice(): ThemeChoice {
  const v = read(THEME_KEY);
  return isThemeChoice(v) ? v : 'system';
}

export function saveThemeChoice(theme: ThemeChoice): void {
  write(THEME_KEY, theme);
}

export function loadHintDismissed(): boolean {
  return read(HINT_KEY) === '1';
}

export function saveHintDismissed(): void {
  write(HINT_KEY, '1');
}

/** Whether the system asks for a dark scheme (false where it cannot be known). */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
