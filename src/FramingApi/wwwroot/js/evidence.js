// The evidence view: the spans behind a number, highlighted in their article's text with its segments.

import { getAllPages, getCsvPages, getJson, mapLimited, withParams } from './api.js';
import { errorBox, fill, h, loading } from './dom.js';
import { fmt, FRAMING_MEANING, label } from './format.js';

const dialog = () => document.getElementById('evidence');
let returnFocusTo = null;
let generation = 0;

/**
 * Opens the evidence dialog.
 * - { title, url }: the spans of an evidence link of a comparison (every page of it);
 * - { title, spans }: spans already at hand (an article's analysis), each with article_id;
 * - { title, articleId }: one article with its segments and no spans.
 * filter(span) narrows the spans on the page (filterNote says how); the highlighted offsets are always the API's.
 * "Download these spans (CSV)" downloads the API's evidence CSV, escaped for a spreadsheet, with exactly the spans on
 * the page: that of url, or for spans at hand csvUrl (an evidence link listing them among others).
 */
export function openEvidence({ title, url, spans, articleId, filter, filterNote, csvUrl }) {
  const d = dialog();
  const body = d.querySelector('.evidence-body');
  const run = ++generation;
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  d.querySelector('#evidence-title').textContent = title;
  fill(body, loading('Loading the evidence…'));
  if (!d.open) d.showModal();
  load({ url, spans, articleId, filter })
    .then(result => { if (run === generation) fill(body, render(result, { url, filterNote, csvUrl })); })
    .catch(error => {
      if (run === generation) fill(body, errorBox(error, () => openEvidence({ title, url, spans, articleId, filter, filterNote, csvUrl })));
    });
}

export function initEvidenceDialog() {
  const d = dialog();
  d.querySelector('[data-close]').addEventListener('click', () => d.close());
  // A click on the backdrop (outside the dialog's box) closes it, as users expect of a modal.
  d.addEventListener('click', e => { if (e.target === d) d.close(); });
  d.addEventListener('close', () => {
    generation++;
    if (returnFocusTo?.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });
}

async function load({ url, spans, articleId, filter }) {
  let items = spans ?? [];
  let total = items.length;
  let truncated = false;
  if (url) ({ items, total, truncated } = await getAllPages(url));
  const shown = filter ? items.filter(filter) : items;
  const ids = articleId !== undefined ? [articleId] : [...new Set(shown.map(s => s.article_id))];
  const articles = await mapLimited(ids, 4, id => getJson(`/api/articles/${id}`));
  await addMarkerOffsets(shown);
  return { spans: shown, articles, total, truncated, filtered: Boolean(filter) };
}

/**
 * The comparison's evidence names each claim's deciding marker (and each attribution's source phrase) but not where it
 * stands; the article's analysis has its offsets: one request per article and lexicon, matched on the span's offsets.
 */
async function addMarkerOffsets(spans) {
  const groups = new Map();
  for (const s of spans) {
    if (!s.marker || Number.isInteger(s.marker_start)) continue;
    const key = `${s.article_id}|${s.lexicon}|${s.category}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  await mapLimited([...groups.values()], 4, async group => {
    const { article_id: id, lexicon, category } = group[0];
    const analysis = await getJson(`/api/articles/${id}/analysis?lexicon=${encodeURIComponent(lexicon)}&category=${encodeURIComponent(category)}`);
    for (const s of group) {
      const match = (analysis.evidence ?? []).find(e => e.start === s.start && e.end === s.end
        && (s.lexicon_version_id === undefined || e.lexicon_version_id === s.lexicon_version_id));
      if (match && Number.isInteger(match.marker_start)) {
        s.marker_start = match.marker_start;
        s.marker_end = match.marker_end;
      }
    }
  });
}

function render({ spans, articles, total, truncated, filtered }, { url, filterNote, csvUrl }) {
  const bySpanArticle = new Map(articles.map(a => [a.id, []]));
  spans.forEach((s, i) => bySpanArticle.get(s.article_id)?.push({ ...s, index: i }));
  const summary = articles.length === 1 && spans.length === 0
    ? 'The article with its segments.'
    : `${spans.length} span${spans.length === 1 ? '' : 's'} in ${articles.length} article${articles.length === 1 ? '' : 's'}`
      + (filtered && spans.length !== total ? ` (of ${total}: ${filterNote})` : '') + '.';
  return [
    h('div', { class: 'evidence-summary' },
      h('p', { role: 'status' }, summary,
        truncated ? h('strong', {}, ` Only the first ${spans.length} of ${total} spans are shown.`) : null),
      h('p', { class: 'actions' },
        spans.length ? h('button', {
          type: 'button', class: 'link-button', dataset: { download: 'spans' },
          onclick: e => downloadSpans(spans, articles, csvUrl ?? url, e.currentTarget),
        }, 'Download these spans (CSV)') : null,
        url ? h('a', { href: url, target: '_blank', rel: 'noopener' }, 'The API answer (JSON)') : null)),
    evidenceLegend(spans),
    articles.map(article => renderArticle(article, bySpanArticle.get(article.id) ?? [])),
  ];
}

function evidenceLegend(spans) {
  if (!spans.length) return null;
  const framings = [...new Set(spans.map(s => s.framing).filter(Boolean))];
  const attributions = [...new Set(spans.map(s => s.attribution).filter(Boolean))];
  return h('div', { class: 'evidence-legend' },
    h('h3', { class: 'visually-hidden' }, 'How to read the highlights'),
    h('ul', { class: 'legend' },
      framings.map(f => h('li', { class: 'legend-item' }, h('mark', { class: `ev framing-${f}` }, label(f)), ` ${FRAMING_MEANING[f]}`)),
      attributions.map(a => h('li', { class: 'legend-item' }, h('mark', { class: `ev attribution-${a}` }, label(a)), ' source')),
      !framings.length && !attributions.length ? h('li', { class: 'legend-item' }, h('mark', { class: 'ev' }, 'match'), ' a counted match') : null,
      h('li', { class: 'legend-item' }, 'Voice:'),
      h('li', { class: 'legend-item' }, h('mark', { class: 'ev voice-outlet' }, 'own voice'), '(thin edge)'),
      h('li', { class: 'legend-item' }, h('mark', { class: 'ev voice-quotation' }, 'quotation'), '(dashed)'),
      h('li', { class: 'legend-item' }, h('mark', { class: 'ev voice-comments' }, 'reader comments'), '(dotted)'),
      spans.some(s => s.marker) ? h('li', { class: 'legend-item' }, h('span', { class: 'marker' }, 'underlined'), ' the deciding marker') : null),
    h('p', { class: 'hint numbering' }, 'Sentences are numbered from 0 over the article\'s whole text, as in the API\'s sentence field ',
      '(sentence 0 is its first sentence, whatever part it is in); start and end are character offsets into the text, also from 0.'));
}

function renderArticle(article, spans) {
  const headingId = `article-${article.id}-title`;
  return h('article', { class: 'evidence-article', 'aria-labelledby': headingId, dataset: { articleId: article.id } },
    h('h3', { id: headingId }, article.title || headlineOf(article) || `Article ${article.id}`),
    h('p', { class: 'meta' },
      [article.source, article.published_at ? fmt.date(article.published_at) : null, `${fmt.count(article.word_count)} words`,
        article.author ? `by ${article.author}` : null].filter(Boolean).join(' · '), ' · ',
      h('a', { href: `/api/articles/${article.id}`, target: '_blank', rel: 'noopener' }, 'JSON')),
    spans.length ? spanList(article, spans) : null,
    h('div', { class: 'article-text', dataset: { articleId: article.id } }, renderText(article, spans)));
}

function headlineOf(article) {
  const seg = article.segments?.find(s => s.kind === 'headline');
  return seg ? article.text.slice(seg.start, seg.end) : null;
}

function spanList(article, spans) {
  const items = spans.map(s => h('li', {}, h('button', {
    type: 'button', class: 'link-button',
    onclick: () => {
      const mark = document.querySelector(`#evidence mark[data-span="${s.index}"]`);
      if (!mark) return;
      mark.scrollIntoView({ block: 'center' });
      mark.focus();
    },
  }, `“${s.matched}”`), ' ', spanDescription(s)));
  return h('details', { class: 'span-list', open: spans.length <= 12 },
    h('summary', {}, `${spans.length} span${spans.length === 1 ? '' : 's'} in this article`),
    h('ol', {}, items));
}

function spanDescription(s) {
  return [
    s.segment ? label(s.segment).toLowerCase() : null,
    // The API's own number (counted from 0; the legend says so), so the page, its CSV and the JSON agree.
    Number.isInteger(s.sentence) ? `sentence ${s.sentence}` : null,
    label(s.voice).toLowerCase(),
    s.category && s.category !== s.target ? label(s.category) : null,
    s.actor ? `actor ${label(s.actor)}` : null,
    s.framing ? s.framing : null,
    s.attribution ? `${s.attribution} source` : null,
    s.marker ? `marker “${s.marker}”` : null,
  ].filter(Boolean).join(' · ');
}

/**
 * The text as blocks (one per segment other than quotations, labelled with its kind); inside each block, runs cut at
 * every boundary of a quotation, a span or a marker. Consecutive runs of one span become one <mark> whose data-start
 * and data-end are the API's offsets; quotation runs are styled, markers underlined.
 */
function renderText(article, spans) {
  const text = article.text ?? '';
  const segments = (article.segments ?? []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes = segments.filter(s => s.kind === 'quotation');
  let blocks = segments.filter(s => s.kind !== 'quotation');
  if (!blocks.length) blocks = [{ kind: 'text', start: 0, end: text.length }];
  // Text outside every segment (other than blank lines) is shown too, so no span can fall outside the view.
  const withGaps = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start > at && text.slice(at, b.start).trim()) withGaps.push({ kind: 'unsegmented', start: at, end: b.start });
    if (b.end > at) withGaps.push({ ...b, start: Math.max(b.start, at) });
    at = Math.max(at, b.end);
  }
  if (at < text.length && text.slice(at).trim()) withGaps.push({ kind: 'unsegmented', start: at, end: text.length });

  let previousKind = null;
  return withGaps.map(block => {
    const showLabel = block.kind !== previousKind;
    previousKind = block.kind;
    return h('div', { class: ['text-seg', `seg-${block.kind}`], dataset: { kind: block.kind, start: block.start, end: block.end } },
      showLabel ? h('span', { class: 'seg-label' }, label(block.kind)) : null,
      h('span', { class: 'seg-text' }, runs(text, block, quotes, spans)));
  });
}

function runs(text, block, quotes, spans) {
  const cuts = new Set([block.start, block.end]);
  const inBlock = (a, b) => a < block.end && b > block.start;
  const add = (a, b) => { if (inBlock(a, b)) { cuts.add(Math.max(a, block.start)); cuts.add(Math.min(b, block.end)); } };
  quotes.forEach(q => add(q.start, q.end));
  spans.forEach(s => { add(s.start, s.end); if (Number.isInteger(s.marker_start)) add(s.marker_start, s.marker_end); });
  const points = [...cuts].sort((a, b) => a - b);

  const out = [];
  let current = null; // the open <mark> and its span
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const piece = text.slice(a, b);
    const quoted = quotes.some(q => q.start <= a && q.end >= b);
    const isMarker = spans.some(s => Number.isInteger(s.marker_start) && s.marker_start <= a && s.marker_end >= b);
    let node = document.createTextNode(piece);
    if (quoted || isMarker) node = h('span', { class: [quoted && 'quote', isMarker && 'marker'] }, node);
    const span = spans.find(s => s.start <= a && s.end >= b);
    if (span) {
      if (current?.span !== span) {
        current = { span, el: markFor(span) };
        out.push(current.el);
      }
      current.el.append(node);
    } else {
      current = null;
      out.push(node);
    }
  }
  return out;
}

function markFor(s) {
  return h('mark', {
    class: ['ev', `voice-${s.voice}`, s.framing && `framing-${s.framing}`, s.attribution && `attribution-${s.attribution}`,
      !s.framing && !s.attribution && `lexicon-${s.lexicon}`],
    tabindex: -1,
    title: spanDescription(s),
    dataset: { span: s.index, start: s.start, end: s.end, voice: s.voice, framing: s.framing ?? '' },
  });
}

/** The columns of the API's evidence CSV (docs/COMPARISON.md "Evidence as CSV"), for a file built here. */
const CSV_COLUMNS = ['article_id', 'title', 'source', 'lexicon', 'lexicon_version_id', 'category', 'matched', 'start', 'end', 'sentence',
  'voice', 'segment', 'target', 'actor', 'framing', 'marker', 'attribution', 'context', 'marker_start', 'marker_end'];

/** What tells a span's row from the others of its evidence link: article, offsets, voice, attribution, category. */
const KEY_COLUMNS = ['article_id', 'start', 'end', 'voice', 'attribution', 'category'];

/**
 * Downloads the spans on the page as the API's evidence CSV with escape_formulas=true (a spreadsheet user's file: a
 * text cell starting with =, +, -, @, a tab or a carriage return gets a leading '): every page of the evidence link,
 * its rows kept as the API wrote them, but only those of the spans shown (a filter on the page, such as reader
 * comments left out, leaves out their rows). Spans that the link does not list (or an API that cannot be reached)
 * give a file built here with the same columns, escaping and quoting.
 */
async function downloadSpans(spans, articles, evidenceUrl, button) {
  const text = button.textContent;
  button.disabled = true;
  button.textContent = 'Preparing the CSV…';
  try {
    const file = (evidenceUrl ? await apiCsv(spans, evidenceUrl).catch(() => null) : null) ?? builtCsv(spans, articles);
    button.dataset.made = file.made; // 'api' or 'page': which of the two made the last file
    save(file.text, file.name);
  } finally {
    button.disabled = false;
    button.textContent = text;
  }
}

async function apiCsv(spans, evidenceUrl) {
  const csvUrl = withParams(evidenceUrl, { format: 'csv', escape_formulas: 'true', page: null, page_size: null });
  const { header, records, fileName } = await getCsvPages(csvUrl);
  const columns = KEY_COLUMNS.map(c => header?.cells.indexOf(c) ?? -1);
  if (columns.some(c => c < 0)) return null;
  const wanted = new Map();
  for (const s of spans) wanted.set(spanKey(s), (wanted.get(spanKey(s)) ?? 0) + 1);
  const kept = [];
  for (const record of records) {
    const key = columns.map(c => record.cells[c] ?? '').join('\u0001');
    const left = wanted.get(key);
    if (!left) continue;
    kept.push(record.text);
    wanted.set(key, left - 1);
  }
  if (kept.length !== spans.length) return null;
  return { text: [header.text, ...kept].join('\n') + '\n', name: (fileName ?? 'evidence.csv').replace(/-page-\d+(?=\.csv$)/, ''), made: 'api' };
}

/** A span's KEY_COLUMNS cells as the escaped CSV writes them. */
function spanKey(s) {
  return KEY_COLUMNS.map(c => csvText(s[c])).join('\u0001');
}

/** A cell's text as the API writes it with escape_formulas=true: empty for null, a ' before a text that looks like a
 * formula and is not a plain number (the API's rule, CsvCells.NeedsEscape: '-1' stays, '-1+1', '-1 ' and '-Infinity'
 * are escaped). */
function csvText(v) {
  if (v === null || v === undefined) return '';
  const text = String(v);
  const formula = typeof v === 'string' && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text);
  return formula ? `'${text}` : text;
}

/** A plain number, which a spreadsheet reads as that number: sign, digits, point, exponent and nothing else. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function builtCsv(spans, articles) {
  const titles = new Map(articles.map(a => [a.id, a.title]));
  const cell = v => {
    const text = csvText(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = spans.map(s => CSV_COLUMNS.map(c => cell(c === 'title' ? s.title ?? titles.get(s.article_id) : s[c])).join(','));
  return { text: [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n', name: 'evidence.csv', made: 'page' };
}

function save(csv, name) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
