// The desk's router: the part of the address after '#' names the view and its parameters, so every view can be
// bookmarked, shared and reached with the browser's back button.
import { fill, h } from './dom.js';
import { showTimeline } from './timeline.js';
import { showEvent } from './event.js';
import { showArticle } from './article.js';
import { showMap } from './map.js';
import { showSearch } from './search.js';
import { showAttacks } from './attacks.js';
import { showBrief } from './brief.js';

const VIEWS = {
  '': showTimeline,
  event: showEvent,
  article: showArticle,
  map: showMap,
  search: showSearch,
  attacks: showAttacks,
  brief: showBrief,
};

const main = document.getElementById('main');
let rendering = 0;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || '', id: parts[1] || null, params: new URLSearchParams(qs || '') };
}

async function render() {
  const ticket = ++rendering;
  const route = parseHash();
  const show = VIEWS[route.view];
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    const current = a.dataset.view === (route.view || 'timeline');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (route.view === 'search') document.getElementById('search-box').value = route.params.get('q') || '';
  if (!show) {
    fill(main, h('h1', {}, 'No such view'), h('p', {}, 'Go to the ', h('a', { href: '#/' }, 'timeline'), '.'));
    return;
  }
  const view = h('div', { class: 'view' });
  try {
    await show(view, route);
  } catch (e) {
    fill(view, h('div', { class: 'error', role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, e.message)));
  }
  // A slower earlier render must not replace a later one.
  if (ticket === rendering) {
    fill(main, view);
    document.title = `sitrep: ${view.dataset.title || 'analyst\u2019s desk'}`;
    if (!document.documentElement.dataset.ready) {
      document.documentElement.dataset.ready = String(Math.round(performance.now()));
    }
  }
}

/** Goes to a view; the hash change triggers the render. */
export function go(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-box').value.trim();
  if (q) go('#/search?' + new URLSearchParams({ q }).toString());
});

document.addEventListener('keydown', (e) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
  if (e.key === 'Escape' && typing) {
    e.target.blur();
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '/') {
    e.preventDefault();
    document.getElementById('search-box').focus();
  } else if (e.key === 'j' || e.key === 'k') {
    const items = [...main.querySelectorAll('[data-nav-item]')];
    if (!items.length) return;
    const at = items.indexOf(document.activeElement);
    const next = e.key === 'j' ? Math.min(items.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
    items[next].focus();
    items[next].scrollIntoView({ block: 'nearest' });
    e.preventDefault();
  } else if (e.key === 'Escape' && parseHash().view !== '') {
    history.length > 1 ? history.back() : go('#/');
  }
});

window.addEventListener('hashchange', () => {
  render().then(() => main.focus({ preventScroll: true }));
  window.scrollTo(0, 0);
});
render();
