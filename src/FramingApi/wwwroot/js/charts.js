// Charts in plain HTML and SVG: every mark that stands for a number is a real button (focusable, announced with its
// full meaning, opening its evidence), and every chart has a table or text equivalent. README: "The page" says why.

import { h, nextId, textOn } from './dom.js';
import { fmt, FRAMINGS, FRAMING_COLOURS, FRAMING_MEANING, label, SERIES_COLOURS } from './format.js';

// ---------------------------------------------------------------- tooltip

let tooltipEl;
let tooltipOwner = null;

/** Shows a tooltip with the element's data-tip on hover and on keyboard focus (the same text is in its aria-label). */
export function attachTooltip(el) {
  el.addEventListener('mouseenter', () => showTip(el));
  el.addEventListener('mouseleave', () => hideTip(el));
  el.addEventListener('focus', () => showTip(el));
  el.addEventListener('blur', () => hideTip(el));
}

function showTip(el) {
  tooltipEl ??= document.getElementById('tooltip');
  if (!tooltipEl || !el.dataset.tip) return;
  tooltipOwner = el;
  tooltipEl.textContent = el.dataset.tip;
  tooltipEl.hidden = false;
  const r = el.getBoundingClientRect();
  const t = tooltipEl.getBoundingClientRect();
  const margin = 8;
  let left = r.left + r.width / 2 - t.width / 2;
  left = Math.max(margin, Math.min(left, document.documentElement.clientWidth - t.width - margin));
  let top = r.top - t.height - margin;
  if (top < margin) top = r.bottom + margin;
  tooltipEl.style.left = `${left + scrollX}px`;
  tooltipEl.style.top = `${top + scrollY}px`;
}

function hideTip(el) {
  if (tooltipEl && tooltipOwner === el) { tooltipEl.hidden = true; tooltipOwner = null; }
}

document.addEventListener('keydown', e => { if (e.key === 'Escape' && tooltipOwner) hideTip(tooltipOwner); });

// ---------------------------------------------------------------- matrix (heatmap)

/** ColorBrewer "Blues" (sequential, read by lightness, so safe for colour-blind readers). */
export const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** ColorBrewer "Purples", for the second kind of matrix so the two never read as one scale. */
export const PURPLES = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'];

/**
 * A sources × categories table whose cells are coloured by value, binned over [0, max].
 * cell(row, col) → { state: 'value' | 'omitted' | 'empty', value, text, tip, aria, open() }.
 * Keyboard: one tab stop; arrow keys, Home and End move between cells; Enter or Space opens the cell's evidence.
 */
export function matrix({ caption, corner = 'Source', rows, cols, cell, ramp = BLUES, format = fmt.score, legendTitle, emptyLabel = 'not covered', className }) {
  const cells = rows.map(row => cols.map(col => cell(row, col)));
  const max = Math.max(0, ...cells.flat().filter(c => c.state === 'value').map(c => c.value));
  const binOf = v => (max <= 0 ? 0 : Math.min(ramp.length - 1, Math.floor((v / max) * ramp.length)));
  const buttons = [];

  const table = h('table', { class: ['matrix', className] },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'corner' }, corner),
      cols.map(col => h('th', { scope: 'col', class: 'col-head', title: col.title ?? null },
        h('span', { class: 'vlabel' }, col.label))))),
    h('tbody', {}, rows.map((row, ri) => h('tr', {},
      h('th', { scope: 'row', class: 'row-head' }, row.label, row.sub ? h('span', { class: 'sub' }, row.sub) : null),
      cols.map((col, ci) => {
        const c = cells[ri][ci];
        const colour = c.state === 'value' ? ramp[binOf(c.value)] : null;
        const button = h('button', {
          type: 'button',
          class: ['cell', `cell-${c.state}`],
          tabindex: -1,
          'aria-label': c.aria,
          'aria-disabled': c.open ? null : 'true',
          dataset: { tip: c.tip, state: c.state, row: row.key, col: col.key },
          style: colour ? { background: colour, color: textOn(colour) } : null,
          onclick: () => c.open?.(),
        }, c.state === 'value' ? c.text ?? format(c.value) : c.state === 'omitted' ? h('span', { 'aria-hidden': 'true' }, '⊘') : '');
        attachTooltip(button);
        buttons[ri] ??= [];
        buttons[ri][ci] = button;
        return h('td', { dataset: { row: row.key, col: col.key } }, button);
      })))));

  if (buttons[0]?.[0]) buttons[0][0].tabIndex = 0;
  table.addEventListener('keydown', e => {
    const at = position(buttons, e.target);
    if (!at) return;
    let [r, c] = at;
    const last = cols.length - 1;
    switch (e.key) {
      case 'ArrowRight': c = Math.min(last, c + 1); break;
      case 'ArrowLeft': c = Math.max(0, c - 1); break;
      case 'ArrowDown': r = Math.min(rows.length - 1, r + 1); break;
      case 'ArrowUp': r = Math.max(0, r - 1); break;
      case 'Home': c = 0; if (e.ctrlKey) r = 0; break;
      case 'End': c = last; if (e.ctrlKey) r = rows.length - 1; break;
      default: return;
    }
    e.preventDefault();
    move(buttons, at, [r, c]);
  });
  table.addEventListener('focusin', e => {
    const at = position(buttons, e.target);
    if (at) buttons.flat().forEach(b => { b.tabIndex = b === e.target ? 0 : -1; });
  });

  const legend = h('div', { class: 'legend', 'aria-hidden': 'true' },
    legendTitle ? h('span', { class: 'legend-title' }, legendTitle) : null,
    ramp.map((colour, i) => h('span', { class: 'legend-item' },
      h('span', { class: 'swatch', style: { background: colour } }),
      max > 0 ? `${format((i / ramp.length) * max)}–${format(((i + 1) / ramp.length) * max)}` : '0')),
    cells.flat().some(c => c.state === 'omitted')
      ? h('span', { class: 'legend-item' }, h('span', { class: 'swatch cell-omitted' }, '⊘'), 'omitted (a blind spot)') : null,
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch swatch-empty' }), emptyLabel));

  return h('div', { class: 'matrix-block' },
    h('div', { class: 'table-scroll' }, table),
    legend,
    h('p', { class: 'hint' }, 'Hover or focus a cell for its details; arrow keys move between cells, Enter opens the evidence.'));
}

function position(buttons, el) {
  for (let r = 0; r < buttons.length; r++) {
    const c = buttons[r]?.indexOf(el) ?? -1;
    if (c >= 0) return [r, c];
  }
  return null;
}

function move(buttons, [r0, c0], [r, c]) {
  const target = buttons[r]?.[c];
  if (!target) return;
  buttons[r0][c0].tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

// ---------------------------------------------------------------- stacked bars

/**
 * One horizontal bar split into hedged / attributed / denied / asserted, each part a button opening its evidence.
 * counts: {hedged, attributed, …}; shares as given by the API; intervals(framing) → {low, high} or null.
 */
export function framingBar({ counts, shares, intervals, what, open }) {
  const total = FRAMINGS.reduce((sum, f) => sum + (counts[f] ?? 0), 0);
  if (total === 0) return h('div', { class: 'bar bar-empty' }, h('span', { class: 'muted' }, 'no mentions'));
  return h('div', { class: 'bar', role: 'group', 'aria-label': `${what}: ${total} mention${total === 1 ? '' : 's'}` },
    FRAMINGS.filter(f => (counts[f] ?? 0) > 0).map(f => {
      const share = shares?.[f] ?? counts[f] / total;
      const ci = intervals?.(f);
      const ciText = ci ? ` (95 % interval ${fmt.share(ci.low)}–${fmt.share(ci.high)})` : '';
      const text = `${what}: ${counts[f]} of ${total} ${FRAMING_MEANING[f]}, ${fmt.share(share)}${ciText}`;
      const colour = FRAMING_COLOURS[f];
      const button = h('button', {
        type: 'button', class: ['segment', `segment-${f}`],
        style: { flexGrow: counts[f], background: colour, color: textOn(colour) },
        'aria-label': `${text}. Open evidence`,
        dataset: { tip: text, framing: f, count: counts[f] },
        onclick: () => open(f),
      }, String(counts[f]));
      attachTooltip(button);
      return button;
    }));
}

export function framingLegend() {
  return h('ul', { class: 'legend framing-legend', 'aria-label': 'Framing colours' },
    FRAMINGS.map(f => h('li', { class: 'legend-item' },
      h('span', { class: 'swatch', style: { background: FRAMING_COLOURS[f] } }),
      h('span', {}, h('strong', {}, label(f)), ` — ${FRAMING_MEANING[f]}`))));
}

/** A horizontal share bar with an optional interval whisker (0–1). */
export function shareBar(share, ci) {
  const pct = v => `${Math.max(0, Math.min(1, v)) * 100}%`;
  return h('span', { class: 'share-bar', 'aria-hidden': 'true' },
    share !== null && share !== undefined ? h('span', { class: 'share-fill', style: { width: pct(share) } }) : null,
    ci ? h('span', { class: 'share-ci', style: { left: pct(ci.low), width: `calc(${pct(ci.high)} - ${pct(ci.low)})` } }) : null);
}

// ---------------------------------------------------------------- line chart

const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'circle', 'square', 'triangle'];
export const BAND_SERIES = 2;

/**
 * A time-series chart: one line per series, optional 95 % band, distinct colours and point shapes.
 * series: [{ key, label, points: [{ t: Date, value, low, high, n, lowN }] }]; the caller adds the table equivalent.
 * Bands are drawn for at most BAND_SERIES series: more of them overlap into one grey block that hides the lines (an
 * empty day's count alone has a band from 0 to 3.7), so with more sources the intervals are in the table only.
 */
export function lineChart({ title, series, format = fmt.score, yLabel, width: available = 720 }) {
  // Drawn at the width it will be shown at, so that its text keeps its size on a phone and on a wide screen.
  const width = Math.max(300, Math.min(1100, Math.round(available || 720)));
  const height = width < 500 ? 240 : 300;
  const m = { top: 28, right: 26, bottom: 36, left: 52 };
  const all = series.flatMap(s => s.points);
  const times = all.map(p => p.t.getTime());
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const { ticks: yTicks, max: yMax } = niceTicks(Math.max(...all.map(p => Math.max(p.value ?? 0, p.high ?? 0))));
  const x = t => m.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (width - m.left - m.right);
  const y = v => height - m.bottom - (v / yMax) * (height - m.top - m.bottom);
  const titleId = nextId('chart-title');
  const buckets = [...new Set(times)].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor((width - m.left - m.right) / 70))));

  return h('figure', { class: 'line-chart' },
    h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId, preserveAspectRatio: 'xMidYMid meet' },
      h('title', { id: titleId }, title),
      yTicks.map(v => h('g', {},
        h('line', { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), class: 'grid' }),
        h('text', { x: m.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, format(v)))),
      buckets.filter((_, i) => i % step === 0).map(t => h('text', { x: x(t), y: height - m.bottom + 18, 'text-anchor': 'middle', class: 'tick' },
        fmt.date(t).slice(5))),
      yLabel ? h('text', { x: 4, y: 14, class: 'tick axis-label' }, yLabel) : null,
      series.map((s, si) => {
        const colour = SERIES_COLOURS[si % SERIES_COLOURS.length];
        const pts = s.points.filter(p => p.value !== null && p.value !== undefined).sort((a, b) => a.t - b.t);
        const band = series.length > BAND_SERIES ? [] : pts.filter(p => Number.isFinite(p.low) && Number.isFinite(p.high));
        return h('g', { class: 'series' },
          band.length > 1 ? h('polygon', {
            points: [...band.map(p => `${x(p.t)},${y(p.high)}`), ...band.reverse().map(p => `${x(p.t)},${y(p.low)}`)].join(' '),
            fill: colour, 'fill-opacity': 0.15, stroke: 'none',
          }) : null,
          h('polyline', { points: pts.map(p => `${x(p.t)},${y(p.value)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2,
            'stroke-dasharray': si % 2 ? '6 3' : null }),
          pts.map(p => marker(SHAPES[si % SHAPES.length], x(p.t), y(p.value), colour, p.lowN)));
      })),
    h('figcaption', {}, h('ul', { class: 'legend' }, series.map((s, si) => h('li', { class: 'legend-item' },
      h('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
        marker(SHAPES[si % SHAPES.length], 8, 8, SERIES_COLOURS[si % SERIES_COLOURS.length], false)),
      s.label)))));
}

/** About five round ticks from 0 to at least max (1, 2 or 5 times a power of ten apart). */
function niceTicks(max) {
  if (!(max > 0)) return { ticks: [0, 1], max: 1 };
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map(f => f * power).find(s => s >= raw);
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { ticks, max: top };
}

function marker(shape, cx, cy, colour, hollow) {
  const a = { fill: hollow ? '#ffffff' : colour, stroke: colour, 'stroke-width': 1.5 };
  switch (shape) {
    case 'square': return h('rect', { x: cx - 4, y: cy - 4, width: 8, height: 8, ...a });
    case 'triangle': return h('polygon', { points: `${cx},${cy - 5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`, ...a });
    case 'diamond': return h('polygon', { points: `${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`, ...a });
    default: return h('circle', { cx, cy, r: 4, ...a });
  }
}
