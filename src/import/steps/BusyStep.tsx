import type { ProgressInfo } from '../protocol';
import type { Step } from '../importWizard';
import { useImportT, type ImportTranslate } from '../useImportT';

function phaseLabel(t: ImportTranslate, p: ProgressInfo, file: string): string {
  switch (p.phase) {
    case 'reading':
      return t('importReading', { file });
    case 'gazetteer':
      return t('importLoadingGazetteer');
    case 'rows':
      return t('importPlacingRows');
    case 'checking':
      return t('importChecking');
  }
}

/** While the worker reads or builds: what it is doing, a progress bar, and Cancel. */
export function BusyStep({
  step,
  fileName,
  onCancel,
}: {
  step: Extract<Step, { name: 'busy' }>;
  fileName: string;
  onCancel: () => void;
}) {
  const t = useImportT();
  return (
    <div className="import-busy">
      <p>{phaseLabel(t, step.progress, fileName)}</p>
      <progress
        aria-label={t('importProgressLabel')}
        max={1}
        {...(step.progress.fraction !== null ? { value: step.progress.fraction } : {})}
      />
      <button type="button" onClick={onCancel}>
        {t('importCancel')}
      </button>
    </div>
  );
}
