import { featureTranslator, type FeatureTranslate, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { useFeatureT } from '../i18n/useFeatureT';
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
  return useFeatureT(CONTROLS_CATALOGUES);
}
