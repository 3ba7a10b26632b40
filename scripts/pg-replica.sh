#!/usr/bin/env bash
# Start and stop a streaming-replication standby of a primary started by scripts/pg.sh (PostgreSQL's own
# replication, no Docker): pg_basebackup copies the primary and writes standby.signal and primary_conninfo (-R), and
# the standby serves read-only queries (hot standby) on its own free port, replaying the primary's WAL as it streams.
# The primary of scripts/pg.sh allows it as it is: initdb's trust rules include replication from 127.0.0.1, and
# wal_level=replica with max_wal_senders=10 are PostgreSQL's defaults.
# Usage (sourced, after scripts/pg.sh): pg_replica_start PRIMARY_PORT DATADIR -> exports PG_REPLICA_PORT and PG_REPLICA_URL
#                                       pg_replica_stop  DATADIR
# Then run the API with ConnectionStrings__Framing pointing at the primary and ConnectionStrings__FramingRead at the
# standby: reads go to the standby, writes to the primary (docs/SCALING.md).

pg_replica_start() {
  local primary_port=$1 data=$2 bin port
  bin=$(pg_bindir) || return 1
  pg_stop "$data"
  rm -rf "$data"
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  pg_make_reachable "$data"
  if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi
  chmod 700 "$data"
  # A throwaway standby (PG_FSYNC=off, as the tests run it) skips the copy's closing sync to disk, as initdb does.
  local nosync=(); [ "${PG_FSYNC:-on}" = off ] && nosync=(--no-sync)
  pg_as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$data" -R -X stream -c fast "${nosync[@]}" \
    >"$data/../basebackup.log" 2>&1 || { cat "$data/../basebackup.log" >&2; return 1; }
  port=$(pg_start_on_free_port "$bin" "$data" -c hot_standby=on) || return 1
  export PG_REPLICA_PORT=$port
  export PG_REPLICA_URL="Host=127.0.0.1;Port=$port;Username=postgres"
}

pg_replica_stop() {
  pg_stop "$1"
}
