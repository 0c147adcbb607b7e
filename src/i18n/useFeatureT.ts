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
