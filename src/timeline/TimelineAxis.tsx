import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ticks, type TimeScale } from '../domain/time/timeScale';
import type { ViewWindow } from '../store/appStore';

export const AXIS_HEIGHT = 30;
/** In presentation the labels are read from the back of the room (≥ 18 px at 1080p). */
export const LARGE_AXIS_HEIGHT = 44;
const LARGE_TICKS = { charPx: 12, minTickPx: 64, labelPadPx: 16 };

/**
 * The drawn width of a tick label in this font (majors are bold), measured on a canvas and
 * kept per label, so `ticks` keeps labels apart by what is drawn, not by an estimate.
 */
function labelMeasure(
  size: number,
  family: string,
): ((label: string, major: boolean) => number) | undefined {
  // Where there is no canvas to measure on (a test's DOM), `ticks` estimates.
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return undefined;
  const cache = new Map<string, number>();
  return (label, major) => {
    const key = `${major ? 'b' : 'n'}${label}`;
    let w = cache.get(key);
    if (w === undefined) {
      context.font = `${major ? 700 : 400} ${size}px ${family}`;
      w = context.measureText(label).width;
      cache.set(key, w);
    }
    return w;
  };
}

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
  const svgRef = useRef<SVGSVGElement>(null);
  const [font, setFont] = useState<{ size: number; family: string } | null>(null);
  useLayoutEffect(
    function readLabelFont() {
      // The labels' font as the style sheet sets it (it grows in presentation).
      const svg = svgRef.current;
      if (!svg) return;
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      probe.setAttribute('class', 'tick-probe');
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.setAttribute('class', 'tick');
      g.appendChild(probe);
      svg.appendChild(g);
      const style = getComputedStyle(probe);
      const next = { size: parseFloat(style.fontSize) || 12.5, family: style.fontFamily };
      g.remove();
      setFont((f) => (f && f.size === next.size && f.family === next.family ? f : next));
    },
    [large, width],
  );
  const measure = useMemo(() => (font ? labelMeasure(font.size, font.family) : undefined), [font]);
  const list = useMemo(
    () =>
      width > 0
        ? ticks(view.start, view.end, width, locale, {
            ...(large ? LARGE_TICKS : {}),
            ...(measure ? { measure } : {}),
          })
        : [],
    [view, width, locale, large, measure],
  );
  return (
    <svg
      ref={svgRef}
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
