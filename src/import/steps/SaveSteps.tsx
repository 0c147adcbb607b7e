import type { Step } from '../importWizard';
import { useImportT } from '../useImportT';

/** While the import, already open, is saved in the browser: the import is done after. */
export function SavingStep({ title }: { title: string }) {
  const t = useImportT();
  return (
    <div className="import-busy">
      <p role="status">{t('importSaving', { title })}</p>
      <progress aria-label={t('importProgressLabel')} max={1} />
    </div>
  );
}

/**
 * The save failed: the dataset is open but not kept. Says why, and offers to save it again
 * or to download it (the app's JSON, which imports back), or to close and go on without.
 */
export function NotSavedStep({
  step,
  title,
  onRetry,
  onDownload,
  onClose,
}: {
  step: Extract<Step, { name: 'notSaved' }>;
  title: string;
  onRetry: () => void;
  onDownload: () => void;
  onClose: () => void;
}) {
  const t = useImportT();
  return (
    <>
      <div role="alert" className="import-failure">
        <p>{t(`importNotSaved_${step.reason}`, { title })}</p>
        <p>{t('importNotSavedHelp')}</p>
      </div>
      <div className="import-actions">
        <button type="button" onClick={onClose}>
          {t('importClose')}
        </button>
        <button type="button" onClick={onDownload}>
          {t('importDownloadJson')}
        </button>
        <button type="button" className="primary" onClick={onRetry}>
          {t('importSaveRetry')}
        </button>
      </div>
    </>
  );
}
