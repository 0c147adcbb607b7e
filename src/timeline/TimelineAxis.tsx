import { memo, useMemo } from 'react';
import { ticks, type TimeScale } from '../domain/time/timeScale';
import type { ViewWindow } from '../store/appStore';

export const AXIS_HEIGHT = 30;
/** In presentation the labels are read from the back of the room (≥ 18 px at 1080p). */
export const LARGE_AXIS_HEIGHT = 44;
const LARGE_TICKS = { charPx: 12, minTickPx: 64, labelPadPx: 16 };

interface Props {
  scale: TimeScale;
  view: ViewWindow;
  width: number;
  top: number;
  locale: string;
  large?: boolean;
}

/** Date ticks that adapt to zoom: years, months, days. */
export const TimelineAxis = memo(function TimelineAxis({
  scale,
  view,
  width,
  top,
  locale,
  large = false,
}: Props) {
  const list = useMemo(
    () => (width > 0 ? ticks(view.start, view.end, width, locale, large ? LARGE_TICKS : {}) : []),
    [view, width, locale, large],
  );
  return (
    <svg
      className="timeline-axis"
      width={width}
      height={large ? LARGE_AXIS_HEIGHT : AXIS_HEIGHT}
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
              <text x={4} y={large ? 32 : 22}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
