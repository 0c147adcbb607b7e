import { useMemo, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import {
  cataloguesVersion,
  featureTranslator,
  subscribeCatalogues,
  type FeatureTranslate,
  type Lang,
} from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { controlsEn } from '../i18n/controls.en';
import { controlsFr } from '../i18n/controls.fr';

/** The header's controls' own text, loaded with them (src/ui/headerItems.tsx). */
export const CONTROLS_CATALOGUES: Record<Lang, Record<keyof typeof controlsEn, string>> = {
  en: controlsEn,
  fr: controlsFr,
};

export type ControlsMessageKey = MessageKey | keyof typeof controlsEn;
export type ControlsTranslate = FeatureTranslate<keyof typeof controlsEn>;

export function controlsTranslator(lang: Lang): ControlsTranslate {
  return featureTranslator(lang, CONTROLS_CATALOGUES);
}

/** Translates the header controls' text and the app's (again when a catalogue arrives). */
export function useControlsT(): ControlsTranslate {
  const lang = useAppStore(selectLang);
  const version = useSyncExternalStore(subscribeCatalogues, cataloguesVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new catalogue is a new translator
  return useMemo(() => controlsTranslator(lang), [lang, version]);
}
