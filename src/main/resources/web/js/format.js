// How an event's parts read in the page.
import { h, plural } from './dom.js';

const STATUS = {
  launched: 'launched', shot_down: 'shot down', destroyed: 'destroyed', hit: 'hit', delivered: 'delivered',
  pledged: 'pledged', deployed: 'deployed',
};
const BOUND = { about: 'about ', at_least: 'at least ', up_to: 'up to ', exact: '' };

/** Type families share a colour, so the timeline can be scanned by kind. */
const FAMILY = {
  ASSAULT: 'force', COERCE: 'force', THREATEN: 'force', MOBILIZE: 'force',
  CONSULT: 'talk', AGREE: 'talk', COOPERATE: 'talk', SUPPORT: 'talk', CONCEDE: 'talk', RETREAT: 'talk',
  AID: 'aid',
  REQUEST: 'say', ACCUSE: 'say', REJECT: 'say', PROTEST: 'say', SANCTION: 'say',
};

export function typeBadge(type) {
  return h('span', { class: `badge type-${FAMILY[type] || 'say'}` }, type);
}

/** Reported events need no badge; everything else says plainly that it did not (yet) happen. */
export function factualityBadge(f) {
  if (!f || f === 'reported') return null;
  return h('span', { class: `badge fact fact-${f}`, title: factualityHelp(f) }, f);
}

function factualityHelp(f) {
  return {
    historical: 'happened more than a month before the article',
    future: 'planned, expected or promised; has not happened',
    hypothetical: 'conditional or asked for; has not happened',
    negated: 'the source says it did not happen',
  }[f] || f;
}

export function who(e) {
  const actors = e.actors.filter((a) => a.role === 'actor').map((a) => a.name);
  const recipients = e.actors.filter((a) => a.role === 'recipient').map((a) => a.name);
  const left = actors.length ? actors.join(' & ') : 'unknown actor';
  return recipients.length ? `${left} \u2192 ${recipients.join(' & ')}` : left;
}

/** Nouns that do not take a plain -s, or read better spelt out. */
const NOUNS = {
  killed: 'killed', wounded: 'wounded', troops: 'troops', detained: 'detained',
  air_defense: 'air-defence systems', rocket_launcher: 'rocket launchers', aerial_weapon: 'missiles and drones',
};

export function quantityText(q) {
  const n = q.count.toLocaleString('en');
  const bound = BOUND[q.bound] || '';
  const status = q.status ? ' ' + (STATUS[q.status] || q.status) : '';
  if (q.item === 'usd') return `${bound}$${n}${status}`;
  const base = q.item.replace(/_/g, ' ');
  const noun = NOUNS[q.item] || (q.count === 1 || base.endsWith('s') ? base : base + 's');
  return `${bound}${n} ${q.subtype ? q.subtype + ' ' : ''}${noun}${status}`;
}

export function sourcesText(s) {
  if (!s) return 'sources unknown';
  return `${plural(s.articles, 'article')}, ${plural(s.independent, 'independent source')}`;
}

export function placeText(loc) {
  if (!loc) return null;
  const extra = [loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country].filter(Boolean).join(', ');
  return extra ? `${loc.name} (${extra})` : loc.name;
}

/** A short field name of a dispute in words: "quantities.drone.launched" reads "drones launched". */
export function disputeField(field) {
  const parts = field.split('.');
  if (parts[0] === 'quantities' && parts.length >= 2) {
    return [parts[1] + (parts[1].endsWith('s') ? '' : 's'), STATUS[parts[2]] || parts[2] || ''].join(' ').trim();
  }
  if (parts[0] === 'actors') return parts[1] === 'recipient' ? 'recipient' : 'actor';
  return parts.join(' ');
}
