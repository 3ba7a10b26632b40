// The read measurements of bench/scale.sh against a running API: cold and warm latency (medians, ms) of the story
// comparison (story 0: 200 articles, 20 sources), the sources comparison (3 sources, 1990), an evidence page and
// the article list (first page, and the 100th by cursor). "Cold" requests name an equivalent comparison that is not
// cached yet (another topic of the same story; a `to` bound a second earlier), so each reads and builds in full;
// bench/scale.sh restarts the API before each probe, and the probe warms the process up on other comparisons first.
//   node bench/scale-probe.mjs BASE_URL
const base = process.argv[2];
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
async function time(path) {
  const t = performance.now();
  const r = await fetch(base + path);
  const body = await r.text();
  if (!r.ok) throw new Error(`${path}: ${r.status} ${body.slice(0, 300)}`);
  return [performance.now() - t, body];
}
const story = '/api/stories/scale-story-00000/comparison';
// Warm the process first (JIT, connections) on other comparisons of the same shape: story 1 and sources 3-5, so that
// "cold" below means "not cached", not "first code run" (which made the first size's cold figures 30-50 x slower).
const warmup = '/api/stories/scale-story-00001/comparison';
for (const t of JSON.parse((await time(warmup))[1]).topics) await time(`${warmup}?topic=${t}`);
for (let i = 0; i < 5; i++) await time(`/api/comparisons/sources?sources=scale-src-0003,scale-src-0004,scale-src-0005&from=1990-01-01&to=1990-12-31T23:59:4${i}Z`);
await time('/api/stories/scale-story-00001/comparison/evidence?source=scale-src-0003&kind=sourcing');
const topics = JSON.parse((await time(story))[1]).topics;
const cold = async paths => median(await Promise.all([]).then(async () => { const out = []; for (const p of paths) out.push((await time(p))[0]); return out; }));
const warm = async path => { await time(path); const out = []; for (let i = 0; i < 15; i++) out.push((await time(path))[0]); return median(out); };

const storyCold = await cold(topics.map(t => `${story}?topic=${t}`));
const storyWarm = await warm(story);
const src = '/api/comparisons/sources?sources=scale-src-0000,scale-src-0001,scale-src-0002&from=1990-01-01';
const srcCold = await cold([...Array(7).keys()].map(i => `${src}&to=1990-12-31T23:59:5${i}Z`));
const srcWarm = await warm(`${src}&to=1990-12-31`);
const srcCount = JSON.parse((await time(`${src}&to=1990-12-31`))[1]).article_count;
const evidence = '/api/stories/scale-story-00000/comparison/evidence?source=scale-src-0003&kind=sourcing';
const evidenceMs = await warm(evidence);
const list = '/api/articles?page_size=50';
const listFirst = await warm(list);
// The 100th page by cursor, or the last when the store has fewer (2,000 articles: 40 pages).
let path = list, page = 1;
for (; page < 100; page++) {
  const cursor = JSON.parse((await time(path))[1]).next_cursor;
  if (!cursor) break;
  path = `${list}&cursor=${encodeURIComponent(cursor)}`;
}
const list100 = await warm(path);
const f = x => x.toFixed(1);
console.log(`story comparison (200 articles, 20 sources): cold ${f(storyCold)} ms, warm ${f(storyWarm)} ms`);
console.log(`sources comparison (3 sources, 1990: ${srcCount} articles): cold ${f(srcCold)} ms, warm ${f(srcWarm)} ms`);
console.log(`evidence page (one source of story 0, sourcing): ${f(evidenceMs)} ms`);
console.log(`article list, page_size 50: first page ${f(listFirst)} ms, page ${page} (cursor) ${f(list100)} ms`);
console.log(`LIST100=${path}`);
