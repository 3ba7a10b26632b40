// Writes an NDJSON bulk import of N Brown-corpus texts spread over S sources, all in one story, for the
// comparison load test (bench/load-comparison.sh). Usage: node bench/make-load-story.mjs CORPUS.jsonl N S STORY
import { readFileSync } from 'node:fs';

const [file, n = '200', s = '20', story = 'brown-200'] = process.argv.slice(2);
const docs = readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const count = Number(n), sources = Number(s);
for (let i = 0; i < count; i++) {
  const doc = docs[i % docs.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  process.stdout.write(JSON.stringify({
    // Shift the source on each pass over the corpus, so that no text comes twice from one source (which the API
    // would rightly take as a duplicate).
    source: `brown-src-${String(1 + ((i + Math.floor(i / docs.length)) % sources)).padStart(2, '0')}`,
    story,
    title: `${doc.title} (${doc.source})`,
    url: `https://bench.example/${story}/${i}`,
    published_at: `2024-02-${day}`,
    text: doc.text,
  }) + '\n');
}
