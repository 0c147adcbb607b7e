/**
 * Where each place label goes so that no two visible labels overlap: greedy, in priority
 * order, each label tries the right of its dot, then the left, else it is hidden (its
 * place keeps its dot and its accessible name). Pure: boxes in, choices out.
 */
export interface LabelCandidate {
  readonly id: string;
  /** Lower goes first (active and selected places, then primary, then context). */
  readonly priority: number;
  /** The label's box when drawn to the right of its dot, in screen pixels. */
  readonly right: Box;
  /** The same label drawn to the left of its dot. */
  readonly left: Box;
  /** The dot itself, which other labels must not cover either. */
  readonly dot: Box;
}
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export type LabelSide = 'right' | 'left' | 'hidden';

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  gap = 2,
): Map<string, LabelSide> {
  const order = [...candidates].sort((a, b) => a.priority - b.priority);
  const taken: Box[] = [];
  const out = new Map<string, LabelSide>();
  for (const c of order) {
    const free = (box: Box) =>
      !taken.some((t) => overlaps(box, t, gap)) &&
      !candidates.some((o) => o.id !== c.id && overlaps(box, o.dot, 0));
    const side: LabelSide = free(c.right) ? 'right' : free(c.left) ? 'left' : 'hidden';
    out.set(c.id, side);
    if (side !== 'hidden') taken.push(side === 'right' ? c.right : c.left);
  }
  return out;
}
