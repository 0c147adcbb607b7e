import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/domain/search/searchIndex';
import { recordFixture as d } from '../../fixtures/recordFixture';

const names = new Intl.DisplayNames(['en'], { type: 'region' });
const index = buildSearchIndex(d, (iso) => names.of(iso) ?? iso);
const find = (q: string) => index.search(q).hits.map((h) => `${h.kind}:${h.id}`);

describe('buildSearchIndex', () => {
  it('finds a person and every trip of theirs', () => {
    const hits = find('Kissinger');
    expect(hits[0]).toBe('actor:kissinger');
    expect(hits).toEqual(expect.arrayContaining(['event:t3', 'event:t4']));
    expect(hits).not.toContain('event:t5');
  });

  it('ignores case and accents, both ways', () => {
    expect(find('geneve')).toEqual(expect.arrayContaining(['place:geneva', 'event:t1']));
    expect(find('GENÈVE')).toEqual(expect.arrayContaining(['place:geneva']));
    expect(find('securite')).toEqual(['event:t5']);
  });

  it('matches as you type (prefixes) and combines words', () => {
    expect(find('kiss')).toContain('actor:kissinger');
    expect(find('kissinger moscow')).toEqual(expect.arrayContaining(['event:t3', 'event:t4']));
    expect(find('kissinger moscow')).not.toContain('event:t1');
  });

  it('finds countries as the record names them and as places are coded', () => {
    expect(find('france')).toEqual(['event:t2']);
    expect(find('saudi')).toEqual(expect.arrayContaining(['place:riyadh', 'event:t5']));
  });

  it('searches the text of summaries, and finds nothing for nonsense', () => {
    expect(find('brezhnev')).toEqual(['event:t3']);
    expect(find('zzqx')).toEqual([]);
    expect(index.search('   ').total).toBe(0);
  });
});
