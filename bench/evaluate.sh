#!/usr/bin/env bash
# Agreement of the analysis (built-in lexicons, seeds/lexicons) with the labelled validation corpus
# (tests/validation/, README there): per half, article-level framing per actor in the outlet's own voice (accuracy,
# confusion matrix, per-class precision/recall/F1, Cohen's kappa), mention-level agreement, topic coverage F1 per topic
# (micro and macro) and anonymous-sourcing F1. What each figure means: docs/VALIDITY.md.
# Usage: bench/evaluate.sh [--half dev|test|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29] [--misses] [--model FILE]
# Tune on the dev half only; the test half is locked (tests/validation/README.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/bench/FramingApi.Benchmarks"
build_log=$(dotnet build "$project" -c Release --nologo -v quiet 2>&1) || { echo "$build_log" >&2; exit 1; }
exec dotnet "$project/bin/Release/net10.0/FramingApi.Benchmarks.dll" evaluate "$@"
