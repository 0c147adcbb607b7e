import { useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import {
  cataloguesVersion,
  featureTranslator,
  subscribeCatalogues,
  type FeatureTranslate,
  type Lang,
} from './i18n';

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

/** What a feature's translator file exports, made by `defineFeatureCatalogue`. */
export interface FeatureCatalogue<K extends string> {
  /** The feature's own text, by language. */
  readonly catalogues: Record<Lang, Record<K, string>>;
  /** A translator for `lang` (tests and code outside React). */
  readonly translator: (lang: Lang) => FeatureTranslate<K>;
  /** The React hook: the translator for the app's language, again when a catalogue arrives. */
  readonly useT: () => FeatureTranslate<K>;
}

/**
 * A feature's catalogue (`src/i18n/<feature>.<lang>.ts`, loaded with the feature), its
 * translator and its hook. The English catalogue's keys type every other language's (a key
 * missing in French fails the type-check) and the translator's key argument.
 */
export function defineFeatureCatalogue<K extends string>(
  catalogues: { readonly en: Record<K, string> } & {
    readonly [L in Exclude<Lang, 'en'>]: Record<NoInfer<K>, string>;
  },
): FeatureCatalogue<K> {
  return {
    catalogues,
    translator: (lang) => featureTranslator(lang, catalogues),
    useT: () => useFeatureT(catalogues),
  };
}
