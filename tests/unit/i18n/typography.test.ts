/** French typography: one function, set when a message is filled, never on the values. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { frenchTypography, typeset, NARROW_NBSP as N } from '../../../src/domain/text/typography';
import { CATALOGUES, translator } from '../../../src/i18n/i18n';
import { importTranslator } from '../../../src/import/useImportT';
import { shareTranslator } from '../../../src/share/useShareT';
import { importDialogFr } from '../../../src/i18n/importDialog.fr';
import { shareDialogFr } from '../../../src/i18n/shareDialog.fr';
import { studioFr } from '../../../src/i18n/studio.fr';
import { studioTranslator } from '../../../src/studio/useStudioT';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before : ; ! ? » and after «', () => {
    expect(frenchTypography('Récit: x')).toBe(`Récit${N}: x`);
    expect(frenchTypography('Récit : x')).toBe(`Récit${N}: x`);
    expect(frenchTypography('Récit\u00a0: x')).toBe(`Récit${N}: x`);
    expect(frenchTypography('Où est-il?')).toBe(`Où est-il${N}?`);
    expect(frenchTypography('Oui ; non !')).toBe(`Oui${N}; non${N}!`);
    expect(frenchTypography('«Paris»')).toBe(`«${N}Paris${N}»`);
    expect(frenchTypography('« Paris »')).toBe(`«${N}Paris${N}»`);
    expect(frenchTypography('{place}: {n, plural, one {# lieu} other {# lieux}}')).toBe(
      `{place}${N}: {n, plural, one {# lieu} other {# lieux}}`,
    );
  });

  it('leaves addresses, times, ratios and "?!" alone', () => {
    expect(frenchTypography('Voir https://example.org/a?b=1:2 !')).toBe(
      `Voir https://example.org/a?b=1:2${N}!`,
    );
    expect(frenchTypography('www.example.org?x')).toBe('www.example.org?x');
    expect(frenchTypography('à 10:30, contraste 4.5:1')).toBe('à 10:30, contraste 4.5:1');
    expect(frenchTypography('Vraiment?!')).toBe(`Vraiment${N}?!`);
    expect(frenchTypography(': au début')).toBe(': au début');
    expect(frenchTypography('')).toBe('');
  });

  it('is idempotent and changes nothing but spaces, for any text', () => {
    const alphabet = fc.constantFrom(...'ab1 :;!?«»/.\u00a0\u202f'.split(''), 'https://');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const once = frenchTypography(text);
        expect(frenchTypography(once)).toBe(once);
        const strip = (s: string) => s.replace(/[ \u00a0\u202f]/g, '');
        expect(strip(once)).toBe(strip(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is French only', () => {
    expect(typeset('en', 'Story: x?')).toBe('Story: x?');
    expect(typeset('fr', 'Récit: x?')).toBe(`Récit${N}: x${N}?`);
  });
});

describe('French messages', () => {
  /** Marks written without their space, or with a plain one, outside addresses and times. */
  const badlySpaced = (text: string): boolean =>
    /(^|[^\u202f])[;!?»]|[^\u202f\d]:(?!\d|\/\/)|[ \u00a0][:;!?»]|«(?!\u202f)/u.test(
      text.replace(/\b(?:https?:\/\/|www\.)\S*/g, '').replace(/\?!/g, '?'),
    );

  it('come out with French typography, whatever the catalogue typed', () => {
    const fr = translator('fr');
    const imp = importTranslator('fr');
    const share = shareTranslator('fr');
    const studio = studioTranslator('fr');
    const all: [string, string][] = [
      ...Object.keys(CATALOGUES.fr).map((k): [string, string] => [k, fr(k as never)]),
      ...Object.keys(importDialogFr).map((k): [string, string] => [k, imp(k as never)]),
      ...Object.keys(shareDialogFr).map((k): [string, string] => [k, share(k as never)]),
      ...Object.keys(studioFr).map((k): [string, string] => [k, studio(k as never)]),
    ];
    const bad = all.filter(([, text]) => badlySpaced(text)).map(([k, text]) => `${k}: ${text}`);
    expect(bad).toEqual([]);
  });

  it('set the spaces in the catalogue text, never in the values filled in', () => {
    const fr = translator('fr');
    expect(fr('labelValue', { label: 'Récit', value: 'Qui? 10:30' })).toBe(`Récit${N}: Qui? 10:30`);
    expect(fr('playKeyHint', { action: 'Lecture' })).toBe('Lecture (Espace)');
  });
});
