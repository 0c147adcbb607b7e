/**
 * Theme and first-visit state: what the user chose (remembered across visits) and what the
 * system asks for. `selectResolvedTheme` gives the theme actually shown.
 */
import type { StateCreator } from 'zustand';
import {
  loadHintDismissed,
  loadThemeChoice,
  saveHintDismissed,
  saveThemeChoice,
  systemPrefersDark,
  type ThemeChoice,
} from './preferences';

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

export const createPreferencesSlice = <S extends PreferencesSlice>(): StateCreator<
  S,
  [['zustand/subscribeWithSelector', never]],
  [],
  PreferencesSlice
> =>
  function preferencesSlice(set) {
    return {
      theme: loadThemeChoice(),
      systemDark: systemPrefersDark(),
      hintDismissed: loadHintDismissed(),
      setTheme: (theme) => {
        saveThemeChoice(theme);
        set({ theme } as Partial<S>);
      },
      setSystemDark: (systemDark) => set({ systemDark } as Partial<S>),
      dismissHint: () => {
        saveHintDismissed();
        set({ hintDismissed: true } as Partial<S>);
      },
    };
  };

export const selectTheme = (s: PreferencesSlice) => s.theme;
export const selectHintDismissed = (s: PreferencesSlice) => s.hintDismissed;
export const selectResolvedTheme = (s: PreferencesSlice): 'light' | 'dark' =>
  s.theme === 'system' ? (s.systemDark ? 'dark' : 'light') : s.theme;
