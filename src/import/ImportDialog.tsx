/**
 * The import dialog: choose (or drop) a file → map its columns → check and place the
 * rows (in the worker, with progress and cancel) → report, fix unplaced places → import.
 * A failed or cancelled import changes nothing. The import is saved, then opened, and only
 * then said to be done; a failed save leaves it open and offers to retry or download it.
 * All imported text is rendered as text.
 *
 * The steps are a pure reducer (`importWizard.ts`), the asynchronous work is
 * `useImportSession`, and each step is its own component under `steps/`.
 */
import './importDialog.css';
import { useEffect, useId, useRef } from 'react';
import type { BuildResult } from '../domain/import/types';
import type { Dataset } from '../domain/dataset/schema';
import { slug } from '../domain/text/slug';
import { fileBaseName } from '../domain/import/normalize';
import { useMapPick } from '../store/mapPick';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { AppDatasetStep } from './steps/AppDatasetStep';
import { BusyStep } from './steps/BusyStep';
import { ChooseStep } from './steps/ChooseStep';
import { MappingStep } from './steps/MappingStep';
import { ReportStep } from './steps/ReportStep';
import { NotSavedStep, SavingStep } from './steps/SaveSteps';
import { downloadText } from './download';
import { useImportSession } from './useImportSession';
import { useImportT } from './useImportT';

export interface ImportDialogProps {
  /** A file dropped on the page, read at once. */
  readonly initialFile: File | null;
  readonly onClose: () => void;
  /** Called once a dataset is saved and open, with a status text. */
  readonly onImported: (message: string) => void;
}

export function ImportDialog({ initialFile, onClose, onImported }: ImportDialogProps) {
  const t = useImportT();
  const lang = useAppStore(selectLang);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const session = useImportSession(t('importDefaultActor'));
  const { state, dispatch, readFile, build, cancel, retrySave } = session;
  const step = state.step;
  // While the user picks a place on the map, the dialog steps aside (and comes back).
  const picking = useMapPick((s) => s.request !== null);

  useEffect(function focusDialog() {
    dialogRef.current?.focus();
  }, []);

  const initialRead = useRef(false);
  useEffect(
    function readDroppedFile() {
      if (initialFile && !initialRead.current) {
        initialRead.current = true;
        void readFile(initialFile);
      }
    },
    [initialFile, readFile],
  );

  const done = (title: Dataset['title'], n: number) =>
    onImported(t('importDone', { title: localized(title, lang), n }));

  const finish = async (dataset: Dataset) => {
    const { title, kept } = await session.finish(dataset);
    if (kept) done(title, dataset.events.length);
  };

  const retry = async (dataset: Dataset) => {
    if (await retrySave()) done(dataset.title, dataset.events.length);
  };

  const download = async (dataset: Dataset) => {
    const { datasetToJson } = await import('../domain/import/exportCsv');
    const name = slug(localized(dataset.title, lang), 'dataset');
    downloadText(datasetToJson(dataset), `${name}.json`, 'application/json');
  };

  const confirmReport = async (current: BuildResult) => {
    const result = state.choicesDirty ? await build() : current;
    if (result?.dataset) await finish(result.dataset);
  };

  return (
    <div className="import-backdrop" hidden={picking}>
      <div
        ref={dialogRef}
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            if (step.name === 'busy') cancel();
            // A save cannot be stopped: the dialog stays until it has ended.
            else if (step.name !== 'saving') onClose();
          }
        }}
      >
        <div className="import-dialog-header">
          <h2 id={titleId}>{t('importDialogTitle')}</h2>
          <button
            type="button"
            onClick={onClose}
            aria-label={t('importClose')}
            disabled={step.name === 'saving'}
          >
            ×
          </button>
        </div>

        {step.name === 'choose' && <ChooseStep step={step} onFile={(f) => void readFile(f)} />}
        {step.name === 'busy' && (
          <BusyStep step={step} fileName={state.fileName} onCancel={cancel} />
        )}
        {step.name === 'mapping' && (
          <MappingStep step={step} state={state} dispatch={dispatch} onBuild={() => void build()} />
        )}
        {step.name === 'report' && (
          <ReportStep
            step={step}
            state={state}
            dispatch={dispatch}
            onApplyFixes={() => void build()}
            onConfirm={() => void confirmReport(step.result)}
            onClose={onClose}
          />
        )}
        {step.name === 'appDataset' && (
          <AppDatasetStep
            step={step}
            title={state.title}
            dispatch={dispatch}
            onConfirm={() => void finish(step.dataset)}
          />
        )}
        {step.name === 'saving' && (
          <SavingStep title={state.title.trim() || fileBaseName(state.fileName)} />
        )}
        {step.name === 'notSaved' && (
          <NotSavedStep
            step={step}
            title={step.saveAs}
            onRetry={() => void retry(step.dataset)}
            onDownload={() => void download(step.dataset)}
            onClose={onClose}
          />
        )}

        <p className="import-attribution">{t('importGazetteerAttribution')}</p>
      </div>
    </div>
  );
}
