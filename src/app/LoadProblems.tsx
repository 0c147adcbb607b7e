import type { Problem } from '../domain/dataset/problems';
import { formatProblem } from '../i18n/problems';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';

const SHOWN_PROBLEMS = 5;

/**
 * The problems of a linked file, in the active language. Loaded only when a link fails,
 * so the problem texts stay out of the first view's bundle.
 */
export default function LoadProblems({ problems }: { problems: readonly Problem[] }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  return (
    <ul>
      {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
        <li key={i}>
          <code>{p.path}</code>
          {lang === 'fr' ? '\u202f: ' : ': '}
          {formatProblem(p, lang).message}
          {p.value !== undefined ? ` (${p.value})` : ''}
        </li>
      ))}
      {problems.length > SHOWN_PROBLEMS && (
        <li>{t('moreProblems', { n: problems.length - SHOWN_PROBLEMS })}</li>
      )}
    </ul>
  );
}
