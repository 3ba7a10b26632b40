// The page's entry point: a hash router over three views (stories, a story, sources compared) and the lexicon list.

import { getAllPages, getJson } from './api.js';
import { compareView } from './compare.js';
import { fill, h, withLoading } from './dom.js';
import { initEvidenceDialog } from './evidence.js';
import { fmt } from './format.js';
import { storyView } from './story.js';

const main = document.getElementById('main');

function route(event) {
  let hash = location.hash.replace(/^#/, '') || '/';
  // In-page anchors (the skip link) are not routes: left alone on a change, the stories on a fresh load.
  if (!hash.startsWith('/')) {
    if (event) return undefined;
    hash = '/';
  }
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  const evidence = document.getElementById('evidence');
  if (evidence.open) evidence.close();
  document.querySelectorAll('[data-nav]').forEach(a => a.removeAttribute('aria-current'));
  const nav = parts[0] === 'compare' ? 'compare' : parts[0] === 'lexicons' ? 'lexicons' : 'stories';
  document.querySelector(`[data-nav="${nav}"]`)?.setAttribute('aria-current', 'page');
  if (parts[0] === 'story' && parts[1]) return storyView(main, decodeURIComponent(parts[1]));
  if (parts[0] === 'compare') return compareView(main, params);
  if (parts[0] === 'lexicons') return lexiconsView();
  if (!parts.length) return storiesView(params);
  fill(main, h('h1', { tabindex: -1 }, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'The stories')));
  return undefined;
}

async function storiesView() {
  document.title = 'Stories — FramingApi';
  const list = h('div', {});
  fill(main,
    h('header', { class: 'page-head' },
      h('h1', { tabindex: -1 }, 'Stories'),
      h('p', { class: 'lede' },
        'Each story is one news event covered by several outlets. Open one to compare how its sources frame it: what they ',
        'emphasise and leave out, how they frame claims of war crimes and by whom, whom they quote, the words they choose ',
        '— with the evidence behind every number.')),
    list);
  main.querySelector('h1').focus();
  await withLoading(list, () => getAllPages('/api/stories', { pageSize: 100, maxPages: 5 }), ({ items, truncated, total }) => {
    if (!items.length) {
      fill(list, h('p', { class: 'empty' }, 'No stories yet. Add one with POST /api/stories, then its articles with POST /api/articles.'));
      return;
    }
    fill(list,
      h('ul', { class: 'story-list' }, items.map(s => h('li', { class: 'story-card' },
        h('h2', {}, h('a', { href: `#/story/${encodeURIComponent(s.slug)}` }, s.title)),
        s.description ? h('p', {}, s.description) : null,
        h('p', { class: 'meta' }, [s.event_date ? `Event ${s.event_date}` : null, `${s.article_count} articles`,
          `${s.source_count} sources: ${(s.sources ?? []).map(x => x.name ?? x.slug).join(', ')}`].filter(Boolean).join(' · '))))),
      truncated ? h('p', { class: 'meta' }, `Showing ${items.length} of ${total} stories.`) : null);
  }, 'Loading stories…');
}

async function lexiconsView() {
  document.title = 'Lexicons — FramingApi';
  const list = h('div', {});
  fill(main,
    h('header', { class: 'page-head' },
      h('h1', { tabindex: -1 }, 'Lexicons'),
      h('p', { class: 'lede' },
        'The word lists the scorers use. Every score names the lexicon version that made it. Import your own LIWC dictionary ',
        'with POST /api/lexicons/import; a story page can then show its categories per source ("Any lexicon").')),
    list);
  main.querySelector('h1').focus();
  await withLoading(list, () => getAllPages('/api/lexicons', { pageSize: 200, maxPages: 5 }), ({ items }) => {
    fill(list, h('ul', { class: 'lexicon-list' }, items.map(l => h('li', { class: 'story-card' },
      h('h2', {}, h('a', { href: `/api/lexicons/${encodeURIComponent(l.name)}`, target: '_blank', rel: 'noopener' }, l.name)),
      h('p', { class: 'meta' }, [
        `${l.kind} lexicon`, l.builtin ? 'built-in' : 'yours',
        l.latest ? `version ${l.latest.version} of ${fmt.date(l.latest.created_at)}` : null,
        l.latest ? `${fmt.count(l.latest.entry_count)} ${l.latest.entry_count === 1 ? 'entry' : 'entries'} in `
          + `${fmt.count(l.latest.category_count)} ${l.latest.category_count === 1 ? 'category' : 'categories'}` : null,
      ].filter(Boolean).join(' · ')),
      l.description ? h('p', { class: 'description' }, l.description) : null))));
  }, 'Loading lexicons…');
}

initEvidenceDialog();
addEventListener('hashchange', route);
route(null);
