// The event filters the timeline, map and exports share, kept in the page address.
import { get } from './api.js';
import { h } from './dom.js';

export const TYPES = ['ASSAULT', 'AID', 'CONSULT', 'AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION',
  'MOBILIZE', 'RETREAT', 'COERCE', 'PROTEST', 'SUPPORT', 'COOPERATE', 'CONCEDE'];
export const FACTUALITIES = [
  ['', 'any'],
  ['reported,historical', 'happened'],
  ['reported', 'reported'],
  ['historical', 'historical'],
  ['future', 'future'],
  ['hypothetical', 'hypothetical'],
  ['negated', 'negated'],
];
export const FILTER_KEYS = ['type', 'actor', 'place', 'country', 'factuality', 'from', 'to', 'text'];

/** The filter values in the address's parameters. */
export function readFilters(params) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The filter form; onApply gets the new filter values. */
export function filterForm(filters, onApply, extra) {
  const field = (label, input) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
  const text = (name, label, placeholder, list) => field(label, h('input', {
    id: 'f-' + name, name, type: 'text', value: filters[name] || '', placeholder, list, autocomplete: 'off',
  }));
  const select = (name, label, options) => {
    const s = h('select', { id: 'f-' + name, name },
      options.map(([value, text]) => h('option', { value, selected: (filters[name] || '') === value }, text)));
    return field(label, s);
  };
  const date = (name, label) => field(label, h('input', { id: 'f-' + name, name, type: 'date', value: filters[name] || '' }));
  const form = h('form', { class: 'filters', 'aria-label': 'Filter events' },
    select('type', 'Type', [['', 'any type'], ...TYPES.map((t) => [t, t])]),
    text('actor', 'Actor', 'e.g. Russia, NATO', 'actor-names'),
    text('place', 'Place', 'e.g. Kyiv, Kharkiv'),
    text('country', 'Country', 'e.g. UA'),
    select('factuality', 'Factuality', FACTUALITIES),
    date('from', 'From'),
    date('to', 'To'),
    text('text', 'Words', 'in evidence'),
    extra || null,
    h('div', { class: 'field buttons' },
      h('button', { type: 'submit' }, 'Apply'),
      h('button', { type: 'reset', class: 'secondary' }, 'Clear')));
  form.appendChild(actorNames(form.querySelector('#f-actor')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onApply(formValues(form));
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    onApply({});
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => onApply(formValues(form)));
  // On a phone the filters fold away unless some are set, so the events come first.
  const active = FILTER_KEYS.filter((k) => filters[k]).length;
  const wide = window.matchMedia('(min-width: 40rem)').matches;
  return h('details', { class: 'filter-panel', open: wide || active > 0 },
    h('summary', {}, active ? `Filters (${active} set)` : 'Filters'), form);
}

/** Suggestions for the actor field, from the record's entities, fetched when the field is first used. */
function actorNames(input) {
  const list = h('datalist', { id: 'actor-names' });
  input.addEventListener('focus', () => {
    if (list.childElementCount) return;
    get('/api/entities', { kind: 'actor', limit: 300 }).then(({ actors }) => {
      for (const a of actors) list.appendChild(h('option', { value: a.name }, `${a.id}, ${a.mentions} mentions`));
    }, () => { /* typing still works without suggestions */ });
  }, { once: true });
  return list;
}

function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim()) out[k] = String(v).trim();
  }
  return out;
}
