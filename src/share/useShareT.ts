import { featureTranslator, type FeatureTranslate, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { useFeatureT } from '../i18n/useFeatureT';
import { shareDialogEn } from '../i18n/shareDialog.en';
import { shareDialogFr } from '../i18n/shareDialog.fr';

const DIALOG: Record<Lang, Record<keyof typeof shareDialogEn, string>> = {
  en: shareDialogEn,
  fr: shareDialogFr,
};

export type ShareMessageKey = MessageKey | keyof typeof shareDialogEn;
export type ShareTranslate = FeatureTranslate<keyof typeof shareDialogEn>;

/** Translates the Share dialog's and hand-out's text (their own catalogue) and the app's. */
export function shareTranslator(lang: Lang): ShareTranslate {
  return featureTranslator(lang, DIALOG);
}

export function useShareT(): ShareTranslate {
  return useFeatureT(DIALOG);
}
