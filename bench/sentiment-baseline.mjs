// The reference scorer for the speed target of issue 3: the npm `sentiment` package (AFINN-165, one lookup per
// word) over the same NDJSON the C# pipeline reads. Loads the articles, warms up, then scores every article's text
// with `new Sentiment().analyze(text)` in whole passes over the corpus until at least MIN_SECONDS have passed.
// Last line: `sentiment: <docs> docs, <MB/s> MB/s, <words/s> words/s`
//   MB = 10^6 bytes of UTF-8 article text; words = the tokens the package reports (result.tokens.length).
// Usage: node bench/sentiment-baseline.mjs [FILE.jsonl] [--seconds N]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'node_modules', 'x.js'));
const Sentiment = require('sentiment');

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const minSeconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 3;
const file = args[0] ?? join(here, 'corpus', 'brown.jsonl');

const texts = readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l).text ?? '');
const bytesPerPass = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

let sink = 0; // keeps the results alive so nothing is optimised away
function pass() {
  let words = 0;
  for (const text of texts) {
    const result = new Sentiment().analyze(text);
    words += result.tokens.length;
    sink += result.score;
  }
  return words;
}

// Warm-up: let the JIT settle (at least two passes and half a second).
const warmStart = process.hrtime.bigint();
for (let i = 0; i < 2 || Number(process.hrtime.bigint() - warmStart) / 1e9 < 0.5; i++) pass();

let passes = 0, words = 0;
const start = process.hrtime.bigint();
let seconds = 0;
do {
  words += pass();
  passes++;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
} while (seconds < minSeconds);

const mbPerSecond = bytesPerPass * passes / 1e6 / seconds;
const wordsPerSecond = words / seconds;
console.log(`file ${file}: ${(bytesPerPass / 1e6).toFixed(2)} MB of text, ${passes} passes in ${seconds.toFixed(2)} s (score sum ${sink})`);
console.log(`sentiment: ${texts.length} docs, ${mbPerSecond.toFixed(1)} MB/s, ${Math.round(wordsPerSecond)} words/s`);
