// Full-text search over articles and the evidence sentences of events.
import { get } from './api.js';
import { h, fill, shortDay, plural } from './dom.js';
import { typeBadge, factualityBadge } from './format.js';

export async function showSearch(view, route) {
  const q = route.params.get('q') || '';
  view.dataset.title = 'search: ' + q;
  if (!q.trim()) {
    fill(view, h('h1', {}, 'Search'), h('p', {}, 'Type words in the search box above.'));
    return;
  }
  const r = await get('/api/search', { q, limit: 30 });
  fill(view,
    h('h1', {}, 'Search: \u201c', q, '\u201d'),
    h('div', { class: 'search-results' },
      h('section', { 'aria-labelledby': 'hits-articles' },
        h('h2', { id: 'hits-articles' }, plural(r.articles.length, 'article')),
        r.articles.length ? h('ol', { class: 'hits' }, r.articles.map((a) => h('li', {},
          h('a', { href: '#/article/' + encodeURIComponent(a.id), 'data-nav-item': true, class: 'hit-title' }, a.title || a.doc),
          h('div', { class: 'muted' }, [a.source || 'unknown outlet', a.published ? shortDay(a.published) : 'undated'].join(' \u00b7 ')),
          h('p', { class: 'snippet' }, snippet(a.snippet))))) : h('p', {}, 'No article has these words.')),
      h('section', { 'aria-labelledby': 'hits-events' },
        h('h2', { id: 'hits-events' }, plural(r.events.length, 'event')),
        r.events.length ? h('ol', { class: 'hits' }, r.events.map((e) => h('li', {},
          h('a', { href: '#/event/' + encodeURIComponent(e.id), 'data-nav-item': true, class: 'hit-title' },
            typeBadge(e.type), factualityBadge(e.factuality), e.date ? shortDay(e.date) : 'undated'),
          h('div', { class: 'muted' }, [e.source || 'unknown outlet', e.doc].join(' \u00b7 ')),
          h('p', { class: 'snippet' }, snippet(e.snippet))))) : h('p', {}, 'No evidence sentence has these words.'))));
}

function snippet(parts) {
  return parts.map((p) => (p.match ? h('mark', {}, p.text) : p.text));
}
