#!/usr/bin/env bash
# Runs FramingApi on http://127.0.0.1:8080 (Swagger UI at /swagger; URLS=… to listen elsewhere).
# With ConnectionStrings__Framing set, it uses that database. Without it, it starts a local PostgreSQL whose data
# lives in .data/postgres (FRAMING_DATA_DIR=… for another folder; ignored by git, reused on the next start) and stops
# it whenever this script ends: Ctrl-C, TERM to the script or to its process group, or the API exiting or crashing.
# Migrations are applied and the seed story is loaded into an empty database at start-up.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

api=""
data=""
stop_all() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$api" ] && kill -0 "$api" 2>/dev/null; then
    kill -TERM "$api" 2>/dev/null || true
    wait "$api" 2>/dev/null || true
  fi
  if [ -n "$data" ]; then pg_stop "$data"; fi
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${ConnectionStrings__Framing:-}" ]; then
  . scripts/pg.sh
  data="${FRAMING_DATA_DIR:-$PWD/.data/postgres}"
  pg_start "$data"
  pg_create_db framing
  export ConnectionStrings__Framing="$PG_URL;Database=framing"
  echo "PostgreSQL: 127.0.0.1:$PG_PORT, data in $data"
fi

dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
# In the background and waited for, so that a signal to this script runs the traps at once (bash runs a trap only
# after the foreground command ends) and stop_all can stop the API and then PostgreSQL.
dotnet src/FramingApi/bin/Release/net10.0/FramingApi.dll --urls "${URLS:-http://127.0.0.1:8080}" --contentRoot "$PWD/src/FramingApi" &
api=$!
wait "$api"
