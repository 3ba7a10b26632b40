#!/usr/bin/env bash
# Throughput of the whole analysis pipeline (segment, tokenize, match all built-in lexicons, score) over an NDJSON
# corpus, one {"title","source","text"} per line, next to the bare baseline measured the same way.
# Last line: `pipeline: <docs> docs, <MB/s> MB/s, <words/s> words/s` (MB = 10^6 bytes of UTF-8 article text).
# Usage: bench/analyze-corpus.sh FILE.jsonl [--threads N] [--seconds S]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 FILE.jsonl [--threads N] [--seconds S]" >&2; exit 2; }
file="$(realpath "$1")"
shift
project="$root/bench/FramingApi.Benchmarks"
build_log=$(dotnet build "$project" -c Release --nologo -v quiet 2>&1) || { echo "$build_log" >&2; exit 1; }
exec dotnet "$project/bin/Release/net10.0/FramingApi.Benchmarks.dll" analyze-corpus "$file" "$@"
