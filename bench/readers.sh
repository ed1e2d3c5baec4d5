#!/usr/bin/env bash
# Do order writes wait for analytics readers? One instance of the embedded store with 1,000,000 demo
# orders; in each round, GET one order and POST create are measured alone and then while 4 other
# clients read /api/v1/analytics/summary as fast as they can. Both calls share the two cores with
# the readers, so both lose rate; the figure compared is the share of its rate each keeps under the
# readers. Target: POST keeps at least the share GET keeps (a POST that waited for the readers, as
# before ChangeFeedGuard, kept a small fraction of GET's share). Medians of ROUNDS interleaved rounds,
# every round printed. Writes bench/results/readers.md.
#
#   bench/readers.sh [JAR]     about 6 minutes; JAR defaults to a build of this checkout
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh # JVM_FLAGS, install_missing, build_jar, bench_order, create_order, refuse_errors, free_port, stop_all

ROUNDS=${ROUNDS:-3}
MEASURE=8s
DEMO=${DEMO:-1000000}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RESULTS=bench/results
WORK=$(mktemp -d)
trap stop_all EXIT
mkdir -p "$RESULTS"
install_missing wrk curl python3

if [ -n "${1:-}" ]; then JAR=$1; else echo "Building the jar…" >&2; build_jar; fi
bench_order >"$WORK/order.json"

port=$(free_port)
env PORT="$port" RATE_LIMIT_ENABLED=false DEMO_ORDERS="$DEMO" EMBEDDED_MAX_ORDERS=3000000 \
  "$JAVA" "${JVM_FLAGS[@]}" -XX:+UseZGC -jar "$JAR" >"$WORK/service.log" 2>&1 &
echo $! >>"$WORK/pids"
echo "Loading $DEMO demo orders…" >&2
for _ in $(seq 1 1500); do
  curl -fs "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null
base="http://127.0.0.1:$port"
id=$(create_order "$port")
get_url="$base/api/v1/orders/$id?customer_id=bench-post"
post_url="$base/api/v1/orders"
summary_url="$base/api/v1/analytics/summary"

# measure URL [METHOD BODY] — "requests_per_second p99_ms" on 4 connections, as fast as they go
measure() {
  local url=$1; shift
  wrk -t2 -c4 -d"$MEASURE" -s bench/paced.lua "$url" -- 0 "$@" >"$WORK/wrk.txt"
  refuse_errors "$url" "$WORK/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p99=$(tail -n 1 "$WORK/wrk.txt" | awk '{printf "%.2f", $3 / 1000}')
  echo "$rps $p99"
}

# under_readers URL [METHOD BODY] — the same while 4 clients read the summary
under_readers() {
  wrk -t1 -c4 -d60s "$summary_url" >"$WORK/readers.txt" &
  local readers=$!
  measure "$@"
  kill "$readers" 2>/dev/null || true
  wait "$readers" 2>/dev/null || true
}

echo "Warming up…" >&2
for _ in 1 2 3; do
  measure "$get_url" >/dev/null
  measure "$post_url" POST "$WORK/order.json" >/dev/null
  wrk -t1 -c4 -d"$MEASURE" "$summary_url" >/dev/null
done

{
  echo "# Order writes under analytics readers"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$( [ -n "${1:-}" ] && echo ", jar $1"), $DEMO demo orders,"
  echo "$("$JAVA" -version 2>&1 | head -n 1), ${JVM_FLAGS[*]} -XX:+UseZGC, $(nproc) cores. Command: \`bench/readers.sh${1:+ $1}\`."
  echo "4 connections per call, $MEASURE per measurement; readers: 4 clients on /api/v1/analytics/summary."
  echo
  echo "| round | GET alone req/s (p99 ms) | GET under readers | POST alone | POST under readers | GET keeps | POST keeps |"
  echo "|---|---|---|---|---|---|---|"
} >"$WORK/report.md"

get_shares=()
post_shares=()
for round in $(seq 1 "$ROUNDS"); do
  read -r get_alone get_alone_p99 < <(measure "$get_url")
  read -r get_busy get_busy_p99 < <(under_readers "$get_url")
  read -r post_alone post_alone_p99 < <(measure "$post_url" POST "$WORK/order.json")
  read -r post_busy post_busy_p99 < <(under_readers "$post_url" POST "$WORK/order.json")
  get_share=$(python3 -c "print(f'{$get_busy / $get_alone:.3f}')")
  post_share=$(python3 -c "print(f'{$post_busy / $post_alone:.3f}')")
  get_shares+=("$get_share")
  post_shares+=("$post_share")
  echo "| $round | $get_alone ($get_alone_p99) | $get_busy ($get_busy_p99) | $post_alone ($post_alone_p99) | $post_busy ($post_busy_p99) | $get_share | $post_share |" >>"$WORK/report.md"
  echo "round $round: GET keeps $get_share, POST keeps $post_share" >&2
done

python3 - "${get_shares[*]}" "${post_shares[*]}" >>"$WORK/report.md" <<'PY'
import statistics, sys
get = [float(v) for v in sys.argv[1].split()]
post = [float(v) for v in sys.argv[2].split()]
g, p = statistics.median(get), statistics.median(post)
ratio = p / g
print()
print(f"Medians: GET keeps {g:.3f} of its rate, POST keeps {p:.3f} (spread {min(post):.3f}–{max(post):.3f}).")
print(f"POST's share / GET's share: {ratio:.2f} (target >= 1.0: {'met' if ratio >= 1.0 else 'NOT met'}).")
PY
cp "$WORK/report.md" "$RESULTS/readers.md"
cat "$RESULTS/readers.md"
