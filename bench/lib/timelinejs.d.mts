/** Types of the pure parts of timelinejs.mjs (for the unit tests in tests/unit/bench). */
export interface TimelineJsEvent {
  unique_id: string;
  start_date: { year: number; month: number; day: number };
  text: { headline: string; text: string };
}
export function toTimelineJsEvent(e: {
  id: string;
  date: string;
  title: unknown;
  summary?: unknown;
}): TimelineJsEvent;
export function toTimelineJs(dataset: { events: readonly object[] }): { events: TimelineJsEvent[] };
