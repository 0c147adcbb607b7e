import { useId } from 'react';
import { FIELDS, type Field } from '../../domain/import/types';
import {
  ambiguousDateCells,
  canBuild,
  evidentDateOrder,
  mappingMissing,
  type Step,
  type WizardAction,
  type WizardState,
} from '../importWizard';
import { DatePreview } from '../DatePreview';
import { ProblemTable } from '../ProblemTable';
import { useImportT, type ImportMessageKey } from '../useImportT';

/** Step 2: which column is which (guessed, editable), and how dates like 03/04 read. */
export function MappingStep({
  step,
  state,
  dispatch,
  onBuild,
}: {
  step: Extract<Step, { name: 'mapping' }>;
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  onBuild: () => void;
}) {
  const t = useImportT();
  const idBase = useId();
  const { summary } = step;
  const { mapping, dateOrder } = state;
  const found = evidentDateOrder(summary, mapping);
  const ambiguous = ambiguousDateCells(summary, mapping);
  const missing = mappingMissing(mapping);
  const choose = (field: Field, value: string) =>
    dispatch({ type: 'setMapping', field, column: value === '' ? null : Number(value) });
  return (
    <>
      <p className="import-file-summary">
        {t('importFileSummary', {
          file: state.fileName,
          rows: summary.rowCount,
          encoding: summary.encoding,
        })}
      </p>
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
        {missing.date && <p className="import-need">{t('importNeedDate')}</p>}
        {missing.place && <p className="import-need">{t('importNeedPlace')}</p>}
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
                  onChange={() => dispatch({ type: 'setDateOrder', order: o })}
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
          dateLocale={state.dateLocale}
          setDateLocale={(locale) => dispatch({ type: 'setDateLocale', locale })}
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
      {summary.problems.length > 0 && <ProblemTable problems={summary.problems} />}
      <div className="import-actions">
        <button type="button" onClick={() => dispatch({ type: 'back' })}>
          {t('importBack')}
        </button>
        <button type="button" className="primary" disabled={!canBuild(mapping)} onClick={onBuild}>
          {t('importCheckRows')}
        </button>
      </div>
    </>
  );
}
