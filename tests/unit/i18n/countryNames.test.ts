import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/i18n/countryNames';

describe('countryName', () => {
  it('names an ISO code in the interface language', () => {
    expect(countryName('SA', 'en-GB')).toBe('Saudi Arabia');
    expect(countryName('SA', 'fr-FR')).toBe('Arabie saoudite');
    expect(countryName('TR', 'fr-FR')).toBe('Turquie');
  });
  it('shows a country as a record names it unchanged', () => {
    expect(countryName('U.S.S.R.', 'fr-FR')).toBe('U.S.S.R.');
    expect(countryName('Sa', 'en-GB')).toBe('Sa');
  });
});
