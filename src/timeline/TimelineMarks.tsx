import { memo, useEffect, useMemo, useRef } from 'react';
import type { Actor } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import type { DatasetModel } from '../domain/model/model';
import type { TimeScale } from '../domain/time/timeScale';
import { countInRange, eventsInRange } from '../domain/time/timeIndex';
import { binEvents } from '../domain/time/aggregate';
import { formatAtPrecision } from '../domain/time/calendar';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { selectResolvedTheme } from '../store/slices/preferencesSlice';

const selectHighContrast = (s: { highContrast: boolean }) => s.highContrast;
import { LOCALES } from '../i18n/i18n';

export const laneHeight = 22;
const LANE_HEIGHT = laneHeight;
const MARK_RADIUS = 7;
const STACK_PX = 16;
/** Above this many marks in view, marks are aggregated per pixel column on a canvas. */
export const DENSE_THRESHOLD = 400;
const BIN_PX = 2;

interface Props {
  model: DatasetModel;
  scale: TimeScale;
  width: number;
  height: number;
  laneActors: readonly Actor[];
  hidden: readonly string[];
  selectedEventId: string | null;
  /** Height of one lane (thinner with many lanes: src/domain/time/lanes.ts). */
  laneHeight?: number;
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
  selected: boolean;
}

/**
 * Event marks: a dot for a day, a bar for a span (month precision, multi-day). When the
 * window holds more than DENSE_THRESHOLD events, a density strip drawn on a canvas (counts
 * per 2-pixel column, through the time index) replaces the individual marks.
 */
export const TimelineMarks = memo(function TimelineMarks(props: Props) {
  const { model, scale, width } = props;
  const dense = useMemo(() => isDense(model, scale, width), [model, scale, width]);
  return dense ? <DensityStrip {...props} /> : <MarkShapes {...props} />;
});

/** Whether the window holds so many events that the density strip replaces the marks. */
export function isDense(model: DatasetModel, scale: TimeScale, width: number): boolean {
  if (width <= 0) return false;
  const n = countInRange(
    model.index,
    scale.toTime(-MARK_RADIUS),
    scale.toTime(width + MARK_RADIUS),
  );
  return n > DENSE_THRESHOLD;
}

function DensityStrip({ model, scale, width, height }: Props) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const theme = useAppStore(selectResolvedTheme);
  const highContrast = useAppStore(selectHighContrast);
  useEffect(
    function drawDensity() {
      const canvas = canvasRef.current;
      if (!canvas || width <= 0) return;
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const counts = binEvents(model.index, scale.domain, width, BIN_PX);
      let max = 1;
      for (const c of counts) if (c > max) max = c;
      const usable = height - 8;
      const logMax = Math.log1p(max);
      // The theme's colour (theme.css), read when the theme changes.
      ctx.fillStyle =
        getComputedStyle(canvas).getPropertyValue('--mark-default').trim() || '#0b3d5c';
      for (let j = 0; j < counts.length; j++) {
        const c = counts[j]!;
        if (c === 0) continue;
        const h = Math.max(2, (Math.log1p(c) / logMax) * usable);
        ctx.fillRect(j * BIN_PX, height - 2 - h, BIN_PX, h);
      }
    },
    [model, scale, width, height, theme, highContrast],
  );
  return (
    <canvas
      ref={canvasRef}
      className="timeline-density"
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}

function MarkShapes({
  model,
  scale,
  width,
  height,
  laneActors,
  hidden,
  selectedEventId,
  laneHeight = LANE_HEIGHT,
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
            color: actor?.color ?? 'var(--mark-default)',
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
          color: firstActor?.color ?? 'var(--mark-default)',
        });
      }
    }
    return out;
  }, [model, scale, width, height, laneActors, hidden, selectedEventId, lang, laneHeight]);
  // Thin lanes (many people in view) get smaller marks, so that lanes stay apart.
  const radius = laneActors.length > 0 ? Math.min(MARK_RADIUS, laneHeight / 2 - 1) : MARK_RADIUS;
  const barHalf = Math.min(5, radius);

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
          className={`mark${m.selected ? ' is-selected' : ''}`}
          data-event-id={m.eventId}
          style={{ color: m.color }}
        >
          <title>{m.label}</title>
          {m.span ? (
            <rect
              x={m.x}
              y={m.y - barHalf}
              width={Math.max(4, m.x2 - m.x)}
              height={barHalf * 2}
              rx={4}
              className="mark-span"
            />
          ) : (
            <circle cx={m.x} cy={m.y} r={m.selected ? radius + 2 : radius} className="mark-dot" />
          )}
        </g>
      ))}
    </svg>
  );
}
