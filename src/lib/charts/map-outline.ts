// The regions' outline (data/regions-metropole.json, a TopoJSON) → the regions projected once, at
// the widest the map is drawn (pure). Run by the build (src/readers.ts, `?parsed=outline`),
// not by the page: projecting and clipping the regions with d3-geo was 25–30 ms of the task that
// built the map, and of each change of its width; the page scales these paths instead
// (map-layout.ts `mapFrame`), and loads neither d3-geo nor topojson-client.
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { MAP_PAD, type MapOutline, type RegionMark } from './map-layout';

/** The widest the map is drawn (SchoolMap caps its width there): the outline is projected at this
 *  width, so that the page only ever scales its paths down. */
export const OUTLINE_WIDTH = 720;

/** The regions of a TopoJSON made by scripts/regions-outline.mjs (object `regions`). */
export function regionFeatures(topology: unknown): FeatureCollection<Geometry, { name: string }> {
  const topo = topology as Topology<{ regions: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.regions);
}

/**
 * The regions fitted to `width` pixels with a conic conformal projection (as France's official
 * maps use), MAP_PAD around them: each region's path, its points to a tenth of a pixel, and its
 * centre; and the height of France there.
 */
export function projectOutline(
  regions: FeatureCollection<Geometry, { name: string }>,
  width = OUTLINE_WIDTH,
): MapOutline {
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitWidth(width - 2 * MAP_PAD, regions as GeoPermissibleObjects);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(regions as GeoPermissibleObjects);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MAP_PAD, ty + MAP_PAD - y0]);
  const marks: RegionMark[] = regions.features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return { code: String(f.id), name: f.properties.name, d: path(f) ?? '', cx, cy };
  });
  return { width, span: y1 - y0, regions: marks };
}

/** A TopoJSON's text (data/regions-metropole.json) → its regions projected (`projectOutline`). */
export const readOutline = (json: string): MapOutline =>
  projectOutline(regionFeatures(JSON.parse(json)));
