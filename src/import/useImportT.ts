import type { FeatureTranslate } from '../i18n/i18n';
import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { importDialogEn } from '../i18n/importDialog.en';
import { importDialogFr } from '../i18n/importDialog.fr';

/** Translates the import dialog's text (its own catalogue) and the app's. */
export const { translator: importTranslator, useT: useImportT } = defineFeatureCatalogue({
  en: importDialogEn,
  fr: importDialogFr,
});
export type ImportTranslate = FeatureTranslate<keyof typeof importDialogEn>;
export type ImportMessageKey = Parameters<ImportTranslate>[0];
