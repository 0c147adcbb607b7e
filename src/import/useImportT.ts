import { featureTranslator, type FeatureTranslate, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { useFeatureT } from '../i18n/useFeatureT';
import { importDialogEn } from '../i18n/importDialog.en';
import { importDialogFr } from '../i18n/importDialog.fr';

const DIALOG: Record<Lang, Record<keyof typeof importDialogEn, string>> = {
  en: importDialogEn,
  fr: importDialogFr,
};

export type ImportMessageKey = MessageKey | keyof typeof importDialogEn;
export type ImportTranslate = FeatureTranslate<keyof typeof importDialogEn>;

/** Translates the import dialog's text (its own catalogue) and the app's. */
export function importTranslator(lang: Lang): ImportTranslate {
  return featureTranslator(lang, DIALOG);
}

export function useImportT(): ImportTranslate {
  return useFeatureT(DIALOG);
}
