import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { CATALOGUES, LOCALES, fillMessage, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { importDialogEn } from '../i18n/importDialog.en';
import { importDialogFr } from '../i18n/importDialog.fr';

const DIALOG: Record<Lang, Record<keyof typeof importDialogEn, string>> = {
  en: importDialogEn,
  fr: importDialogFr,
};

export type ImportMessageKey = MessageKey | keyof typeof importDialogEn;
export type ImportTranslate = (
  key: ImportMessageKey,
  vars?: Record<string, string | number>,
) => string;

/** Translates the import dialog's text (its own catalogue) and the app's. */
export function importTranslator(lang: Lang): ImportTranslate {
  // Typed by key: a message missing from a catalogue fails the type-check, never shows its key.
  const messages: Record<ImportMessageKey, string> = { ...CATALOGUES[lang], ...DIALOG[lang] };
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

export function useImportT(): ImportTranslate {
  const lang = useAppStore(selectLang);
  return useMemo(() => importTranslator(lang), [lang]);
}
