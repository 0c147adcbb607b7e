/**
 * The import dialog: choose (or drop) a file → map its columns → check and place the
 * rows (in the worker, with progress and cancel) → report, fix unplaced places → import.
 * A failed or cancelled import changes nothing. All imported text is rendered as text.
 */
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useMapPick } from '../store/mapPick';
import { DatePreview, previewDateLanguage } from './DatePreview';
import { useImportT, type ImportMessageKey, type ImportTranslate } from './useImportT';
import { MAX_IMPORT_MB } from '../domain/import/text';
import { slugify } from '../domain/import/normalize';
import {
  FIELDS,
  ImportCancelled,
  type BuildResult,
  type ColumnMapping,
  type DateOrder,
  type Field,
  type ImportProblem,
  type PlaceFix,
  type UnplacedPlace,
} from '../domain/import/types';
import type { Dataset } from '../domain/dataset/schema';
import { createImportEngine, type ImportEngine } from './engine';
import type { ProgressInfo, ReadSummary } from './protocol';
import { useDatasetsStore } from '../storage/datasetsStore';

type TableSummary = Extract<ReadSummary, { kind: 'table' }>;

type Step =
  | {
      name: 'choose';
      failure?: { file: string; problems: readonly ImportProblem[] };
      notice?: string;
    }
  | { name: 'busy'; progress: ProgressInfo; label: string; back: Step }
  | { name: 'mapping'; summary: TableSummary }
  | { name: 'report'; summary: TableSummary; result: BuildResult }
  | { name: 'appDataset'; dataset: Dataset; problems: readonly ImportProblem[] };

/** A user's answer for one unplaced place: a suggestion (index), typed coordinates, or leave out. */
type FixChoice =
  { kind: 'leave' } | { kind: 'suggestion'; index: number } | { kind: 'coords'; text: string };

const SHOWN_PROBLEMS = 100;
const SHOWN_UNPLACED = 40;

function baseName(file: string): string {
  return file.replace(/\.[^.]+$/, '').slice(0, 120) || file;
}

function parseTypedCoordinates(text: string): { lat: number; lon: number } | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

function fixFor(u: UnplacedPlace, choice: FixChoice | undefined): PlaceFix | null {
  if (!choice || choice.kind === 'leave') return null;
  if (choice.kind === 'suggestion') {
    const s = u.suggestions[choice.index];
    return s ? { name: u.city, country: s.country, lat: s.lat, lon: s.lon } : null;
  }
  const c = parseTypedCoordinates(choice.text);
  return c ? { name: u.city, country: 'XX', ...c } : null;
}

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

function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useImportT();
  if (problems.length === 0) return <p>{t('importNoProblems')}</p>;
  return (
    <>
      <div className="import-table-scroll">
        <table className="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('importColRow')}</th>
              <th scope="col">{t('importColColumn')}</th>
              <th scope="col">{t('importColValue')}</th>
              <th scope="col">{t('importColProblem')}</th>
              <th scope="col">{t('importColWhatToDo')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <tr key={i} className={`severity-${p.severity}`}>
                <td>{p.row ?? ''}</td>
                <td>{p.column ?? (p.row === undefined && p.path !== '(file)' ? p.path : '')}</td>
                <td className="import-value">{p.value ?? ''}</td>
                <td>
                  <span className="visually-hidden">
                    {t(`importSeverity_${p.severity}` as ImportMessageKey)}:{' '}
                  </span>
                  {t(`problem_${p.code}` as ImportMessageKey, {
                    ...p.params,
                    limit: MAX_IMPORT_MB,
                  })}
                </td>
                <td>{t(`hint_${p.code}` as ImportMessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('importMoreProblems', { n: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}

/** The language chosen for dates in words, else the one the first rows show. */
function dateLocaleFor(
  summary: TableSummary,
  mapping: ColumnMapping,
  chosen: string,
): { dateLocale?: string } {
  const locale = chosen || previewDateLanguage(summary.preview, mapping);
  return locale ? { dateLocale: locale } : {};
}

function MappingStep({
  summary,
  mapping,
  setMapping,
  dateOrder,
  setDateOrder,
  dateLocale,
  setDateLocale,
}: {
  summary: TableSummary;
  mapping: ColumnMapping;
  setMapping: (m: ColumnMapping) => void;
  dateOrder: DateOrder | null;
  setDateOrder: (o: DateOrder) => void;
  dateLocale: string;
  setDateLocale: (l: string) => void;
}) {
  const t = useImportT();
  const idBase = useId();
  const dateCols = [mapping.date, mapping.end].filter((c): c is number => c !== undefined);
  const evidence = dateCols.map((c) => summary.dateEvidence[c]).filter((e) => e !== undefined);
  const found = evidence.find((e) => e.order !== null)?.order ?? null;
  const ambiguous = evidence.reduce((n, e) => n + e.ambiguousCells, 0);
  const choose = (field: Field, value: string) => {
    const next: ColumnMapping = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setMapping(next);
  };
  return (
    <section aria-labelledby={`${idBase}-h`}>
      <h3 id={`${idBase}-h`}>{t('importMappingTitle')}</h3>
      <p>{t('importMappingHelp')}</p>
      <div className="import-mapping">
        {FIELDS.map((field) => (
          <label key={field} className="select-label">
            {t(`importField_${field}` as ImportMessageKey)}
            <select value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)}>
              <option value="">{t('importNotUsed')}</option>
              {summary.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h}
                  {summary.preview[0]?.[i] ? ` (${summary.preview[0][i]!.slice(0, 30)})` : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {mapping.date === undefined && <p className="import-need">{t('importNeedDate')}</p>}
      {mapping.city === undefined && (mapping.lat === undefined || mapping.lon === undefined) && (
        <p className="import-need">{t('importNeedPlace')}</p>
      )}
      {(ambiguous > 0 || found) && (
        <fieldset className="import-date-order">
          <legend>{t('importDateOrder')}</legend>
          {found ? (
            <p>{t('importDateOrderFound', { order: t(`importDateOrder_${found}`) })}</p>
          ) : (
            <p>{t('importDateOrderAsk', { n: ambiguous })}</p>
          )}
          {(['dmy', 'mdy'] as const).map((o) => (
            <label key={o}>
              <input
                type="radio"
                name={`${idBase}-order`}
                value={o}
                checked={dateOrder === o}
                onChange={() => setDateOrder(o)}
              />
              {t(`importDateOrder_${o}`)}
            </label>
          ))}
        </fieldset>
      )}
      <DatePreview
        preview={summary.preview}
        mapping={mapping}
        dateOrder={dateOrder}
        dateLocale={dateLocale}
        setDateLocale={setDateLocale}
      />
      <details className="import-preview">
        <summary>{t('importPreview')}</summary>
        <div className="import-table-scroll">
          <table>
            <thead>
              <tr>
                {summary.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.preview.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function UnplacedFixer({
  unplaced,
  choices,
  setChoice,
}: {
  unplaced: readonly UnplacedPlace[];
  choices: Readonly<Record<string, FixChoice>>;
  setChoice: (key: string, c: FixChoice) => void;
}) {
  const t = useImportT();
  const idBase = useId();
  return (
    <section aria-labelledby={`${idBase}-h`} className="import-unplaced">
      <h3 id={`${idBase}-h`}>{t('importUnplacedTitle')}</h3>
      <p>{t('importUnplacedHelp')}</p>
      {unplaced.slice(0, SHOWN_UNPLACED).map((u, k) => {
        const choice = choices[u.key] ?? { kind: 'leave' };
        const name = `${idBase}-${k}`;
        const place = u.country ? `${u.city} (${u.country})` : u.city;
        const coordsInvalid =
          choice.kind === 'coords' &&
          choice.text.trim() !== '' &&
          !parseTypedCoordinates(choice.text);
        return (
          <fieldset key={u.key}>
            <legend>
              {t('importSuggestion', { place })}{' '}
              <span className="import-rows">
                {t('importUnplacedRows', { rows: u.rows.slice(0, 12).join(', ') })}
              </span>
            </legend>
            {u.suggestions.map((s, i) => (
              <label key={i}>
                <input
                  type="radio"
                  name={name}
                  checked={choice.kind === 'suggestion' && choice.index === i}
                  onChange={() => setChoice(u.key, { kind: 'suggestion', index: i })}
                />
                {`${s.name} (${s.country}) ${s.lat.toFixed(2)}, ${s.lon.toFixed(2)}`}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name={name}
                checked={choice.kind === 'coords'}
                onChange={() => setChoice(u.key, { kind: 'coords', text: '' })}
              />
              {t('importTypeCoordinates')}
            </label>
            {choice.kind === 'coords' && (
              <label className="import-coords">
                <span className="visually-hidden">{`${t('importTypeCoordinates')}: ${place}`}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  value={choice.text}
                  aria-invalid={coordsInvalid}
                  placeholder="48.85, 2.35"
                  onChange={(e) => setChoice(u.key, { kind: 'coords', text: e.target.value })}
                />
                {coordsInvalid && (
                  <span className="import-need">{t('importCoordinatesInvalid')}</span>
                )}
              </label>
            )}
            <button
              type="button"
              className="import-pick"
              onClick={() =>
                useMapPick.getState().start(place, (point) => {
                  if (point)
                    setChoice(u.key, {
                      kind: 'coords',
                      text: `${point.lat.toFixed(4)}, ${point.lon.toFixed(4)}`,
                    });
                })
              }
            >
              {t('importPickOnMap')}
            </button>
            <label>
              <input
                type="radio"
                name={name}
                checked={choice.kind === 'leave'}
                onChange={() => setChoice(u.key, { kind: 'leave' })}
              />
              {t('importLeaveOut')}
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}

export interface ImportDialogProps {
  /** A file dropped on the page, read at once. */
  readonly initialFile: File | null;
  readonly onClose: () => void;
  /** Called after a dataset was opened (and saved when possible), with a status text. */
  readonly onImported: (message: string) => void;
}

export function ImportDialog({ initialFile, onClose, onImported }: ImportDialogProps) {
  const t = useImportT();
  const titleId = useId();
  const inputId = useId();
  const engineRef = useRef<ImportEngine | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  // While the user picks a place on the map, the dialog steps aside (and comes back).
  const picking = useMapPick((s) => s.request !== null);
  const [fileName, setFileName] = useState('');
  const [title, setTitle] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [dateLocale, setDateLocale] = useState('');
  const [choices, setChoices] = useState<Record<string, FixChoice>>({});
  const [choicesDirty, setChoicesDirty] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const previousFixes = useRef<Record<string, PlaceFix>>({});

  const engine = () => {
    engineRef.current ??= createImportEngine();
    return engineRef.current;
  };

  useEffect(function disposeEngine() {
    return function stopEngine() {
      engineRef.current?.dispose();
      engineRef.current = null;
    };
  }, []);

  useEffect(function focusDialog() {
    dialogRef.current?.focus();
  }, []);

  const readFile = async (file: File) => {
    setFileName(file.name);
    setTitle(baseName(file.name));
    const back: Step = { name: 'choose' };
    setStep({
      name: 'busy',
      progress: { phase: 'reading', fraction: null },
      label: file.name,
      back,
    });
    let summary: ReadSummary;
    try {
      const bytes = await file.arrayBuffer();
      summary = await engine().read(bytes, () => {});
    } catch (err) {
      if (err instanceof ImportCancelled) setStep({ name: 'choose', notice: t('importCancelled') });
      else
        setStep({
          name: 'choose',
          failure: {
            file: file.name,
            problems: [
              { code: 'unknownFormat', severity: 'error', path: '(file)', message: String(err) },
            ],
          },
        });
      return;
    }
    if (summary.kind === 'failed') {
      setStep({ name: 'choose', failure: { file: file.name, problems: summary.problems } });
      return;
    }
    if (summary.kind === 'dataset') {
      setTitle(summary.dataset.title.en);
      setStep({ name: 'appDataset', dataset: summary.dataset, problems: summary.problems });
      return;
    }
    setMapping(summary.mapping);
    const evidence = [summary.mapping.date, summary.mapping.end]
      .map((c) => (c === undefined ? undefined : summary.dateEvidence[c]))
      .find((e) => e?.order);
    setDateOrder(evidence?.order ?? null);
    setDateLocale('');
    setChoices({});
    setStep({ name: 'mapping', summary });
  };

  const initialRead = useRef(false);
  useEffect(
    function readDroppedFile() {
      if (initialFile && !initialRead.current) {
        initialRead.current = true;
        void readFile(initialFile);
      }
    },
    // readFile is recreated each render; the dropped file is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [initialFile],
  );

  const fixes = (result: BuildResult | null): Record<string, PlaceFix> => {
    const out: Record<string, PlaceFix> = {};
    for (const u of result?.unplaced ?? []) {
      const f = fixFor(u, choices[u.key]);
      if (f) out[u.key] = f;
    }
    // Fixes chosen earlier stay even once their place is placed.
    for (const [key, c] of Object.entries(choices)) {
      if (out[key] || c.kind === 'leave') continue;
      const prev = previousFixes.current[key];
      if (prev) out[key] = prev;
    }
    return out;
  };
  const build = async (
    summary: TableSummary,
    withFixes: Record<string, PlaceFix>,
  ): Promise<BuildResult | null> => {
    const back: Step = step.name === 'report' ? step : { name: 'mapping', summary };
    setStep({ name: 'busy', progress: { phase: 'rows', fraction: 0 }, label: fileName, back });
    try {
      const result = await engine().build(
        {
          mapping,
          dateOrder,
          ...dateLocaleFor(summary, mapping, dateLocale),
          fixes: withFixes,
          datasetId: `import-${slugify(title || fileName, 'data')}-${Date.now().toString(36)}`,
          title: title || baseName(fileName),
          defaultActorName: t('importDefaultActor'),
        },
        (progress) => setStep((s) => (s.name === 'busy' ? { ...s, progress } : s)),
      );
      previousFixes.current = withFixes;
      setChoicesDirty(false);
      setStep({ name: 'report', summary, result });
      return result;
    } catch (err) {
      if (err instanceof ImportCancelled) setStep(back);
      else
        setStep({
          name: 'choose',
          failure: {
            file: fileName,
            problems: [
              { code: 'unknownFormat', severity: 'error', path: '(file)', message: String(err) },
            ],
          },
        });
      return null;
    }
  };

  const finish = async (dataset: Dataset) => {
    const name = title.trim() || baseName(fileName);
    const named: Dataset = { ...dataset, title: { ...dataset.title, en: name } };
    await useDatasetsStore.getState().addImported(named, name);
    onImported(t('importDone', { title: name, n: named.events.length }));
  };

  const onFileInput = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void readFile(file);
  };

  const cancel = () => {
    if (step.name === 'busy') engine().cancel();
    else onClose();
  };

  const unplacedRows = useMemo(() => {
    if (step.name !== 'report') return 0;
    const rows = new Set<number>();
    for (const u of step.result.unplaced) for (const r of u.rows) rows.add(r);
    return rows.size;
  }, [step]);

  const titleField = (
    <label className="select-label import-title">
      {t('importDatasetTitle')}
      <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
    </label>
  );

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
            cancel();
          }
        }}
      >
        <div className="import-dialog-header">
          <h2 id={titleId}>{t('importDialogTitle')}</h2>
          <button type="button" onClick={onClose} aria-label={t('importClose')}>
            ×
          </button>
        </div>

        {step.name === 'choose' && (
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
              if (file) void readFile(file);
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
            {step.notice && <p role="status">{step.notice}</p>}
            {step.failure && (
              <div role="alert" className="import-failure">
                <p>{t('importFailed', { file: step.failure.file })}</p>
                <ProblemTable problems={step.failure.problems} />
              </div>
            )}
          </div>
        )}

        {step.name === 'busy' && (
          <div className="import-busy">
            <p id={`${titleId}-progress`}>{phaseLabel(t, step.progress, step.label)}</p>
            <progress
              aria-label={t('importProgressLabel')}
              max={1}
              {...(step.progress.fraction !== null ? { value: step.progress.fraction } : {})}
            />
            <button type="button" onClick={() => engine().cancel()}>
              {t('importCancel')}
            </button>
          </div>
        )}

        {step.name === 'mapping' && (
          <>
            <p className="import-file-summary">
              {t('importFileSummary', {
                file: fileName,
                rows: step.summary.rowCount,
                encoding: step.summary.encoding,
              })}
            </p>
            <MappingStep
              summary={step.summary}
              mapping={mapping}
              setMapping={setMapping}
              dateOrder={dateOrder}
              dateLocale={dateLocale}
              setDateLocale={setDateLocale}
              setDateOrder={setDateOrder}
            />
            {step.summary.problems.length > 0 && <ProblemTable problems={step.summary.problems} />}
            <div className="import-actions">
              <button type="button" onClick={() => setStep({ name: 'choose' })}>
                {t('importBack')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={
                  mapping.date === undefined ||
                  (mapping.city === undefined &&
                    (mapping.lat === undefined || mapping.lon === undefined))
                }
                onClick={() => void build(step.summary, fixes(null))}
              >
                {t('importCheckRows')}
              </button>
            </div>
          </>
        )}

        {step.name === 'report' && (
          <>
            <section aria-labelledby={`${titleId}-report`}>
              <h3 id={`${titleId}-report`}>{t('importReportTitle')}</h3>
              <dl className="import-stats">
                <dt>{t('importStatRows')}</dt>
                <dd>{step.result.stats.rowsRead}</dd>
                <dt>{t('importStatEvents')}</dt>
                <dd>{step.result.stats.eventsCreated}</dd>
                <dt>{t('importStatPlaces')}</dt>
                <dd>{step.result.stats.placesCreated}</dd>
                <dt>{t('importStatActors')}</dt>
                <dd>{step.result.stats.actorsCreated}</dd>
                <dt>{t('importStatAttention')}</dt>
                <dd>{step.result.stats.rowsNeedingAttention}</dd>
                <dt>{t('importStatSkipped')}</dt>
                <dd>{step.result.stats.rowsSkipped}</dd>
              </dl>
            </section>
            {step.result.unplaced.length > 0 && (
              <>
                <UnplacedFixer
                  unplaced={step.result.unplaced}
                  choices={choices}
                  setChoice={(key, c) => {
                    setChoices((prev) => ({ ...prev, [key]: c }));
                    setChoicesDirty(true);
                  }}
                />
                <button
                  type="button"
                  disabled={!choicesDirty}
                  onClick={() => void build(step.summary, fixes(step.result))}
                >
                  {t('importApplyFixes')}
                </button>
              </>
            )}
            <section aria-labelledby={`${titleId}-problems`}>
              <h3 id={`${titleId}-problems`}>{t('importProblemsTitle')}</h3>
              <ProblemTable problems={step.result.problems} />
            </section>
            {titleField}
            {!step.result.dataset && <p className="import-need">{t('importNothing')}</p>}
            <div className="import-actions">
              <button
                type="button"
                onClick={() => setStep({ name: 'mapping', summary: step.summary })}
              >
                {t('importBack')}
              </button>
              <button type="button" onClick={onClose}>
                {t('importCancel')}
              </button>
              {step.result.dataset && (
                <button
                  type="button"
                  className="primary"
                  onClick={async () => {
                    let result: BuildResult | null = step.result;
                    if (choicesDirty) result = await build(step.summary, fixes(step.result));
                    if (result?.dataset) await finish(result.dataset);
                  }}
                >
                  {unplacedRows > 0
                    ? t('importConfirmWithout', {
                        n: step.result.stats.eventsCreated,
                        m: unplacedRows,
                      })
                    : t('importConfirm', { n: step.result.stats.eventsCreated })}
                </button>
              )}
            </div>
          </>
        )}

        {step.name === 'appDataset' && (
          <>
            <p>
              {t('importAppDataset', {
                events: step.dataset.events.length,
                places: step.dataset.places.length,
              })}
            </p>
            {step.problems.length > 0 && <ProblemTable problems={step.problems} />}
            {titleField}
            <div className="import-actions">
              <button type="button" onClick={() => setStep({ name: 'choose' })}>
                {t('importBack')}
              </button>
              <button type="button" className="primary" onClick={() => void finish(step.dataset)}>
                {t('importConfirm', { n: step.dataset.events.length })}
              </button>
            </div>
          </>
        )}

        <p className="import-attribution">{t('importGazetteerAttribution')}</p>
      </div>
    </div>
  );
}
