import type { ImportProblem } from '../domain/import/types';
import { formatProblem } from '../i18n/problems';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { useImportT, type ImportMessageKey } from './useImportT';

const SHOWN_PROBLEMS = 100;

/** The problems of a file or a build: row, column, value, what is wrong, what to do. */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useImportT();
  const lang = useAppStore(selectLang);
  if (problems.length === 0) return <p>{t('importNoProblems')}</p>;
  return (
    <>
      <div className="import-table-scroll">
        <table className="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('importColRow')}</th>
              <th scope="col">{t('importColColumn')}</th>
              <th scope="col">{t('importColValue')}</th>
              <th scope="col">{t('importColProblem')}</th>
              <th scope="col">{t('importColWhatToDo')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => {
              const words = formatProblem(p, lang);
              return (
                <tr key={i} className={`severity-${p.severity}`}>
                  <td>{p.row ?? ''}</td>
                  <td>{p.column ?? (p.row === undefined && p.path !== '(file)' ? p.path : '')}</td>
                  <td className="import-value">{p.value ?? ''}</td>
                  <td>
                    <span className="visually-hidden">
                      {t('labelValue', {
                        label: t(`importSeverity_${p.severity}` as ImportMessageKey),
                        value: '',
                      })}
                    </span>
                    {words.message}
                  </td>
                  <td>{words.hint}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('importMoreProblems', { n: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}
