// Building the document from data without ever parsing data as HTML: every string becomes a text node or an
// attribute value. Article text is untrusted; nothing here calls innerHTML, insertAdjacentHTML or document.write.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element: h('a', {href: '#/x', class: 'y', on: {click: f}}, 'text', child, [more children]). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same arguments as h. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') {
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'href') {
      el.setAttribute('href', safeHref(String(value)));
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Links within the desk, and http(s) links out; anything else (javascript:, data:) becomes inert. */
export function safeHref(href) {
  if (href.startsWith('#') || href.startsWith('/')) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2024-08-26" as "Mon 26 Aug 2024". */
export function longDay(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2024-08-26" as "26 Aug 2024". */
export function shortDay(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** An event date object {start, end, precision} in words. */
export function dateText(date) {
  if (!date) return 'date unknown';
  const { start, end, precision } = date;
  if (precision === 'night') return `night of ${shortDay(start)} to ${shortDay(end)}`;
  if (precision === 'month') return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  if (precision === 'year') return start.slice(0, 4);
  if (start === end) return shortDay(start);
  return `${shortDay(start)} to ${shortDay(end)} (${precision})`;
}

export function plural(n, one, many) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many || one + 's'}`;
}
