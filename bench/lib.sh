# Shared by the bench scripts that compare instances side by side (sourced, not run).
# Needs WORK (a scratch directory); started instances are listed in $WORK/pids for the caller's cleanup.

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

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

stop_all() {
  for pid in $(cat "$WORK/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
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
