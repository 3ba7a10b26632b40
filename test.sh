#!/usr/bin/env bash
# Runs every test: the analysis library's unit tests, the API tests against a real PostgreSQL, the browser tests of
# the page in a real Chromium against the real API, and the script tests (tests/scripts/*.sh, e.g. that stopping
# ./run.sh in any way stops its PostgreSQL).
# With ConnectionStrings__Framing set (a server the tests may create databases on), it uses that server;
# otherwise it starts a throwaway PostgreSQL in a temporary folder and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The browser tests (tests/FramingApi.BrowserTests) drive Debian's Chromium: Playwright cannot download its own browser
# here. Installed when missing and we are root; otherwise we stop and say what to install. They never skip.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium for the browser tests (apt-get install chromium)..."
    export DEBIAN_FRONTEND=noninteractive
    aptlog=$(mktemp)
    { apt-get install -y -q chromium || { apt-get update -q && apt-get install -y -q chromium; }; } >"$aptlog" 2>&1 \
      || { tail -n 20 "$aptlog" >&2; echo "Could not install chromium: run 'apt-get install chromium' (the browser tests need it)." >&2; exit 1; }
  else
    echo "The browser tests need Chromium at $chromium: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The typed-client test (tests/FramingApi.Tests/TypedClientTests.cs) runs openapi-typescript and tsc, installed by npm ci
# into clients/typescript at the versions its package-lock.json pins: it needs Node.js (20 or later) and npm.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "The typed-client test needs Node.js 20 and npm: install them (apt-get install nodejs npm)." >&2
  exit 1
fi

if [ -z "${ConnectionStrings__Framing:-}" ]; then
  . scripts/pg.sh
  tmp=$(mktemp -d /tmp/framing-test-pg.XXXXXX)
  cleanup() { pg_stop "$tmp/data"; rm -rf "$tmp"; }
  trap cleanup EXIT
  PG_FSYNC=off pg_start "$tmp/data"
  export ConnectionStrings__Framing="$PG_URL;Database=postgres"
  echo "Throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
fi

log=$(mktemp)
status=0
# Quiet build output, but each failed test's message and stack trace (the console logger at minimal verbosity).
dotnet test FramingApi.sln --nologo -v quiet --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=1

# Script tests print one "PASS name" or "FAIL name: why" line per case.
for script in tests/scripts/*.sh; do
  echo "Script tests: $script"
  "$script" 2>&1 | tee -a "$log" || status=1
done

# One closing line over every test project and script, in the plain form CI systems read.
awk '/(Passed|Failed)! +- +Failed: / { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     /^PASS / { p++ } /^FAIL / { f++ }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
