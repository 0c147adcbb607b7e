/**
 * The import steps shared by the worker and the synchronous path: hold the table of the
 * last file read, load the gazetteer once when a build needs it, build with progress.
 */
import { parseGazetteer, type Gazetteer } from '../domain/import/gazetteer';
import { needsGazetteer, readImportFile } from '../domain/import/pipeline';
import { buildDataset } from '../domain/import/buildDataset';
import type { BuildResult, Table } from '../domain/import/types';
import { PREVIEW_ROWS, type BuildRequest, type ProgressInfo, type ReadSummary } from './protocol';

export type GazetteerLoader = () => Promise<string>;

export class ImportCore {
  private table: Table | null = null;
  private gazetteer: Promise<Gazetteer | null> | null = null;
  private readonly loadGazetteerText: GazetteerLoader;

  constructor(loadGazetteerText: GazetteerLoader) {
    this.loadGazetteerText = loadGazetteerText;
  }

  read(bytes: Uint8Array): ReadSummary {
    this.table = null;
    const out = readImportFile(bytes);
    if (out.kind !== 'table') return out;
    this.table = out.table;
    return {
      kind: 'table',
      headers: out.table.headers,
      preview: out.table.rows.slice(0, PREVIEW_ROWS),
      rowCount: out.table.rows.length,
      encoding: out.table.encoding,
      format: out.table.format,
      mapping: out.mapping,
      dateEvidence: out.dateEvidence,
      problems: out.problems,
    };
  }

  /**
   * Starts loading the gazetteer when the file's guessed columns will need it, so it is
   * ready (or on its way) by the time the user has checked the mapping and builds.
   */
  prefetchGazetteer(summary: ReadSummary): void {
    if (summary.kind === 'table' && needsGazetteer(summary.mapping)) void this.loadGazetteer();
  }

  private loadGazetteer(): Promise<Gazetteer | null> {
    this.gazetteer ??= this.loadGazetteerText()
      .then((text) => {
        const parsed = parseGazetteer(text);
        return parsed.ok ? parsed.gazetteer : null;
      })
      .catch(() => null)
      .then((g) => {
        if (!g) this.gazetteer = null; // try again next time
        return g;
      });
    return this.gazetteer;
  }

  async build(request: BuildRequest, progress: (p: ProgressInfo) => void): Promise<BuildResult> {
    const table = this.table;
    if (!table) throw new Error('no file has been read');
    let gazetteer: Gazetteer | null = null;
    if (needsGazetteer(request.mapping)) {
      progress({ phase: 'gazetteer', fraction: null });
      gazetteer = await this.loadGazetteer();
    }
    progress({ phase: 'rows', fraction: 0 });
    let last = 0;
    return buildDataset(table, {
      mapping: request.mapping,
      dateOrder: request.dateOrder,
      ...(request.dateLocale ? { dateLocale: request.dateLocale } : {}),
      fixes: request.fixes,
      datasetId: request.datasetId,
      title: request.title,
      defaultActorName: request.defaultActorName,
      gazetteer,
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          progress({ phase: fraction === 1 ? 'checking' : 'rows', fraction });
        }
      },
    });
  }
}
