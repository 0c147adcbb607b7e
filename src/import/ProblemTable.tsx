import type { ImportProblem } from '../domain/import/types';
import { MAX_IMPORT_MB } from '../domain/import/text';
import { useImportT, type ImportMessageKey } from './useImportT';

const SHOWN_PROBLEMS = 100;

/** The problems of a file or a build: row, column, value, what is wrong, what to do. */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useImportT();
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
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <tr key={i} className={`severity-${p.severity}`}>
                <td>{p.row ?? ''}</td>
                <td>{p.column ?? (p.row === undefined && p.path !== '(file)' ? p.path : '')}</td>
                <td className="import-value">{p.value ?? ''}</td>
                <td>
                  <span className="visually-hidden">
                    {t(`importSeverity_${p.severity}` as ImportMessageKey)}:{' '}
                  </span>
                  {t(`problem_${p.code}` as ImportMessageKey, {
                    ...p.params,
                    limit: MAX_IMPORT_MB,
                  })}
                </td>
                <td>{t(`hint_${p.code}` as ImportMessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('importMoreProblems', { n: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}
