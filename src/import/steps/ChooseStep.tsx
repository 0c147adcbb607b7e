import { useId, useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_MB } from '../../domain/import/text';
import type { Step } from '../importWizard';
import { ProblemTable } from '../ProblemTable';
import { useImportT } from '../useImportT';

/** Step 1: choose or drop a file; says why the last one was not imported. */
export function ChooseStep({
  step,
  onFile,
}: {
  step: Extract<Step, { name: 'choose' }>;
  onFile: (file: File) => void;
}) {
  const t = useImportT();
  const inputId = useId();
  const [dragOver, setDragOver] = useState(false);
  const onFileInput = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div
      className={`import-drop${dragOver ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p>{t('importIntro', { limit: MAX_IMPORT_MB })}</p>
      <label htmlFor={inputId} className="import-file-label">
        {t('importChooseFile')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
        onChange={onFileInput}
      />
      <span>{t('importDropHere')}</span>
      {step.notice === 'cancelled' && <p role="status">{t('importCancelled')}</p>}
      {step.failure && (
        <div role="alert" className="import-failure">
          <p>{t('importFailed', { file: step.failure.file })}</p>
          <ProblemTable problems={step.failure.problems} />
        </div>
      )}
    </div>
  );
}
