/**
 * Mapping step: the language of dates written in words (detected, or chosen) and how the
 * first rows' dates will be read with the chosen columns ("14 e 15 de Janeiro" + 2008 →
 * 14–15 Jan 2008), before anything is imported.
 */
import { useId, useMemo } from 'react';
import { parseDateText, type DateParse } from '../domain/import/dates';
import { DATE_LANGUAGES, detectDateLanguage } from '../domain/import/wordDates';
import type { ColumnMapping, DateOrder } from '../domain/import/types';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { LOCALES } from '../i18n/i18n';
import { useImportT } from './useImportT';
import { formatProblem } from '../i18n/problems';
import type { ProblemCode } from '../domain/dataset/schema';

const HAS_WORDS = /\p{L}{3,}/u;

/** The language the date cells are written in, or null when they hold no month words. */
export function previewDateLanguage(
  preview: readonly (readonly string[])[],
  mapping: ColumnMapping,
): string | null {
  const cells = preview.map((r) =>
    [mapping.date, mapping.month].map((c) => (c === undefined ? '' : (r[c] ?? ''))).join(' '),
  );
  if (!cells.some((c) => HAS_WORDS.test(c))) return null;
  return detectDateLanguage(cells);
}

/** Why a date cell cannot be read, as the problem code the import reports for it. */
const REASON_CODE = {
  empty: 'dateMissing',
  invalid: 'dateInvalid',
  ambiguous: 'dateAmbiguous',
  twoDigitYear: 'dateInvalid',
  noYear: 'dateNoYear',
} as const satisfies Record<string, ProblemCode>;

export function DatePreview({
  preview,
  mapping,
  dateOrder,
  dateLocale,
  setDateLocale,
}: {
  preview: readonly (readonly string[])[];
  mapping: ColumnMapping;
  dateOrder: DateOrder | null;
  /** '' = automatic. */
  dateLocale: string;
  setDateLocale: (locale: string) => void;
}) {
  const t = useImportT();
  const lang = useAppStore(selectLang);
  const idBase = useId();
  const detected = useMemo(() => previewDateLanguage(preview, mapping), [preview, mapping]);
  const names = useMemo(() => new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }), [lang]);
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    [lang],
  );
  if (mapping.date === undefined) return null;
  const cell = (r: readonly string[], c: number | undefined) =>
    c === undefined ? '' : (r[c] ?? '').trim();
  const locale = dateLocale || detected || undefined;
  const rows = preview.map((r) => {
    const written = [cell(r, mapping.date), cell(r, mapping.month), cell(r, mapping.year)]
      .filter(Boolean)
      .join(' + ');
    const year = cell(r, mapping.year);
    const month = cell(r, mapping.month);
    const parsed: DateParse = parseDateText(cell(r, mapping.date), dateOrder, {
      ...(year ? { year } : {}),
      ...(month ? { month } : {}),
      ...(locale ? { locale } : {}),
    });
    return { written, parsed };
  });
  const utc = (d: { year: number; month: number; day: number }) =>
    new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  const readAs = (p: DateParse): string => {
    if (!p.ok)
      return t('importDatePreviewNot', {
        reason: formatProblem(
          {
            code: REASON_CODE[p.reason as keyof typeof REASON_CODE] ?? 'dateInvalid',
            params: { reason: p.reason },
          },
          lang,
        ).message,
      });
    const v = p.value;
    if (v.precision === 'year') return String(v.start.year);
    if (v.precision === 'month' && !v.end)
      return new Intl.DateTimeFormat(LOCALES[lang], {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utc(v.start));
    return v.end ? format.formatRange(utc(v.start), utc(v.end)) : format.format(utc(v.start));
  };
  return (
    <section aria-labelledby={`${idBase}-h`} className="import-date-preview">
      <h4 id={`${idBase}-h`}>{t('importDatePreview')}</h4>
      {(detected || dateLocale) && (
        <label className="select-label">
          {t('importDateLanguage')}
          <select value={dateLocale} onChange={(e) => setDateLocale(e.target.value)}>
            <option value="">
              {detected
                ? t('importDateLanguageDetected', { language: names.of(detected) ?? detected })
                : t('importDateLanguageAuto')}
            </option>
            {DATE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {names.of(l) ?? l}
              </option>
            ))}
          </select>
        </label>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('importDatePreviewWritten')}</th>
            <th scope="col">{t('importDatePreviewRead')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.written}</td>
              <td className={r.parsed.ok ? undefined : 'import-date-unread'}>{readAs(r.parsed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
