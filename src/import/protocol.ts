/** Messages between the page and the import worker (structured-clone friendly). */
import type { LocalizedText } from '../domain/dataset/schema';
import type { DateOrderEvidence } from '../domain/import/dates';
import type { DatasetHead, EncodedModelIndex } from '../domain/load/protocol';
import type { ReadOutcome } from '../domain/import/pipeline';
import type {
  BuildResult,
  ColumnMapping,
  DateOrder,
  ImportProblem,
  PlaceFix,
} from '../domain/import/types';

export type Phase = 'reading' | 'gazetteer' | 'rows' | 'checking';

export interface ProgressInfo {
  readonly phase: Phase;
  /** 0..1, or null when unknown. */
  readonly fraction: number | null;
}

/** What the dialog needs of a read file; the full table stays with the engine. */
export type ReadSummary =
  | {
      readonly kind: 'table';
      readonly headers: readonly string[];
      readonly preview: readonly (readonly string[])[];
      readonly rowCount: number;
      readonly encoding: string;
      readonly format: 'csv' | 'geojson';
      readonly mapping: ColumnMapping;
      readonly dateEvidence: readonly DateOrderEvidence[];
      readonly problems: readonly ImportProblem[];
    }
  | Exclude<ReadOutcome, { readonly kind: 'table' }>;

export interface BuildRequest {
  readonly mapping: ColumnMapping;
  readonly dateOrder: DateOrder | null;
  /** Language of dates in words (BCP 47); absent: any language. */
  readonly dateLocale?: string;
  readonly fixes: Readonly<Record<string, PlaceFix>>;
  readonly datasetId: string;
  readonly title: string;
  readonly defaultActorName: string;
}

export type ToWorker =
  | {
      readonly type: 'read';
      readonly id: number;
      readonly bytes: ArrayBuffer;
      /** Where to fetch the gazetteer from, so it loads while the user checks the columns. */
      readonly gazetteerUrl?: string;
    }
  | {
      readonly type: 'build';
      readonly id: number;
      readonly request: BuildRequest;
      readonly gazetteerUrl: string;
    }
  | {
      /** Saves the dataset of the last build, under this title, in the browser's storage. */
      readonly type: 'save';
      readonly id: number;
      readonly title: LocalizedText;
      /** The name the datasets menu shows. */
      readonly name: string;
    };

/** What a saved dataset's record says (the repository's SavedMeta). */
export interface SavedInfo {
  readonly key: string;
  readonly title: string;
  readonly savedAt: string;
  readonly eventCount: number;
  readonly recordVersion: number;
}

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly progress: ProgressInfo }
  | { readonly type: 'read'; readonly id: number; readonly summary: ReadSummary }
  /** A part of the built dataset's events (a JSON array), before its `build` message. */
  | { readonly type: 'chunk'; readonly id: number; readonly events: string }
  | {
      readonly type: 'build';
      readonly id: number;
      /** With `dataset: null` when `head` is given: the dataset is `head` + the chunks. */
      readonly result: BuildResult;
      readonly head?: DatasetHead;
      /** The dataset's time index and events by place, built in the worker (transferred). */
      readonly index?: EncodedModelIndex;
    }
  | { readonly type: 'saved'; readonly id: number; readonly meta: SavedInfo }
  | {
      readonly type: 'error';
      readonly id: number;
      readonly message: string;
      /** Set when saving failed: how (the repository's StorageError kind). */
      readonly storage?: 'unavailable' | 'full' | 'failed';
    };

export const PREVIEW_ROWS = 5;
