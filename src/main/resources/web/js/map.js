// Where events happened: circles sized by the number of events, on Natural Earth outlines of the countries
// around Ukraine and the first-level divisions of Ukraine and Russia. Drawn as SVG from a bundled file; no tiles.
import { get } from './api.js';
import { h, svg, fill, plural } from './dom.js';
import { filterForm, readFilters } from './filters.js';
import { go } from './app.js';

let outlines = null;

/** Albers equal-area conic fitted to eastern Europe: parallels keep their true curve, areas their true size. */
function albers(lon0, lat0, lat1, lat2) {
  const rad = Math.PI / 180;
  const n = (Math.sin(lat1 * rad) + Math.sin(lat2 * rad)) / 2;
  const c = Math.cos(lat1 * rad) ** 2 + 2 * n * Math.sin(lat1 * rad);
  const rho0 = Math.sqrt(c - 2 * n * Math.sin(lat0 * rad)) / n;
  return ([lon, lat]) => {
    const rho = Math.sqrt(c - 2 * n * Math.sin(lat * rad)) / n;
    const theta = n * (lon - lon0) * rad;
    return [rho * Math.sin(theta) * 1000, -(rho0 - rho * Math.cos(theta)) * 1000];
  };
}

const project = albers(34, 49, 42, 58);

function pathData(rings) {
  return rings.map((ring) => 'M' + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z').join('');
}

export async function showMap(view, route) {
  const filters = readFilters(route.params);
  view.dataset.title = 'map';
  if (!outlines) {
    const response = await fetch('/map/outlines.json');
    if (!response.ok) throw new Error('cannot load the map outlines: ' + response.status);
    outlines = await response.json();
  }
  const { places } = await get('/api/places', { ...filters, limit: 2000 });
  const [west, south, east, north] = outlines.window;
  
  // The view box: the largest rectangle inside the projected window (a conic bends its edges), so the cuts
  // made when the outlines were clipped to the window stay out of sight.
  const along = (f) => Array.from({ length: 21 }, (_, i) => project(f(i / 20)));
  const left = along((t) => [west, south + t * (north - south)]).map((p) => p[0]);
  const right = along((t) => [east, south + t * (north - south)]).map((p) => p[0]);
  const top = along((t) => [west + t * (east - west), north]).map((p) => p[1]);
  const bottom = along((t) => [west + t * (east - west), south]).map((p) => p[1]);
  const x0 = Math.max(...left);
  const y0 = Math.max(...top);
  const box = [x0, y0, Math.min(...right) - x0, Math.min(...bottom) - y0];
  const inBox = (p) => {
    const [x, y] = project([p.lon, p.lat]);
    return x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3];
  };

  const max = Math.max(1, ...places.map((p) => p.events));
  const scale = box[2] / 40;
  const radius = (n) => scale * (0.25 + 1.1 * Math.sqrt(n / max));
  // An event placed only in a country has no point to mark; its country is shaded instead.
  const points = places.filter((p) => p.precision !== 'country');
  const shown = points.filter(inBox).sort((a, b) => b.events - a.events);
  const byCountry = new Map(places.filter((p) => p.precision === 'country').map((p) => [p.country, p]));

  const map = svg('svg', {
    viewBox: box.map((v) => v.toFixed(0)).join(' '), width: box[2].toFixed(0), height: box[3].toFixed(0),
    class: 'map', role: 'img', 'aria-labelledby': 'map-title',
  },
    svg('title', { id: 'map-title' }, `Map of ${plural(shown.length, 'place')} with events`),
    svg('rect', { x: box[0], y: box[1], width: box[2], height: box[3], class: 'sea' }),
    svg('g', { class: 'countries' }, outlines.countries.map((c) => {
      const whole = byCountry.get(c.id);
      return svg('path', { d: pathData(c.paths), class: 'country' + (c.id === 'UA' ? ' home' : '') + (whole ? ' located' : '') },
        svg('title', {}, c.name + (whole ? `: ${plural(whole.events, 'event')} placed only in the country` : '')));
    })),
    svg('g', { class: 'regions' }, outlines.regions.map((r) =>
      svg('path', { d: pathData(r.paths), class: 'region' }, svg('title', {}, r.name)))),
    // Largest first, so small circles stay on top and clickable.
    svg('g', { class: 'places' }, shown.map((p) => {
      const [x, y] = project([p.lon, p.lat]);
      return svg('a', { href: '#/?' + new URLSearchParams({ ...filters, place: p.name }).toString(), 'data-nav-item': true },
        svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius(p.events).toFixed(1), class: 'place' }),
        svg('title', {}, `${p.name}${p.country ? ', ' + p.country : ''}: ${plural(p.events, 'event')}`));
    })),
    svg('g', { class: 'labels', 'aria-hidden': 'true' }, labels(shown, radius, scale)));

  // As wide as fits, but never taller than most of the screen; the width keeps the map's proportions.
  map.style.maxWidth = `calc(72vh * ${(box[2] / box[3]).toFixed(3)})`;
  const outside = points.filter((p) => !inBox(p));
  const countryOnly = [...byCountry.values()].reduce((n, p) => n + p.events, 0);
  fill(view,
    h('h1', {}, 'Map'),
    filterForm(filters, (f) => go('#/map?' + new URLSearchParams(f).toString())),
    h('p', { role: 'status' }, `${plural(places.reduce((n, p) => n + p.events, 0), 'event')} at ${plural(places.length, 'place')}`
      + (outside.length ? `; ${plural(outside.length, 'place')} outside this map` : '')
      + (countryOnly ? `; ${plural(countryOnly, 'event')} placed only in a country (shaded)` : '')
      + '. Circle area shows the number of events; select a circle or a row below to list them.'),
    h('div', { class: 'map-frame' }, map),
    placeTable(places, filters));
}

/** Names beside the busiest places, skipping any that would overlap a name already placed. */
function labels(shown, radius, scale) {
  const size = scale * 0.9;
  const taken = [];
  const out = [];
  for (const p of shown.slice(0, 25)) {
    const [cx, cy] = project([p.lon, p.lat]);
    const x = cx + radius(p.events) + scale * 0.2;
    const box = { x, y: cy - size * 0.7, w: p.name.length * size * 0.62, h: size };
    if (taken.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
    taken.push(box);
    out.push(svg('text', { x: x.toFixed(1), y: (cy + size * 0.3).toFixed(1), 'font-size': size.toFixed(1) }, p.name));
  }
  return out;
}

function placeTable(places, filters) {
  if (!places.length) return null;
  return h('table', { class: 'places-table' },
    h('caption', {}, 'Events per place'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
    h('tbody', {}, places.map((p) => h('tr', {},
      h('td', {}, h('a', { href: '#/?' + new URLSearchParams({ ...filters, place: p.name }).toString() }, p.name)),
      h('td', {}, p.country || ''),
      h('td', { class: 'num' }, p.events.toLocaleString('en'))))));
}
