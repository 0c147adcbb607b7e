import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { CATALOGUES, LOCALES, fillMessage, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { shareDialogEn } from '../i18n/shareDialog.en';
import { shareDialogFr } from '../i18n/shareDialog.fr';

const DIALOG: Record<Lang, Record<keyof typeof shareDialogEn, string>> = {
  en: shareDialogEn,
  fr: shareDialogFr,
};

export type ShareMessageKey = MessageKey | keyof typeof shareDialogEn;
export type ShareTranslate = (
  key: ShareMessageKey,
  vars?: Record<string, string | number>,
) => string;

/** Translates the Share dialog's and hand-out's text (their own catalogue) and the app's. */
export function shareTranslator(lang: Lang): ShareTranslate {
  // Typed by key: a message missing from a catalogue fails the type-check, never shows its key.
  const messages: Record<ShareMessageKey, string> = { ...CATALOGUES[lang], ...DIALOG[lang] };
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

export function useShareT(): ShareTranslate {
  const lang = useAppStore(selectLang);
  return useMemo(() => shareTranslator(lang), [lang]);
}
