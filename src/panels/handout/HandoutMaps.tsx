/**
 * The hand-out's maps: one picture of the map at each step of the story's tour (or of the
 * whole journey when it has none), drawn as static SVG from the data, so paper shows the
 * same map as the screen without tiles or Leaflet. Shown under the chronology and printed
 * with it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectLang, selectModel } from '../../store/selectors';
import { placesOf, tourSteps } from '../../domain/model/queries';
import { localized } from '../../domain/dataset/localized';
import type { DatasetModel } from '../../domain/model/model';
import {
  boundsAround,
  boundsAtZoom,
  staticMap,
  type Frame,
  type StaticMap,
} from '../../domain/geo/staticMap';
import { useShareT, type ShareTranslate } from '../../share/useShareT';
import type { Lang } from '../../domain/lang';
import { loadCountryPolygons, loadedCountryPolygons, type Polygon } from './countries';
import './handout.css';

const WIDTH = 640;
const HEIGHT = 400;

interface Picture {
  readonly key: string;
  readonly title: string;
  readonly map: StaticMap;
}

function pictures(
  model: DatasetModel,
  countries: readonly Polygon[],
  lang: Lang,
  t: ShareTranslate,
): Picture[] {
  const { dataset } = model;
  const routesBy = (day: number) =>
    model.journeys.flatMap((j) => {
      const color = model.actorById.get(j.actorId)?.color ?? '#333';
      return j.legs
        .filter((leg) => !leg.gap && leg.depart <= day + 1)
        .map((leg) => ({ path: leg.path, color, dashed: leg.inferred }));
    });
  const placesWith = (highlight: ReadonlySet<string>) =>
    dataset.places.map((p) => ({
      lat: p.lat,
      lon: p.lon,
      label: highlight.has(p.id) || p.prominence === 'primary' ? localized(p.name, lang) : '',
      highlight: highlight.has(p.id),
    }));
  const frame = (bounds: Frame['bounds']) => ({ bounds, width: WIDTH, height: HEIGHT });

  const steps = tourSteps(model);
  if (steps.length === 0) {
    const bounds = dataset.defaultBounds ?? boundsAround(dataset.places, 0.15);
    return [
      {
        key: 'journey',
        title: t('handoutJourneyMap'),
        map: staticMap({
          ...frame(bounds),
          countries,
          routes: routesBy(model.extent.last),
          places: placesWith(new Set()),
        }),
      },
    ];
  }
  return steps.flatMap((step, i) => {
    const event = model.eventById.get(step.eventId);
    const index = model.eventIndexById.get(step.eventId);
    if (!event || index === undefined) return [];
    const span = model.spans[index]!;
    const here = placesOf(model, event.placeIds);
    const bounds = step.view
      ? boundsAtZoom(step.view.center, step.view.zoom, WIDTH * 1.25, HEIGHT * 1.25)
      : boundsAround(here.length > 0 ? here : dataset.places, 0.5, 12);
    return [
      {
        key: `${i}-${step.eventId}`,
        title: t('handoutStepMap', { n: i + 1, title: localized(event.title, lang) }),
        map: staticMap({
          ...frame(bounds),
          countries,
          routes: routesBy(span.last),
          places: placesWith(new Set(event.placeIds)),
        }),
      },
    ];
  });
}

function MapPicture({ picture, label }: { picture: Picture; label: string }) {
  const { map } = picture;
  return (
    <figure className="handout-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect width={map.width} height={map.height} className="handout-sea" />
        <g className="handout-land">
          {map.countries.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        <g fill="none" strokeWidth={2.2} strokeLinecap="round">
          {map.routes.map((r, i) => (
            <path key={i} d={r.d} stroke={r.color} strokeDasharray={r.dashed ? '6 5' : undefined} />
          ))}
        </g>
        {map.places.map((p, i) => (
          <g key={i} className={p.highlight ? 'handout-place is-highlight' : 'handout-place'}>
            <circle cx={p.x} cy={p.y} r={p.highlight ? 6 : 3.5} />
            {p.label && (
              <text x={p.x + 8} y={p.y + 4}>
                {p.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>{picture.title}</figcaption>
    </figure>
  );
}

export function HandoutMaps() {
  const t = useShareT();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const [countries, setCountries] = useState<readonly Polygon[]>(loadedCountryPolygons);

  useEffect(function loadOutlines() {
    let live = true;
    loadCountryPolygons()
      .then((polygons) => {
        if (live) setCountries(polygons);
      })
      .catch(() => {
        // Without outlines the pictures still show places and routes.
      });
    return function stop() {
      live = false;
    };
  }, []);

  const list = useMemo(() => pictures(model, countries, lang, t), [model, countries, lang, t]);
  return (
    <section className="handout-maps" aria-labelledby="handout-maps-heading">
      <h2 id="handout-maps-heading">{t('handoutMaps')}</h2>
      <div className="handout-grid">
        {list.map((p) => (
          <MapPicture key={p.key} picture={p} label={t('handoutMapLabel', { title: p.title })} />
        ))}
      </div>
    </section>
  );
}
