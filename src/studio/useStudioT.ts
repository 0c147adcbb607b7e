import type { FeatureTranslate } from '../i18n/i18n';
import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { studioEn } from '../i18n/studio.en';
import { studioFr } from '../i18n/studio.fr';

/**
 * The story editor's text: its own catalogue (`src/i18n/studio.*.ts`, loaded with the
 * editor, not in the first view's bundle) merged over the app's.
 */
export const {
  catalogues: STUDIO_CATALOGUES,
  translator: studioTranslator,
  useT: useStudioT,
} = defineFeatureCatalogue({ en: studioEn, fr: studioFr });
export type StudioTranslate = FeatureTranslate<keyof typeof studioEn>;
export type StudioMessageKey = Parameters<StudioTranslate>[0];
