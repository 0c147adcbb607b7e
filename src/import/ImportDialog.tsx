/**
 * The import dialog: choose (or drop) a file → map its columns → check and place the
 * rows (in the worker, with progress and cancel) → report, fix unplaced places → import.
 * A failed or cancelled import changes nothing. All imported text is rendered as text.
 *
 * The steps are a pure reducer (`importWizard.ts`), the asynchronous work is
 * `useImportSession`, and each step is its own component under `steps/`.
 */
import './importDialog.css';
import { useEffect, useId, useRef } from 'react';
import type { BuildResult } from '../domain/import/types';
import { useMapPick } from '../store/mapPick';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { AppDatasetStep } from './steps/AppDatasetStep';
import { BusyStep } from './steps/BusyStep';
import { ChooseStep } from './steps/ChooseStep';
import { MappingStep } from './steps/MappingStep';
import { ReportStep } from './steps/ReportStep';
import { useImportSession } from './useImportSession';
import { useImportT } from './useImportT';

export interface ImportDialogProps {
  /** A file dropped on the page, read at once. */
  readonly initialFile: File | null;
  readonly onClose: () => void;
  /**
   * Called once a dataset is open, with a status text, and its save (settled when the
   * dataset is stored, or could not be).
   */
  readonly onImported: (message: string, saved: Promise<unknown>) => void;
}

export function ImportDialog({ initialFile, onClose, onImported }: ImportDialogProps) {
  const t = useImportT();
  const lang = useAppStore(selectLang);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const session = useImportSession(t('importDefaultActor'));
  const { state, dispatch, readFile, build, cancel } = session;
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

  const finish = (dataset: Parameters<typeof session.finish>[0]) => {
    const { title, saved } = session.finish(dataset);
    onImported(t('importDone', { title: localized(title, lang), n: dataset.events.length }), saved);
  };

  const confirmReport = async (current: BuildResult) => {
    const result = state.choicesDirty ? await build() : current;
    if (result?.dataset) finish(result.dataset);
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
            else onClose();
          }
        }}
      >
        <div className="import-dialog-header">
          <h2 id={titleId}>{t('importDialogTitle')}</h2>
          <button type="button" onClick={onClose} aria-label={t('importClose')}>
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
            onConfirm={() => finish(step.dataset)}
          />
        )}

        <p className="import-attribution">{t('importGazetteerAttribution')}</p>
      </div>
    </div>
  );
}
