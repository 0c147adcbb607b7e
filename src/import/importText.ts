/**
 * Imports a whole text without asking anything (for `?data=<url>`): the guessed column
 * mapping, the day/month order the data shows, the gazetteer when needed. Runs in the
 * worker where there is one.
 */
import type { Dataset } from '../domain/dataset/schema';
import { mappedDateOrder } from '../domain/import/dates';
import { fileBaseName, slugify } from '../domain/import/normalize';
import type { ImportProblem } from '../domain/import/types';
import { createImportEngine } from './engine';

export type TextImport =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly ImportProblem[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export async function importTextToDataset(
  text: string,
  fileName: string,
  defaultActorName: string,
): Promise<TextImport> {
  const engine = createImportEngine();
  try {
    const bytes = new TextEncoder().encode(text);
    const summary = await engine.read(bytes.buffer, () => {});
    if (summary.kind === 'failed') return { ok: false, problems: summary.problems };
    if (summary.kind === 'dataset')
      return { ok: true, dataset: summary.dataset, problems: summary.problems };
    const order = mappedDateOrder(summary.mapping, summary.dateEvidence);
    const title = fileBaseName(fileName);
    const result = await engine.build(
      {
        mapping: summary.mapping,
        dateOrder: order,
        fixes: {},
        datasetId: `link-${slugify(title, 'data')}`,
        title,
        defaultActorName,
      },
      () => {},
    );
    return result.dataset
      ? { ok: true, dataset: result.dataset, problems: result.problems }
      : { ok: false, problems: result.problems };
  } catch (err) {
    return {
      ok: false,
      problems: [
        {
          code: 'unknownFormat',
          severity: 'error',
          path: '(file)',
          value: (err instanceof Error ? err.message : String(err)).slice(0, 200),
        },
      ],
    };
  } finally {
    engine.dispose();
  }
}
