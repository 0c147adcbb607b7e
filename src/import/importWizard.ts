/**
 * The import dialog's state machine, as a pure reducer (no React, no worker): which step
 * is shown, the column mapping and day/month order being edited, the user's answers for
 * unplaced places, and what a cancel or a failure goes back to. `useImportSession` runs
 * the asynchronous work and dispatches these actions; the step components only read.
 *
 *   choose ──read──▶ busy ──table──▶ mapping ──build──▶ busy ──▶ report ──apply──▶ busy ─▶ report
 *     ▲                 └─dataset─▶ appDataset                        │
 *     └──── failure / cancel of a read ◀──┘   cancel of a build ──▶ the step it came from
 *
 *   report / appDataset ──import──▶ saving ──kept──▶ (the dialog closes: done)
 *                                     ▲  └──not kept──▶ notSaved (open; retry, download)
 *                                     └──────retry──────────┘
 */
import type { Dataset } from '../domain/dataset/schema';
import type { Lang } from '../domain/lang';
import type {
  BuildResult,
  ColumnMapping,
  DateOrder,
  Field,
  ImportProblem,
  PlaceFix,
  UnplacedPlace,
} from '../domain/import/types';
import { fileBaseName } from '../domain/import/normalize';
import type { ProgressInfo, ReadSummary } from './protocol';

export type TableSummary = Extract<ReadSummary, { kind: 'table' }>;

export type Step =
  | {
      readonly name: 'choose';
      readonly failure?: { readonly file: string; readonly problems: readonly ImportProblem[] };
      readonly notice?: 'cancelled';
    }
  | { readonly name: 'busy'; readonly progress: ProgressInfo; readonly back: Step }
  | { readonly name: 'mapping'; readonly summary: TableSummary }
  | { readonly name: 'report'; readonly summary: TableSummary; readonly result: BuildResult }
  | {
      readonly name: 'appDataset';
      readonly dataset: Dataset;
      readonly problems: readonly ImportProblem[];
    }
  /** The dataset is being saved; it opens (and the import is done) once the save ends. */
  | { readonly name: 'saving' }
  /** The save failed: the dataset is open but not kept; it can be saved again or downloaded. */
  | {
      readonly name: 'notSaved';
      readonly dataset: Dataset;
      /** The name it is saved under. */
      readonly saveAs: string;
      readonly reason: NotSavedReason;
    };

/** Why a save failed: browser storage full, or any other refusal. */
export type NotSavedReason = 'full' | 'failed';

/** A user's answer for one place: a suggestion (index), typed coordinates, or leave out. */
export type FixChoice =
  | { readonly kind: 'leave' }
  | { readonly kind: 'suggestion'; readonly index: number }
  | { readonly kind: 'coords'; readonly text: string };

export interface WizardState {
  readonly step: Step;
  readonly fileName: string;
  /** The dataset's name, as the user edits it. */
  readonly title: string;
  readonly mapping: ColumnMapping;
  readonly dateOrder: DateOrder | null;
  /** The language of dates written in words, as chosen ('' = detected from the rows). */
  readonly dateLocale: string;
  readonly choices: Readonly<Record<string, FixChoice>>;
  /** Choices changed since the last build (the report is out of date). */
  readonly choicesDirty: boolean;
  /** The fixes the last build used: kept even once their place is placed. */
  readonly appliedFixes: Readonly<Record<string, PlaceFix>>;
}

export type WizardAction =
  | { readonly type: 'readStarted'; readonly fileName: string }
  /** `lang`: the interface's language, whose title an app dataset offers first. */
  | { readonly type: 'readDone'; readonly summary: ReadSummary; readonly lang?: Lang }
  | { readonly type: 'buildStarted' }
  | { readonly type: 'progress'; readonly progress: ProgressInfo }
  | {
      readonly type: 'built';
      readonly result: BuildResult;
      readonly fixes: Readonly<Record<string, PlaceFix>>;
    }
  /** The running read or build was cancelled. */
  | { readonly type: 'cancelled' }
  /** The running read or build failed outright (not a problem of the file: a crash). */
  | { readonly type: 'failed'; readonly problems: readonly ImportProblem[] }
  | { readonly type: 'setMapping'; readonly field: Field; readonly column: number | null }
  | { readonly type: 'setDateOrder'; readonly order: DateOrder }
  | { readonly type: 'setDateLocale'; readonly locale: string }
  | { readonly type: 'setTitle'; readonly title: string }
  | { readonly type: 'setChoice'; readonly key: string; readonly choice: FixChoice }
  | { readonly type: 'back' }
  /** The import's save started (from the report, an app dataset, or a retry). */
  | { readonly type: 'saving' }
  | {
      readonly type: 'saveFailed';
      readonly dataset: Dataset;
      readonly saveAs: string;
      readonly reason: NotSavedReason;
    };

export const initialWizardState: WizardState = {
  step: { name: 'choose' },
  fileName: '',
  title: '',
  mapping: {},
  dateOrder: null,
  dateLocale: '',
  choices: {},
  choicesDirty: false,
  appliedFixes: {},
};

/** "48.85, 2.35" (or "48.85 2.35", "48.85;2.35") → a point, or null. */
export function parseTypedCoordinates(text: string): { lat: number; lon: number } | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** A place the user can answer for: one still to fix, or one found by name (to review). */
export type ChoosablePlace = Pick<UnplacedPlace, 'key' | 'city' | 'suggestions' | 'countryCode'>;

/**
 * The fix a choice makes. Typed or clicked coordinates keep the row's country when it is
 * known (a place fixed by hand in Japan stays in JP), else "XX".
 */
export function fixFor(u: ChoosablePlace, choice: FixChoice | undefined): PlaceFix | null {
  if (!choice || choice.kind === 'leave') return null;
  if (choice.kind === 'suggestion') {
    const s = u.suggestions[choice.index];
    return s ? { name: u.city, country: s.country, lat: s.lat, lon: s.lon } : null;
  }
  const c = parseTypedCoordinates(choice.text);
  return c ? { name: u.city, country: u.countryCode ?? 'XX', ...c } : null;
}

/** The fixes to build with: the current answers, plus earlier fixes not left out since. */
export function fixesToApply(state: WizardState): Record<string, PlaceFix> {
  const out: Record<string, PlaceFix> = {};
  const result = state.step.name === 'report' ? state.step.result : null;
  const places: ChoosablePlace[] = [
    ...(result?.unplaced ?? []),
    ...(result?.matched ?? []).map((m) => ({ ...m, countryCode: m.match.country })),
  ];
  for (const u of places) {
    const f = fixFor(u, state.choices[u.key]);
    if (f) out[u.key] = f;
  }
  for (const [key, c] of Object.entries(state.choices)) {
    if (out[key] || c.kind === 'leave') continue;
    const prev = state.appliedFixes[key];
    if (prev) out[key] = prev;
  }
  return out;
}

/** A date and a place (a city, or latitude and longitude) are needed to build. */
export function mappingMissing(mapping: ColumnMapping): { date: boolean; place: boolean } {
  return {
    date: mapping.date === undefined,
    place: mapping.city === undefined && (mapping.lat === undefined || mapping.lon === undefined),
  };
}

export function canBuild(mapping: ColumnMapping): boolean {
  const missing = mappingMissing(mapping);
  return !missing.date && !missing.place;
}

/** The day/month order the file's date columns show, if any. */
export function evidentDateOrder(summary: TableSummary, mapping: ColumnMapping): DateOrder | null {
  for (const c of [mapping.date, mapping.end]) {
    if (c === undefined) continue;
    const order = summary.dateEvidence[c]?.order;
    if (order) return order;
  }
  return null;
}

/** Ambiguous cells (03/04/2025) in the date columns, for the "please choose" question. */
export function ambiguousDateCells(summary: TableSummary, mapping: ColumnMapping): number {
  let n = 0;
  for (const c of [mapping.date, mapping.end])
    if (c !== undefined) n += summary.dateEvidence[c]?.ambiguousCells ?? 0;
  return n;
}

function afterRead(state: WizardState, summary: ReadSummary, lang: Lang = 'en'): WizardState {
  if (summary.kind === 'failed')
    return {
      ...state,
      step: { name: 'choose', failure: { file: state.fileName, problems: summary.problems } },
    };
  if (summary.kind === 'dataset')
    return {
      ...state,
      title: summary.dataset.title[lang] ?? summary.dataset.title.en,
      step: { name: 'appDataset', dataset: summary.dataset, problems: summary.problems },
    };
  return {
    ...state,
    mapping: summary.mapping,
    dateOrder: evidentDateOrder(summary, summary.mapping),
    dateLocale: '',
    choices: {},
    choicesDirty: false,
    appliedFixes: {},
    step: { name: 'mapping', summary },
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const step = state.step;
  switch (action.type) {
    case 'readStarted':
      return {
        ...state,
        fileName: action.fileName,
        title: fileBaseName(action.fileName),
        step: {
          name: 'busy',
          progress: { phase: 'reading', fraction: null },
          back: { name: 'choose' },
        },
      };
    case 'readDone':
      return step.name === 'busy' ? afterRead(state, action.summary, action.lang) : state;
    case 'buildStarted': {
      if (step.name !== 'mapping' && step.name !== 'report') return state;
      return {
        ...state,
        step: { name: 'busy', progress: { phase: 'rows', fraction: 0 }, back: step },
      };
    }
    case 'progress':
      return step.name === 'busy'
        ? { ...state, step: { ...step, progress: action.progress } }
        : state;
    case 'built': {
      if (step.name !== 'busy') return state;
      const back = step.back;
      if (back.name !== 'mapping' && back.name !== 'report') return state;
      return {
        ...state,
        appliedFixes: action.fixes,
        choicesDirty: false,
        step: { name: 'report', summary: back.summary, result: action.result },
      };
    }
    case 'cancelled': {
      if (step.name !== 'busy') return state;
      return {
        ...state,
        step: step.back.name === 'choose' ? { name: 'choose', notice: 'cancelled' } : step.back,
      };
    }
    case 'failed':
      return {
        ...state,
        step: { name: 'choose', failure: { file: state.fileName, problems: action.problems } },
      };
    case 'setMapping': {
      const mapping: ColumnMapping = { ...state.mapping };
      if (action.column === null) delete mapping[action.field];
      else mapping[action.field] = action.column;
      return { ...state, mapping };
    }
    case 'setDateOrder':
      return { ...state, dateOrder: action.order };
    case 'setDateLocale':
      return { ...state, dateLocale: action.locale };
    case 'setTitle':
      return { ...state, title: action.title };
    case 'setChoice':
      return {
        ...state,
        choices: { ...state.choices, [action.key]: action.choice },
        choicesDirty: true,
      };
    case 'saving':
      return step.name === 'report' || step.name === 'appDataset' || step.name === 'notSaved'
        ? { ...state, step: { name: 'saving' } }
        : state;
    case 'saveFailed':
      return step.name === 'saving'
        ? {
            ...state,
            step: {
              name: 'notSaved',
              dataset: action.dataset,
              saveAs: action.saveAs,
              reason: action.reason,
            },
          }
        : state;
    case 'back':
      if (step.name === 'report')
        return { ...state, step: { name: 'mapping', summary: step.summary } };
      if (step.name === 'mapping' || step.name === 'appDataset')
        return { ...state, step: { name: 'choose' } };
      return state;
  }
}
