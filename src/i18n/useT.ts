import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import {
  LOCALES,
  cataloguesVersion,
  featureTranslator,
  isCatalogueLoaded,
  loadCatalogue,
  subscribeCatalogues,
  translator,
  type FeatureTranslate,
  type Lang,
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

/**
 * The translate function of a feature with its own catalogue (the studio, a dialog, the
 * header's controls), merged over the app's; made again when a catalogue arrives, so a
 * French catalogue that comes after the language changed is not missed. `own` must be a
 * module-level constant.
 */
export function useFeatureT<K extends string>(
  own: Record<Lang, Record<K, string>>,
): FeatureTranslate<K> {
  const lang = useAppStore(selectLang);
  const version = useSyncExternalStore(subscribeCatalogues, cataloguesVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new catalogue is a new translator
  return useMemo(() => featureTranslator(lang, own), [lang, own, version]);
}

/** The Intl locale for the active language. */
export function useLocale(): string {
  return LOCALES[useAppStore(selectLang)];
}
