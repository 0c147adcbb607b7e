import { describe, it, expect } from 'vitest';
import { guessMapping, mappingIsUsable } from '../../../src/domain/import/columns';
import { CSV_EXPORT_HEADERS, CSV_EXPORT_MAPPING } from '../../../src/domain/import/exportCsv';

describe('guessMapping', () => {
  it('reads the State Department headers', () => {
    expect(guessMapping(['Name', 'Country', 'Locale', 'Remarks', 'Date'])).toEqual({
      actor: 0,
      country: 1,
      city: 2,
      description: 3,
      date: 4,
    });
  });
  it('reads French headers', () => {
    expect(guessMapping(['Début', 'Fin', 'Ville', 'Pays', 'Personne', 'Titre', 'Lien'])).toEqual({
      date: 0,
      end: 1,
      city: 2,
      country: 3,
      actor: 4,
      title: 5,
      url: 6,
    });
  });
  it('reads coordinates and the export header', () => {
    expect(guessMapping(['when', 'lat', 'lng'])).toEqual({ date: 0, lat: 1, lon: 2 });
    expect(guessMapping([...CSV_EXPORT_HEADERS])).toEqual(CSV_EXPORT_MAPPING);
  });
  it('finds a date column by its cells when the header says nothing', () => {
    const m = guessMapping(
      ['Col A', 'Ville'],
      [
        ['2025-01-02', 'Paris'],
        ['12/02/2025', 'Rome'],
      ],
    );
    expect(m).toEqual({ date: 0, city: 1 });
  });
  it('says when a mapping cannot make events', () => {
    expect(mappingIsUsable({ date: 0 })).toEqual({ date: true, place: false });
    expect(mappingIsUsable({ city: 1 })).toEqual({ date: false, place: true });
    expect(mappingIsUsable({ date: 0, lat: 1, lon: 2 })).toEqual({ date: true, place: true });
  });
});
