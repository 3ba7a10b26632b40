#!/usr/bin/env bash
# Proves that however ./run.sh is stopped, the PostgreSQL it started is stopped too: Ctrl-C (INT to its process
# group), TERM to the script alone, TERM to its process group, and the API dying (kill -9). Each case starts
# ./run.sh in a session of its own on a free port with a private data folder, waits until the API answers, stops it
# that way, and checks that the script ended and no server runs on the data folder.
# Prints one "PASS name" or "FAIL name: why" line per case; exits non-zero when any case fails.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/scripts/pg.sh"
unset ConnectionStrings__Framing

work=$(mktemp -d /tmp/framing-runsh.XXXXXX)
data="$work/postgres"
failures=0
cleanup() { pg_stop "$data" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Whether a PostgreSQL server runs on the data folder (postmaster.pid names a live process).
server_running() {
  [ -f "$data/postmaster.pid" ] && kill -0 "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null
}

run_case() {
  local name=$1 how=$2 port log pid pgid api i
  port=$(pg_free_port 18100 18999)
  log="$work/$name.log"
  # env --default-signal: a job started with & by a non-interactive shell ignores INT, and bash cannot trap a signal
  # ignored on entry; a terminal's Ctrl-C reaches run.sh with INT at its default, as here.
  FRAMING_DATA_DIR="$data" URLS="http://127.0.0.1:$port" setsid env --default-signal=INT "$root/run.sh" >"$log" 2>&1 &
  pid=$!
  # Up to 10 minutes: the first case builds the API in Release, which takes minutes on a busy 2-core machine.
  for i in $(seq 1 1200); do
    curl -fsS --max-time 10 "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  if ! curl -fsS --max-time 10 "http://127.0.0.1:$port/health/live" >/dev/null 2>&1; then
    echo "FAIL $name: the API did not come up"; tail -n 20 "$log" | sed 's/^/    /'
    kill -TERM -- "-$pid" 2>/dev/null; failures=$((failures + 1)); return
  fi
  server_running || { echo "FAIL $name: no PostgreSQL was running while the API ran"; failures=$((failures + 1)); return; }
  pgid=$pid  # setsid made the script the leader of its own process group
  api=$(pgrep -f -- "FramingApi.dll --urls http://127.0.0.1:$port" | head -n 1)
  case $how in
    int-group)  kill -INT -- "-$pgid" ;;
    term)       kill -TERM "$pid" ;;
    term-group) kill -TERM -- "-$pgid" ;;
    api-crash)  kill -KILL "$api" ;;
  esac
  # Up to 4 minutes: the API's graceful stop and PostgreSQL's shutdown checkpoint (pg_stop allows it 2 minutes before
  # it stops the server immediately) are slow on a busy machine, not wrong; a script that never ends still fails.
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 240 ]; do sleep 1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    echo "FAIL $name: run.sh still running $waited s after the signal"; kill -KILL -- "-$pgid" 2>/dev/null; failures=$((failures + 1)); return
  fi
  if server_running; then
    echo "FAIL $name: PostgreSQL still running after run.sh ended"; tail -n 20 "$log" | sed 's/^/    /'
    pg_stop "$data"; failures=$((failures + 1)); return
  fi
  echo "PASS $name"
}

run_case ctrl-c int-group
run_case term-to-script term
run_case term-to-group term-group
run_case api-crash api-crash
exit $((failures > 0))
