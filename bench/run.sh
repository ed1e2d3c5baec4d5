#!/usr/bin/env bash
# Benchmarks the service on this machine and prints every figure as a ratio to a baseline measured
# in the same run (the liveness probe's throughput, or the same call at a smaller size), with the
# absolute number for context. Writes the table to bench/results/latest.md.
#
#   bench/run.sh            about 10 minutes
#   bench/run.sh --quick    a few seconds per measurement
#
# Load comes from wrk and hey (Debian packages, installed when missing) on the same machine, so
# absolute numbers include the load generator's own CPU use; the ratios cancel most of that out.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=15s
WARMUP=5s
# Latency runs one request at a time, so the JIT needs longer to settle than under load.
LATENCY_WARMUP=30s
# Comparing two fresh instances needs both fully compiled, or the JIT decides the result.
COMPARE_WARMUP=20s
LATENCY_REQUESTS=1000
if [ "${1:-}" = "--quick" ]; then
  DURATION=3s
  WARMUP=3s
  LATENCY_WARMUP=6s
  COMPARE_WARMUP=6s
  LATENCY_REQUESTS=100
fi
CONNECTIONS=16
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RESULTS=bench/results
mkdir -p "$RESULTS"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need wrk hey curl python3

echo "Building the jar…" >&2
./mvnw -q -B -ntp package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true
JAR=$(ls target/order-management-service-*.jar | grep -v original | head -n 1)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# start NAME JAVA [ENV=VALUE…] — starts the service, waits until ready, prints "PORT PID STARTUP_MS"
start() {
  local name=$1 java=$2; shift 2
  local port; port=$(free_port)
  local log="$WORK/$name.log"
  local began; began=$(date +%s%N)
  env PORT="$port" RATE_LIMIT_ENABLED=false "$@" "$java" -Xms1g -Xmx3g -jar "$JAR" >"$log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null 2>&1; then
      local ready; ready=$(date +%s%N)
      echo "$port $pid $(( (ready - began) / 1000000 ))"
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "service $name died; see its log:" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "service $name did not become ready" >&2
  exit 1
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# rps URL [wrk args…] — warm up, then measure requests per second
rps() {
  local url=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$@" "$url" >"$WORK/wrk.txt"
  if grep -q "Non-2xx" "$WORK/wrk.txt"; then
    echo "error responses from $url:" >&2
    cat "$WORK/wrk.txt" >&2
    exit 1
  fi
  awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt"
}

# settle PID — a full GC, so that latency is measured in steady state rather than during the
# concurrent marking that follows loading demo data
settle() { jcmd "$1" GC.run >/dev/null; }

# latency_ms URL — one request at a time; prints the median in milliseconds (the mean on this
# shared machine mostly measures GC pauses and neighbours; the p99 rows show the tail)
latency_ms() {
  hey -z "$LATENCY_WARMUP" -c 1 "$1" >/dev/null
  hey -n "$LATENCY_REQUESTS" -c 1 "$1" | awk '/50% in/ {printf "%.3f\n", $3 * 1000}'
}

create_order() { # PORT CUSTOMER → order id
  curl -fs -X POST "http://127.0.0.1:$1/api/v1/orders" -H 'Content-Type: application/json' -d "{
    \"customer_id\": \"$2\", \"customer_email\": \"bench@example.com\",
    \"items\": [{\"product_id\": \"prod_456\", \"product_name\": \"Premium Widget\", \"quantity\": 2, \"unit_price\": 29.99}],
    \"billing_address\": {\"street\": \"123 Main St\", \"city\": \"Seattle\", \"state\": \"WA\", \"postal_code\": \"98101\"},
    \"payment_info\": {\"method\": \"credit_card\", \"last_four_digits\": \"1234\"},
    \"tax_amount\": 5.99, \"shipping_amount\": 9.99}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

cat >"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"customer_id": "bench-post", "customer_email": "bench@example.com", "items": [{"product_id": "prod_456", "product_name": "Premium Widget", "quantity": 2, "unit_price": 29.99}], "billing_address": {"street": "123 Main St", "city": "Seattle", "state": "WA", "postal_code": "98101"}, "payment_info": {"method": "credit_card", "last_four_digits": "1234"}, "tax_amount": 5.99, "shipping_amount": 9.99}'
LUA

ROWS="$WORK/rows.tsv"
: >"$ROWS"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"; } # what, value, baseline, target, unit

echo "1/5 Orders API, 10,000 demo orders (Java 17, rate limit off)…" >&2
read -r PORT PID _ < <(start small "$JAVA17" DEMO_ORDERS=10000)
BASE="http://127.0.0.1:$PORT"
LIVE=$(rps "$BASE/api/v1/health/live")
ORDER_ID=$(create_order "$PORT" bench-1)
for _ in $(seq 1 25); do create_order "$PORT" bench-list >/dev/null; done
GET_ONE=$(rps "$BASE/api/v1/orders/$ORDER_ID?customer_id=bench-1")
POST=$(rps "$BASE/api/v1/orders" -s "$WORK/post.lua")
LIST=$(rps "$BASE/api/v1/orders?customer_id=bench-list&page_size=20")
settle "$PID"
SUMMARY_SMALL=$(latency_ms "$BASE/api/v1/analytics/summary")
HALF=$(python3 -c "print(max(1, int(float('$GET_ONE') / 2 / 8)))")
hey -z "$WARMUP" -c 8 -q "$HALF" "$BASE/api/v1/orders/$ORDER_ID?customer_id=bench-1" >/dev/null
hey -z "$DURATION" -c 8 -q "$HALF" "$BASE/api/v1/orders/$ORDER_ID?customer_id=bench-1" >"$WORK/hey.txt"
P50=$(awk '/50% in/ {printf "%.3f", $3 * 1000}' "$WORK/hey.txt")
P99=$(awk '/99% in/ {printf "%.3f", $3 * 1000}' "$WORK/hey.txt")
stop "$PID"
row "GET one order (with customer_id) throughput" "$GET_ONE" "$LIVE" ">= 0.7" "req/s"
row "POST create throughput" "$POST" "$LIVE" ">= 0.4" "req/s"
row "GET list of 20 for one customer throughput" "$LIST" "$LIVE" ">= 0.3" "req/s"
row "p99 / p50 latency, GET one order at half its max throughput" "$P99" "$P50" "<= 5" "ms"

echo "2/5 Security chain on (limit set high) versus off: both instances warm, measured in turns…" >&2
read -r PORT_OFF PID_OFF _ < <(start limit-off "$JAVA17" RATE_LIMIT_ENABLED=false)
read -r PORT_ON PID_ON _ < <(start limit-on "$JAVA17" RATE_LIMIT_ENABLED=true RATE_LIMIT_REQUESTS_PER_MINUTE=1000000000)
URL_OFF="http://127.0.0.1:$PORT_OFF/api/v1/orders/$(create_order "$PORT_OFF" bench-1)?customer_id=bench-1"
URL_ON="http://127.0.0.1:$PORT_ON/api/v1/orders/$(create_order "$PORT_ON" bench-1)?customer_id=bench-1"
WARMUP=$COMPARE_WARMUP rps "$URL_OFF" >/dev/null
WARMUP=$COMPARE_WARMUP rps "$URL_ON" >/dev/null
CHAIN_OFF=""
CHAIN_ON=""
for _ in 1 2; do
  CHAIN_OFF="$CHAIN_OFF $(rps "$URL_OFF")"
  CHAIN_ON="$CHAIN_ON $(rps "$URL_ON")"
done
stop "$PID_OFF"
stop "$PID_ON"
mean() { python3 -c "import sys; v = [float(x) for x in sys.argv[1:]]; print(f'{sum(v) / len(v):.2f}')" $1; }
row "GET one order with the rate limit on / off" "$(mean "$CHAIN_ON")" "$(mean "$CHAIN_OFF")" ">= 0.9" "req/s"

echo "3/5 Analytics and memory at 1,000,000 demo orders…" >&2
read -r PORT PID _ < <(start large "$JAVA17" DEMO_ORDERS=1000000 EMBEDDED_MAX_ORDERS=1500000)
BASE="http://127.0.0.1:$PORT"
LOADED=$(grep -o 'Demo data ready: [0-9]* orders in [0-9]* ms' "$WORK/large.log" | awk '{print $7}')
settle "$PID"
SUMMARY_LARGE=$(latency_ms "$BASE/api/v1/analytics/summary")
LIVE_LARGE=$(rps "$BASE/api/v1/health/live")
DAILY=$(rps "$BASE/api/v1/analytics/daily")
jcmd "$PID" GC.run >/dev/null
HEAP_MB=$(jcmd "$PID" GC.heap_info | awk '/used/ && /heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {gsub("K,?", "", $(i+1)); printf "%.0f", $(i+1) / 1024; exit}}')
stop "$PID"
row "analytics/summary median latency at 1,000,000 / at 10,000 orders" "$SUMMARY_LARGE" "$SUMMARY_SMALL" "<= 2" "ms"
row "analytics/daily (30 days) throughput at 1,000,000 orders / liveness" "$DAILY" "$LIVE_LARGE" ">= 0.3" "req/s"
row "heap after GC holding 1,000,000 orders / 1.5 GB" "$HEAP_MB" "1536" "<= 1" "MB"
row "loading 1,000,000 demo orders / 60 s" "$LOADED" "60000" "<= 1" "ms"

echo "4/5 Virtual threads on Java 25: both instances warm, measured in turns…" >&2
read -r PORT_PT PID_PT _ < <(start vt-false "$JAVA25" SPRING_THREADS_VIRTUAL_ENABLED=false)
read -r PORT_VT PID_VT _ < <(start vt-true "$JAVA25" SPRING_THREADS_VIRTUAL_ENABLED=true)
GET_PT="http://127.0.0.1:$PORT_PT/api/v1/orders/$(create_order "$PORT_PT" bench-1)?customer_id=bench-1"
GET_VT="http://127.0.0.1:$PORT_VT/api/v1/orders/$(create_order "$PORT_VT" bench-1)?customer_id=bench-1"
WARMUP=$COMPARE_WARMUP rps "$GET_PT" >/dev/null
WARMUP=$COMPARE_WARMUP rps "$GET_VT" >/dev/null
PT_GET=""; VT_GET=""; PT_POST=""; VT_POST=""
for _ in 1 2; do
  PT_GET="$PT_GET $(rps "$GET_PT")"
  VT_GET="$VT_GET $(rps "$GET_VT")"
  PT_POST="$PT_POST $(rps "http://127.0.0.1:$PORT_PT/api/v1/orders" -s "$WORK/post.lua")"
  VT_POST="$VT_POST $(rps "http://127.0.0.1:$PORT_VT/api/v1/orders" -s "$WORK/post.lua")"
done
stop "$PID_PT"
stop "$PID_VT"
row "Java 25 GET one order, virtual / platform threads" "$(mean "$VT_GET")" "$(mean "$PT_GET")" "reported" "req/s"
row "Java 25 POST create, virtual / platform threads" "$(mean "$VT_POST")" "$(mean "$PT_POST")" "reported" "req/s"

echo "5/5 Start-up to ready (embedded, no demo data)…" >&2
read -r _ PID START17 < <(start start17 "$JAVA17")
stop "$PID"
read -r _ PID START25 < <(start start25 "$JAVA25")
stop "$PID"
row "start-up to ready, Java 25 / Java 17" "$START25" "$START17" "reported" "ms"

python3 - "$ROWS" "$RESULTS/latest.md" "$DURATION" "$CONNECTIONS" <<'PY'
import datetime, os, platform, sys
rows_file, out_file, duration, connections = sys.argv[1:5]
lines = [
    "# Benchmark results",
    "",
    f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
    f"{platform.machine()}; wrk/hey on the same machine, {connections} connections, {duration} per measurement "
    "after a warm-up. Command: `bench/run.sh`.",
    "",
    "| measurement | ratio | target | met | value | baseline |",
    "|---|---|---|---|---|---|",
]
for line in open(rows_file):
    what, value, baseline, target, unit = line.rstrip("\n").split("\t")
    try:
        ratio = float(value) / float(baseline)
        ratio_text = f"{ratio:.2f}"
    except (ValueError, ZeroDivisionError):
        ratio, ratio_text = None, "n/a"
    met = "—"
    if ratio is not None and target.startswith(">="):
        met = "yes" if ratio >= float(target[2:]) else "NO"
    elif ratio is not None and target.startswith("<="):
        met = "yes" if ratio <= float(target[2:]) else "NO"
    lines.append(f"| {what} | {ratio_text} | {target} | {met} | {value} {unit} | {baseline} {unit} |")
text = "\n".join(lines) + "\n"
open(out_file, "w").write(text)
print(text)
PY
