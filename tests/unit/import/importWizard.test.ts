import { describe, it, expect } from 'vitest';
import {
  canBuild,
  fixesToApply,
  initialWizardState,
  parseTypedCoordinates,
  wizardReducer,
  type TableSummary,
  type WizardAction,
  type WizardState,
} from '../../../src/import/importWizard';
import { fileBaseName } from '../../../src/domain/import/normalize';
import type { BuildResult } from '../../../src/domain/import/types';

const summary: TableSummary = {
  kind: 'table',
  headers: ['date', 'city'],
  preview: [['03/04/2025', 'Paris']],
  rowCount: 2,
  encoding: 'utf-8',
  format: 'csv',
  mapping: { date: 0, city: 1 },
  dateEvidence: [
    { order: 'dmy', ambiguousCells: 0, dmyCells: 1, mdyCells: 0, needsAnswer: false },
    { order: null, ambiguousCells: 0, dmyCells: 0, mdyCells: 0, needsAnswer: false },
  ],
  problems: [],
};

const result = (unplaced: BuildResult['unplaced'] = []): BuildResult => ({
  dataset: null,
  problems: [],
  unplaced,
  matched: [],
  leftOut: [],
  stats: {
    rowsRead: 2,
    eventsCreated: 0,
    placesCreated: 0,
    actorsCreated: 0,
    rowsSkipped: 2,
    rowsNeedingAttention: 2,
    rowsGeocoded: 0,
  },
});

const moskow = {
  key: 'moskow|russie',
  city: 'Moskow',
  country: 'Russie',
  rows: [3, 5],
  suggestions: [{ name: 'Moscow', country: 'RU', lat: 55.75, lon: 37.62, population: 1 }],
};

const run = (...actions: WizardAction[]): WizardState =>
  actions.reduce(wizardReducer, initialWizardState);

describe('import wizard', () => {
  it('reads a table into the mapping step with the guessed mapping and the date order the file shows', () => {
    const s = run({ type: 'readStarted', fileName: 'trips.csv' }, { type: 'readDone', summary });
    expect(s.step.name).toBe('mapping');
    expect(s.title).toBe('trips');
    expect(s.mapping).toEqual({ date: 0, city: 1 });
    expect(s.dateOrder).toBe('dmy');
  });

  it('shows progress while busy, and a read failure on the first step with the file name', () => {
    const busy = run({ type: 'readStarted', fileName: 'x.csv' });
    expect(busy.step).toMatchObject({ name: 'busy', progress: { phase: 'reading' } });
    const failed = wizardReducer(busy, {
      type: 'readDone',
      summary: {
        kind: 'failed',
        problems: [{ code: 'empty', severity: 'error', path: '(file)' } as never],
      },
    });
    expect(failed.step).toMatchObject({ name: 'choose', failure: { file: 'x.csv' } });
  });

  it('a cancelled read goes back to the first step with a notice; a cancelled build to the step it came from', () => {
    const read = run({ type: 'readStarted', fileName: 'x.csv' }, { type: 'cancelled' });
    expect(read.step).toEqual({ name: 'choose', notice: 'cancelled' });
    const mapping = run({ type: 'readStarted', fileName: 'x.csv' }, { type: 'readDone', summary });
    const building = wizardReducer(mapping, { type: 'buildStarted' });
    expect(building.step.name).toBe('busy');
    const progressed = wizardReducer(building, {
      type: 'progress',
      progress: { phase: 'rows', fraction: 0.5 },
    });
    expect(progressed.step).toMatchObject({ progress: { fraction: 0.5 } });
    expect(wizardReducer(progressed, { type: 'cancelled' }).step).toBe(mapping.step);
  });

  it('edits the mapping, and building needs a date and a place', () => {
    let s = run({ type: 'readStarted', fileName: 'x.csv' }, { type: 'readDone', summary });
    expect(canBuild(s.mapping)).toBe(true);
    s = wizardReducer(s, { type: 'setMapping', field: 'city', column: null });
    expect(s.mapping).toEqual({ date: 0 });
    expect(canBuild(s.mapping)).toBe(false);
    expect(canBuild({ date: 0, lat: 1 })).toBe(false);
    expect(canBuild({ date: 0, lat: 1, lon: 2 })).toBe(true);
  });

  it('builds into the report, applies chosen fixes and keeps earlier fixes once placed', () => {
    let s = run(
      { type: 'readStarted', fileName: 'x.csv' },
      { type: 'readDone', summary },
      { type: 'buildStarted' },
      { type: 'built', result: result([moskow]), fixes: {} },
    );
    expect(s.step.name).toBe('report');
    s = wizardReducer(s, {
      type: 'setChoice',
      key: moskow.key,
      choice: { kind: 'suggestion', index: 0 },
    });
    expect(s.choicesDirty).toBe(true);
    const fixes = fixesToApply(s);
    expect(fixes).toEqual({
      [moskow.key]: { name: 'Moskow', country: 'RU', lat: 55.75, lon: 37.62 },
    });
    const rebuild: WizardAction[] = [
      { type: 'buildStarted' },
      { type: 'built', result: result([]), fixes },
    ];
    s = rebuild.reduce(wizardReducer, s);
    expect(s.step.name).toBe('report');
    expect(s.choicesDirty).toBe(false);
    // Moskow is placed now (no longer unplaced), yet its fix stays for the next build.
    expect(fixesToApply(s)).toEqual(fixes);
    s = wizardReducer(s, { type: 'setChoice', key: moskow.key, choice: { kind: 'leave' } });
    expect(fixesToApply(s)).toEqual({});
    expect(wizardReducer(s, { type: 'back' }).step.name).toBe('mapping');
  });

  it('typed coordinates become a fix only when they are a point', () => {
    expect(parseTypedCoordinates('48.85, 2.35')).toEqual({ lat: 48.85, lon: 2.35 });
    expect(parseTypedCoordinates('48.85 2.35')).toEqual({ lat: 48.85, lon: 2.35 });
    expect(parseTypedCoordinates('91, 2')).toBeNull();
    expect(parseTypedCoordinates('Paris')).toBeNull();
    expect(fileBaseName('trips.2025.csv')).toBe('trips.2025');
  });

  it('an app dataset asks only for its name', () => {
    const dataset = { title: { en: 'Story' }, events: [], places: [] } as never;
    const s = run(
      { type: 'readStarted', fileName: 'story.json' },
      { type: 'readDone', summary: { kind: 'dataset', dataset, problems: [] } },
    );
    expect(s.step.name).toBe('appDataset');
    expect(s.title).toBe('Story');
    expect(wizardReducer(s, { type: 'back' }).step).toEqual({ name: 'choose' });
  });

  it('an app dataset offers its title in the interface language when it has one', () => {
    const dataset = { title: { en: 'Story', fr: 'Récit' }, events: [], places: [] } as never;
    const read = (lang?: 'en' | 'fr') =>
      run(
        { type: 'readStarted', fileName: 'story.json' },
        { type: 'readDone', summary: { kind: 'dataset', dataset, problems: [] }, lang },
      ).title;
    expect(read('fr')).toBe('Récit');
    expect(read('en')).toBe('Story');
    expect(read()).toBe('Story');
    const englishOnly = { title: { en: 'Story' }, events: [], places: [] } as never;
    expect(
      run(
        { type: 'readStarted', fileName: 'story.json' },
        {
          type: 'readDone',
          summary: { kind: 'dataset', dataset: englishOnly, problems: [] },
          lang: 'fr',
        },
      ).title,
    ).toBe('Story');
  });
});
