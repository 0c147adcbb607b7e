import type { FeatureTranslate } from '../i18n/i18n';
import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { shareDialogEn } from '../i18n/shareDialog.en';
import { shareDialogFr } from '../i18n/shareDialog.fr';

/** Translates the Share dialog's and hand-out's text (their own catalogue) and the app's. */
export const { translator: shareTranslator, useT: useShareT } = defineFeatureCatalogue({
  en: shareDialogEn,
  fr: shareDialogFr,
});
export type ShareTranslate = FeatureTranslate<keyof typeof shareDialogEn>;
