#!/usr/bin/env bash
# Compares builds of the service the way bench/run.sh measures one: both instances side by side
# (10,000 demo orders, rate limit off, Java 17, the heap flags of lib.sh), every call warmed on both
# until steady, then interleaved rounds (A B, then B A, …: each round starts one build later) of
# GET one order, GET a list of 20 and POST create,
# and the heap allocated per GET, list and POST from the GC log. Prints every round and the ratio of each
# build's medians to the first's, and writes them to bench/results/compare-A-B….md.
#
#   bench/compare.sh A B [C …]     each a git revision, a jar, or "." for the working tree; A is the baseline
#   bench/compare.sh --quick …     shorter measurements: checks that everything runs
#   ROUNDS=3 bench/compare.sh …    fewer rounds (default 5)
#
# About 15 minutes for two builds, 7 more for each further one (3 minutes with --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=${ROUNDS:-5}
MEASURE=8s
WARMUP=5s
WARM_CHUNK=10s
WARM_MIN_CHUNKS=3
WARM_MAX_CHUNKS=${WARM_MAX_CHUNKS:-18}
ALLOC_REQUESTS=40000
if [ "${1:-}" = "--quick" ]; then
  shift
  ROUNDS=3 MEASURE=3s WARMUP=2s WARM_CHUNK=3s WARM_MIN_CHUNKS=1 WARM_MAX_CHUNKS=2 ALLOC_REQUESTS=10000
fi
THREADS=2
CONNECTIONS=32
JAVA17=${JAVA17:-java}
[ $# -ge 2 ] || { echo "usage: bench/compare.sh [--quick] A B [C …]" >&2; exit 2; }
SOURCES=("$@")
SIDES=(a b c d e f g h)
SIDES=("${SIDES[@]:0:$#}")
WORK=$(mktemp -d)
cleanup() {
  if [ -f "$WORK/instances" ]; then
    while read -r _ pid; do kill "$pid" 2>/dev/null || true; done <"$WORK/instances"
  fi
  if [ -d "$WORK/tree" ]; then git worktree remove --force "$WORK/tree" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
ROUND_LOG="$WORK/rounds.md"
: >"$ROUND_LOG"

install_missing wrk hey curl python3

# jar_of SOURCE NAME — SOURCE as a jar: itself when it is a file, else that git revision built in a
# scratch work tree; "" is the working tree. Prints the jar's path.
jar_of() {
  local source=$1 name=$2
  if [ "$source" = "." ]; then
    build_jar
    cp "$JAR" "$WORK/$name.jar"
  elif [ -f "$source" ]; then
    cp "$source" "$WORK/$name.jar"
  else
    rm -rf "$WORK/tree"
    git worktree add --detach "$WORK/tree" "$source" >/dev/null 2>&1
    (cd "$WORK/tree" && build_jar && cp "$JAR" "$WORK/$name.jar")
    git worktree remove --force "$WORK/tree" >/dev/null
  fi
  echo "$WORK/$name.jar"
}
label() { if [ "$1" = "." ]; then echo "working-tree-$(git rev-parse --short HEAD)"; else basename "$1"; fi; }

declare -A JARS LABEL
for i in "${!SIDES[@]}"; do
  side=${SIDES[$i]}
  LABEL[$side]=$(label "${SOURCES[$i]}")
  echo "Building ${side^^}: ${LABEL[$side]}…" >&2
  JARS[$side]=$(jar_of "${SOURCES[$i]}" "$side")
done

post_bodies "$WORK"
sed "s/bench-post/bench-list/" "$WORK/order.json" >"$WORK/order-list.json"

declare -A URL_GET URL_LIST URL_POST PID
for side in "${SIDES[@]}"; do
  read -r port pid _ < <(JAR=${JARS[$side]} start "$side" "$JAVA17" DEMO_ORDERS=10000)
  PID[$side]=$pid
  for _ in $(seq 1 25); do
    curl -fs -X POST "http://127.0.0.1:$port/api/v1/orders" -H 'Content-Type: application/json' \
      -d @"$WORK/order-list.json" >/dev/null
  done
  URL_GET[$side]="http://127.0.0.1:$port/api/v1/orders/$(create_order "$port")?customer_id=bench-post"
  URL_LIST[$side]="http://127.0.0.1:$port/api/v1/orders?customer_id=bench-list&page_size=20"
  URL_POST[$side]="http://127.0.0.1:$port/api/v1/orders"
done
for side in "${SIDES[@]}"; do
  warm "${URL_GET[$side]}"; warm "${URL_LIST[$side]}"; warm "${URL_POST[$side]}" -s "$WORK/post.lua"
done

# in_turn ROUND — the builds in the order they are measured in that round: each round starts one
# build later, so no build is always measured first (or right after the same neighbour).
in_turn() {
  local n=${#SIDES[@]} i
  for i in $(seq 0 $((n - 1))); do echo "${SIDES[$(((i + $1) % n))]}"; done
}

declare -A GET LIST POST ALLOC_GET ALLOC_LIST ALLOC_POST
for round in $(seq 1 "$ROUNDS"); do
  mapfile -t ORDER < <(in_turn "$round")
  for side in "${ORDER[@]}"; do
    GET[$side]="${GET[$side]:-} $(rps "${URL_GET[$side]}")"
  done
  for side in "${ORDER[@]}"; do
    LIST[$side]="${LIST[$side]:-} $(rps "${URL_LIST[$side]}")"
  done
  for side in "${ORDER[@]}"; do
    POST[$side]="${POST[$side]:-} $(rps "${URL_POST[$side]}" -s "$WORK/post.lua")"
  done
  echo "  round $round done (${ORDER[*]})" >&2
done
for round in $(seq 1 "$ROUNDS"); do
  mapfile -t ORDER < <(in_turn "$round")
  for side in "${ORDER[@]}"; do
    ALLOC_GET[$side]="${ALLOC_GET[$side]:-} $(allocated_per_request "$side" "${PID[$side]}" "$ALLOC_REQUESTS" "${URL_GET[$side]}")"
    ALLOC_LIST[$side]="${ALLOC_LIST[$side]:-} $(allocated_per_request "$side" "${PID[$side]}" "$ALLOC_REQUESTS" "${URL_LIST[$side]}")"
    ALLOC_POST[$side]="${ALLOC_POST[$side]:-} $(allocated_per_request "$side" "${PID[$side]}" "$ALLOC_REQUESTS" \
      -m POST -T application/json -D "$WORK/order.json" "${URL_POST[$side]}")"
  done
done

throughput=(); allocation=()
for side in "${SIDES[@]}"; do
  S=${side^^}
  throughput+=("$S GET one order=${GET[$side]}" "$S GET list of 20=${LIST[$side]}" "$S POST create=${POST[$side]}")
  allocation+=("$S GET one order=${ALLOC_GET[$side]}" "$S GET list of 20=${ALLOC_LIST[$side]}" "$S POST create=${ALLOC_POST[$side]}")
done
log_rounds "Throughput, req/s ($THREADS threads, $CONNECTIONS connections, $WARMUP warm-up + $MEASURE per measurement)" \
  "${throughput[@]}"
log_rounds "Heap allocated per request, bytes (GC log, $ALLOC_REQUESTS requests per round)" "${allocation[@]}"

OUT="bench/results/compare-$(for side in "${SIDES[@]}"; do printf '%s_' "${LABEL[$side]}"; done | tr -c 'A-Za-z0-9._\n' '-' | sed 's/_$//').md"
{
  echo "# Builds compared"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores: \`bench/compare.sh $*\` (ROUNDS=$ROUNDS)."
  for side in "${SIDES[@]}"; do echo "- ${side^^}: ${LABEL[$side]}"; done
  echo
  echo "Each figure is the median of $ROUNDS interleaved rounds; a ratio is a build's median over A's"
  echo "(above 1: serves more, or allocates more)."
  echo
  header="| measurement | A median |"; rule="|---|---|"
  for side in "${SIDES[@]:1}"; do header="$header ${side^^} / A |"; rule="$rule---|"; done
  echo "$header"; echo "$rule"
  for pair in "GET one order req/s:GET" "GET list of 20 req/s:LIST" "POST create req/s:POST" \
    "bytes allocated per GET:ALLOC_GET" "bytes allocated per list of 20:ALLOC_LIST" \
    "bytes allocated per POST:ALLOC_POST"; do
    what=${pair%%:*}; var=${pair#*:}
    declare -n values=$var
    base=$(median ${values[a]})
    line="| $what | $base |"
    for side in "${SIDES[@]:1}"; do
      line="$line $(python3 -c "print(f'{$(median ${values[$side]}) / $base:.3f}')") |"
    done
    echo "$line"
  done
  echo
  echo "## Every round"
  cat "$ROUND_LOG"
} >"$OUT"
cat "$OUT"
echo "Written to $OUT" >&2
