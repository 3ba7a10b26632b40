// A story: its comparison, the choice of any lexicon (a user's own included), its articles.

import { getAllPages, getJson, mapLimited } from './api.js';
import { BLUES, matrix } from './charts.js';
import { comparisonSections, section } from './comparison.js';
import { fill, h, nextId, withLoading } from './dom.js';
import { openEvidence } from './evidence.js';
import { fmt, label } from './format.js';

export async function storyView(main, slug) {
  const body = h('div', { class: 'story' });
  fill(main, body);
  await withLoading(body, async () => {
    const story = await getJson(`/api/stories/${encodeURIComponent(slug)}`);
    const [comparison, topics] = await Promise.all([
      getJson(`/api/stories/${encodeURIComponent(slug)}/comparison`),
      getJson('/api/lexicons/topics').catch(() => null),
    ]);
    return { story, comparison, topics };
  }, ({ story, comparison, topics }) => {
    document.title = `${story.title} — FramingApi`;
    const topicInfo = Object.fromEntries((topics?.categories ?? []).map(c => [c.key, c.description]));
    // Downloads are a spreadsheet user's files: text that looks like a formula comes escaped (docs/COMPARISON.md).
    const csv = `/api/stories/${encodeURIComponent(slug)}/comparison?format=csv&escape_formulas=true`;
    const sources = (story.sources ?? []).map(s => s.slug);
    fill(body,
      h('header', { class: 'page-head' },
        h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / '),
        h('h1', { tabindex: -1 }, story.title),
        story.description ? h('p', { class: 'lede' }, story.description) : null,
        h('p', { class: 'meta' },
          [story.event_date ? `Event ${story.event_date}` : null, `${story.article_count} articles`, `${story.source_count} sources`]
            .filter(Boolean).join(' · '),
          ' · scored with ', (comparison.lexicons ?? []).map(l => `${l.name} v${l.version}`).join(', ')),
        h('p', { class: 'actions' },
          h('a', { class: 'button', href: csv, download: `comparison-${slug}.csv`, dataset: { csv: '' } }, 'Download CSV'),
          h('a', { href: `/api/stories/${encodeURIComponent(slug)}/comparison`, target: '_blank', rel: 'noopener' }, 'JSON'),
          sources.length ? h('a', { href: compareLink(sources, story.event_date) }, 'These sources across all their articles') : null)),
      h('nav', { class: 'toc', 'aria-label': 'Sections' }, h('ul', {},
        [['emphasis', 'Topic emphasis'], ['claims', 'Claim framing'], ['sourcing', 'Sourcing'], ['loaded', 'Loaded language'],
          ['terms', 'Distinctive terms'], ['shared', 'Shared text'], ['lexicon', 'Any lexicon'], ['articles', 'Articles']]
          .map(([id, text]) => h('li', {}, h('a', { href: `#${id}`, onclick: e => jumpTo(e, id) }, text))))),
      comparisonSections(comparison, { topicInfo }),
      section('lexicon', 'Any lexicon, including your own', lexiconChooser(story)),
      section('articles', 'Articles', articleList(story)),
    );
    body.querySelector('h1').focus();
  }, 'Loading the story and its comparison…');
}

/** In-page links: the router owns the hash, so sections are scrolled to rather than navigated to. */
function jumpTo(event, id) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView();
  target?.querySelector('h2')?.setAttribute('tabindex', '-1');
  target?.querySelector('h2')?.focus({ preventScroll: true });
}

function compareLink(sources, eventDate) {
  const params = new URLSearchParams({ sources: sources.join(',') });
  if (eventDate) {
    const day = new Date(`${eventDate}T00:00:00Z`);
    const shift = days => new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    params.set('from', shift(-30));
    params.set('to', shift(30));
  }
  return `#/compare?${params}`;
}

function articleList(story) {
  const articles = story.articles ?? [];
  if (!articles.length) return h('p', { class: 'empty' }, 'No articles.');
  return h('ul', { class: 'article-list' }, articles.map(a => h('li', {},
    h('button', { type: 'button', class: 'link-button', onclick: () => openEvidence({ title: a.title ?? `Article ${a.id}`, articleId: a.id }) },
      a.title ?? `Article ${a.id} (no title)`),
    h('span', { class: 'meta' }, ` ${a.source} · ${fmt.date(a.published_at)} · ${fmt.count(a.word_count)} words`))));
}

/**
 * Any lexicon's categories per source, from each article's stored analysis (GET /api/articles/{id}/analysis?lexicon=…):
 * hits per 1,000 words in the article as published (own voice + quotations), summed over a source's articles.
 * Works for every lexicon, a user's imported dictionary included, whether or not comparisons know it yet.
 */
function lexiconChooser(story) {
  const selectId = nextId('lexicon');
  const select = h('select', { id: selectId, disabled: true }, h('option', {}, 'Loading lexicons…'));
  const out = h('div', { class: 'lexicon-result', 'aria-live': 'polite' });
  const show = h('button', { type: 'button', disabled: true }, 'Show');
  const run = () => withLoading(out, () => lexiconScores(story, select.value), result => fill(out, lexiconMatrix(story, result)),
    `Reading each article's ${select.value} scores…`);
  show.addEventListener('click', run);
  getAllPages('/api/lexicons', { pageSize: 200, maxPages: 5 }).then(({ items: list }) => {
    fill(select, list.map(l => h('option', { value: l.name },
      `${l.name} — ${l.kind}${l.builtin ? ', built-in' : ', yours'}${l.latest ? `, v${l.latest.version}` : ''}`)));
    const own = list.find(l => !l.builtin);
    select.value = own ? own.name : list.find(l => l.name === 'loaded')?.name ?? list[0]?.name;
    select.disabled = false;
    show.disabled = false;
  }).catch(error => fill(out, h('p', { class: 'error', role: 'alert' }, `Could not list the lexicons: ${error.message}`)));
  return [
    h('p', { class: 'lede' },
      'Choose any lexicon — a built-in one or a dictionary you imported (POST /api/lexicons/import) — to see its categories ',
      'per source, read from each article\'s stored scores.'),
    h('div', { class: 'controls' }, h('label', { for: selectId }, 'Lexicon'), select, show),
    out,
  ];
}

async function lexiconScores(story, lexicon) {
  // The story's articles from the paged list (the story resource need not list them all), at most 600 of them.
  const { items: articles, total, truncated } = await getAllPages(`/api/articles?story=${encodeURIComponent(story.slug)}`, { maxPages: 3 });
  const analyses = await mapLimited(articles, 4,
    a => getJson(`/api/articles/${a.id}/analysis?lexicon=${encodeURIComponent(lexicon)}`).then(r => ({ article: a, analysis: r })));
  return { lexicon, analyses, total, truncated };
}

function lexiconMatrix(story, { lexicon, analyses, total, truncated }) {
  const bySource = new Map();
  for (const { article, analysis } of analyses) {
    const entry = bySource.get(article.source) ?? { words: 0, hits: new Map(), spans: new Map() };
    entry.words += (analysis.counts?.words_outlet ?? 0) + (analysis.counts?.words_quotation ?? 0);
    for (const score of analysis.scores ?? []) {
      if (score.voice !== 'article') continue;
      entry.hits.set(score.category, (entry.hits.get(score.category) ?? 0) + score.hits);
    }
    for (const e of analysis.evidence ?? []) {
      if (e.voice === 'comments') continue;
      if (!entry.spans.has(e.category)) entry.spans.set(e.category, []);
      entry.spans.get(e.category).push({ ...e, article_id: article.id, source: article.source });
    }
    bySource.set(article.source, entry);
  }
  const categories = [...new Set([...bySource.values()].flatMap(e => [...e.hits.keys()]))].sort();
  if (!categories.length) return h('p', { class: 'empty' }, `No ${lexicon} matches in this story's articles.`);
  const version = analyses.flatMap(a => a.analysis.lexicons ?? []).find(l => l.name === lexicon);
  const names = new Map((story.sources ?? []).map(s => [s.slug, s.name]));
  return [
    h('p', { class: 'meta' }, `${lexicon}${version ? ` v${version.version}` : ''}: hits per 1,000 words (own voice and quotations)`,
      truncated ? `, from the first ${analyses.length} of ${total} articles.` : '.'),
    matrix({
      caption: `${lexicon}: hits per 1,000 words by source`,
      rows: [...bySource.keys()].sort().map(slug => ({ key: slug, label: names.get(slug) ?? slug })),
      cols: categories.map(c => ({ key: c, label: label(c) })),
      ramp: BLUES, format: fmt.rate, legendTitle: 'Per 1,000 words', emptyLabel: 'none',
      cell: (row, col) => {
        const e = bySource.get(row.key);
        const hits = e.hits.get(col.key) ?? 0;
        const where = `${row.label}, ${col.label}`;
        if (!hits) return { state: 'empty', aria: `${where}: none`, tip: `${where}: none` };
        const rate = e.words ? (hits / e.words) * 1000 : 0;
        const text = `${where}: ${fmt.rate(rate)} per 1,000 words (${hits} hit${hits === 1 ? '' : 's'} in ${fmt.count(e.words)} words)`;
        return {
          state: 'value', value: rate, tip: text, aria: `${text}. Open evidence`,
          open: () => openEvidence({
            title: `${col.label} (${lexicon}) — ${row.label}`, spans: e.spans.get(col.key) ?? [],
            // The API's evidence of this source, lexicon and category among the story's articles: its CSV, downloaded
            // with exactly these spans.
            csvUrl: `/api/stories/${encodeURIComponent(story.slug)}/comparison/evidence?source=${encodeURIComponent(row.key)}`
              + `&lexicon=${encodeURIComponent(lexicon)}&category=${encodeURIComponent(col.key)}&voice=article`,
          }),
        };
      },
    }),
  ];
}
