// The timeline: events matching the filters, grouped by day, newest first, a page at a time.
import { get, query } from './api.js';
import { h, fill, longDay, dateText, plural } from './dom.js';
import { filterForm, readFilters } from './filters.js';
import { typeBadge, factualityBadge, who, quantityText, sourcesText, placeText } from './format.js';
import { go } from './app.js';

const PAGE = 50;

export async function showTimeline(view, route) {
  const filters = readFilters(route.params);
  const sort = route.params.get('sort') === 'date' ? 'date' : '-date';
  const page = Math.max(1, Number(route.params.get('page')) || 1);
  view.dataset.title = 'timeline';
  // The page of events and their total are asked for together; the page is drawn as soon as it comes.
  const counting = get('/api/count', filters);
  const result = await get('/api/events', { ...filters, sort, limit: PAGE, offset: (page - 1) * PAGE });

  const apply = (f) => go('#/?' + new URLSearchParams({ ...f }).toString());
  const sortSelect = h('div', { class: 'field' },
    h('label', { for: 'f-sort' }, 'Order'),
    h('select', { id: 'f-sort', name: 'sort' },
      h('option', { value: '-date', selected: sort === '-date' }, 'newest first'),
      h('option', { value: 'date', selected: sort === 'date' }, 'oldest first')));
  const from = result.events.length ? result.offset + 1 : 0;
  const to = result.offset + result.events.length;
  const pageLink = (p, label) => {
    const params = new URLSearchParams({ ...filters, sort, page: String(p) });
    return h('a', { class: 'button secondary', href: '#/?' + params.toString() }, label);
  };
  const status = h('p', { id: 'result-count', role: 'status' },
    result.events.length ? `Events ${from}\u2013${to}` : 'No events match these filters.');
  const pageOf = h('span', {}, `page ${page}`);
  counting.then(({ total }) => {
    if (total) status.textContent = `${plural(total, 'event')}; showing ${from}\u2013${to}`;
    pageOf.textContent = `page ${page} of ${Math.max(1, Math.ceil(total / PAGE))}`;
  }, () => { /* the list stands without its total */ });

  fill(view,
    h('h1', {}, 'Timeline'),
    filterForm({ ...filters, sort }, apply, sortSelect),
    h('div', { class: 'summary' }, status, exportLinks(filters)),
    days(result.events),
    page > 1 || result.more ? h('nav', { class: 'pager', 'aria-label': 'Pages' },
      page > 1 ? pageLink(page - 1, '\u2190 Previous') : null,
      pageOf,
      result.more ? pageLink(page + 1, 'Next \u2192') : null) : null);
}

export function exportLinks(filters) {
  const link = (format, label) => h('a', {
    class: 'button secondary', href: '/api/export' + query({ ...filters, format }), download: '',
  }, label);
  return h('div', { class: 'exports', role: 'group', 'aria-label': 'Export these events' },
    h('span', {}, 'Export:'), link('jsonl', 'JSON Lines'), link('csv', 'CSV'), link('timelinejs', 'TimelineJS'));
}

/** Events grouped under a heading per day (the day the event starts), undated last. */
export function days(events) {
  const groups = new Map();
  for (const e of events) {
    const key = e.date ? e.date.start : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  return h('div', { class: 'days' }, [...groups.entries()].map(([day, list]) =>
    h('section', { class: 'day' },
      h('h2', {}, day ? longDay(day) : 'Undated', h('span', { class: 'count' }, plural(list.length, 'event'))),
      h('ol', { class: 'events' }, list.map((e) => h('li', {}, eventCard(e)))))));
}

export function eventCard(e) {
  const counts = e.quantities.map(quantityText);
  const first = e.mentions[0];
  return h('a', { class: 'event', href: '#/event/' + encodeURIComponent(e.id), 'data-nav-item': true, dataset: { id: e.id } },
    h('div', { class: 'line1' },
      typeBadge(e.type), factualityBadge(e.factuality),
      e.disputes && e.disputes.length ? h('span', { class: 'badge disputed' }, 'disputed') : null,
      h('span', { class: 'who' }, who(e)),
      e.location ? h('span', { class: 'where' }, '@ ' + placeText(e.location)) : null),
    counts.length ? h('div', { class: 'counts' }, counts.join(' \u00b7 ')) : null,
    h('div', { class: 'meta' },
      h('span', {}, dateText(e.date)),
      e.claimed_by.length ? h('span', { class: 'claim' }, 'claimed by ' + e.claimed_by.join('; ')) : null,
      h('span', { class: 'sources' }, sourcesText(e.sources))),
    first ? h('p', { class: 'quote' }, first.text) : null);
}
