/**
 * The header's import controls: "Import data" (opens the dialog; files can also be dropped
 * anywhere on the page) and the datasets menu (the bundled story and saved imports: open,
 * delete with confirmation, export the open dataset as JSON or CSV).
 */
import './importControl.css';
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useControlsT } from '../ui/useControlsT';
import { type ControlsMessageKey } from '../ui/useControlsT';
import { useAppStore } from '../store/appStore';
import { selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { slug } from '../domain/text/slug';
import { BUNDLED_KEY, useDatasetsStore, type StorageStatus } from '../storage/datasetsStore';
import { downloadText } from './download';
import { BUILTIN_DATASETS } from '../storage/builtinDatasets';
import { createPortal } from 'react-dom';
import { Toast } from '../ui/Toast';

const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

const STORAGE_MESSAGES: Partial<Record<StorageStatus, ControlsMessageKey>> = {
  unavailable: 'storageUnavailable',
  full: 'storageFull',
  failed: 'storageFailed',
};

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

function DatasetsMenu() {
  const t = useControlsT();
  const panelId = useId();
  const [expanded, setExpanded] = useState(false);
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const saved = useDatasetsStore((s) => s.saved);
  const broken = useDatasetsStore((s) => s.broken);
  const activeKey = useDatasetsStore((s) => s.activeKey);
  const activeDataset = useDatasetsStore((s) => s.activeDataset);
  const storage = useDatasetsStore((s) => s.storage);
  const openProblems = useDatasetsStore((s) => s.openProblems);
  const bundled = useDatasetsStore((s) => s.bundled);
  const currentKey =
    dataset === bundled ? BUNDLED_KEY : dataset === activeDataset ? activeKey : null;

  useEffect(
    function closeOnOutsideClick() {
      if (!expanded) return;
      const onDown = (e: MouseEvent) => {
        if (rootRef.current && !rootRef.current.contains(e.target as Node)) setExpanded(false);
      };
      document.addEventListener('mousedown', onDown);
      return function stopListening() {
        document.removeEventListener('mousedown', onDown);
      };
    },
    [expanded],
  );

  const exportAs = async (kind: 'json' | 'csv') => {
    const mod = await import('../domain/import/exportCsv');
    const name = slug(localized(dataset.title, lang), 'dataset');
    if (kind === 'json')
      downloadText(mod.datasetToJson(dataset), `${name}.json`, 'application/json');
    else downloadText(mod.datasetToCsv(dataset, lang), `${name}.csv`, 'text/csv;charset=utf-8');
  };

  /** Closes the panel and puts focus back on its button (an item hidden under focus loses it). */
  const closeMenu = () => {
    setExpanded(false);
    toggleRef.current?.focus();
  };
  /** Choosing a dataset closes the menu: the map and the panel are what the user wants next. */
  const choose = (key: string) => {
    closeMenu();
    void useDatasetsStore.getState().open(key);
  };

  const storageMessage = STORAGE_MESSAGES[storage];
  return (
    <div className="datasets-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => setExpanded((v) => !v)}
      >
        {t('datasetsMenu')}
      </button>
      <div
        id={panelId}
        className="datasets-panel"
        role="region"
        aria-label={t('datasetsMenu')}
        hidden={!expanded}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Only this panel closes (a folded header menu around it stays open).
          e.preventDefault();
          closeMenu();
        }}
      >
        <ul>
          <li>
            <button
              type="button"
              aria-current={currentKey === BUNDLED_KEY ? 'true' : undefined}
              onClick={() => choose(BUNDLED_KEY)}
            >
              {t('datasetsBundled', { title: bundled ? localized(bundled.title, lang) : '…' })}
            </button>
          </li>
        </ul>
        <h2 className="datasets-heading">{t('datasetsBuiltIn')}</h2>
        <ul>
          {BUILTIN_DATASETS.map((b) => (
            <li key={b.key}>
              <button
                type="button"
                aria-current={dataset.id === b.datasetId ? 'true' : undefined}
                onClick={() => choose(b.key)}
              >
                {t(b.titleKey)}
              </button>
            </li>
          ))}
        </ul>
        <h2 className="datasets-heading">{t('datasetsSaved')}</h2>
        {saved.length === 0 ? (
          <p>{t('datasetsNone')}</p>
        ) : (
          <ul>
            {saved.map((m) => (
              <li key={m.key}>
                <button
                  type="button"
                  aria-label={t('datasetsOpen', { title: m.title })}
                  aria-current={currentKey === m.key ? 'true' : undefined}
                  onClick={() => choose(m.key)}
                >
                  {m.title}
                </button>
                <span className="datasets-meta">
                  {t('datasetsEventCount', { n: m.eventCount, date: m.savedAt.slice(0, 10) })}
                </span>
                <button
                  type="button"
                  className="datasets-delete"
                  aria-label={t('datasetsDelete', { title: m.title })}
                  onClick={() => setConfirmKey(m.key)}
                >
                  {t('datasetsDeleteYes')}
                </button>
                {confirmKey === m.key && (
                  <div
                    role="group"
                    aria-label={t('datasetsDelete', { title: m.title })}
                    className="datasets-confirm"
                  >
                    <p>{t('datasetsDeleteConfirm', { title: m.title })}</p>
                    <button
                      type="button"
                      onClick={() => {
                        setConfirmKey(null);
                        void useDatasetsStore.getState().remove(m.key);
                      }}
                    >
                      {t('datasetsDeleteYes')}
                    </button>
                    <button type="button" onClick={() => setConfirmKey(null)}>
                      {t('datasetsDeleteNo')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {broken.map((b) => (
          <p key={b.key} className="datasets-broken">
            {t('datasetsBroken', {
              title: b.title,
              reason: t(`datasetsBrokenReason_${b.reason}` as ControlsMessageKey),
            })}
          </p>
        ))}
        {openProblems.length > 0 && <p role="alert">{t('datasetsOpenFailed')}</p>}
        {storageMessage && <p className="datasets-storage">{t(storageMessage)}</p>}
        <div className="datasets-export">
          <button type="button" onClick={() => void exportAs('json')}>
            {t('datasetsExportJson')}
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            {t('datasetsExportCsv')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Import button, page-wide drop zone, import dialog and datasets menu. No props. */
export function ImportControl() {
  const t = useControlsT();
  const [open, setOpen] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const storage = useDatasetsStore((s) => s.storage);

  useEffect(function loadSavedList() {
    void useDatasetsStore.getState().refresh();
  }, []);

  useEffect(function listenForFileDrops() {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) {
        setDroppedFile(file);
        setOpen(true);
      }
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return function stopListening() {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    setDroppedFile(null);
    buttonRef.current?.focus();
    // The button may be in a folded header menu: then focus the menu's button.
    if (buttonRef.current && document.activeElement !== buttonRef.current)
      document.querySelector<HTMLElement>('.header-menu-toggle')?.focus();
  }, []);

  const imported = useCallback(
    (message: string) => {
      // Said once the save has ended: storage refused (kept for the session only) is said too.
      const storageKey = STORAGE_MESSAGES[useDatasetsStore.getState().storage];
      setStatus(storageKey ? `${message} ${t(storageKey)}` : message);
      close();
    },
    [close, t],
  );

  return (
    <div className="import-control" data-storage={storage}>
      <button ref={buttonRef} type="button" onClick={() => setOpen(true)}>
        {t('importData')}
      </button>
      <DatasetsMenu />
      <Toast message={status} onClose={() => setStatus('')} />
      {dragging &&
        !open &&
        createPortal(
          <div className="import-drop-overlay" aria-hidden="true">
            {t('importDropOverlay')}
          </div>,
          document.body,
        )}
      {open &&
        // In <body>, outside the header: the dialog takes the page's colours, not the header's.
        createPortal(
          <Suspense fallback={null}>
            <ImportDialog initialFile={droppedFile} onClose={close} onImported={imported} />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
