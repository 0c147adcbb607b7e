import { memo, useMemo } from 'react';
import { ticks, type TimeScale } from '../domain/time/timeScale';
import type { ViewWindow } from '../store/appStore';

export const AXIS_HEIGHT = 30;

interface Props {
  scale: TimeScale;
  view: ViewWindow;
  width: number;
  top: number;
  locale: string;
}

/** Date ticks that adapt to zoom: years, months, days. */
export const TimelineAxis = memo(function TimelineAxis({ scale, view, width, top, locale }: Props) {
  const list = useMemo(
    () => (width > 0 ? ticks(view.start, view.end, width, locale) : []),
    [view, width, locale],
  );
  return (
    <svg
      className="timeline-axis"
      width={width}
      height={AXIS_HEIGHT}
      style={{ top }}
      aria-hidden="true"
    >
      <line x1={0} x2={width} y1={0.5} y2={0.5} className="axis-line" />
      {list.map((tick) => {
        const x = scale.toX(tick.t);
        return (
          <g
            key={`${tick.unit}-${tick.t}`}
            transform={`translate(${x.toFixed(1)},0)`}
            className={tick.major ? 'tick major' : 'tick'}
          >
            <line y1={0} y2={tick.major ? 10 : 5} />
            {tick.label && (
              <text x={4} y={22}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
