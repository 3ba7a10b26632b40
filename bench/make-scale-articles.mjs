// Writes articles [FROM, TO) of the scale benchmark's synthetic store (bench/scale.sh), from the Brown corpus.
//   node bench/make-scale-articles.mjs CORPUS.jsonl FROM TO ndjson|copy|refs
// Article i is Brown text i mod 500 with its words shuffled within windows of 40 words (a PRNG seeded with i), so
// every text is distinct and reads like its original, word for word, at the scale of a paragraph.
//
// The store grows like a news archive that gains outlets over time: year y (1990 + y) has 20 (1 + y) active
// sources, each publishing about 91 articles a year, in stories of 200 articles from 20 sources (10 each, over 3
// days). So the answer of a fixed question does not grow with the store: story 0 (scale-story-00000) always has
// 200 articles from 20 sources, and sources scale-src-0000..0002 always have the same ~273 articles in 1990,
// however many later years the store holds. 2,000 articles fill 1990; 100,000 reach 2000; 1,000,000 reach 2022.
//   ndjson: the bulk-import body (one article per line)
//   copy:   the same texts as PostgreSQL COPY text rows (url, title, published_at, text), for the plain-COPY baseline
//   refs:   the source and story slugs the articles name, as JSON lines {"source":…} / {"story":…}, to create first
import { readFileSync } from 'node:fs';

const [file, fromArg, toArg, format = 'ndjson'] = process.argv.slice(2);
const docs = readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const from = Number(fromArg), to = Number(toArg);
const StoryArticles = 200, StorySources = 20, PerSourceYear = 91;

// Stories per year: 20 (1 + y) sources × 91 articles / 200 per story.
const storiesInYear = y => Math.max(1, Math.round(StorySources * (1 + y) * PerSourceYear / StoryArticles));
function storyPlace(k) { // story k -> { year, index within the year, stories that year }
  let y = 0, first = 0;
  while (k >= first + storiesInYear(y)) { first += storiesInYear(y); y++; }
  return { year: y, index: k - first, count: storiesInYear(y) };
}

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = seed + 0x6D2B79F5 | 0;
    let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// Shuffles the words of each 40-word window, keeping line breaks where they were (paragraphs stay paragraphs).
function shuffled(text, seed) {
  const random = mulberry32(seed);
  return text.split('\n').map(line => {
    const words = line.split(' ');
    for (let start = 0; start < words.length; start += 40) {
      const end = Math.min(words.length, start + 40);
      for (let i = end - 1; i > start; i--) {
        const j = start + Math.floor(random() * (i - start + 1));
        [words[i], words[j]] = [words[j], words[i]];
      }
    }
    return words.join(' ');
  }).join('\n');
}

const pad = (n, w) => String(n).padStart(w, '0');
const sourceSlug = n => `scale-src-${pad(n, 4)}`;
const storySlug = k => `scale-story-${pad(k, 5)}`;

function article(i) {
  const k = Math.floor(i / StoryArticles), j = i % StoryArticles;
  const place = storyPlace(k);
  const pool = StorySources * (1 + place.year);
  const source = (k * StorySources + (j % StorySources)) % pool;
  const day = Math.floor(place.index * 365 / place.count) + (j % 3);
  const date = new Date(Date.UTC(1990 + place.year, 0, 1 + day, j % 24));
  const doc = docs[i % docs.length];
  return {
    source: sourceSlug(source), story: storySlug(k), title: `${doc.title} (${doc.source}) #${i}`,
    url: `https://scale.example/a/${i}`, published_at: date.toISOString(), text: shuffled(doc.text, i + 1),
  };
}

const copyEscape = s => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
const out = [];
const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
if (format === 'refs') {
  const sources = new Set(), stories = new Set();
  for (let i = from; i < to; i += 1) {
    const k = Math.floor(i / StoryArticles), place = storyPlace(k);
    stories.add(storySlug(k));
    const pool = StorySources * (1 + place.year);
    sources.add(sourceSlug((k * StorySources + ((i % StoryArticles) % StorySources)) % pool));
  }
  for (const s of sources) out.push(JSON.stringify({ source: s }) + '\n');
  for (const s of stories) out.push(JSON.stringify({ story: s }) + '\n');
} else {
  for (let i = from; i < to; i++) {
    const a = article(i);
    out.push(format === 'copy'
      ? `${a.url}\t${copyEscape(a.title)}\t${a.published_at}\t${copyEscape(a.text)}\n`
      : JSON.stringify(a) + '\n');
    if (out.length >= 500) flush();
  }
}
flush();
