// The sections of a comparison (a story's, or sources' over a date range): the same JSON shape, the same views.

import { withParams } from './api.js';
import { attachTooltip, framingBar, framingLegend, matrix, PURPLES, shareBar } from './charts.js';
import { h, nextId } from './dom.js';
import { openEvidence } from './evidence.js';
import { fmt, FRAMINGS, intervalOf, label, sampleOf, sampleText, valueOf } from './format.js';

const ACTOR_ORDER = ['russia', 'us', 'ukraine', 'israel', 'unknown'];
const VOICES = [['outlet', 'Own voice'], ['quotation', 'Quoted']];

/** The comparison's sections, each an <section> with an h2; topicInfo: key → description (optional). */
export function comparisonSections(comparison, { topicInfo = {} } = {}) {
  const sources = comparison.sources ?? [];
  if (!sources.length) return [h('p', { class: 'empty' }, 'No articles match: there is nothing to compare.')];
  const name = s => s.name ?? s.source;
  return [
    section('emphasis', 'Topic emphasis', [
      h('p', { class: 'lede' },
        'How much each source dwells on each topic: the position-weighted share of its sentences that mention the topic ',
        '(headline and lead weigh more; 0 to 1). ⊘ marks an omission — a topic that most of the other sources cover and ',
        'this one leaves out. Empty cells: not covered.'),
      emphasisMatrix(comparison, sources, name, topicInfo),
    ]),
    section('claims', 'Claim framing by actor', claimsView(sources, name)),
    section('sourcing', 'Sourcing', sourcingTable(sources, name)),
    section('loaded', 'Loaded language', loadedMatrix(sources, name)),
    section('terms', 'Distinctive terms', termsView(sources, name)),
    section('shared', 'Shared text', sharedTable(sources, name)),
  ];
}

export function section(id, title, content) {
  const headingId = `${id}-heading`;
  return h('section', { id, class: 'panel', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), content);
}

// ---------------------------------------------------------------- topic emphasis

function emphasisMatrix(comparison, sources, name, topicInfo) {
  const n = sources.length;
  return matrix({
    caption: 'Topic emphasis by source',
    rows: sources.map(s => ({ key: s.source, label: name(s), sub: `${s.article_count} article${s.article_count === 1 ? '' : 's'}` })),
    cols: (comparison.topics ?? []).map(t => ({ key: t, label: label(t), title: topicInfo[t] ?? null })),
    legendTitle: 'Emphasis',
    cell: (row, col) => {
      const s = sources.find(x => x.source === row.key);
      const t = s.topics?.find(x => x.topic === col.key);
      const omitted = (s.omissions ?? []).includes(col.key);
      const where = `${row.label}, ${col.label}`;
      if (!t || !t.covered) {
        const text = omitted ? `${where}: omitted — most of the other sources cover this topic, this one does not`
          : `${where}: not covered`;
        return { state: omitted ? 'omitted' : 'empty', aria: text, tip: text };
      }
      const emphasis = valueOf(t, 'emphasis');
      const ci = intervalOf(t, 'emphasis');
      const sample = sampleOf(t);
      const details = [
        `emphasis ${fmt.score(emphasis)}${ci ? ` (95 % interval ${fmt.score(ci.low)}–${fmt.score(ci.high)})` : ''}`,
        `rank ${t.rank} of ${n}`,
        `${t.hits} hit${t.hits === 1 ? '' : 's'}`,
        `in ${fmt.sharePrecise(valueOf(t, 'sentence_share'))} of sentences`,
        t.first_mention !== null && t.first_mention !== undefined ? `first mention at ${fmt.share(t.first_mention)} of the text` : null,
        sampleText(sample) || null,
      ].filter(Boolean).join('; ');
      return {
        state: 'value', value: emphasis ?? 0,
        tip: `${where} — ${details}`,
        aria: `${where}: ${details}. Open evidence`,
        // Reader comments never count in a comparison, but the topic's evidence link lists them too: left out here.
        open: () => openEvidence({ title: `${col.label} — ${row.label}`, url: t.evidence, filter: notComments, filterNote: COMMENTS_NOTE }),
      };
    },
  });
}

const notComments = span => span.voice !== 'comments';
const COMMENTS_NOTE = 'reader comments left out, as in the number';

// ---------------------------------------------------------------- claims

function claimsView(sources, name) {
  const rows = sources.flatMap(s => s.claims ?? []);
  if (!rows.length) return h('p', { class: 'empty' }, 'No claim mentions (war crimes, atrocities, genocide …) in these articles.');
  const targets = [...new Set(rows.map(r => r.target))].sort();
  const actors = [...new Set(rows.map(r => r.actor))]
    .sort((a, b) => (ACTOR_ORDER.indexOf(a) + 1 || 99) - (ACTOR_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const selectId = nextId('claim-target');
  const select = h('select', { id: selectId },
    h('option', { value: '' }, 'All claim targets'),
    targets.map(t => h('option', { value: t }, label(t))));
  const panels = h('div', { class: 'claims-panels' });
  const draw = () => panels.replaceChildren(...actors.map(actor => actorPanel(sources, name, actor, select.value || null)));
  select.addEventListener('change', draw);
  draw();
  return [
    h('p', { class: 'lede' },
      'Each mention of a claim (war crimes, atrocities …) is framed as hedged, attributed, denied or asserted, and blamed on ',
      'an actor. Bars split each source\'s mentions by framing, in its own voice and in what it quotes; the numbers are ',
      'mentions. Choose one claim target to see each share\u2019s 95 % interval on hover or focus. \u201clow n\u201d marks a figure ',
      'that rests on fewer than 8 articles or 10 mentions: read it with its evidence, not on its own.'),
    h('div', { class: 'controls' }, h('label', { for: selectId }, 'Claim target'), select),
    framingLegend(),
    panels,
  ];
}

function actorPanel(sources, name, actor, target) {
  const headingId = nextId('actor');
  return h('div', { class: 'actor-panel', role: 'group', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, actor === 'unknown' ? 'No actor named' : `Actor: ${label(actor)}`),
    sources.map(s => {
      const rows = (s.claims ?? []).filter(r => r.actor === actor && (!target || r.target === target));
      return h('div', { class: 'claims-row' },
        h('div', { class: 'claims-source' }, name(s)),
        VOICES.map(([voice, voiceLabel]) => {
          const vr = rows.filter(r => r.voice === voice);
          const counts = Object.fromEntries(FRAMINGS.map(f => [f, vr.reduce((sum, r) => sum + (r[f] ?? 0), 0)]));
          const single = vr.length === 1 ? vr[0] : null;
          const shares = single ? Object.fromEntries(FRAMINGS.map(f => [f, valueOf(single, `${f}_share`)])) : null;
          const total = FRAMINGS.reduce((sum, f) => sum + counts[f], 0);
          const sample = single ? sampleOf(single) : null;
          const what = `${name(s)}, ${target ? label(target) : 'all claims'}, actor ${label(actor)}, ${voiceLabel.toLowerCase()}`;
          return h('div', { class: 'claims-bar-row' },
            h('span', { class: 'voice-label' }, voiceLabel),
            framingBar({
              counts, shares, what,
              intervals: single ? f => intervalOf(single, `${f}_share`) : null,
              open: framing => openEvidence({
                title: `${label(framing)} — ${what}`,
                url: withParams(vr[0].evidence, target ? { framing } : { target: null, kind: 'claims', framing }),
              }),
            }),
            h('span', { class: ['n', sample?.low && 'low-n'] }, total ? `n = ${total}${sample?.low ? ' · low n' : ''}` : ''));
        }));
    }));
}

// ---------------------------------------------------------------- sourcing

function sourcingTable(sources, name) {
  const anyCi = sources.some(s => intervalOf(s.sourcing, 'anonymous_share'));
  const evidenceButton = (s, count, what, params, filter, filterNote) => {
    if (!count) return h('span', { class: 'zero' }, '0');
    const text = `${name(s)}: ${count} ${what}`;
    const b = h('button', {
      type: 'button', class: 'num', 'aria-label': `${text}. Open evidence`, dataset: { tip: text },
      onclick: () => openEvidence({ title: `${label(what)} — ${name(s)}`, url: withParams(s.sourcing.evidence, params), filter, filterNote }),
    }, fmt.count(count));
    attachTooltip(b);
    return b;
  };
  // The API filters by attribution, so the dialog's count, its pages and its CSV are those spans only.
  const byAttribution = a => [{ voice: 'outlet', attribution: a }];
  return [
    h('p', { class: 'lede' },
      'Reporting phrases in each source\'s own voice, by whose statement they report; the anonymous share is anonymous / ',
      '(named + anonymous). Loaded reporting verbs ("claimed", "admitted", "insisted") colour what they report.'),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Sourcing table' },
      h('table', { class: 'data stack' },
        h('caption', { class: 'visually-hidden' }, 'Sourcing by source'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Source'),
          h('th', { scope: 'col' }, 'Anonymous share', anyCi ? h('span', { class: 'sub' }, '95 % interval') : null),
          h('th', { scope: 'col', class: 'numeric' }, 'Named'),
          h('th', { scope: 'col', class: 'numeric' }, 'Anonymous'),
          h('th', { scope: 'col', class: 'numeric' }, 'Unresolved'),
          h('th', { scope: 'col', class: 'numeric' }, 'Anonymity formulas'),
          h('th', { scope: 'col', class: 'numeric' }, 'Neutral verbs'),
          h('th', { scope: 'col', class: 'numeric' }, 'Loaded verbs'),
          h('th', { scope: 'col' }, 'Most used'))),
        h('tbody', {}, sources.map(s => {
          const so = s.sourcing ?? {};
          const share = valueOf(so, 'anonymous_share');
          const ci = intervalOf(so, 'anonymous_share');
          const sample = sampleOf(so);
          return h('tr', {},
            h('th', { scope: 'row' }, name(s)),
            h('td', { dataset: { label: 'Anonymous share' }, class: 'share-cell' }, shareBar(share, ci),
              h('span', {}, share === null ? 'none' : fmt.share(share)),
              ci ? h('span', { class: 'sub' }, `${fmt.share(ci.low)}–${fmt.share(ci.high)}`) : null,
              sample?.low ? h('span', { class: 'low-n' }, 'low n') : null),
            h('td', { dataset: { label: 'Named' }, class: 'numeric' }, evidenceButton(s, so.named, 'named sources', ...byAttribution('named'))),
            h('td', { dataset: { label: 'Anonymous' }, class: 'numeric' }, evidenceButton(s, so.anonymous, 'anonymous sources', ...byAttribution('anonymous'))),
            h('td', { dataset: { label: 'Unresolved' }, class: 'numeric' }, evidenceButton(s, so.unresolved, 'unresolved sources', ...byAttribution('unresolved'))),
            h('td', { dataset: { label: 'Anonymity formulas' }, class: 'numeric' }, evidenceButton(s, so.anonymous_source_phrases, 'anonymity formulas',
              { attributed: null, kind: 'sourcing', category: 'anonymous_source', voice: 'outlet' })),
            h('td', { dataset: { label: 'Neutral verbs' }, class: 'numeric' }, evidenceButton(s, so.neutral_verbs, 'neutral reporting verbs',
              { attributed: null, kind: 'sourcing', category: 'reporting_verb_neutral', voice: 'outlet' })),
            h('td', { dataset: { label: 'Loaded verbs' }, class: 'numeric' }, evidenceButton(s, so.loaded_verbs, 'loaded reporting verbs',
              { attributed: null, kind: 'sourcing', category: 'reporting_verb_loaded', voice: 'outlet' })),
            h('td', { dataset: { label: 'Most used' }, class: 'verbs' }, (so.verbs ?? []).slice(0, 4).map(v => `${v.term} ${v.count}`).join(', ')));
        })))),
  ];
}

// ---------------------------------------------------------------- loaded language

function loadedMatrix(sources, name) {
  const categories = [...new Set(sources.flatMap(s => (s.loaded_language ?? []).map(l => l.category)))].sort();
  if (!categories.length) return h('p', { class: 'empty' }, 'No loaded language in these articles\' own voice.');
  return [
    h('p', { class: 'lede' }, 'Charged or evaluative words in each source\'s own voice, per 1,000 of its own words, by category.'),
    matrix({
      caption: 'Loaded language per 1,000 own-voice words',
      rows: sources.map(s => ({ key: s.source, label: name(s), sub: `${fmt.count(s.words?.outlet)} own words` })),
      cols: categories.map(c => ({ key: c, label: label(c) })),
      ramp: PURPLES, format: fmt.rate, legendTitle: 'Per 1,000 words', emptyLabel: 'none',
      cell: (row, col) => {
        const s = sources.find(x => x.source === row.key);
        const l = s.loaded_language?.find(x => x.category === col.key);
        const where = `${row.label}, ${col.label}`;
        if (!l || !l.hits) return { state: 'empty', aria: `${where}: none`, tip: `${where}: none` };
        const rate = valueOf(l, 'per1000_words');
        const ci = intervalOf(l, 'per1000_words');
        const text = `${where}: ${fmt.rate(rate)} per 1,000 words (${l.hits} hit${l.hits === 1 ? '' : 's'})`
          + (ci ? `, 95 % interval ${fmt.rate(ci.low)}–${fmt.rate(ci.high)}` : '') + (sampleOf(l)?.low ? ', low n' : '');
        return {
          state: 'value', value: rate, tip: text, aria: `${text}. Open evidence`,
          open: () => openEvidence({ title: `${col.label} — ${row.label}`, url: l.evidence }),
        };
      },
    }),
  ];
}

// ---------------------------------------------------------------- distinctive terms

function termsView(sources, name) {
  return [
    h('p', { class: 'lede' },
      'The words most typical of each source against the other compared sources (log-odds ratio with an informative ',
      'Dirichlet prior, Monroe, Colaresi & Quinn 2008). Bars are z-scores; bold terms exceed 1.96 (distinctive at the 5 % level).'),
    h('div', { class: 'term-grid' }, sources.map(s => {
      const terms = (s.distinctive_terms ?? []).slice(0, 10);
      const zMax = Math.max(1.96, ...terms.map(t => t.z_score));
      return h('div', { class: 'term-card' },
        h('h3', {}, name(s)),
        terms.length ? h('table', { class: 'terms' },
          h('caption', { class: 'visually-hidden' }, `Distinctive terms of ${name(s)}`),
          h('thead', { class: 'visually-hidden' }, h('tr', {}, h('th', { scope: 'col' }, 'Term'), h('th', { scope: 'col' }, 'z-score'),
            h('th', { scope: 'col' }, 'Uses here / elsewhere'))),
          h('tbody', {}, terms.map(t => h('tr', { class: t.z_score > 1.96 ? 'significant' : null },
            h('th', { scope: 'row' }, t.term),
            h('td', { class: 'z' }, h('span', { class: 'z-bar', 'aria-hidden': 'true', style: { width: `${Math.max(0, t.z_score) / zMax * 100}%` } }),
              h('span', {}, t.z_score.toFixed(2))),
            h('td', { class: 'counts' }, `${t.count} / ${t.rest_count}`)))))
          : h('p', { class: 'empty' }, 'Too few words.'));
    })),
  ];
}

// ---------------------------------------------------------------- shared text

function sharedTable(sources, name) {
  const rows = sources.flatMap(s => (s.shared_text ?? []).map(a => ({ s, a })));
  if (!rows.length) return h('p', { class: 'empty' }, 'No shared-text figures.');
  const nameOf = slug => name(sources.find(s => s.source === slug) ?? { source: slug });
  return [
    h('p', { class: 'lede' },
      'How much of each article\'s own text (8-word shingles, a 1-in-8 sample) also occurs in another stored article: ',
      'high shares mean wire copy, syndication or long unmarked quotation. Open an article to read it with its segments.'),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Shared text table' },
      h('table', { class: 'data stack' },
        h('caption', { class: 'visually-hidden' }, 'Shared text by article'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Source'),
          h('th', { scope: 'col' }, 'Article'),
          h('th', { scope: 'col' }, 'Shared with any article'),
          h('th', { scope: 'col' }, 'Shares most with'))),
        h('tbody', {}, rows.map(({ s, a }) => h('tr', {},
          h('th', { scope: 'row' }, name(s)),
          h('td', { dataset: { label: 'Article' } }, h('button', {
            type: 'button', class: 'link-button',
            onclick: () => openEvidence({ title: a.title ?? `Article ${a.article_id}`, articleId: a.article_id }),
          }, a.title ?? `Article ${a.article_id}`)),
          h('td', { dataset: { label: 'Shared with any article' }, class: 'share-cell' }, shareBar(a.share, null),
            h('span', {}, fmt.sharePrecise(a.share)), h('span', { class: 'sub' }, `${a.shared_shingles} of ${a.own_shingles} shingles`)),
          h('td', { dataset: { label: 'Shares most with' } }, a.shares_most_with_article
            ? [h('button', {
              type: 'button', class: 'link-button',
              onclick: () => openEvidence({ title: `Article ${a.shares_most_with_article}`, articleId: a.shares_most_with_article }),
            }, nameOf(a.shares_most_with_source)), ` ${fmt.sharePrecise(a.shares_most_share)}`]
            : 'none')))))),
  ];
}
