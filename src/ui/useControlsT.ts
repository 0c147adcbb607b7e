import type { FeatureTranslate } from '../i18n/i18n';
import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { controlsEn } from '../i18n/controls.en';
import { controlsFr } from '../i18n/controls.fr';

/** The header's controls' own text, loaded with them (src/ui/headerItems.tsx), and the app's. */
export const {
  catalogues: CONTROLS_CATALOGUES,
  translator: controlsTranslator,
  useT: useControlsT,
} = defineFeatureCatalogue({ en: controlsEn, fr: controlsFr });
export type ControlsTranslate = FeatureTranslate<keyof typeof controlsEn>;
export type ControlsMessageKey = Parameters<ControlsTranslate>[0];
