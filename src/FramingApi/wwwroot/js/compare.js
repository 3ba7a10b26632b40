// Sources across all their articles in a date range (GET /api/comparisons/sources), and their time series.

import { capabilities, getAllPages, getJson } from './api.js';
import { BAND_SERIES, lineChart } from './charts.js';
import { comparisonSections, section } from './comparison.js';
import { fill, h, nextId, withLoading } from './dom.js';
import { fmt, label } from './format.js';

const TIMESERIES = '/api/timeseries';

export async function compareView(main, params) {
  document.title = 'Compare sources — FramingApi';
  const form = h('form', { class: 'compare-form', 'aria-describedby': 'compare-help' });
  const result = h('div', { class: 'compare-result' });
  fill(main,
    h('header', { class: 'page-head' },
      h('h1', { tabindex: -1 }, 'Compare sources'),
      h('p', { class: 'lede', id: 'compare-help' },
        'The same measures as a story\'s comparison, per source, over all its articles published in a date range ',
        '(optionally one story\'s only).')),
    form, result);
  main.querySelector('h1').focus();

  const formBody = h('div', {});
  form.append(formBody);
  await withLoading(formBody, async () => {
    const [sources, stories] = await Promise.all([getAllPages('/api/sources', { maxPages: 5 }), getAllPages('/api/stories', { maxPages: 5 })]);
    return { sources: sources.items, stories: stories.items };
  }, ({ sources, stories }) => buildForm(formBody, form, result, sources, stories, params), 'Loading sources…');
}

function buildForm(container, form, result, sources, stories, params) {
  const chosen = new Set((params.get('sources') ?? '').split(',').filter(Boolean));
  const latest = stories.map(s => s.event_date).filter(Boolean).sort().at(-1);
  const around = days => (latest ? new Date(new Date(`${latest}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10) : '');
  const fromId = nextId('from'), toId = nextId('to'), storyId = nextId('story');
  const from = h('input', { type: 'date', id: fromId, name: 'from', required: true, value: params.get('from') ?? around(-30) });
  const to = h('input', { type: 'date', id: toId, name: 'to', required: true, value: params.get('to') ?? around(30) });
  const story = h('select', { id: storyId, name: 'story' },
    h('option', { value: '' }, 'Any story'),
    stories.map(s => h('option', { value: s.slug, selected: params.get('story') === s.slug }, s.title)));
  const boxes = sources.slice(0, 50).map(s => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'sources', value: s.slug, checked: chosen.size ? chosen.has(s.slug) : true }),
    ` ${s.name ?? s.slug}`));
  const problem = h('p', { class: 'form-error', role: 'alert' });
  fill(container,
    h('fieldset', {}, h('legend', {}, 'Sources'), h('div', { class: 'checks' }, boxes)),
    h('div', { class: 'controls' },
      h('label', { for: fromId }, 'From'), from,
      h('label', { for: toId }, 'To'), to,
      h('label', { for: storyId }, 'Story'), story,
      h('button', { type: 'submit' }, 'Compare')),
    problem);

  form.onsubmit = e => {
    e.preventDefault();
    const picked = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    problem.textContent = !picked.length ? 'Choose at least one source.' : from.value > to.value ? '"From" must not be after "To".' : '';
    if (problem.textContent) return;
    const q = new URLSearchParams({ sources: picked.join(','), from: from.value, to: to.value });
    if (story.value) q.set('story', story.value);
    history.replaceState(null, '', `#/compare?${q}`);
    runComparison(result, q);
  };
  if (params.get('sources') || sources.length) form.requestSubmit();
}

async function runComparison(result, query) {
  const url = `/api/comparisons/sources?${query}`;
  await withLoading(result, () => getJson(url), comparison => {
    fill(result,
      h('p', { class: 'actions' },
        h('a', { class: 'button', href: `${url}&format=csv&escape_formulas=true`, download: 'comparison-sources.csv', dataset: { csv: '' } }, 'Download CSV'),
        h('a', { href: url, target: '_blank', rel: 'noopener' }, 'JSON'),
        h('span', { class: 'meta' }, `${comparison.article_count ?? 0} articles · scored with `,
          (comparison.lexicons ?? []).map(l => `${l.name} v${l.version}`).join(', '))),
      section('timeseries', 'Over time', timeSeries(query, new Map((comparison.sources ?? []).map(s => [s.source, s.name ?? s.source])))),
      comparisonSections(comparison));
  }, 'Comparing…');
}

/**
 * The time series of GET /api/timeseries (issue 15), once the server has it: its presence is read from the OpenAPI
 * document, so an older server shows a note instead of a failed request.
 */
function timeSeries(query, names) {
  const out = h('div', { class: 'timeseries' });
  capabilities().then(caps => {
    if (!caps.hasPath(TIMESERIES)) {
      fill(out, h('p', { class: 'note' },
        'A time series of these measures appears here once the server offers GET /api/timeseries; this one does not yet.'));
      return;
    }
    const metrics = caps.enumOf(TIMESERIES, 'metric')
      ?? ['articles', 'topic_coverage', 'topic_emphasis', 'hedged_share', 'attributed_share', 'denied_share', 'asserted_share', 'anonymous_share', 'loaded_per_1000'];
    const intervals = caps.enumOf(TIMESERIES, 'interval') ?? ['day', 'week', 'month'];
    const metricId = nextId('metric'), intervalId = nextId('interval'), topicId = nextId('topic');
    const metric = h('select', { id: metricId }, metrics.map(m => h('option', { value: m }, label(m))));
    const interval = h('select', { id: intervalId }, intervals.map(i => h('option', { value: i }, label(i))));
    const topic = h('input', { id: topicId, type: 'text', placeholder: 'e.g. cluster_munitions', size: 18 });
    const chart = h('div', { class: 'chart' });
    const draw = () => {
      const q = new URLSearchParams(query);
      q.set('metric', metric.value);
      q.set('interval', interval.value);
      // The key field narrows the metrics that take one: a topic key, a loaded-language category, or lexicon:category.
      const key = topic.value.trim();
      if (key && metric.value.startsWith('topic')) q.set('topic', key);
      else if (key && metric.value === 'loaded_per_1000') q.set('category', key);
      else if (key && metric.value === 'category_per_1000') {
        const [lexicon, category] = key.includes(':') ? key.split(':', 2) : ['', key];
        if (lexicon) q.set('lexicon', lexicon);
        q.set('category', category);
      }
      withLoading(chart, () => getJson(`${TIMESERIES}?${q}`), body => fill(chart, timeSeriesChart(body, metric.value, `${TIMESERIES}?${q}`, chart.clientWidth, names)),
        'Loading the time series…');
    };
    fill(out,
      h('div', { class: 'controls' },
        h('label', { for: metricId }, 'Measure'), metric,
        h('label', { for: intervalId }, 'Bucket'), interval,
        h('label', { for: topicId }, 'Topic or category (lexicon:category)'), topic,
        h('button', { type: 'button', onclick: draw }, 'Show')),
      chart);
    draw();
  }).catch(error => fill(out, h('p', { class: 'error', role: 'alert' }, `Could not read the OpenAPI document: ${error.message}`)));
  return out;
}

function timeSeriesChart(body, metric, url, width, names) {
  const rows = Array.isArray(body) ? body : body.items ?? body.rows ?? body.series ?? Object.values(body).find(Array.isArray) ?? [];
  if (!rows.length) return h('p', { class: 'empty' }, 'No rows.');
  const bySource = new Map();
  for (const r of rows) {
    const key = r.source ?? 'all';
    if (!bySource.has(key)) bySource.set(key, []);
    bySource.get(key).push({
      t: new Date(r.bucket_start ?? r.bucket ?? r.date), value: r.value ?? null,
      low: r.ci_low ?? null, high: r.ci_high ?? null, n: r.n_articles ?? null, lowN: r.low_n === true,
    });
  }
  const series = [...bySource].map(([key, points]) => ({ key, label: names.get(key) ?? key, points }));
  const format = metric === 'articles' ? v => String(Number(v.toFixed(2))) : metric.endsWith('share') || metric.includes('coverage') ? fmt.share : fmt.score;
  return [
    lineChart({ title: `${label(metric)} by source over time`, series, format, yLabel: label(metric), width }),
    h('p', { class: 'meta' }, 'Hollow points rest on few articles (low n). ', series.length > BAND_SERIES
      ? `The 95 % intervals are in the table below (the chart shades them for up to ${BAND_SERIES} sources). `
      : 'Shaded bands are 95 % intervals. ',
      h('a', { href: `${url}&format=csv&escape_formulas=true`, download: 'timeseries.csv' }, 'Download CSV')),
    h('details', {}, h('summary', {}, 'The numbers as a table'),
      h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Time series table' },
        h('table', { class: 'data' },
          h('thead', {}, h('tr', {}, ['Source', 'Bucket', 'Value', '95 % interval', 'Articles'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, series.flatMap(s => s.points.map(p => h('tr', {},
            h('th', { scope: 'row' }, s.label), h('td', {}, fmt.date(p.t)), h('td', {}, p.value === null ? '–' : format(p.value)),
            h('td', {}, p.low !== null && p.high !== null ? `${format(p.low)}–${format(p.high)}` : ''),
            h('td', {}, p.n ?? '', p.lowN ? ' (low n)' : '')))))))),
  ];
}
