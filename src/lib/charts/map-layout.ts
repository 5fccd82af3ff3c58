// The map's outline at a width + the schools shown with their places → everything the map draws
// (pure, no geography at run time): each region's path and centre, scaled from the outline the
// build projected once (map-outline.ts, `?parsed=outline`), and each school's dot, packed in
// hexagonal rings around its region's centre, the schools of one city next to each other. A dot
// stands for a region, not a city: lieux.csv gives no coordinates, and many rows no city.
import { roundTo } from '../analysis/round';

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

/** The regions projected once, at `width` pixels (map-outline.ts `projectOutline`): what the
 *  build gives the map (`data/regions-metropole.json?parsed=outline`). */
export interface MapOutline {
  /** The width the regions were projected at, MAP_PAD included. */
  width: number;
  /** The height of France's outline there, MAP_PAD not included (not rounded). */
  span: number;
  regions: RegionMark[];
}

/** Space around the map, in pixels. */
export const MAP_PAD = 8;

/** A number of a path, as written: sign, digits, decimals. */
const PATH_NUMBER = /-?\d+(?:\.\d+)?/g;

/** The regions fitted to `width` pixels, from 120 to the outline's own width (the height follows
 *  from France's shape), and the size of the dots there: the outline's paths and centres scaled
 *  about the top left corner inside the padding, as a fit of the same projection to that width
 *  places them (its scale and offset are in proportion to the width). Worked out once per width,
 *  not once per filter. */
export function mapFrame(outline: MapOutline, width: number): MapFrame {
  const w = Math.min(Math.max(width, 120), outline.width);
  const k = (w - 2 * MAP_PAD) / (outline.width - 2 * MAP_PAD);
  const at = (v: number): number => MAP_PAD + (v - MAP_PAD) * k;
  // Every number of a region's path is an x or a y (M x,y L x,y … Z): both scale alike.
  const marks: RegionMark[] = outline.regions.map((m) => ({
    code: m.code,
    name: m.name,
    d: m.d.replace(PATH_NUMBER, (n) => String(roundTo(at(Number(n)), 1))),
    cx: at(m.cx),
    cy: at(m.cy),
  }));
  const r = dotRadius(w);
  return {
    width: w,
    height: Math.ceil(outline.span * k + 2 * MAP_PAD),
    regions: marks,
    r,
    step: 2 * r + 1,
  };
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
  outline: MapOutline,
  schools: readonly PlacedSchool[],
  width: number,
): MapLayout {
  return mapDots(mapFrame(outline, width), schools);
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
