#!/usr/bin/env bash
# Migration 0045 on a store built under 0043 (docs/SCALING.md "Per-day rollups"): applies migrations up to 0044 to a
# new database, writes 3,000 synthetic articles' summaries (synth.sql: negative emphasis, zero and negative
# denominators, three insert statements, deletes), keeps 0043's rollups, applies 0045 and compares entry by entry
# (compare.sql: every count 0); then writes more under 0045's triggers (writes.sql) and compares the rows kept with a
# rebuild from the summaries (scratch.sql: unmatched and differ 0).
#   bench/rollups-migration/check.sh   (starts its own PostgreSQL in a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/pg.sh
dir=$(mktemp -d /tmp/framing-rollups.XXXXXX)
trap 'pg_stop "$dir/data"; rm -rf "$dir"' EXIT
pg_start "$dir/data"
bin=$(pg_bindir)
q() { "$bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
for f in db/migrations/*.sql; do case $f in *0045_*) break;; esac; q -1 -f "$f" >/dev/null; done
q -1 -f bench/rollups-migration/synth.sql
q -c "CREATE TABLE old_days AS SELECT * FROM metric_summary_days"
q -1 -f db/migrations/0045_compact_metric_summary_days.sql
q -f bench/rollups-migration/compare.sql
q -f bench/rollups-migration/writes.sql
q -f bench/rollups-migration/scratch.sql
