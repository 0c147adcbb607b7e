/**
 * The story editor's text: its own catalogue (`src/i18n/studio.*.ts`, loaded with the
 * editor, not in the first view's bundle) merged over the app's.
 */
import { featureTranslator, type FeatureTranslate, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { useFeatureT } from '../i18n/useFeatureT';
import { studioEn } from '../i18n/studio.en';
import { studioFr } from '../i18n/studio.fr';

export const STUDIO_CATALOGUES: Record<Lang, Record<keyof typeof studioEn, string>> = {
  en: studioEn,
  fr: studioFr,
};

export type StudioMessageKey = MessageKey | keyof typeof studioEn;
export type StudioTranslate = FeatureTranslate<keyof typeof studioEn>;

export function studioTranslator(lang: Lang): StudioTranslate {
  return featureTranslator(lang, STUDIO_CATALOGUES);
}

export function useStudioT(): StudioTranslate {
  return useFeatureT(STUDIO_CATALOGUES);
}
