import { describe, expect, it } from 'vitest';
import { formatPlaceList } from '../../../src/domain/dataset/placeList';

describe('formatPlaceList', () => {
  it('links the two ends of a call with the call arrow', () => {
    expect(formatPlaceList(['Washington', 'Moscow'], 'call')).toBe('Washington ↔ Moscow');
  });

  it('lists consecutive stops of a trip in order, never with the call arrow', () => {
    for (const kind of ['visit', 'meeting', 'statement'] as const) {
      const text = formatPlaceList(['Kyiv', 'Odesa'], kind);
      expect(text).toBe('Kyiv → Odesa');
      expect(text).not.toContain('↔');
    }
    expect(formatPlaceList(['Moscow', 'Leningrad', 'Kiev'], 'visit')).toBe(
      'Moscow → Leningrad → Kiev',
    );
  });

  it('shows a single place as it is', () => {
    expect(formatPlaceList(['Ankara'], 'visit')).toBe('Ankara');
    expect(formatPlaceList(['Ankara'], 'call')).toBe('Ankara');
    expect(formatPlaceList([], 'visit')).toBe('');
  });
});
