// Regions' outline + the schools shown with their places + a width → everything the map draws
// (pure): each region's path and centre, projected with d3-geo (a conic conformal projection, as
// France's official maps use), and each school's dot, packed in hexagonal rings around its
// region's centre, the schools of one city next to each other. A dot stands for a region, not a
// city: lieux.csv gives no coordinates, and many rows no city.
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A region's outline as a GeoJSON feature: `id` its INSEE code. */
export type RegionFeature = Feature<Geometry, { name: string }>;

/** The regions of a TopoJSON made by scripts/regions-outline.mjs (object `regions`). */
export function regionFeatures(topology: unknown): FeatureCollection<Geometry, { name: string }> {
  const topo = topology as Topology<{ regions: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.regions);
}

/** A region as drawn: its code, its path and its centre (where its schools' dots gather). */
export interface RegionMark {
  code: string;
  name: string;
  d: string;
  cx: number;
  cy: number;
}

/** A school as drawn: its id, its region, its dot's centre. */
export interface DotMark {
  id: string;
  region: string;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  regions: RegionMark[];
  dots: DotMark[];
  /** The dots' radius, and the distance between two dots' centres next to each other. */
  r: number;
  step: number;
}

/** A school as the layout takes it: its id, its region's code and its city. */
export interface PlacedSchool {
  id: string;
  region: string;
  city: string;
}

/** Space around the map, in pixels. */
const PAD = 8;

/** The dots' radius for a width: 2.5 px on a 320 px phone, growing to 4.5 at 720 px and over. */
export const dotRadius = (width: number): number =>
  Math.min(4.5, Math.max(2.5, Math.round((width / 160) * 2) / 2));

/**
 * The i-th point of hexagonal rings around a centre, the rings `step` apart: 0 is the centre, 1–6
 * the first ring, 7–18 the second… Consecutive points are next to each other (the ring is walked
 * round), so the schools of a city, given one after another, stay together.
 */
export function hexPoint(i: number, step: number): [number, number] {
  if (i === 0) return [0, 0];
  let ring = 1;
  let first = 1;
  while (i >= first + 6 * ring) first += 6 * ring++;
  const k = i - first;
  const side = Math.floor(k / ring);
  const along = k % ring;
  // Axial coordinates: the ring starts at (−ring, ring) and walks its six sides.
  const DIRS = [
    [1, 0],
    [1, -1],
    [0, -1],
    [-1, 0],
    [-1, 1],
    [0, 1],
  ] as const;
  let q = -ring;
  let r = ring;
  for (let s = 0; s < side; s++) {
    const [dq, dr] = DIRS[s] ?? [0, 0];
    q += dq * ring;
    r += dr * ring;
  }
  const [dq, dr] = DIRS[side] ?? [0, 0];
  q += dq * along;
  r += dr * along;
  return [step * (q + r / 2), step * ((r * Math.sqrt(3)) / 2)];
}

/** The map without its dots: what depends on the outline and the width only. */
export type MapFrame = Omit<MapLayout, 'dots'>;

/** The regions fitted to `width` pixels (the height follows from France's shape), and the size of
 *  the dots there: worked out once per width, not once per filter (the projection's fit and the
 *  regions' paths were most of a search's time on the map). */
export function mapFrame(
  regions: FeatureCollection<Geometry, { name: string }>,
  width: number,
): MapFrame {
  const w = Math.max(width, 120);
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitWidth(w - 2 * PAD, regions as GeoPermissibleObjects);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(regions as GeoPermissibleObjects);
  projection.translate([projection.translate()[0] + PAD, projection.translate()[1] + PAD - y0]);
  const marks: RegionMark[] = regions.features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return { code: String(f.id), name: f.properties.name, d: path(f) ?? '', cx, cy };
  });
  const r = dotRadius(w);
  return { width: w, height: Math.ceil(y1 - y0 + 2 * PAD), regions: marks, r, step: 2 * r + 1 };
}

/** A dot per school whose region is one of the frame's, in the order given within each region
 *  but grouped by city, on hexagonal rings around the region's centre. A dot of `previous` (the
 *  last layout in the same frame) that stands where the new one would is given back as it was:
 *  the map's dots are keyed by these objects, and only the dots that moved are drawn again. */
export function mapDots(
  frame: MapFrame,
  schools: readonly PlacedSchool[],
  previous?: MapLayout,
): MapLayout {
  const centre = new Map(frame.regions.map((m) => [m.code, m]));
  // Each region's schools, the first school of each city giving the city its place.
  const groups = new Map<string, PlacedSchool[]>();
  for (const s of schools) {
    if (!centre.has(s.region)) continue;
    const list = groups.get(s.region) ?? groups.set(s.region, []).get(s.region) ?? [];
    list.push(s);
  }
  const before =
    previous?.regions === frame.regions ? new Map(previous.dots.map((d) => [d.id, d])) : undefined;
  const dots: DotMark[] = [];
  for (const [code, list] of groups) {
    const at = centre.get(code);
    if (!at) continue;
    const firstOfCity = new Map<string, number>();
    list.forEach((s, i) => firstOfCity.has(s.city) || firstOfCity.set(s.city, i));
    const ordered = list
      .map((s, i) => ({ s, i, c: firstOfCity.get(s.city) ?? i }))
      .sort((a, b) => a.c - b.c || a.i - b.i);
    ordered.forEach(({ s }, i) => {
      const [dx, dy] = hexPoint(i, frame.step);
      const dot = { id: s.id, region: code, x: at.cx + dx, y: at.cy + dy };
      const was = before?.get(s.id);
      dots.push(was && was.region === code && was.x === dot.x && was.y === dot.y ? was : dot);
    });
  }
  return { ...frame, dots };
}

/**
 * The map for `width` pixels: the regions fitted to the width (the height follows from France's
 * shape), and a dot per school whose region is one of the outline's, in the order given within each
 * region but grouped by city (`mapFrame`, then `mapDots`).
 */
export function mapLayout(
  regions: FeatureCollection<Geometry, { name: string }>,
  schools: readonly PlacedSchool[],
  width: number,
): MapLayout {
  return mapDots(mapFrame(regions, width), schools);
}

/** The dot nearest (px, py), within `reach` pixels; its index, or null. */
export function nearestMapDot(
  dots: readonly DotMark[],
  px: number,
  py: number,
  reach: number,
): number | null {
  let best: number | null = null;
  let bestD = reach * reach;
  dots.forEach((d, i) => {
    const dd = (d.x - px) ** 2 + (d.y - py) ** 2;
    if (dd <= bestD) [best, bestD] = [i, dd];
  });
  return best;
}
