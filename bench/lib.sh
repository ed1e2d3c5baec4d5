# Shared by the bench scripts (sourced, not run).
# Needs WORK (a scratch directory); started instances are listed in $WORK/pids for the caller's cleanup.

# The heap as the container image runs it: fixed size, transparent huge pages (see the Dockerfile).
JVM_FLAGS=(-Xms3g -Xmx3g -XX:+UseTransparentHugePages)

install_missing() { # TOOL… — Debian packages, installed when missing
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_jar() { # sets JAR
  ./mvnw -q -B -ntp package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true -Dtest-tools.skip=true
  JAR=$(ls target/order-management-service-*.jar | grep -v original | head -n 1)
}

# bench_order — the order run.sh and post-tail.sh create (customer "bench-post"), as a JSON body
bench_order() {
  cat <<'JSON'
{"customer_id": "bench-post", "customer_email": "bench@example.com", "items": [{"product_id": "prod_456", "product_name": "Premium Widget", "quantity": 2, "unit_price": 29.99}], "billing_address": {"street": "123 Main St", "city": "Seattle", "state": "WA", "postal_code": "98101"}, "payment_info": {"method": "credit_card", "last_four_digits": "1234"}, "tax_amount": 5.99, "shipping_amount": 9.99}
JSON
}

# post_bodies DIR — writes DIR/order.json (the order above) and DIR/post.lua, a wrk script that
# POSTs it.
post_bodies() {
  bench_order >"$1/order.json"
  cat >"$1/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$(cat "$1/order.json")]]
LUA
}

# create_order PORT — posts bench_order (written to $WORK/order.json) and prints the new order's id
create_order() {
  curl -fs -X POST "http://127.0.0.1:$1/api/v1/orders" -H 'Content-Type: application/json' -d @"$WORK/order.json" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

# refuse_errors URL WRK_OUTPUT — a non-2xx answer or a failed connect, read or write stops the run
# (wrk's "timeout" count, an answer slower than 2 s, does not: a cold JIT can do that in a warm-up)
refuse_errors() {
  if grep -q "Non-2xx" "$2" || grep -Eq "Socket errors: connect [1-9]|read [1-9]|write [1-9]" "$2"; then
    echo "errors from $1:" >&2
    cat "$2" >&2
    exit 1
  fi
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

stop_all() {
  for pid in $(cat "$WORK/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}

# young_pauses NAME LINE — the G1 young-collection pauses (ms, one a line) in the GC log of instance
# NAME after line LINE: what requests sent since then waited for in collections
young_pauses() {
  tail -n +"$(($2 + 1))" "$WORK/$1.gc" | awk '/Pause Young/ && match($0, /[0-9.]+ms$/) {print substr($0, RSTART, RLENGTH - 2)}'
}

# start_instance NAME JAVA "ENV=VALUE…" JVM-FLAG… — 10,000 demo orders, rate limit off, GC log in
# $WORK/NAME.gc, output in $WORK/NAME.log; waits until ready and prints "PORT PID"
start_instance() {
  local name=$1 java=$2 env=$3; shift 3
  local port; port=$(free_port)
  # shellcheck disable=SC2086 # env holds several assignments
  env PORT="$port" RATE_LIMIT_ENABLED=false DEMO_ORDERS=10000 EMBEDDED_MAX_ORDERS=3000000 $env \
    "$java" "$@" -Xlog:gc:file="$WORK/$name.gc" -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" >>"$WORK/pids"
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null 2>&1; then
      echo "$port $pid"
      return
    fi
    kill -0 "$pid" 2>/dev/null || { echo "service $name died; see its log:" >&2; tail -20 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "service $name did not become ready" >&2
  exit 1
}

# The measuring functions of run.sh and compare.sh. They read THREADS, CONNECTIONS, WARMUP, MEASURE,
# WARM_CHUNK, WARM_MIN_CHUNKS, WARM_MAX_CHUNKS, LATENCY_TIME, JAR and WORK from the caller.

# start NAME JAVA [ENV=VALUE…] — starts the service (GC log in $WORK/NAME.gc), waits until ready,
# prints "PORT PID STARTUP_MS"
start() {
  local name=$1 java=$2; shift 2
  local port; port=$(free_port)
  local log="$WORK/$name.log"
  local began; began=$(date +%s%N)
  env PORT="$port" RATE_LIMIT_ENABLED=false EMBEDDED_MAX_ORDERS=3000000 "$@" \
    "$java" "${JVM_FLAGS[@]}" -Xlog:gc:file="$WORK/$name.gc" -jar "$JAR" >"$log" 2>&1 &
  local pid=$!
  echo "$port $pid" >>"$WORK/instances"
  for _ in $(seq 1 900); do
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


# wrk_rps DURATION URL [wrk args…] — requests per second; any non-2xx answer stops the run
wrk_rps() {
  local duration=$1 url=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" "$@" "$url" >"$WORK/wrk.txt"
  refuse_errors "$url" "$WORK/wrk.txt"
  awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt"
}

# rps URL [wrk args…] — warm up, then measure, with the same load shape
rps() {
  local url=$1; shift
  wrk_rps "$WARMUP" "$url" "$@" >/dev/null
  wrk_rps "$MEASURE" "$url" "$@"
}

# queued_compiles URL — methods waiting in the JIT's compile queues of the instance serving URL
queued_compiles() {
  local port pid
  port=$(echo "$1" | sed -E 's#^http://[^:/]+:([0-9]+).*#\1#')
  pid=$(awk -v port="$port" '$1 == port { print $2 }' "$WORK/instances" | tail -n 1)
  jcmd "$pid" Compiler.queue 2>/dev/null | grep -cE '^ *[0-9]+ +[0-9]+ ' || true
}

# warm URL [wrk args…] — the first warm-up of a call on an instance: until its throughput is steady
# and the JIT has nothing left to compile. Throughput alone can mislead: in one run an instance held
# about 1,377 req/s for two chunks, passed for warm, and reached 8,000 only in its third round (a
# ratio of 0.52 where the other runs had 1.04–1.07). Right after a chunk of load the C2 queue of a
# cold instance holds hundreds of methods (879, 676, 359, 44, then 0 in 10 s chunks of GET, by hand),
# and the throughput climbs until it is empty.
warm() {
  local url=$1; shift
  local previous=0 current chunks=0 queued=0
  while [ "$chunks" -lt "$WARM_MAX_CHUNKS" ]; do
    current=$(wrk_rps "$WARM_CHUNK" "$url" "$@")
    queued=$(queued_compiles "$url")
    chunks=$((chunks + 1))
    if [ "$chunks" -ge "$WARM_MIN_CHUNKS" ] && [ "$queued" -eq 0 ] && python3 -c '
import sys
previous, current = float(sys.argv[1]), float(sys.argv[2])
sys.exit(0 if previous > 0 and abs(current - previous) / previous < 0.05 else 1)' "$previous" "$current"; then
      break
    fi
    previous=$current
  done
  echo "  warmed $url: $chunks × $WARM_CHUNK, last $current req/s, $queued methods waiting for the JIT" >&2
}

stats() { # VALUES… → "median min max spread%"
  python3 -c '
import statistics, sys
v = sorted(float(x) for x in sys.argv[1:])
m = statistics.median(v)
print(f"{m:.2f} {v[0]:.2f} {v[-1]:.2f} {100 * (v[-1] - v[0]) / m if m else 0:.1f}")' "$@"
}

# log_rounds TITLE NAME=VALUES… — prints each call's rounds and its median and spread, and appends them
# to $ROUND_LOG
log_rounds() {
  local title=$1; shift
  { echo; echo "$title"; echo; echo "| call | rounds | median | spread |"; echo "|---|---|---|---|"; } >>"$ROUND_LOG"
  for pair in "$@"; do
    local name=${pair%%=*} values=${pair#*=}
    read -r median _ _ spread < <(stats $values)
    echo "| $name | $(echo $values | tr ' ' '/') | $median | ${spread}% |" >>"$ROUND_LOG"
    echo "  $name: rounds $values → median $median (spread ${spread}%)" >&2
  done
}
median() { stats "$@" | awk '{print $1}'; }

# settle PID — a full GC, so that latency is measured in steady state rather than during the
# concurrent marking that follows loading demo data
settle() { jcmd "$1" GC.run >/dev/null; }

# latency_ms URL — one request at a time for LATENCY_TIME; the median in milliseconds (µs resolution)
latency_ms() {
  wrk -t1 -c1 -d"$LATENCY_TIME" -s bench/paced.lua "$1" -- 0 >"$WORK/latency.txt"
  refuse_errors "$1" "$WORK/latency.txt"
  tail -n 1 "$WORK/latency.txt" | awk '{printf "%.3f\n", $1 / 1000}'
}

# half_rate REQ_PER_S → the per-thread rate for half of it
half_rate() { python3 -c "print(max(1, round(float('$1') / 2 / $THREADS)))"; }

# paced_latency URL PER_THREAD_RATE [METHOD BODY_FILE] → "p50_ms p99_ms"
paced_latency() {
  local url=$1 rate=$2; shift 2
  wrk -t"$THREADS" -c16 -d"$MEASURE" -s bench/paced.lua "$url" -- "$rate" "$@" >"$WORK/paced.txt"
  refuse_errors "$url" "$WORK/paced.txt"
  tail -n 1 "$WORK/paced.txt" | awk '{printf "%.3f %.3f\n", $1 / 1000, $3 / 1000}'
}

# young_pauses_since NAME LINE — total ms of the young pauses (lib.sh) after LINE: 0 when none fell in it
young_pauses_since() { young_pauses "$1" "$2" | awk '{sum += $1} END {printf "%.1f\n", sum}'; }

# allocated_per_request NAME PID N hey-args… — bytes allocated per request from the GC log: a full
# GC before and after N requests, then the sum over every collection in between of (heap before it −
# heap after the previous one)
allocated_per_request() {
  local name=$1 pid=$2 n=$3; shift 3
  # Counted from before the first full GC, so that its line is the baseline: without it the requests
  # before the first young collection went uncounted (up to 2026-11-30 the figures were low by that).
  local from; from=$(wc -l <"$WORK/$name.gc")
  jcmd "$pid" GC.run >/dev/null
  hey -n "$n" -c 8 "$@" >"$WORK/hey-alloc.txt"
  local codes; codes=$(awk '/Status code distribution/ {f = 1; next} f && /\[[0-9]+\]/ {print $1}' "$WORK/hey-alloc.txt")
  if [ -z "$codes" ] || echo "$codes" | grep -qv '^\[20[01]\]$' || grep -q "Error distribution" "$WORK/hey-alloc.txt"; then
    echo "error responses while measuring allocation:" >&2; cat "$WORK/hey-alloc.txt" >&2; exit 1
  fi
  jcmd "$pid" GC.run >/dev/null
  tail -n +"$((from + 1))" "$WORK/$name.gc" | python3 -c '
import re, sys
n = int(sys.argv[1])
unit = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
pauses = [m for line in sys.stdin for m in [re.search(r"(\d+)([KMG])->(\d+)([KMG])\(", line)] if m]
allocated, after = 0, None
for before_v, before_u, after_v, after_u in (m.groups() for m in pauses):
    before = int(before_v) * unit[before_u]
    if after is not None:
        allocated += max(0, before - after)
    after = int(after_v) * unit[after_u]
print(round(allocated / n))' "$n"
}
