import type { TravelEvent } from './schema';

/** Between the two ends of a phone call: the call arrow, used for nothing else. */
export const CALL_SEPARATOR = ' ↔ ';
/** Between consecutive stops of one trip ("Kyiv, Odesa" in a spreadsheet cell). */
export const STOPS_SEPARATOR = ' → ';

/**
 * The places of an event as one line of text. A call links its places with "↔"; every other
 * kind lists its places as stops in order with "→", so a trip never looks like a call.
 */
export function formatPlaceList(names: readonly string[], kind: TravelEvent['kind']): string {
  return names.join(kind === 'call' ? CALL_SEPARATOR : STOPS_SEPARATOR);
}
