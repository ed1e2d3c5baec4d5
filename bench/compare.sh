#!/usr/bin/env bash
# Compares two builds of the service the way bench/run.sh measures one: both instances side by side
# (10,000 demo orders, rate limit off, Java 17, the heap flags of lib.sh), every call warmed on both
# until steady, then interleaved rounds (A B A B …) of GET one order, GET a list of 20 and POST create,
# and the heap allocated per GET and POST from the GC log. Prints every round and the ratio of the
# medians, B / A, and writes it to bench/results/compare-A-B.md.
#
#   bench/compare.sh BEFORE [AFTER]    each a git revision or a jar; AFTER defaults to the working tree
#   bench/compare.sh --quick …         shorter measurements: checks that everything runs
#
# About 15 minutes (3 minutes with --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=5
MEASURE=8s
WARMUP=5s
WARM_CHUNK=10s
WARM_MIN_CHUNKS=3
WARM_MAX_CHUNKS=18
ALLOC_REQUESTS=40000
if [ "${1:-}" = "--quick" ]; then
  shift
  ROUNDS=3 MEASURE=3s WARMUP=2s WARM_CHUNK=3s WARM_MIN_CHUNKS=1 WARM_MAX_CHUNKS=2 ALLOC_REQUESTS=10000
fi
THREADS=2
CONNECTIONS=32
JAVA17=${JAVA17:-java}
BEFORE=${1:?usage: bench/compare.sh [--quick] BEFORE [AFTER]}
AFTER=${2:-}
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
  if [ -z "$source" ]; then
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
label() { if [ -z "$1" ]; then echo "working tree ($(git rev-parse --short HEAD)+)"; else basename "$1"; fi; }

echo "Building A ($(label "$BEFORE")) and B ($(label "$AFTER"))…" >&2
JAR_A=$(jar_of "$BEFORE" a)
JAR_B=$(jar_of "$AFTER" b)

bench_order >"$WORK/order.json"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(cat "$WORK/order.json")]]
LUA
sed "s/bench-post/bench-list/" "$WORK/order.json" >"$WORK/order-list.json"

declare -A URL_GET URL_LIST URL_POST PID
for side in a b; do
  jar=JAR_${side^^}
  read -r port pid _ < <(JAR=${!jar} start "$side" "$JAVA17" DEMO_ORDERS=10000)
  PID[$side]=$pid
  for _ in $(seq 1 25); do
    curl -fs -X POST "http://127.0.0.1:$port/api/v1/orders" -H 'Content-Type: application/json' \
      -d @"$WORK/order-list.json" >/dev/null
  done
  URL_GET[$side]="http://127.0.0.1:$port/api/v1/orders/$(create_order "$port")?customer_id=bench-post"
  URL_LIST[$side]="http://127.0.0.1:$port/api/v1/orders?customer_id=bench-list&page_size=20"
  URL_POST[$side]="http://127.0.0.1:$port/api/v1/orders"
done
for side in a b; do
  warm "${URL_GET[$side]}"; warm "${URL_LIST[$side]}"; warm "${URL_POST[$side]}" -s "$WORK/post.lua"
done

declare -A GET LIST POST ALLOC_GET ALLOC_POST
for round in $(seq 1 "$ROUNDS"); do
  for side in a b; do
    GET[$side]="${GET[$side]:-} $(rps "${URL_GET[$side]}")"
  done
  for side in a b; do
    LIST[$side]="${LIST[$side]:-} $(rps "${URL_LIST[$side]}")"
  done
  for side in a b; do
    POST[$side]="${POST[$side]:-} $(rps "${URL_POST[$side]}" -s "$WORK/post.lua")"
  done
  echo "  round $round done" >&2
done
for round in $(seq 1 "$ROUNDS"); do
  for side in a b; do
    ALLOC_GET[$side]="${ALLOC_GET[$side]:-} $(allocated_per_request "$side" "${PID[$side]}" "$ALLOC_REQUESTS" "${URL_GET[$side]}")"
    ALLOC_POST[$side]="${ALLOC_POST[$side]:-} $(allocated_per_request "$side" "${PID[$side]}" "$ALLOC_REQUESTS" \
      -m POST -T application/json -D "$WORK/order.json" "${URL_POST[$side]}")"
  done
done

log_rounds "Throughput, req/s ($THREADS threads, $CONNECTIONS connections, $WARMUP warm-up + $MEASURE per measurement)" \
  "A GET one order=${GET[a]}" "B GET one order=${GET[b]}" "A GET list of 20=${LIST[a]}" "B GET list of 20=${LIST[b]}" \
  "A POST create=${POST[a]}" "B POST create=${POST[b]}"
log_rounds "Heap allocated per request, bytes (GC log, $ALLOC_REQUESTS requests per round)" \
  "A GET one order=${ALLOC_GET[a]}" "B GET one order=${ALLOC_GET[b]}" \
  "A POST create=${ALLOC_POST[a]}" "B POST create=${ALLOC_POST[b]}"

OUT="bench/results/compare-$(label "$BEFORE" | tr -c 'A-Za-z0-9.\n' '-')-$(label "$AFTER" | cut -d' ' -f1 | tr -c 'A-Za-z0-9.\n' '-').md"
{
  echo "# B against A"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores: \`bench/compare.sh $*\`. A: $(label "$BEFORE"), B: $(label "$AFTER")."
  echo "Ratios of medians of $ROUNDS interleaved rounds; B / A above 1 means B serves more (or allocates more)."
  echo
  echo "| measurement | B / A | A median | B median |"
  echo "|---|---|---|---|"
  for pair in "GET one order req/s:GET" "GET list of 20 req/s:LIST" "POST create req/s:POST" \
    "bytes allocated per GET:ALLOC_GET" "bytes allocated per POST:ALLOC_POST"; do
    what=${pair%%:*}; var=${pair#*:}
    declare -n values=$var
    a=$(median ${values[a]}); b=$(median ${values[b]})
    echo "| $what | $(python3 -c "print(f'{$b / $a:.3f}')") | $a | $b |"
  done
  echo
  echo "## Every round"
  cat "$ROUND_LOG"
} >"$OUT"
cat "$OUT"
echo "Written to $OUT" >&2
