// One event: its facts, where its sources disagree, and every source's sentence side by side with the parts
// extraction used marked.
import { get } from './api.js';
import { h, fill, dateText, shortDay, plural } from './dom.js';
import { typeBadge, factualityBadge, who, quantityText, sourcesText, placeText, disputeField } from './format.js';

const LABELS = {
  cue: 'what happened', actor: 'actor', recipient: 'recipient', quantity: 'count', place: 'place',
  date: 'time', claim: 'claimant',
};

export async function showEvent(view, route) {
  const e = await get('/api/events/' + encodeURIComponent(route.id));
  view.dataset.title = `${e.type} ${who(e)}`;
  fill(view,
    h('p', { class: 'back' }, h('a', { href: '#/' }, '\u2190 Timeline')),
    h('h1', { class: 'event-title' }, typeBadge(e.type), factualityBadge(e.factuality), ' ', who(e)),
    facts(e),
    e.disputes.length ? disputes(e) : null,
    evidence(e));
}

function facts(e) {
  const row = (term, ...desc) => [h('dt', {}, term), h('dd', {}, ...desc)];
  const actors = e.actors.map((a) => h('div', {},
    h('strong', {}, a.name), ` (${a.role}, ${a.id})`,
    a.aliases.length ? h('span', { class: 'muted' }, ' as \u201c' + a.aliases.join('\u201d, \u201c') + '\u201d') : null));
  return h('dl', { class: 'facts' },
    row('When', dateText(e.date)),
    row('Where', e.location ? `${placeText(e.location)}, ${e.location.precision}` : 'not said'),
    row('Who', actors.length ? actors : 'not said'),
    e.quantities.length ? row('Counts', h('ul', { class: 'plain' }, e.quantities.map((q) => h('li', {}, quantityText(q))))) : null,
    row('Claimed by', e.claimed_by.length ? e.claimed_by.join('; ') : 'no attribution in the text'),
    row('Factuality', e.factuality || 'unknown'),
    e.modes.length || e.contexts.length ? row('Modes, contexts', [...e.modes, ...e.contexts].join(', ')) : null,
    row('Sources', sourcesText(e.sources)),
    row('Id', h('code', {}, e.id)));
}

function disputes(e) {
  return h('section', { class: 'disputes', 'aria-labelledby': 'disputes-h' },
    h('h2', { id: 'disputes-h' }, 'Sources disagree'),
    h('p', {}, 'The reports merged into this event give different values. Each is kept with the sources that give it.'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'On'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Given by'))),
      h('tbody', {}, e.disputes.flatMap((d) => d.values.map((v, i) => h('tr', {},
        i === 0 ? h('th', { scope: 'row', rowspan: d.values.length }, disputeField(d.field)) : null,
        h('td', {}, typeof v.value === 'number' ? v.value.toLocaleString('en') : String(v.value)),
        h('td', {}, v.sources.join(', '))))))));
}

function evidence(e) {
  return h('section', { class: 'evidence', 'aria-labelledby': 'evidence-h' },
    h('h2', { id: 'evidence-h' }, `Evidence: ${plural(e.mentions.length, 'sentence')}`),
    legend(),
    h('div', { class: 'sources-grid' }, e.mentions.map((m) => h('article', { class: 'source' },
      h('header', {},
        h('div', { class: 'outlet' }, m.source || 'unknown outlet'),
        m.title ? h('div', { class: 'title' }, m.title) : null,
        h('div', { class: 'muted' }, [m.published ? shortDay(m.published) : 'undated', m.doc].join(' \u00b7 '))),
      h('blockquote', { class: 'sentence' }, marked(m)),
      m.article ? h('a', {
        href: `#/article/${encodeURIComponent(m.article)}?event=${encodeURIComponent(e.id)}`, 'data-nav-item': true,
      }, 'Read the article \u2192') : null))));
}

function legend() {
  return h('p', { class: 'legend' }, 'Marked: ',
    Object.entries(LABELS).map(([label, text]) => h('mark', { class: 'hl hl-' + label }, text)));
}

/** The sentence with each highlighted part in a mark element; highlights are in article offsets. */
export function marked(m) {
  const spans = [...m.highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let pos = 0;
  for (const s of spans) {
    const from = s.start - m.start;
    const to = s.end - m.start;
    if (from < pos || to > m.text.length || from < 0 || to <= from) continue; // overlapping or outside: skip
    out.push(m.text.slice(pos, from));
    const label = s.label || 'cue';
    out.push(h('mark', { class: 'hl hl-' + label, title: LABELS[label] || label }, m.text.slice(from, to)));
    pos = to;
  }
  out.push(m.text.slice(pos));
  return out;
}
