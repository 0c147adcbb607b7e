/**
 * The story editor's text: its own catalogue (`src/i18n/studio.*.ts`, loaded with the
 * editor, not in the first view's bundle) merged over the app's.
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { CATALOGUES, LOCALES, fillMessage, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { studioEn } from '../i18n/studio.en';
import { studioFr } from '../i18n/studio.fr';

export const STUDIO_CATALOGUES: Record<Lang, Record<keyof typeof studioEn, string>> = {
  en: studioEn,
  fr: studioFr,
};

export type StudioMessageKey = MessageKey | keyof typeof studioEn;
export type StudioTranslate = (
  key: StudioMessageKey,
  vars?: Record<string, string | number>,
) => string;

export function studioTranslator(lang: Lang): StudioTranslate {
  // Typed by key: a message missing from a catalogue fails the type-check, never shows its key.
  const messages: Record<StudioMessageKey, string> = {
    ...CATALOGUES[lang],
    ...STUDIO_CATALOGUES[lang],
  };
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

export function useStudioT(): StudioTranslate {
  const lang = useAppStore(selectLang);
  return useMemo(() => studioTranslator(lang), [lang]);
}
