#!/usr/bin/env bash
# Start and stop a private PostgreSQL server for run.sh and test.sh: listens on 127.0.0.1 only, on a free port,
# trust authentication for local connections (it is bound to loopback and meant for one machine's use).
# As root the server runs as the 'postgres' user, since PostgreSQL refuses to run as root.
# Usage (sourced): pg_start DATADIR   -> exports PG_PORT and PG_URL (an Npgsql connection string without database)
#                  pg_stop  DATADIR

pg_bindir() {
  # Explicit statuses throughout: a bare 'return' in a function called from an EXIT trap returns the status the
  # script had before the trap (130 after Ctrl-C), which made pg_stop give up and leave the server running.
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return 0; fi
  local d; d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] || { echo "PostgreSQL server binaries not found (install postgresql)." >&2; return 1; }
  echo "$d"
  return 0
}

# Runs a command as the user that owns the server. As root from a folder the postgres user cannot enter (a clone in a
# mktemp -d folder, 0700), from / instead: initdb and pg_ctl change back to their starting folder and would print
# "could not change directory … Permission denied" (harmless, but it reads like a failure). Paths given are absolute.
pg_as_owner() {
  if [ "$(id -u)" != 0 ]; then "$@"
  elif runuser -u postgres -- test -x "$PWD" 2>/dev/null; then runuser -u postgres -- "$@"
  else (cd / && runuser -u postgres -- "$@")
  fi
}

# The postgres user must be able to reach the data folder: give every folder above it search (x) permission for
# others where it lacks it (mktemp -d folders are 0700). Nothing is made readable.
pg_make_reachable() {
  local dir=$1
  [ "$(id -u)" = 0 ] || return 0
  local p=$dir
  while [ "$p" != "/" ]; do
    p=$(dirname "$p")
    if ! runuser -u postgres -- test -x "$p" 2>/dev/null; then chmod o+x "$p"; fi
  done
}

pg_free_port() {
  # A free TCP port on 127.0.0.1 between FIRST and LAST (default 54320-54999), looked for from a random place in the
  # range, so that servers started at the same moment (parallel test runs) do not all reach for the same port.
  local first=${1:-54320} last=${2:-54999} port i size start
  size=$((last - first + 1))
  start=$((RANDOM % size))
  for i in $(seq 0 $((size - 1))); do
    port=$((first + (start + i) % size))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port between $first and $last" >&2; return 1
}

pg_start() {
  local data=$1 bin port
  bin=$(pg_bindir) || return 1
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  pg_make_reachable "$data"
  if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi
  chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    # A throwaway server (PG_FSYNC=off) does not need its files flushed to disk either: on a machine busy writing,
    # initdb's closing sync of some thousand files can take many seconds.
    local nosync=(); [ "${PG_FSYNC:-on}" = off ] && nosync=(--no-sync)
    pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 "${nosync[@]}" >"$data/../initdb.log" 2>&1 \
      || pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale "${nosync[@]}" >"$data/../initdb.log" 2>&1 \
      || { cat "$data/../initdb.log" >&2; return 1; }
  fi
  # A server left running by an earlier run that was killed: stop it, then start on a port free now.
  pg_stop "$data"
  port=$(pg_start_on_free_port "$bin" "$data") || return 1
  export PG_PORT=$port
  export PG_URL="Host=127.0.0.1;Port=$port;Username=postgres"
}

# Starts the cluster in DATA on a free port (its extra server options after the two arguments) and prints the port.
# A port found free can be taken by another process before the server binds it: then it tries another, a few times.
pg_start_on_free_port() {
  local bin=$1 data=$2 attempt port
  shift 2
  for attempt in 1 2 3 4 5; do
    port=$(pg_free_port) || return 1
    if pg_as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$data' -c max_connections=200 -c fsync=${PG_FSYNC:-on} $*" \
      start >/dev/null; then
      echo "$port"; return 0
    fi
    if [ "$attempt" = 5 ] || ! tail -n 20 "$data/server.log" 2>/dev/null | grep -q "Address already in use"; then
      tail -n 20 "$data/server.log" >&2; return 1
    fi
  done
}

# Stops the server and returns once it has exited. A fast shutdown that has not ended within two minutes (a machine
# too loaded to finish its checkpoint) is made immediate: no server is ever left running behind the caller's back.
pg_stop() {
  local data=$1 bin
  bin=$(pg_bindir) || return 0
  [ -f "$data/PG_VERSION" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data" stop -m fast -t 120 >/dev/null 2>&1 && return 0
  if pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "PostgreSQL in $data did not stop within 120 s: stopping it immediately." >&2
    pg_as_owner "$bin/pg_ctl" -D "$data" stop -m immediate -t 60 >/dev/null 2>&1 || true
  fi
  return 0
}

pg_create_db() {
  local name=$1 bin
  bin=$(pg_bindir)
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$name\""
}
