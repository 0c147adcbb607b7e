import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import {
  LOCALES,
  cataloguesVersion,
  isCatalogueLoaded,
  loadCatalogue,
  subscribeCatalogues,
  translator,
  type Translate,
} from './i18n';

/**
 * The translate function for the active language. The startup and the language switch load
 * the catalogue before the language changes; a language set another way (an address typed
 * in) reads English until its catalogue arrives, then re-renders.
 */
export function useT(): Translate {
  const lang = useAppStore(selectLang);
  const version = useSyncExternalStore(subscribeCatalogues, cataloguesVersion);
  useEffect(() => {
    if (!isCatalogueLoaded(lang)) loadCatalogue(lang).catch(() => {});
  }, [lang]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new catalogue is a new translator
  return useMemo(() => translator(lang), [lang, version]);
}

/** The Intl locale for the active language. */
export function useLocale(): string {
  return LOCALES[useAppStore(selectLang)];
}
