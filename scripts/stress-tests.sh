#!/usr/bin/env bash
# Runs the API tests (or any test project) several times on a machine made busy on purpose, to find tests that fail
# only under load before CI does (CI runs ./test.sh on a shared two-core machine). docs/DEVELOPING.md tells more.
#
# Usage: scripts/stress-tests.sh [-r RUNS] [-l LOOPS] [-p PROJECT] [-- extra dotnet test arguments, e.g. --filter ReplicaTests]
#   RUNS   test runs, one after the other (default 3)
#   LOOPS  busy loops (each keeps one core busy) started for the whole session and stopped at its end (default 6)
#   PROJECT the test project (default tests/FramingApi.Tests)
# With ConnectionStrings__Framing set it uses that server; otherwise it starts a throwaway PostgreSQL as ./test.sh does.
# Prints, per run, the load average before and after, the runner's summary line and each failed test with its message;
# then one line "stress: N runs, M failed". Exits non-zero when any run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

runs=3 loops=6 project=tests/FramingApi.Tests
while getopts "r:l:p:" option; do
  case $option in
    r) runs=$OPTARG ;;
    l) loops=$OPTARG ;;
    p) project=$OPTARG ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ "${1:-}" = "--" ] && shift

busy=()
tmp=""
cleanup() {
  local pid
  # Only the loops started here, by their process ids.
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$tmp" ]; then pg_stop "$tmp/data"; rm -rf "$tmp"; fi
  return 0
}
trap cleanup EXIT

if [ -z "${ConnectionStrings__Framing:-}" ]; then
  . scripts/pg.sh
  tmp=$(mktemp -d /tmp/framing-stress-pg.XXXXXX)
  PG_FSYNC=off pg_start "$tmp/data"
  export ConnectionStrings__Framing="$PG_URL;Database=postgres"
  echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
fi

dotnet build "$project" --nologo -v quiet -clp:ErrorsOnly

# Bounded even if this script is killed without its trap running: each loop ends by itself after three hours.
for _ in $(seq "$loops"); do
  timeout 10800 sh -c 'while :; do :; done' &
  busy+=("$!")
done
echo "Started $loops busy loops (pids ${busy[*]})."

failed=0
log=$(mktemp)
for run in $(seq "$runs"); do
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  started=$(date +%s)
  status=0
  dotnet test "$project" --no-build --nologo --logger "console;verbosity=minimal" "$@" >"$log" 2>&1 || status=1
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  [ "$status" = 0 ] || failed=$((failed + 1))
  echo "run $run of $runs: $(( $(date +%s) - started )) s, load average $before before, $after after"
  grep -E "^(Passed|Failed)! " "$log" | sed 's/^/  /' || true
  # Each failed test with its message and the first lines of its stack trace.
  grep -E -A 12 "^\s*Failed [A-Za-z_]" "$log" | sed 's/^/  /' || true
done
rm -f "$log"
echo "stress: $runs runs, $failed failed"
[ "$failed" = 0 ]
