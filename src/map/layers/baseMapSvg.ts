import * as L from 'leaflet';
import type { BaseMapPaths } from '../../domain/geo/baseMapPaths';

/**
 * The offline base map as SVG paths whose data never changes: each country's path data is
 * in world units (src/domain/geo/baseMapPaths.ts, made at build time) and a zoom or a reset
 * of the view only rewrites the path's transform, so no point is projected on the page.
 * Leaflet's SVG renderer keeps doing what it does for its own paths: it places and clips its
 * <svg> around the view and animates zooms. Strokes keep their width at every scale
 * (vector-effect). The copies a world east and west are paths of their own, shifted.
 */
interface ShapeInternals {
  _map: L.Map | null;
  _path: SVGPathElement;
  _d: string;
  _world: number;
  _units: number;
}

const WorldShape = L.Path.extend({
  initialize(
    this: L.Path & ShapeInternals,
    d: string,
    world: number,
    units: number,
    options: L.PathOptions,
  ) {
    L.setOptions(this, options);
    this._d = d;
    this._world = world;
    this._units = units;
  },
  _project() {
    // Nothing to project: the transform is set in _update.
  },
  _update(this: L.Path & ShapeInternals) {
    const map = this._map;
    if (!map) return;
    if (!this._path.hasAttribute('d')) {
      this._path.setAttribute('d', this._d);
      this._path.setAttribute('vector-effect', 'non-scaling-stroke');
    }
    const scale = map.options.crs!.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    const k = scale / this._units;
    this._path.setAttribute(
      'transform',
      `matrix(${k} 0 0 ${k} ${this._world * scale - origin.x} ${-origin.y})`,
    );
  },
  _containsPoint() {
    return false;
  },
}) as unknown as new (d: string, world: number, units: number, options: L.PathOptions) => L.Path;

/** The base map's shapes and their copies as one layer group, drawn in `pane`. */
export function baseMapLayer(data: BaseMapPaths, pane: string, style: L.PathOptions): L.LayerGroup {
  const renderer = L.svg({ pane });
  const options: L.PathOptions = { ...style, pane, renderer, interactive: false };
  const layers: L.Layer[] = [];
  for (const shape of data.shapes)
    for (const world of shape.worlds)
      layers.push(new WorldShape(shape.d, world, data.unitsPerWorld, options));
  return L.layerGroup(layers);
}
