import type { WizardAction } from '../importWizard';
import { useImportT } from '../useImportT';

/** The name the dataset is saved under. */
export function TitleField({
  title,
  dispatch,
}: {
  title: string;
  dispatch: (action: WizardAction) => void;
}) {
  const t = useImportT();
  return (
    <label className="select-label import-title">
      {t('importDatasetTitle')}
      <input
        type="text"
        value={title}
        maxLength={200}
        onChange={(e) => dispatch({ type: 'setTitle', title: e.target.value })}
      />
    </label>
  );
}
