/**
 * The counts an import report shows, from one build result, so that they agree: every row
 * read is either imported or left out (and each row left out is listed with its reason),
 * and the button's "without N rows" is the same N as "Rows left out".
 */
import type { BuildResult, LeftOutRow } from './types';

export interface ReportCounts {
  readonly rowsRead: number;
  /** Rows that are part of an event. */
  readonly rowsImported: number;
  /** Rows not in the dataset: `leftOut.length`. */
  readonly rowsLeftOut: number;
  /** Of those, the rows left out only because a place is still to be fixed. */
  readonly rowsAwaitingPlaces: number;
  readonly events: number;
  readonly places: number;
  readonly people: number;
  readonly rowsNeedingAttention: number;
  /** Place names still to fix, and places found by name (for review). */
  readonly placesToFix: number;
  readonly placesMatched: number;
  /** The rows left out, in file order. */
  readonly leftOut: readonly LeftOutRow[];
}

export function reportCounts(result: BuildResult): ReportCounts {
  const { stats } = result;
  const leftOut = [...result.leftOut].sort((a, b) => a.row - b.row);
  return {
    rowsRead: stats.rowsRead,
    rowsImported: stats.rowsRead - leftOut.length,
    rowsLeftOut: leftOut.length,
    rowsAwaitingPlaces: leftOut.filter((r) => r.code === 'placeUnknown').length,
    events: result.dataset ? result.dataset.events.length : 0,
    places: result.dataset ? result.dataset.places.length : 0,
    people: result.dataset ? result.dataset.actors.length : 0,
    rowsNeedingAttention: stats.rowsNeedingAttention,
    placesToFix: result.unplaced.length,
    placesMatched: result.matched.length,
    leftOut,
  };
}
