#!/usr/bin/env bash
# Cold comparisons on a store built by bench/scale.sh, measured side by side in one run: this checkout's API and a base
# revision's (default main, exported with git archive into a temporary folder and built there), both Release, both on
# the store's PostgreSQL (started here on $SCALE_DIR/data, stopped at the end).
#   SCALE_DIR=/tmp/cold7 bench/cold-scale.sh [BASE_REF] [ROUNDS]
# BRANCH_ENV="NAME=value …" adds environment to this checkout's API only (say DOTNET_TieredPGO=0, to try runtime settings).
# Both APIs run with Comparisons__CacheBytes=1, so that every request reads and builds its comparison. After warm-up
# requests (other stories and sources), ROUNDS (default 15) rounds alternate between the two APIs, each round asking
# the story comparison of bench/scale.sh (story 0: 200 articles, 20 sources) and its sources comparison (3 sources,
# 1990: ~270 articles). Printed per API and comparison: medians of the API's own log line ("Built comparison …: read
# R ms, built B ms (sections)"), of every section, and of the request's total time (curl). Also printed: whether the
# two APIs' JSON bodies are byte-identical (the two comparisons, a topic filter, two evidence pages).
# First, right after both APIs answer /health/ready, bench/scale-probe.mjs runs against each in turn (its cold figures
# are what bench/scale.sh prints: the first comparisons after a start, after only the probe's own warm-up), and each
# API's time from start to ready is printed (the branch's includes its start-up warm-up, Comparisons:WarmUpSeconds).
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref=${1:-main}
rounds=${2:-15}
dir=${SCALE_DIR:?set SCALE_DIR to a store built by bench/scale.sh}
. scripts/pg.sh
work=$(mktemp -d /tmp/cold-scale.XXXXXX)
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap 'stop_all; pg_stop "$dir/data"; rm -rf "$work"' EXIT
pg_start "$dir/data"

# The base revision's build is kept (/tmp/cold-scale-base-SHA) for the next run against the same revision.
base_dir=/tmp/cold-scale-base-$(git rev-parse --short "$base_ref")
if [ ! -f "$base_dir/src/FramingApi/bin/Release/net10.0/FramingApi.dll" ]; then
  mkdir -p "$base_dir"; git archive "$base_ref" | tar -x -C "$base_dir"
  dotnet build "$base_dir/src/FramingApi" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
fi
dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
echo "${BRANCH_ENV:+branch API environment: $BRANCH_ENV; }base: $base_ref ($(git rev-parse --short "$base_ref")); branch: $(git rev-parse --abbrev-ref HEAD) ($(git rev-parse --short HEAD));" \
  "$(psql() { "$(pg_bindir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX "$@"; }; psql -c 'SELECT count(*) FROM articles') articles;" \
  "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

start() { # name root: starts an API with every comparison built on request, sets URL_<name>
  local name=$1 root=$2 port extra=()
  [ "$name" = branch ] && read -ra extra <<<"${BRANCH_ENV:-}"
  port=$(pg_free_port 18200 18999)
  env "${extra[@]}" ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=false RateLimits__Enabled=false Comparisons__CacheBytes=1 \
    Logging__LogLevel__Default=Warning Logging__LogLevel__FramingApi.Comparisons=Information \
    dotnet "$root/src/FramingApi/bin/Release/net10.0/FramingApi.dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/FramingApi" \
    >"$work/$name.log" 2>&1 &
  pids+=($!)
  printf -v "URL_$name" '%s' "http://127.0.0.1:$port"
  local t0=$(date +%s%N)
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && { echo "$name: ready $(( ($(date +%s%N) - t0) / 1000000 )) ms after start"; return 0; }
    sleep 0.25
  done
  tail -n 30 "$work/$name.log" >&2; return 1
}
start base "$base_dir"
start branch "$PWD"
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
declare -A pid_of=([base]=${pids[0]} [branch]=${pids[1]})
for name in base branch; do # the probe of bench/scale.sh, on a freshly started API, with the API's CPU time during it
  a0=$(ticks "${pid_of[$name]}")
  probe=$(node bench/scale-probe.mjs "$(eval echo "\$URL_$name")" | grep -E '^(story|sources) comparison' | sed -E 's/ \(.*\)//; s/comparison: //' | paste -sd ';' -)
  echo "$name: scale-probe right after start: $probe; API CPU during the probe $(( ($(ticks "${pid_of[$name]}") - a0) * 1000 / $(getconf CLK_TCK) )) ms"
done

story=/api/stories/scale-story-00000/comparison
sources='/api/comparisons/sources?sources=scale-src-0000,scale-src-0001,scale-src-0002&from=1990-01-01&to=1990-12-31'
get() { curl -sf -o /dev/null -w '%{time_total}\n' "$1$2"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for name in base branch; do # warm-up: JIT and connections, on other comparisons of the same shapes
  url=$(eval echo "\$URL_$name")
  for i in 1 2 3 4 5; do
    get "$url" "/api/stories/scale-story-0000$i/comparison" >/dev/null
    get "$url" "/api/comparisons/sources?sources=scale-src-0003,scale-src-0004,scale-src-0005&from=1990-01-01&to=1990-12-31" >/dev/null
  done
done
for name in base branch; do : >"$work/$name.story.t"; : >"$work/$name.sources.t"; : >"$work/$name.log.mark"; done
mark_base=$(wc -l <"$work/base.log"); mark_branch=$(wc -l <"$work/branch.log")
# CPU time (clock ticks) of a process, and of all of PostgreSQL's backends: measured around each API's requests, so
# that the CPU a build costs is known whatever the machine's load (which only stretches its wall time).
pg_ticks() { local t=0 p; for p in $(pgrep -P "$(head -n 1 "$dir/data/postmaster.pid")"); do t=$((t + $(ticks "$p"))); done; echo "$t"; }
declare -A api_cpu=([base]=0 [branch]=0) pg_cpu=([base]=0 [branch]=0)
for _ in $(seq 1 "$rounds"); do
  for name in base branch; do
    url=$(eval echo "\$URL_$name")
    a0=$(ticks "${pid_of[$name]}"); p0=$(pg_ticks)
    get "$url" "$story" >>"$work/$name.story.t"
    get "$url" "$sources" >>"$work/$name.sources.t"
    api_cpu[$name]=$((api_cpu[$name] + $(ticks "${pid_of[$name]}") - a0)); pg_cpu[$name]=$((pg_cpu[$name] + $(pg_ticks) - p0))
  done
done
hz=$(getconf CLK_TCK)
for name in base branch; do
  awk -v n="$name" -v a="${api_cpu[$name]}" -v p="${pg_cpu[$name]}" -v r="$rounds" -v hz="$hz" 'BEGIN {
    printf "%-7s CPU per round (one story and one sources comparison, cold): API %.0f ms, PostgreSQL %.0f ms\n", n, 1000 * a / hz / r, 1000 * p / hz / r }'
done

same=identical
topic=$(curl -sf "$URL_branch$story" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).topics[0]')
for path in "$story" "$sources" "$story?topic=$topic" "$story/evidence?source=scale-src-0003&kind=sourcing" \
  "$story/evidence?source=scale-src-0005&voice=article&page_size=200"; do
  curl -sf "$URL_base$path" >"$work/base.json"; curl -sf "$URL_branch$path" >"$work/branch.json"
  cmp -s "$work/base.json" "$work/branch.json" || { same=DIFFERENT; echo "DIFFERENT: $path"; }
done
echo "JSON bodies (two comparisons, a topic filter, two evidence pages): $same"

# The build log lines since the warm-up, per comparison (key: stories/… or sources/…), as "name value" pairs.
sections() { # name kind
  local name=$1 kind=$2 skip
  skip=$(eval echo "\$mark_$name")
  tail -n +"$((skip + 1))" "$work/$name.log" | grep -F 'Built comparison' | grep -F -- "$kind" | tail -n "$rounds" \
    | sed -E 's/.*read ([0-9]+) ms, built ([0-9]+) ms \((.*)\)\..*/read \1, built \2, \3/' | tr ',' '\n' | sed 's/^ *//'
}
for kind in story sources; do
  echo "== $kind comparison, $rounds cold requests each (medians, ms)"
  key=$([ "$kind" = story ] && echo 'scale-story-00000' || echo 'scale-src-0000')
  for name in base branch; do
    printf '%-7s request %6.1f | ' "$name" "$(median <"$work/$name.$kind.t" | awk '{ print $1 * 1000 }')"
    sections "$name" "$key" | awk '{ v = $NF; $NF = ""; sub(/ $/, ""); n[$0]++; x[$0, n[$0]] = v; if (!($0 in seen)) { seen[$0] = 1; order[++k] = $0 } }
      END { for (i = 1; i <= k; i++) { s = order[i]; m = n[s]; for (a = 1; a <= m; a++) y[a] = x[s, a];
              for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (y[b] < y[a]) { t = y[a]; y[a] = y[b]; y[b] = t }
              printf "%s %s%s", s, (m % 2 ? y[(m + 1) / 2] : (y[m / 2] + y[m / 2 + 1]) / 2), (i < k ? ", " : "\n") } }'
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
