// One article as stored: its text, untrusted, shown as text, with the sentences events were read from marked
// and linked to their events.
import { get } from './api.js';
import { h, fill, shortDay, plural } from './dom.js';

export async function showArticle(view, route) {
  const a = await get('/api/articles/' + encodeURIComponent(route.id));
  const focus = route.params.get('event');
  view.dataset.title = a.title || a.doc;
  const link = a.url && /^https?:\/\//i.test(a.url)
    ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : a.url;
  fill(view,
    h('p', { class: 'back' }, focus ? h('a', { href: '#/event/' + encodeURIComponent(focus) }, '\u2190 Event') : h('a', { href: '#/' }, '\u2190 Timeline')),
    h('h1', { class: 'article-title' }, a.title || a.doc),
    h('p', { class: 'muted' }, [a.source || 'unknown outlet', a.published ? shortDay(a.published) : 'undated', a.doc].join(' \u00b7 ')),
    link ? h('p', { class: 'muted url' }, 'Published at ', link) : null,
    h('p', {}, `${plural(new Set(a.mentions.map((m) => m.event)).size, 'event')} read from this article; their sentences are marked.`),
    h('div', { class: 'article-text', id: 'article-text' }, body(a, focus)));
  const target = view.querySelector('.focus');
  if (target) requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
}

/** The text cut at evidence sentences; each sentence links to the events it supports. */
function body(a, focus) {
  const spans = new Map();
  for (const m of a.mentions) {
    const key = `${m.start}:${m.end}`;
    if (!spans.has(key)) spans.set(key, { start: m.start, end: m.end, events: [] });
    spans.get(key).events.push(m);
  }
  const ordered = [...spans.values()].sort((x, y) => x.start - y.start);
  const out = [];
  let pos = 0;
  for (const s of ordered) {
    if (s.start < pos || s.end > a.text.length) continue;
    out.push(a.text.slice(pos, s.start));
    const isFocus = focus && s.events.some((m) => m.event === focus);
    out.push(h('mark', { class: 'evidence-span' + (isFocus ? ' focus' : '') },
      a.text.slice(s.start, s.end),
      s.events.map((m) => h('a', {
        class: 'event-ref', href: '#/event/' + encodeURIComponent(m.event), 'data-nav-item': true,
        title: `${m.type}, ${m.factuality || 'unknown'}`,
      }, m.type))));
    pos = s.end;
  }
  out.push(a.text.slice(pos));
  return out;
}
