/**
 * Theme and first-visit state: what the user chose (remembered across visits) and what the
 * system asks for. `selectResolvedTheme` gives the theme actually shown.
 */
import {
  loadHintDismissed,
  loadThemeChoice,
  saveHintDismissed,
  saveThemeChoice,
  systemPrefersDark,
  type ThemeChoice,
} from '../preferences';
import type { SliceDefinition } from '../types';

export interface PreferencesSlice {
  /** The user's choice; "system" follows `prefers-color-scheme`. */
  theme: ThemeChoice;
  /** What the system asks for, kept up to date by `useThemeEffects`. */
  systemDark: boolean;
  /** The first-visit hint was dismissed (on this browser). */
  hintDismissed: boolean;
  setTheme: (theme: ThemeChoice) => void;
  setSystemDark: (dark: boolean) => void;
  dismissHint: () => void;
}

/** Preferences are the viewer's, not the dataset's: loading another keeps them. */
export const preferencesSlice: SliceDefinition<PreferencesSlice> = {
  create: () => (set) => ({
    theme: loadThemeChoice(),
    systemDark: systemPrefersDark(),
    hintDismissed: loadHintDismissed(),
    setTheme: (theme) => {
      saveThemeChoice(theme);
      set({ theme });
    },
    setSystemDark: (systemDark) => set({ systemDark }),
    dismissHint: () => {
      saveHintDismissed();
      set({ hintDismissed: true });
    },
  }),
};

export const selectTheme = (s: PreferencesSlice) => s.theme;
export const selectHintDismissed = (s: PreferencesSlice) => s.hintDismissed;
export const selectResolvedTheme = (s: PreferencesSlice): 'light' | 'dark' =>
  s.theme === 'system' ? (s.systemDark ? 'dark' : 'light') : s.theme;
