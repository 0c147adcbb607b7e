/**
 * Runs one import session for the dialog: owns the engine (a worker, or the synchronous
 * stand-in in tests), reads a file, builds with progress, cancels, and saves the result
 * (then opens it), with a retry when the save fails.
 * All state changes go through the pure `wizardReducer`.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Dataset } from '../domain/dataset/schema';
import { fileBaseName, slugify } from '../domain/import/normalize';
import { ImportCancelled, type BuildResult, type ImportProblem } from '../domain/import/types';
import { useAppStore } from '../store/appStore';
import { useDatasetsStore } from '../storage/datasetsStore';
import { createImportEngine, type ImportEngine } from './engine';
import { previewDateLanguage } from './DatePreview';
import {
  fixesToApply,
  initialWizardState,
  wizardReducer,
  type NotSavedReason,
  type WizardAction,
  type WizardState,
} from './importWizard';

/** An error that is not a problem of the file (a crash of the worker, say). */
function crashProblems(err: unknown): ImportProblem[] {
  return [
    {
      code: 'unknownFormat',
      severity: 'error',
      path: '(file)',
      value: String(err).slice(0, 200),
    },
  ];
}

export interface ImportSession {
  readonly state: WizardState;
  readonly dispatch: (action: WizardAction) => void;
  readFile(file: File): Promise<void>;
  /** Builds with the current mapping and fixes; resolves to the result (null if stopped). */
  build(): Promise<BuildResult | null>;
  /** Stops the running read or build. */
  cancel(): void;
  /**
   * Saves the import, then opens it (the `saving` step meanwhile). Resolves once the save
   * has ended to its title (in each language it has) and whether it is kept; not kept, the
   * dataset is open all the same and the dialog shows `notSaved`.
   */
  finish(dataset: Dataset): Promise<ImportFinished>;
  /** From `notSaved`: saves the open dataset again; resolves to whether it is kept now. */
  retrySave(): Promise<boolean>;
}

export interface ImportFinished {
  readonly title: Dataset['title'];
  readonly kept: boolean;
}

/** Why the datasets store could not keep the last save. */
function notSavedReason(): NotSavedReason {
  return useDatasetsStore.getState().storage === 'full' ? 'full' : 'failed';
}

export function useImportSession(defaultActorName: string): ImportSession {
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  // The latest state, for the callbacks (they run after the render that showed it).
  const stateRef = useRef(state);
  useLayoutEffect(function keepLatestState() {
    stateRef.current = state;
  });
  const engineRef = useRef<ImportEngine | null>(null);

  const engine = useCallback(() => {
    engineRef.current ??= createImportEngine();
    return engineRef.current;
  }, []);

  useEffect(function disposeEngine() {
    return function stopEngine() {
      engineRef.current?.dispose();
      engineRef.current = null;
    };
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      dispatch({ type: 'readStarted', fileName: file.name });
      try {
        const bytes = await file.arrayBuffer();
        const summary = await engine().read(bytes, () => {});
        dispatch({ type: 'readDone', summary, lang: useAppStore.getState().lang });
      } catch (err) {
        dispatch(
          err instanceof ImportCancelled
            ? { type: 'cancelled' }
            : { type: 'failed', problems: crashProblems(err) },
        );
      }
    },
    [engine],
  );

  const build = useCallback(async (): Promise<BuildResult | null> => {
    const current = stateRef.current;
    const fixes = fixesToApply(current);
    const name = current.title || fileBaseName(current.fileName);
    dispatch({ type: 'buildStarted' });
    try {
      const result = await engine().build(
        {
          mapping: current.mapping,
          dateOrder: current.dateOrder,
          ...dateLocaleFor(current),
          fixes,
          datasetId: `import-${slugify(name, 'data')}-${Date.now().toString(36)}`,
          title: name,
          defaultActorName,
        },
        (progress) => dispatch({ type: 'progress', progress }),
      );
      dispatch({ type: 'built', result, fixes });
      return result;
    } catch (err) {
      dispatch(
        err instanceof ImportCancelled
          ? { type: 'cancelled' }
          : { type: 'failed', problems: crashProblems(err) },
      );
      return null;
    }
  }, [engine, defaultActorName]);

  const cancel = useCallback(() => engine().cancel(), [engine]);

  const finish = useCallback(async (dataset: Dataset): Promise<ImportFinished> => {
    const current = stateRef.current;
    const name = current.title.trim() || fileBaseName(current.fileName);
    // The title offered is the dataset's own, in the interface's language when it has one:
    // kept as it is (in any of its languages), the dataset keeps its title in every
    // language; changed, the new one is the title in every language.
    const title = Object.values(dataset.title).includes(name) ? dataset.title : { en: name };
    const named: Dataset = { ...dataset, title };
    const { prebuilt, save } = engineRef.current?.extras(dataset) ?? {};
    dispatch({ type: 'saving' });
    // Where the dataset was built (the worker), when the menu's storage is the browser's.
    const workerSave =
      save && useDatasetsStore.getState().storage === 'ok' ? save(title, name) : null;
    workerSave?.catch(() => {}); // the datasets store reads the outcome
    // Opens once the save has ended: the dialog says "open" only then.
    const key = await useDatasetsStore.getState().addImported(named, name, {
      ...(prebuilt ? { prebuilt } : {}),
      ...(workerSave ? { saved: workerSave } : {}),
    });
    if (key === null)
      dispatch({ type: 'saveFailed', dataset: named, saveAs: name, reason: notSavedReason() });
    return { title, kept: key !== null };
  }, []);

  const retrySave = useCallback(async (): Promise<boolean> => {
    const step = stateRef.current.step;
    if (step.name !== 'notSaved') return false;
    dispatch({ type: 'saving' });
    const key = await useDatasetsStore.getState().saveImported(step.dataset, step.saveAs);
    if (key === null)
      dispatch({
        type: 'saveFailed',
        dataset: step.dataset,
        saveAs: step.saveAs,
        reason: notSavedReason(),
      });
    return key !== null;
  }, []);

  return { state, dispatch, readFile, build, cancel, finish, retrySave };
}

/** The language chosen for dates in words, else the one the first rows show. */
function dateLocaleFor(state: WizardState): { dateLocale?: string } {
  const step = state.step;
  const summary = step.name === 'mapping' || step.name === 'report' ? step.summary : null;
  const locale =
    state.dateLocale || (summary ? previewDateLanguage(summary.preview, state.mapping) : '');
  return locale ? { dateLocale: locale } : {};
}
