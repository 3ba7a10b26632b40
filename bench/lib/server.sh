#!/usr/bin/env bash
# Sourced by the benchmark scripts that run their own server: a throwaway PostgreSQL and the API (Release build) in a
# temporary folder, both stopped and the folder removed when the script exits.
#   bench_init                         work folder, Release build, EXIT trap
#   bench_start_pg                     PostgreSQL on a free port: PG_PORT, PG_DATA, DB_URL (the API's connection string)
#   bench_restart_pg                   starts the same server again on the same port (after bench_stop_pg)
#   bench_stop_pg                      stops it (fast shutdown: sessions are ended)
#   bench_start_api [NAME=VALUE ...]   the API on a free port with extra settings: API_PID, BASE; waits until it answers
#   bench_stop_api [SIGNAL]            stops it (TERM by default; KILL for kill -9)
#   bench_psql SQL                     one query against the API's database, unaligned output
#   bench_rss_mb                       the API's resident memory in MB
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/pg.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bench_init() {
  BENCH_WORK=$(mktemp -d /tmp/framing-bench.XXXXXX)
  API_PID=""
  PG_DATA=""
  trap bench_cleanup EXIT
  dotnet build "$root/src/FramingApi" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
}

bench_cleanup() {
  bench_stop_api KILL
  [ -n "$PG_DATA" ] && pg_stop "$PG_DATA"
  rm -rf "$BENCH_WORK"
}

bench_start_pg() {
  PG_DATA="$BENCH_WORK/postgres"
  PG_FSYNC=${PG_FSYNC:-on} pg_start "$PG_DATA" >/dev/null
  pg_create_db framing_bench
  DB_URL="$PG_URL;Database=framing_bench"
}

bench_stop_pg() { pg_as_owner "$(pg_bindir)/pg_ctl" -D "$PG_DATA" stop -m fast >/dev/null; }

bench_restart_pg() {
  pg_as_owner "$(pg_bindir)/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$PG_DATA/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='$PG_DATA' -c max_connections=200 -c fsync=${PG_FSYNC:-on}" \
    start >/dev/null
}

bench_start_api() {
  local port
  port=$(pg_free_port)
  BASE="http://127.0.0.1:$port"
  env "$@" ConnectionStrings__Framing="$DB_URL" Seeds__Load=false \
    dotnet "$root/src/FramingApi/bin/Release/net10.0/FramingApi.dll" --urls "$BASE" --contentRoot "$root/src/FramingApi" \
    >>"$BENCH_WORK/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$BASE/health/ready" && return 0
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$BENCH_WORK/api.log" >&2; return 1; }
    sleep 0.25
  done
  echo "The API did not become ready." >&2
  return 1
}

bench_stop_api() {
  [ -n "${API_PID:-}" ] || return 0
  kill -"${1:-TERM}" "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}

bench_psql() { "$(pg_bindir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d framing_bench -qtAX -c "$1"; }

bench_rss_mb() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$API_PID/status"; }
