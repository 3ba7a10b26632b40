// Small DOM helpers: elements are built with h(), never from HTML strings, so text from the API is never parsed as markup.

/** Creates an element. attrs: attributes and properties (on* = listeners, class, dataset, style objects). */
export function h(tag, attrs = {}, ...children) {
  const svg = SVG_TAGS.has(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (!svg && key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG_TAGS = new Set(['svg', 'g', 'path', 'line', 'rect', 'circle', 'text', 'title', 'desc', 'polyline', 'polygon', 'defs', 'pattern']);

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A polite status line for a part of the page that is loading. */
export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** An error box with what went wrong and, when given, a Retry button. */
export function errorBox(error, retry) {
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, h('strong', {}, 'Could not load this. '), error?.message ?? String(error)),
    retry ? h('button', { type: 'button', onclick: retry }, 'Retry') : null);
}

/**
 * Runs load() and shows its loading state and errors in container; render(result) fills it on success.
 * Returns the result (or undefined on error).
 */
export async function withLoading(container, load, render, text) {
  container.setAttribute('aria-busy', 'true');
  fill(container, loading(text));
  try {
    const result = await load();
    fill(container);
    render(result);
    return result;
  } catch (error) {
    if (error?.name === 'AbortError') return undefined;
    fill(container, errorBox(error, () => withLoading(container, load, render, text)));
    return undefined;
  } finally {
    container.removeAttribute('aria-busy');
  }
}

let uid = 0;
/** A page-unique id for labels and aria references. */
export const nextId = (prefix = 'id') => `${prefix}-${++uid}`;

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the background (both are checked against WCAG AA by the tests). */
export function textOn(hex) {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
