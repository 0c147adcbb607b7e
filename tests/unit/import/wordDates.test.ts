import { describe, expect, it } from 'vitest';
import { isoOf, parseDateText, type DateContext } from '../../../src/domain/import/dates';
import {
  detectDateLanguage,
  monthFromCell,
  monthLexicon,
  parseWordDate,
} from '../../../src/domain/import/wordDates';
import { readImportFile } from '../../../src/domain/import/pipeline';
import { buildDataset } from '../../../src/domain/import/buildDataset';
import { fixture } from './gazetteerFixture';

function span(text: string, context?: DateContext): string {
  const r = parseDateText(text, null, context);
  if (!r.ok) return r.reason;
  return r.value.end ? `${isoOf(r.value.start)}/${isoOf(r.value.end)}` : isoOf(r.value.start);
}

describe('month names come from Intl', () => {
  it('knows long, short and in-date forms of any language Intl has', () => {
    expect(monthLexicon('pt').months.get('janeiro')).toBe(1);
    expect(monthLexicon('es').months.get('septiembre')).toBe(9);
    expect(monthLexicon('de').months.get('marz')).toBe(3);
    expect(monthLexicon('it').months.get('giugno')).toBe(6);
    // Polish and Czech write months in the genitive inside a date.
    expect(monthLexicon('pl').months.get('stycznia')).toBe(1);
    expect(monthLexicon('cs').months.get('kvetna')).toBe(5);
    // Unambiguous prefixes: "Sept", "Febr".
    expect(monthLexicon('en').months.get('sept')).toBe(9);
    expect(monthLexicon('de').months.get('febr')).toBe(2);
    expect(monthLexicon('xx-invalid-').months.size).toBe(0);
  });

  it('reads a month column as a number or a name', () => {
    expect(monthFromCell('01')).toBe(1);
    expect(monthFromCell('Dezembro')).toBe(12);
    expect(monthFromCell('luglio', 'it')).toBe(7);
    expect(monthFromCell('13')).toBeNull();
    expect(monthFromCell('soon')).toBeNull();
  });
});

describe('dates written in words', () => {
  it('reads lists and ranges of days with a year column (the Portuguese record)', () => {
    const y = { year: '2008' };
    expect(span('14 e 15 de Janeiro', y)).toBe('2008-01-14/2008-01-15');
    expect(span('De 02 a 09 de Julho', y)).toBe('2008-07-02/2008-07-09');
    expect(span('1º, 02, 03 e 04 de Novembro', y)).toBe('2008-11-01/2008-11-04');
    expect(span('13 e 14 Dezembro', y)).toBe('2008-12-13/2008-12-14');
    expect(span('26 de Maio', y)).toBe('2008-05-26');
  });

  it('reads day–month ranges across months and across the new year', () => {
    expect(span('30 de junho a 2 de julho de 1999')).toBe('1999-06-30/1999-07-02');
    expect(span('vom 30. Dezember bis 2. Januar 1990')).toBe('1989-12-30/1990-01-02');
    expect(span('29 de diciembre al 3 de enero', { year: '2010' })).toBe('2010-12-29/2011-01-03');
    expect(span('July 17th to August 2nd', { year: '1945' })).toBe('1945-07-17/1945-08-02');
  });

  it('reads ordinals and the little words of each language', () => {
    expect(span('du 1er au 3 mars 1962')).toBe('1962-03-01/1962-03-03');
    expect(span('2nd–4th June 1953')).toBe('1953-06-02/1953-06-04');
    expect(span('May 3rd and 4th, 1945')).toBe('1945-05-03/1945-05-04');
    expect(span('3. und 4. Mai 1961')).toBe('1961-05-03/1961-05-04');
    expect(span("dall'8 al 10 luglio 1987")).toBe('1987-07-08/1987-07-10');
    expect(span('del 3 al 5 de mayo de 1975')).toBe('1975-05-03/1975-05-05');
    expect(span('12 stycznia 1970')).toBe('1970-01-12');
    expect(span('mardi 1er avril 1952')).toBe('1952-04-01');
  });

  it('takes the month from a month column when the cell holds days only', () => {
    expect(span('14 e 15', { year: '2008', month: 'Janeiro' })).toBe('2008-01-14/2008-01-15');
    expect(span('dal 1 al 6', { year: '1961', month: 'settembre' })).toBe('1961-09-01/1961-09-06');
    expect(span('Janeiro', { year: '2008' })).toBe('2008-01-01');
    expect(parseWordDate('Janeiro', { year: '2008' })).toMatchObject({ precision: 'month' });
  });

  it('refuses what it cannot read, with the reason', () => {
    expect(span('14 e 15 de Janeiro')).toBe('noYear');
    expect(parseWordDate('14 e 15', { year: '2008' })).toEqual({ ok: false, reason: 'noMonth' });
    expect(span('15 e 14 de Janeiro', { year: '2008' })).toBe('invalid');
    expect(span('31 de Fevereiro', { year: '2008' })).toBe('invalid');
    expect(span('Paris 12')).toBe('invalid');
    expect(span('soon')).toBe('invalid');
  });

  it('uses the chosen language where two languages disagree', () => {
    // "listopad" is November in Polish and Czech, October in Croatian.
    expect(span('3 listopad 1990', { locale: 'pl' })).toBe('1990-11-03');
    expect(span('3 listopad 1990', { locale: 'hr' })).toBe('1990-10-03');
  });
});

/** Every row's dates, as spans, read through the mapping the importer guesses. */
function fixtureSpans(name: string, locale?: string): { spans: string[]; lang: string | null } {
  const out = readImportFile(fixture(name));
  if (out.kind !== 'table') throw new Error(out.kind);
  const m = out.mapping;
  const dates = out.table.rows.map((r) => r[m.date!] ?? '');
  const spans = out.table.rows.map((r) =>
    span(r[m.date!] ?? '', {
      ...(m.year !== undefined ? { year: r[m.year] ?? '' } : {}),
      ...(m.month !== undefined ? { month: r[m.month] ?? '' } : {}),
      ...(locale ? { locale } : {}),
    }),
  );
  return {
    spans,
    lang: detectDateLanguage(
      dates.map((d, i) => `${d} ${m.month !== undefined ? out.table.rows[i]![m.month] : ''}`),
    ),
  };
}

describe('records in six languages (fixtures under tests/fixtures/import)', () => {
  it('Portuguese, Windows-1252, year column', () => {
    const { spans, lang } = fixtureSpans('visitas-presidente-cp1252.csv');
    expect(lang).toBe('pt');
    expect(spans.join(' ')).toBe(
      '2003-01-14/2003-01-15 2003-01-24/2003-01-27 2003-01-27/2003-01-28 2003-06-01/2003-06-04 ' +
        '2003-07-02/2003-07-09 2003-12-13/2003-12-14 2004-01-12/2004-01-13 2004-01-25/2004-01-29 ' +
        '2004-05-23/2004-05-25 2004-05-26 2004-06-30/2004-07-02 2004-07-08/2004-07-09 2004-07-27 ' +
        '2005-01-26/2005-01-27 2005-05-25/2005-05-28 2005-05-26/2005-05-28 2005-07-06/2005-07-08 ' +
        '2005-07-14/2005-07-15 2005-11-04/2005-11-05 2006-03-02/2006-03-04 2006-07-16/2006-07-17 ' +
        '2006-09-13/2006-09-15 2007-06-06/2007-06-07 2007-09-01/2007-09-02 2007-10-15/2007-10-17 ' +
        '2007-11-30/2007-12-01 2008-04-06/2008-04-10 2008-05-16/2008-05-17 2008-07-07/2008-07-09 ' +
        '2008-11-14/2008-11-15 2008-12-22/2008-12-23 2009-04-01/2009-04-02 2009-04-17/2009-04-19 ' +
        '2009-06-15/2009-06-16 2009-07-08/2009-07-10 2009-09-24/2009-09-25 2009-12-16/2009-12-18 ' +
        '2010-03-14/2010-03-17 2010-05-15/2010-05-17 2010-06-26/2010-06-27 2010-11-11/2010-11-12',
    );
  });

  it('Spanish, year column', () => {
    const { spans, lang } = fixtureSpans('viajes-es.csv');
    expect(lang).toBe('es');
    expect(spans).toEqual([
      '1959-03-03/1959-03-05',
      '1962-04-12/1962-04-13',
      '1975-11-30/1975-12-02',
      '1982-07-01',
      '1991-07-18/1991-07-19',
      '1998-04-14/1998-04-18',
      '2004-05-28/2004-05-29',
      '2005-10-14/2005-10-16',
      '2010-12-29/2011-01-03',
      '2014-12-08/2014-12-09',
      '2018-11-15',
      '2023-03-24/2023-03-25',
    ]);
  });

  it('German, year column', () => {
    const { spans, lang } = fixtureSpans('reisen-de.csv');
    expect(lang).toBe('de');
    expect(spans).toEqual([
      '1955-09-08/1955-09-14',
      '1963-06-23/1963-06-26',
      '1970-03-19',
      '1970-08-12',
      '1970-12-07',
      '1975-07-30/1975-08-01',
      '1989-11-09/1989-11-11',
      '1990-07-15/1990-07-16',
      '1999-06-03/1999-06-04',
      '2007-06-06/2007-06-08',
      '2015-06-07/2015-06-08',
      '2022-06-26/2022-06-28',
    ]);
  });

  it('Italian, separate year and month columns', () => {
    const { spans, lang } = fixtureSpans('viaggi-it.csv');
    expect(lang).toBe('it');
    expect(spans).toEqual([
      '1957-03-25',
      '1961-09-01/1961-09-06',
      '1967-05-29/1967-05-30',
      '1975-07-30/1975-07-31',
      '1980-06-22/1980-06-23',
      '1987-06-08/1987-06-10',
      '1994-07-08/1994-07-10',
      '2001-07-20/2001-07-22',
      '2009-07-08/2009-07-10',
      '2017-05-26/2017-05-27',
      '2021-10-30/2021-10-31',
      '2024-06-13/2024-06-15',
    ]);
  });

  it('French, year in the cell', () => {
    const { spans, lang } = fixtureSpans('deplacements-fr.csv');
    expect(lang).toBe('fr');
    expect(spans).toEqual([
      '1962-03-01/1962-03-03',
      '1958-06-04/1958-06-05',
      '1963-01-22',
      '1966-06-20/1966-06-30',
      '1967-07-24',
      '1975-11-15/1975-11-17',
      '1961-05-31/1961-06-03',
      '1984-09-22/1984-09-23',
      '1989-07-14/1989-07-16',
      '2003-05-26/2003-05-28',
      '2003-06-01/2003-06-02',
      '2019-08-24/2019-08-26',
    ]);
  });

  it('English, ordinals and a year column', () => {
    const { spans, lang } = fixtureSpans('travels-en.csv');
    expect(lang).toBe('en');
    expect(spans).toEqual([
      '1943-11-28/1943-12-01',
      '1945-02-04/1945-02-11',
      '1945-07-17/1945-08-02',
      '1955-07-18/1955-07-23',
      '1961-06-03/1961-06-04',
      '1972-05-22/1972-05-30',
      '1985-11-19/1985-11-20',
      '1986-10-11/1986-10-12',
      '1989-12-02/1989-12-03',
      '2018-07-16',
      '2021-06-16',
      '2025-08-15',
    ]);
  });

  it('the importer guesses the year column and every row of the Portuguese record gets its dates', () => {
    const out = readImportFile(fixture('visitas-presidente-cp1252.csv'));
    if (out.kind !== 'table') throw new Error(out.kind);
    expect(out.table.encoding).toBe('windows-1252');
    expect(out.table.headers[out.mapping.year!]).toBe('Ano');
    expect(out.table.headers[out.mapping.date!]).toBe('Data');
    // Coordinates stand in for the gazetteer: only the dates are under test here.
    const r = buildDataset(
      {
        ...out.table,
        headers: [...out.table.headers, 'lat', 'lon'],
        rows: out.table.rows.map((row) => [...row, '0', '0']),
      },
      {
        mapping: {
          ...out.mapping,
          lat: out.table.headers.length,
          lon: out.table.headers.length + 1,
        },
        gazetteer: null,
        datasetId: 'pt',
        title: 'Visitas',
        defaultActorName: 'Presidente',
      },
    );
    expect(r.stats.rowsSkipped).toBe(0);
    expect(r.dataset?.events).toHaveLength(41);
    expect(r.dataset?.events[0]).toMatchObject({
      date: '2003-01-14',
      endDate: '2003-01-15',
      precision: 'day',
    });
    expect(r.problems.filter((p) => p.code.startsWith('date'))).toEqual([]);
  });

  it('without the year column, rows name the missing year', () => {
    const out = readImportFile(fixture('visitas-presidente-cp1252.csv'));
    if (out.kind !== 'table') throw new Error(out.kind);
    const mapping = { ...out.mapping };
    delete mapping.year;
    const r = buildDataset(out.table, {
      mapping,
      gazetteer: null,
      datasetId: 'pt',
      title: 'V',
      defaultActorName: 'P',
    });
    expect(r.problems.filter((p) => p.code === 'dateNoYear')).toHaveLength(41);
  });
});
