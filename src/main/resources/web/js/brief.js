// The daily brief: the situation report for one day, as the API builds it, drawn as a document; Markdown and
// HTML downloads of the same brief.
import { get, query } from './api.js';
import { h, fill, longDay, plural } from './dom.js';
import { go } from './app.js';

const DAY = 86400000;
const BOUND = { about: 'about ', at_least: 'at least ', up_to: 'up to ' };
const addDays = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);

export async function showBrief(view, route) {
  let date = route.params.get('date');
  if (!date) {
    const stats = await get('/api/stats');
    date = stats.last_date || new Date().toISOString().slice(0, 10);
  }
  view.dataset.title = 'brief ' + date;
  const b = await get('/api/brief', { date });
  const s = b.summary;

  const form = h('form', { class: 'range', 'aria-label': 'Day to report' },
    h('div', { class: 'field' }, h('label', { for: 'b-date' }, 'Day'), h('input', { id: 'b-date', name: 'date', type: 'date', value: date })),
    h('div', { class: 'field buttons' },
      h('button', { type: 'submit' }, 'Show'),
      h('a', { class: 'button secondary', href: '#/brief?date=' + addDays(date, -1) }, '\u2190 Day before'),
      h('a', { class: 'button secondary', href: '#/brief?date=' + addDays(date, 1) }, 'Day after \u2192')),
    h('div', { class: 'field buttons downloads' },
      h('a', { class: 'button secondary', href: '/api/brief' + query({ date, format: 'markdown' }), download: '' }, 'Markdown'),
      h('a', { class: 'button secondary', href: '/api/brief' + query({ date, format: 'html' }), download: '' }, 'HTML')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new FormData(form).get('date');
    if (d) go('#/brief?date=' + d);
  });

  fill(view,
    h('h1', {}, 'Situation report: ', longDay(date)),
    form,
    h('article', { class: 'brief' },
      h('p', { class: 'summary-line' }, s.events
        ? `${plural(s.events, 'event')} from ${plural(s.articles, 'article')} by ${plural(s.outlets, 'outlet')}`
          + (s.disputed ? `; sources disagree on details of ${s.disputed}` : '') + '.'
        : 'No event that happened is dated to this day.'),
      Object.keys(s.by_type).length ? h('ul', { class: 'chips' },
        Object.entries(s.by_type).map(([heading, n]) => h('li', {}, `${heading}: ${n}`))) : null,
      attacks(s.attacks),
      b.sections.map((section) => h('section', {},
        h('h2', {}, section.theatre),
        section.groups.map((g) => [h('h3', {}, g.heading), h('ul', { class: 'lines' }, g.lines.map(line))]))),
      b.unconfirmed.length ? h('section', {},
        h('h2', {}, 'Planned, possible or denied'),
        h('ul', { class: 'lines' }, b.unconfirmed.map(line))) : null,
      b.sources.length ? h('section', {},
        h('h2', {}, 'Sources'),
        h('ol', { class: 'sources-list' }, b.sources.map((src) => h('li', { id: 'source-' + src.number, value: src.number, tabindex: -1 },
          [src.outlet || 'unknown outlet', src.title ? `\u201c${src.title}\u201d` : null, src.published, src.doc].filter(Boolean).join(', '),
          src.url && /^https?:\/\//i.test(src.url) ? [' ', h('a', { href: src.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, src.url)] : null)))) : null));
}

/** The attack figures of the day, one line per row. */
function attacks(t) {
  if (!t.rows.length) return null;
  return h('section', {}, h('h2', {}, 'Attack figures'),
    h('ul', { class: 'lines' }, t.rows.map((r) => h('li', {},
      h('strong', {}, `${r.period.label}, ${r.attacker ? r.attacker.name : 'unknown'} \u2192 ${r.target ? r.target.name : 'unknown'}: `),
      r.figures.map((f) => `${BOUND[f.bound] || ''}${f.count.toLocaleString('en')} ${f.label}` + (f.claimed_by.length ? ` (${f.claimed_by.join('; ')})` : '')
        + (f.alternatives.length ? ' [disputed]' : '')).join('; ')))));
}

function line(l) {
  const parts = [l.counts.join(', '), l.claimed_by.length ? 'per ' + l.claimed_by.join('; ') : null,
    l.sources ? plural(l.sources.independent, 'independent source') : null].filter(Boolean);
  return h('li', {},
    h('a', { href: '#/event/' + encodeURIComponent(l.event), 'data-nav-item': true }, `${l.when}: ${l.what}`),
    ` \u2014 ${l.who}` + (l.place ? `, ${l.place}` : '') + (parts.length ? `. ${parts.join('. ')}.` : '.'),
    l.disputes.length ? h('span', { class: 'badge disputed', title: l.disputes.join('; ') }, 'disputed: ' + l.disputes.join('; ')) : null,
    ' ', l.citations.map((n) => h('button', {
      type: 'button', class: 'cite', title: 'source ' + n, dataset: { source: n },
      on: { click: () => document.getElementById('source-' + n).scrollIntoView({ block: 'center' }) },
    }, `[${n}]`)));
}
