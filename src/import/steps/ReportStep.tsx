import { useId } from 'react';
import { unplacedRowCount, type Step, type WizardAction, type WizardState } from '../importWizard';
import { ProblemTable } from '../ProblemTable';
import { useImportT } from '../useImportT';
import { TitleField } from './TitleField';
import { UnplacedFixer } from './UnplacedFixer';

/** Step 3: the report (counts, places to fix, problems), the name, and Import. */
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
  const idBase = useId();
  const { result } = step;
  const { stats } = result;
  const unplacedRows = unplacedRowCount(result);
  return (
    <>
      <section aria-labelledby={`${idBase}-report`}>
        <h3 id={`${idBase}-report`}>{t('importReportTitle')}</h3>
        <dl className="import-stats">
          <dt>{t('importStatRows')}</dt>
          <dd>{stats.rowsRead}</dd>
          <dt>{t('importStatEvents')}</dt>
          <dd>{stats.eventsCreated}</dd>
          <dt>{t('importStatPlaces')}</dt>
          <dd>{stats.placesCreated}</dd>
          <dt>{t('importStatActors')}</dt>
          <dd>{stats.actorsCreated}</dd>
          <dt>{t('importStatAttention')}</dt>
          <dd>{stats.rowsNeedingAttention}</dd>
          <dt>{t('importStatSkipped')}</dt>
          <dd>{stats.rowsSkipped}</dd>
        </dl>
      </section>
      {result.unplaced.length > 0 && (
        <>
          <UnplacedFixer
            unplaced={result.unplaced}
            choices={state.choices}
            setChoice={(key, choice) => dispatch({ type: 'setChoice', key, choice })}
          />
          <button type="button" disabled={!state.choicesDirty} onClick={onApplyFixes}>
            {t('importApplyFixes')}
          </button>
        </>
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
            {unplacedRows > 0
              ? t('importConfirmWithout', { n: stats.eventsCreated, m: unplacedRows })
              : t('importConfirm', { n: stats.eventsCreated })}
          </button>
        )}
      </div>
    </>
  );
}
