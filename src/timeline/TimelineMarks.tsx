import { memo, useMemo } from 'react';
import type { Actor } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import type { DatasetModel } from '../store/model';
import type { TimeScale } from '../domain/time/timeScale';
import { eventsInRange } from '../domain/time/timeIndex';
import { formatAtPrecision } from '../domain/time/calendar';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { LOCALES } from '../i18n/i18n';

export const laneHeight = 22;
const MARK_RADIUS = 7;
const STACK_PX = 16;

interface Props {
  model: DatasetModel;
  scale: TimeScale;
  width: number;
  height: number;
  laneActors: readonly Actor[];
  hidden: readonly string[];
  selectedEventId: string | null;
  currentDay: number;
}

interface MarkShape {
  key: string;
  eventId: string;
  x: number;
  x2: number;
  y: number;
  span: boolean;
  color: string;
  label: string;
  today: boolean;
  selected: boolean;
}

/** Event marks: a dot for a day, a bar for a span (month precision, multi-day). */
export const TimelineMarks = memo(function TimelineMarks({
  model,
  scale,
  width,
  height,
  laneActors,
  hidden,
  selectedEventId,
  currentDay,
}: Props) {
  const lang = useAppStore(selectLang);
  const shapes = useMemo(() => {
    const out: MarkShape[] = [];
    if (width <= 0) return out;
    const from = scale.toTime(-MARK_RADIUS);
    const to = scale.toTime(width + MARK_RADIUS);
    const visible = eventsInRange(model.index, from, to).sort(
      (a, b) => model.spans[a]!.first - model.spans[b]!.first || a - b,
    );
    const laneIndex = new Map(laneActors.map((a, i) => [a.id, i]));
    const stackEnds: number[] = [];
    for (const i of visible) {
      const e = model.dataset.events[i]!;
      if (e.actorIds.length > 0 && e.actorIds.every((a) => hidden.includes(a))) continue;
      const span = model.spans[i]!;
      const isSpan = span.last > span.first || e.precision !== 'day';
      const x = isSpan ? scale.toX(span.first) : scale.toX(span.first + 0.5);
      const x2 = isSpan ? scale.toX(span.last + 1) : x;
      const label = `${localized(e.title, lang)}, ${formatAtPrecision(span.first, span.last, e.precision, LOCALES[lang])}`;
      const common = {
        eventId: e.id,
        x,
        x2,
        span: isSpan,
        label,
        today: currentDay >= span.first && currentDay <= span.last,
        selected: e.id === selectedEventId,
      };
      if (laneActors.length > 0) {
        for (const actorId of e.actorIds) {
          const lane = laneIndex.get(actorId);
          if (lane === undefined) continue;
          const actor = model.actorById.get(actorId);
          out.push({
            ...common,
            key: `${e.id}:${actorId}`,
            y: lane * laneHeight + laneHeight / 2,
            color: actor?.color ?? '#0b3d5c',
          });
        }
      } else {
        // Stack marks that would overlap, so same-day events stay distinct.
        let row = 0;
        while (row < stackEnds.length && stackEnds[row]! > x - MARK_RADIUS * 2) row++;
        stackEnds[row] = x2 + (isSpan ? 2 : MARK_RADIUS);
        const firstActor = e.actorIds[0] ? model.actorById.get(e.actorIds[0]) : undefined;
        out.push({
          ...common,
          key: e.id,
          y: height - 16 - (row % 3) * STACK_PX,
          color: firstActor?.color ?? '#0b3d5c',
        });
      }
    }
    return out;
  }, [model, scale, width, height, laneActors, hidden, selectedEventId, currentDay, lang]);

  return (
    <svg className="timeline-marks" width={width} height={height} aria-hidden="true">
      {laneActors.map((a, i) => (
        <line
          key={a.id}
          className="lane-line"
          x1={0}
          x2={width}
          y1={i * laneHeight + laneHeight / 2}
          y2={i * laneHeight + laneHeight / 2}
        />
      ))}
      {shapes.map((m) => (
        <g
          key={m.key}
          className={`mark${m.today ? ' is-today' : ''}${m.selected ? ' is-selected' : ''}`}
          data-event-id={m.eventId}
          style={{ color: m.color }}
        >
          <title>{m.label}</title>
          {m.span ? (
            <rect
              x={m.x}
              y={m.y - 5}
              width={Math.max(4, m.x2 - m.x)}
              height={10}
              rx={4}
              className="mark-span"
            />
          ) : (
            <circle
              cx={m.x}
              cy={m.y}
              r={m.selected ? MARK_RADIUS + 2 : MARK_RADIUS}
              className="mark-dot"
            />
          )}
        </g>
      ))}
    </svg>
  );
});
