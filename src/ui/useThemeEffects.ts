import { useEffect, useLayoutEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { selectResolvedTheme } from '../store/slices/preferencesSlice';

const selectHighContrast = (s: { highContrast: boolean }) => s.highContrast;

/**
 * Puts the theme on <html> (`data-theme`, `data-contrast`), where every colour variable of
 * theme.css hangs, so dialogs rendered outside the app's tree are themed too; follows the
 * system's `prefers-color-scheme` while the choice is "system".
 */
export function useThemeEffects(): void {
  const theme = useAppStore(selectResolvedTheme);
  const highContrast = useAppStore(selectHighContrast);

  useLayoutEffect(
    function applyTheme() {
      const root = document.documentElement;
      root.dataset.theme = theme;
      if (highContrast) root.dataset.contrast = 'high';
      else delete root.dataset.contrast;
    },
    [theme, highContrast],
  );

  useEffect(function followSystemScheme() {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => useAppStore.getState().setSystemDark(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return function stopFollowingSystemScheme() {
      query.removeEventListener('change', onChange);
    };
  }, []);
}
