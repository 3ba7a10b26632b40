#!/usr/bin/env bash
# Runs FramingApi on http://127.0.0.1:8080 (Swagger UI at /swagger).
# With ConnectionStrings__Framing set, it uses that database. Without it, it starts a local PostgreSQL whose data
# lives in .data/postgres (ignored by git, reused on the next start) and stops it when the API stops.
# Migrations are applied and the seed story is loaded into an empty database at start-up.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${ConnectionStrings__Framing:-}" ]; then
  . scripts/pg.sh
  data="$PWD/.data/postgres"
  pg_start "$data"
  trap 'pg_stop "$data"' EXIT
  trap 'exit 130' INT TERM
  pg_create_db framing
  export ConnectionStrings__Framing="$PG_URL;Database=framing"
  echo "PostgreSQL: 127.0.0.1:$PG_PORT, data in .data/postgres"
fi

dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
# Not exec: the trap above stops PostgreSQL when the API exits (Ctrl-C).
dotnet src/FramingApi/bin/Release/net10.0/FramingApi.dll --urls "${URLS:-http://127.0.0.1:8080}" --contentRoot "$PWD/src/FramingApi"
