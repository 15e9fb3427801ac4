// The nightly attack series as a chart drawn in SVG: drones and missiles launched and shot down per night (or
// day), with the share shot down. Selecting a night lists its figures, who claims them, and its events.
import { get } from './api.js';
import { h, svg, fill, shortDay, plural } from './dom.js';
import { eventCard } from './timeline.js';
import { go } from './app.js';

const SERIES = [
  { item: 'drone', status: 'launched', label: 'drones launched', cls: 'bar-drone' },
  { item: 'drone', status: 'shot_down', label: 'drones shot down', cls: 'bar-drone-down' },
  { item: 'missile', status: 'launched', label: 'missiles launched', cls: 'bar-missile' },
  { item: 'missile', status: 'shot_down', label: 'missiles shot down', cls: 'bar-missile-down' },
];
const MAX_PERIODS = 60;
const DAY = 86400000;

const addDays = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/**
 * A night's number for one item and status: the figure for all kinds together where the sources give one,
 * else the figures of the kinds the sources name (Shahed, cruise, ballistic...) added up.
 */
export function total(row, item, status) {
  const figures = row.figures.filter((f) => f.item === item && f.status === status);
  const all = figures.find((f) => f.subtype === null);
  if (all) return all.count;
  return figures.length ? figures.reduce((n, f) => n + f.count, 0) : null;
}

const side = (party) => (party ? party.name : 'unknown');
const attackerKey = (row) => (row.attacker ? row.attacker.id : '?');

/** One attacker's rows of one period (one per target), with the series' numbers added up over targets. */
function periods(rows) {
  const byEnd = new Map();
  for (const r of rows) {
    const key = `${r.period.night}:${r.period.end}`;
    if (!byEnd.has(key)) byEnd.set(key, { period: r.period, rows: [] });
    byEnd.get(key).rows.push(r);
  }
  return [...byEnd.values()].map((p) => ({
    ...p,
    values: SERIES.map((s) => {
      const parts = p.rows.map((r) => total(r, s.item, s.status)).filter((v) => v !== null);
      return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    }),
  })).filter((p) => p.values.some((v) => v !== null));
}

export async function showAttacks(view, route) {
  view.dataset.title = 'attacks';
  let to = route.params.get('to');
  let from = route.params.get('from');
  if (!to) {
    const stats = await get('/api/stats');
    to = stats.last_date || new Date().toISOString().slice(0, 10);
  }
  if (!from) from = addDays(to, -89);
  const tallies = await get('/api/attacks', { from, to });

  // One attacker at a time (targets added up); by default the one with the most nights.
  const attackers = new Map();
  for (const r of tallies.rows) {
    if (!attackers.has(attackerKey(r))) attackers.set(attackerKey(r), { name: side(r.attacker), rows: [] });
    attackers.get(attackerKey(r)).rows.push(r);
  }
  const ranked = [...attackers.entries()].map(([key, a]) => [key, { ...a, periods: periods(a.rows) }])
    .sort((a, b) => b[1].periods.length - a[1].periods.length);
  const wanted = route.params.get('attacker');
  const pair = wanted && attackers.has(wanted) ? wanted : (ranked.find(([, a]) => a.periods.length) || [null])[0];
  const all = pair ? ranked.find(([key]) => key === pair)[1].periods : [];
  const shown = all.slice(-MAX_PERIODS);
  const selected = route.params.get('night');

  const span = daysBetween(from, to) + 1;
  const link = (params) => '#/attacks?' + new URLSearchParams({ from, to, ...(pair ? { attacker: pair } : {}), ...params }).toString();
  const form = h('form', { class: 'range', 'aria-label': 'Days to chart' },
    h('div', { class: 'field' }, h('label', { for: 'a-from' }, 'From'), h('input', { id: 'a-from', name: 'from', type: 'date', value: from })),
    h('div', { class: 'field' }, h('label', { for: 'a-to' }, 'To'), h('input', { id: 'a-to', name: 'to', type: 'date', value: to })),
    ranked.length > 1 ? h('div', { class: 'field' }, h('label', { for: 'a-attacker' }, 'Attacker'),
      h('select', { id: 'a-attacker', name: 'attacker' }, ranked.map(([key, a]) => h('option', { value: key, selected: key === pair }, `${a.name} (${plural(a.periods.length, 'night')})`)))) : null,
    h('div', { class: 'field buttons' },
      h('button', { type: 'submit' }, 'Show'),
      h('a', { class: 'button secondary', href: link({ from: addDays(from, -span), to: addDays(from, -1) }) }, '\u2190 Earlier'),
      h('a', { class: 'button secondary', href: link({ from: addDays(to, 1), to: addDays(to, span) }) }, 'Later \u2192')));
  const submit = () => {
    const values = Object.fromEntries(new FormData(form).entries());
    go('#/attacks?' + new URLSearchParams(values).toString());
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  const pairSelect = form.querySelector('#a-attacker');
  if (pairSelect) pairSelect.addEventListener('change', submit);

  fill(view,
    h('h1', {}, 'Attacks night by night'),
    form,
    h('p', { role: 'status', id: 'attacks-status' }, shown.length
      ? `${plural(shown.length, 'night')} with counted drones or missiles, ${shortDay(from)} to ${shortDay(to)}`
        + (all.length > shown.length ? ` (the last ${MAX_PERIODS} shown)` : '') + ` by ${ranked.find(([key]) => key === pair)[1].name}. Select a night to see its figures and events.`
      : `No counted drone or missile attacks from ${shortDay(from)} to ${shortDay(to)}.`),
    shown.length ? chart(shown, selected, link) : null,
    shown.length ? legend() : null,
    tallies.imprecise.length ? h('p', { class: 'muted' }, `${plural(tallies.imprecise.length, 'attack')} with counts but no night or day (dated only to a week or month) are not charted.`) : null,
    selected ? await night(all.find((p) => p.period.end === selected), selected) : null);
}

function legend() {
  return h('p', { class: 'legend chart-legend' },
    SERIES.map((s) => h('span', {}, h('span', { class: 'swatch ' + s.cls, 'aria-hidden': 'true' }), s.label)),
    h('span', {}, 'number above: share shot down'),
    h('span', { class: 'muted' }, 'A night\u2019s number is the total the sources give for all kinds, else the kinds they name added up.'));
}

/** Grouped bars: per period, drones (launched, shot down) and missiles (launched, shot down). */
function chart(rows, selected, link) {
  const values = rows.map((p) => p.values);
  const max = Math.max(1, ...values.flat().filter((v) => v !== null));
  const step = niceStep(max / 5);
  const top = Math.ceil(max / step) * step;
  // Wide bands when there are few nights, so a short series still fills the frame.
  const band = Math.max(56, Math.min(120, Math.floor(1000 / rows.length)));
  const left = 48;
  const height = 260;
  const base = 24 + height;
  const width = left + rows.length * band + 12;
  const y = (v) => base - (v / top) * height;
  const bar = (x, v, cls, label) => (v === null ? null : svg('rect', {
    x: x.toFixed(1), y: y(v).toFixed(1), width: 10, height: Math.max(0.5, base - y(v)).toFixed(1), class: cls,
  }, svg('title', {}, label)));
  const grid = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(svg('line', { x1: left, x2: width - 6, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, v.toLocaleString('en')));
  }
  const bands = rows.map((r, i) => {
    const x0 = left + i * band + (band - 46) / 2;
    const [dl, dd, ml, md] = values[i];
    const share = (launched, down) => (launched && down !== null ? `${Math.round((100 * down) / launched)}%` : null);
    const label = r.period.night ? `night of ${shortDay(r.period.start)} to ${shortDay(r.period.end)}` : shortDay(r.period.end);
    const summary = SERIES.map((s, k) => (values[i][k] === null ? null : `${values[i][k].toLocaleString('en')} ${s.label}`)).filter(Boolean).join(', ');
    return svg('a', {
      href: link({ night: r.period.end }), class: 'night' + (r.period.end === selected ? ' selected' : ''),
      'data-nav-item': true, 'data-night': r.period.end, 'aria-label': `${label}: ${summary}`,
    },
    svg('rect', { x: left + i * band + 1, y: 8, width: band - 2, height: base - 8 + 30, class: 'band' }),
    bar(x0, dl, 'bar-drone', `${dl} drones launched`), bar(x0 + 11, dd, 'bar-drone-down', `${dd} drones shot down`),
    bar(x0 + 25, ml, 'bar-missile', `${ml} missiles launched`), bar(x0 + 36, md, 'bar-missile-down', `${md} missiles shot down`),
    share(dl, dd) ? svg('text', { x: x0 + 10, y: y(dl) - 4, class: 'share', 'text-anchor': 'middle' }, share(dl, dd)) : null,
    share(ml, md) ? svg('text', { x: x0 + 35, y: y(ml) - 4, class: 'share', 'text-anchor': 'middle' }, share(ml, md)) : null,
    svg('text', { x: x0 + 23, y: base + 14, class: 'axis', 'text-anchor': 'middle' }, r.period.end.slice(5)),
    svg('text', { x: x0 + 23, y: base + 26, class: 'axis year', 'text-anchor': 'middle' }, (r.period.night ? 'night ' : '') + r.period.end.slice(0, 4)),
    svg('title', {}, `${label}: ${summary}`));
  });
  return h('div', { class: 'chart-frame' },
    svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${base + 34}`, width, height: base + 34, role: 'group', 'aria-label': 'Drones and missiles per night' },
      svg('g', {}, grid), svg('g', {}, bands)));
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) || 10 * p;
}

/** One night: its figures as the series gives them, for each target, and the events they come from. */
async function night(p, end) {
  if (!p) return h('p', {}, `No counted attack for the night or day ending ${shortDay(end)} by this attacker.`);
  const ids = [...new Set(p.rows.flatMap((r) => r.figures.flatMap((f) => f.events)))];
  const events = await Promise.all(ids.map((id) => get('/api/events/' + encodeURIComponent(id))));
  const title = p.period.night ? `Night of ${shortDay(p.period.start)} to ${shortDay(p.period.end)}` : shortDay(p.period.end);
  return h('section', { class: 'night-detail', 'aria-labelledby': 'night-h' },
    h('h2', { id: 'night-h' }, title),
    p.rows.map((row) => [
      h('h3', {}, `${side(row.attacker)} \u2192 ${side(row.target)}`),
      h('table', { class: 'figures' },
        h('thead', {}, h('tr', {}, ['What', 'Number', 'Claimed by', 'Independent sources', 'Other numbers'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, row.figures.map((f) => h('tr', { dataset: { item: f.item, status: f.status || '', subtype: f.subtype || '' } },
          h('td', {}, f.label, f.places.length ? h('span', { class: 'muted' }, ` (${f.places.join(', ')})`) : null),
          h('td', { class: 'num' }, (f.bound === 'at_least' ? '\u2265 ' : f.bound === 'about' ? '~' : f.bound === 'up_to' ? '\u2264 ' : '') + f.count.toLocaleString('en')),
          h('td', {}, f.claimed_by.join('; ') || 'not said'),
          h('td', { class: 'num' }, String(f.independent_sources)),
          h('td', {}, f.alternatives.length
            ? f.alternatives.map((a) => `${a.count.toLocaleString('en')} (${a.claimed_by.join('; ') || a.docs.join(', ')})`).join('; ')
            : '')))))]),
    h('h3', {}, plural(events.length, 'event')),
    h('ol', { class: 'events' }, events.map((e) => h('li', {}, eventCard(e)))));
}
