import type { Step, WizardAction } from '../importWizard';
import { ProblemTable } from '../ProblemTable';
import { useImportT } from '../useImportT';
import { TitleField } from './TitleField';

/** A file in the app's own format: nothing to map, only a name to confirm. */
export function AppDatasetStep({
  step,
  title,
  dispatch,
  onConfirm,
}: {
  step: Extract<Step, { name: 'appDataset' }>;
  title: string;
  dispatch: (action: WizardAction) => void;
  onConfirm: () => void;
}) {
  const t = useImportT();
  return (
    <>
      <p>
        {t('importAppDataset', {
          events: step.dataset.events.length,
          places: step.dataset.places.length,
        })}
      </p>
      {step.problems.length > 0 && <ProblemTable problems={step.problems} />}
      <TitleField title={title} dispatch={dispatch} />
      <div className="import-actions">
        <button type="button" onClick={() => dispatch({ type: 'back' })}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('importConfirm', { n: step.dataset.events.length })}
        </button>
      </div>
    </>
  );
}
