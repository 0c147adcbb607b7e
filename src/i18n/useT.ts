import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { LOCALES, translator, type Translate } from './i18n';

/** The translate function for the active language. */
export function useT(): Translate {
  const lang = useAppStore(selectLang);
  return useMemo(() => translator(lang), [lang]);
}

/** The Intl locale for the active language. */
export function useLocale(): string {
  return LOCALES[useAppStore(selectLang)];
}
