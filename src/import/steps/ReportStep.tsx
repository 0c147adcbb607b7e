import { useId } from 'react';
import { reportCounts } from '../../domain/import/report';
import { formatProblem } from '../../i18n/problems';
import { useAppStore } from '../../store/appStore';
import { selectLang } from '../../store/selectors';
import type { FixChoice, Step, WizardAction, WizardState } from '../importWizard';
import { ProblemTable } from '../ProblemTable';
import { useImportT } from '../useImportT';
import { PlaceChoices, type PlaceToChoose } from './PlaceChoices';
import { TitleField } from './TitleField';

const SHOWN_LEFT_OUT = 200;

/** Step 3: the report (counts that agree, rows left out, places to fix or review), Import. */
export function ReportStep({
  step,
  state,
  dispatch,
  onApplyFixes,
  onConfirm,
  onClose,
}: {
  step: Extract<Step, { name: 'report' }>;
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  onApplyFixes: () => void;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useImportT();
  const lang = useAppStore(selectLang);
  const idBase = useId();
  const { result } = step;
  const counts = reportCounts(result);
  const named = (city: string, country: string) => (country ? `${city} (${country})` : city);
  const toFix: PlaceToChoose[] = result.unplaced.map((u) => ({
    ...u,
    legend: t('importSuggestion', { place: named(u.city, u.country) }),
    noneLabel: t('importLeaveOut'),
  }));
  const toReview: PlaceToChoose[] = result.matched.map((m) => {
    const match = `${m.match.name} (${m.match.country}) ${m.match.lat.toFixed(2)}, ${m.match.lon.toFixed(2)}`;
    return {
      ...m,
      countryCode: m.match.country,
      legend: t('importMatchedAs', { place: named(m.city, m.country), match }),
      noneLabel: t('importKeepMatch', { match }),
    };
  });
  const choose = (key: string, choice: FixChoice) => dispatch({ type: 'setChoice', key, choice });
  return (
    <>
      <section aria-labelledby={`${idBase}-report`}>
        <h3 id={`${idBase}-report`}>{t('importReportTitle')}</h3>
        <dl className="import-stats">
          <dt>{t('importStatRows')}</dt>
          <dd>{counts.rowsRead}</dd>
          <dt>{t('importStatImported')}</dt>
          <dd>{counts.rowsImported}</dd>
          <dt>{t('importStatSkipped')}</dt>
          <dd>{counts.rowsLeftOut}</dd>
          <dt>{t('importStatEvents')}</dt>
          <dd>{counts.events}</dd>
          <dt>{t('importStatPlaces')}</dt>
          <dd>{counts.places}</dd>
          <dt>{t('importStatActors')}</dt>
          <dd>{counts.people}</dd>
          <dt>{t('importStatAttention')}</dt>
          <dd>{counts.rowsNeedingAttention}</dd>
        </dl>
      </section>
      {counts.leftOut.length > 0 && (
        <section aria-labelledby={`${idBase}-left-out`} className="import-left-out">
          <h3 id={`${idBase}-left-out`}>{t('importLeftOutTitle')}</h3>
          <p>{t('importLeftOutHelp')}</p>
          <div className="import-table-scroll">
            <table className="import-problems">
              <thead>
                <tr>
                  <th scope="col">{t('importColRow')}</th>
                  <th scope="col">{t('importColValue')}</th>
                  <th scope="col">{t('importColProblem')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.leftOut.slice(0, SHOWN_LEFT_OUT).map((r) => (
                  <tr key={r.row} className="severity-error">
                    <td>{r.row}</td>
                    <td className="import-value">{r.value ?? ''}</td>
                    <td>{formatProblem(r, lang).message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {counts.leftOut.length > SHOWN_LEFT_OUT && (
            <p>{t('importMoreProblems', { n: counts.leftOut.length - SHOWN_LEFT_OUT })}</p>
          )}
        </section>
      )}
      {toFix.length > 0 && (
        <PlaceChoices
          title={t('importUnplacedTitle')}
          help={t('importUnplacedHelp')}
          className="import-unplaced"
          places={toFix}
          choices={state.choices}
          setChoice={choose}
        />
      )}
      {toReview.length > 0 && (
        <details className="import-matched">
          <summary>{t('importMatchedShow', { n: toReview.length })}</summary>
          <PlaceChoices
            title={t('importMatchedTitle')}
            help={t('importMatchedHelp')}
            className="import-unplaced"
            places={toReview}
            choices={state.choices}
            setChoice={choose}
          />
        </details>
      )}
      {(toFix.length > 0 || toReview.length > 0) && (
        <button type="button" disabled={!state.choicesDirty} onClick={onApplyFixes}>
          {t('importApplyFixes')}
        </button>
      )}
      <section aria-labelledby={`${idBase}-problems`}>
        <h3 id={`${idBase}-problems`}>{t('importProblemsTitle')}</h3>
        <ProblemTable problems={result.problems} />
      </section>
      <TitleField title={state.title} dispatch={dispatch} />
      {!result.dataset && <p className="import-need">{t('importNothing')}</p>}
      <div className="import-actions">
        <button type="button" onClick={() => dispatch({ type: 'back' })}>
          {t('importBack')}
        </button>
        <button type="button" onClick={onClose}>
          {t('importCancel')}
        </button>
        {result.dataset && (
          <button type="button" className="primary" onClick={onConfirm}>
            {t('importConfirm', { n: counts.events })}
            {counts.rowsLeftOut > 0 && t('importLeavingOut', { m: counts.rowsLeftOut })}
          </button>
        )}
      </div>
    </>
  );
}
