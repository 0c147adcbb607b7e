/**
 * Colours offered for actors. Each keeps at least 4.5:1 contrast with white (the initials
 * drawn on a traveller marker) and 3:1 with the light map behind it; a unit test checks it.
 */
export const ACTOR_PALETTE = [
  '#c62828',
  '#1565c0',
  '#b45309',
  '#00695c',
  '#6a1b9a',
  '#283593',
  '#2e7d32',
  '#5d4037',
  '#ad1457',
  '#37474f',
] as const;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first palette colour no actor uses yet (or the least used one). */
export function nextActorColor(used: readonly string[]): string {
  const counts = new Map<string, number>(ACTOR_PALETTE.map((c) => [c, 0]));
  for (const c of used)
    if (counts.has(c.toLowerCase())) counts.set(c.toLowerCase(), counts.get(c.toLowerCase())! + 1);
  let best: string = ACTOR_PALETTE[0];
  for (const c of ACTOR_PALETTE) if (counts.get(c)! < counts.get(best)!) best = c;
  return best;
}
