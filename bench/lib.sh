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
