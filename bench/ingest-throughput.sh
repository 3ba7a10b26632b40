#!/usr/bin/env bash
# Bulk-import throughput against a running API (./run.sh): N Brown-corpus texts (default 2,000, cycling over the
# 500 texts with distinct urls, so none is a duplicate) in one NDJSON request, timed end to end.
#   bench/ingest-throughput.sh [BASE_URL] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:8080}
n=${2:-2000}
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh
story="ingest-$(date +%s)"
curl -sf -o /dev/null -X POST "$base/api/stories" -H 'Content-Type: application/json' -d "{\"slug\":\"$story\",\"title\":\"Ingest benchmark\"}"
for i in $(seq -w 1 20); do
  curl -sf -o /dev/null -X POST "$base/api/sources" -H 'Content-Type: application/json' \
    -d "{\"slug\":\"brown-src-$i\",\"name\":\"Brown source $i\"}" || true
done
file=$(mktemp)
node bench/make-load-story.mjs "$corpus" "$n" 20 "$story" > "$file"
bytes=$(wc -c < "$file")
start=$(date +%s.%N)
result=$(mktemp)
curl -sf -o "$result" -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$file"
end=$(date +%s.%N)
rm -f "$file"
# The answer holds one result per line: read from its file (too long for an argument at a few thousand lines).
node -e '
const [r, bytes, secs, n] = [JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")), +process.argv[2], +process.argv[3], +process.argv[4]];
console.log(`ingest: ${r.created} created, ${r.duplicates} duplicates, ${r.invalid} invalid of ${n}; ` +
  `${(bytes / 1e6).toFixed(1)} MB of NDJSON in ${secs.toFixed(1)} s: ${(r.created / secs).toFixed(0)} articles/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
' "$result" "$bytes" "$(echo "$end - $start" | bc)" "$n"
rm -f "$result"
