#!/usr/bin/env bash
# Fault injection without Docker (docs/RELIABILITY.md): a throwaway PostgreSQL and the API (Release), then
#   1. the database stopped under concurrent writers and started again: every write the API acknowledged (201/200)
#      must be stored, once; during the outage the only answers allowed are 503 with Retry-After; and the time from
#      the database's restart to the next stored write is measured;
#   2. kill -9 of the API during a bulk import, then the same file sent again to a new API: exactly one article per
#      line must be stored.
# Prints the figures and one "PASS …" or "FAIL …" line per check; exits non-zero when any check fails.
#   bench/faults.sh [WRITERS] [OUTAGE_SECONDS] [BULK_LINES]
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/lib/server.sh
writers=${1:-4}
outage=${2:-5}
lines=${3:-3000}
failures=0
check() { # name, condition (a command), detail
  if eval "$2"; then echo "PASS $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}
now() { date +%s.%N; }

bench_init
bench_start_pg
# Per-client limits off: the writers are one client far above any sensible limit, and what is measured here is the
# database going away, not the limiter.
bench_start_api RateLimits__Enabled=false
curl -sf -o /dev/null -X POST "$BASE/api/sources" -H 'Content-Type: application/json' -d '{"slug":"faults","name":"Faults"}'

# --- 1. The database stopped and started again under concurrent writers --------------------------------------------
# Each writer posts new articles (a url each) one after the other and logs: time, status, url, Retry-After.
writer() {
  local id=$1 i=0 out code retry
  while [ ! -f "$BENCH_WORK/stop" ]; do
    i=$((i + 1))
    local url="https://faults.example/w$id/$i" t
    t=$(now)
    out=$(curl -s -o /dev/null -D - -w '%{http_code}' --max-time 15 -X POST "$BASE/api/articles" -H 'Content-Type: application/json' \
      -d "{\"source\":\"faults\",\"url\":\"$url\",\"text\":\"Writer $id, article $i: officials said the talks would go on.\"}")
    code=${out: -3}
    retry=$(tr -d '\r' <<<"$out" | awk 'tolower($1) == "retry-after:" { print $2 }')
    echo "$t $code $url ${retry:--}" >>"$BENCH_WORK/writes.$id"
  done
}
for w in $(seq 1 "$writers"); do writer "$w" & done
sleep 3
stopped=$(now)
bench_stop_pg
sleep "$outage"
restarted=$(now)
bench_restart_pg
sleep 5
touch "$BENCH_WORK/stop"
wait $(jobs -p | grep -v "^$API_PID\$") 2>/dev/null

cat "$BENCH_WORK"/writes.* | sort -n >"$BENCH_WORK/writes"
awk '$2 == 201 || $2 == 200 { print $3 }' "$BENCH_WORK/writes" | sort >"$BENCH_WORK/acknowledged"
bench_psql "SELECT url FROM articles WHERE url LIKE 'https://faults.example/w%'" | sort >"$BENCH_WORK/stored"
attempts=$(wc -l <"$BENCH_WORK/writes")
acknowledged=$(wc -l <"$BENCH_WORK/acknowledged")
lost=$(comm -23 "$BENCH_WORK/acknowledged" "$BENCH_WORK/stored" | wc -l)
duplicates=$(bench_psql "SELECT count(*) FROM (SELECT url FROM articles GROUP BY url HAVING count(*) > 1) d")
unacknowledged_stored=$(comm -13 "$BENCH_WORK/acknowledged" "$BENCH_WORK/stored" | wc -l)
statuses=$(awk '{ print $2 }' "$BENCH_WORK/writes" | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')
others=$(awk '$2 != 201 && $2 != 200 && $2 != 503' "$BENCH_WORK/writes" | wc -l)
no_retry_after=$(awk '$2 == 503 && $4 == "-"' "$BENCH_WORK/writes" | wc -l)
unavailable=$(awk '$2 == 503' "$BENCH_WORK/writes" | wc -l)
first_503=$(awk '$2 == 503 { print $1; exit }' "$BENCH_WORK/writes")
recovered=$(awk -v r="$restarted" '$1 >= r && ($2 == 201 || $2 == 200) { print $1; exit }' "$BENCH_WORK/writes")
late_503=$(awk -v r="${recovered:-9e18}" '$2 == 503 && $1 > r' "$BENCH_WORK/writes" | wc -l)
recovery=$(awk -v a="$restarted" -v b="${recovered:-0}" 'BEGIN { printf "%.2f", b - a }')
echo "Database outage: $writers writers; database stopped for ${outage} s."
echo "  writes attempted $attempts, acknowledged $acknowledged (stored: $(wc -l <"$BENCH_WORK/stored")), lost $lost, duplicate urls $duplicates"
echo "  answers: $statuses"
echo "  the first request answered 503 was sent $(awk -v a="$stopped" -v b="${first_503:-0}" 'BEGIN { printf "%.2f", b - a }') s from the stop; 503s without Retry-After: $no_retry_after"
echo "  stored without being acknowledged (answered 503 while committing): $unacknowledged_stored"
echo "  recovery: first stored write ${recovery} s after the database was started again; 503s after it: $late_503"
check "no acknowledged write lost" '[ "$lost" -eq 0 ]' "$lost acknowledged urls are not stored"
check "no duplicates" '[ "$duplicates" -eq 0 ]' "$duplicates urls stored twice"
check "only 201/200 and 503 answered" '[ "$others" -eq 0 ]' "$others other answers: $statuses"
check "every 503 has Retry-After" '[ "$no_retry_after" -eq 0 ]' "$no_retry_after without it"
check "the outage was seen" '[ "$unavailable" -gt 0 ]' "no 503 during the outage: was the database stopped?"
check "no 503 once recovered" '[ "$late_503" -eq 0 ]' "$late_503 answers 503 after the first stored write"
check "recovered within 5 s without a restart" "[ -n \"$recovered\" ] && awk -v r=$recovery 'BEGIN { exit !(r < 5) }'" "recovery ${recovery} s"

# --- 2. kill -9 of the API during a bulk import, then the same file again -----------------------------------------
bulk="$BENCH_WORK/bulk.jsonl"
awk -v n="$lines" 'BEGIN { for (i = 1; i <= n; i++)
  printf "{\"source\":\"faults\",\"url\":\"https://faults.example/bulk/%d\",\"text\":\"Bulk article %d. Officials said the alleged war crimes of case %d were documented, according to the report.\"}\n", i, i, i }' >"$bulk"
count_bulk() { bench_psql "SELECT count(*) FROM articles WHERE url LIKE 'https://faults.example/bulk/%'"; }
curl -s -o /dev/null -X POST "$BASE/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$bulk" &
sender=$!
for _ in $(seq 1 600); do
  [ "$(count_bulk)" -ge $((lines / 5)) ] && break
  sleep 0.05
done
bench_stop_api KILL
wait "$sender" 2>/dev/null
partial=$(count_bulk)
bench_start_api RateLimits__Enabled=false
result=$(curl -s -X POST "$BASE/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$bulk")
final=$(count_bulk)
created=$(grep -o '"created":[0-9]*' <<<"$result" | head -1 | cut -d: -f2)
duplicate=$(grep -o '"duplicates":[0-9]*' <<<"$result" | head -1 | cut -d: -f2)
echo "kill -9 during a bulk import of $lines lines: $partial stored when the API was killed; the same file again:"
echo "  created ${created:-?}, duplicates ${duplicate:-?}; stored now $final"
check "exactly one article per line after kill -9 and resend" '[ "$final" -eq "$lines" ]' "$final stored for $lines lines"
check "the resend created what was missing and recognised the rest" \
  '[ "${created:-0}" -eq $((lines - partial)) ] && [ "${duplicate:-0}" -eq "$partial" ]' "created ${created:-?}, duplicates ${duplicate:-?}, partial $partial"

exit $((failures > 0))
