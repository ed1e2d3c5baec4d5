#!/usr/bin/env bash
# Where the tail of POST create comes from (bench/results/performance-notes-issue-18.md, "The create
# path's tail"). Two pairs of instances side by side, each warmed by POST load, then the same POST at
# a fixed rate (half of the first instance's maximum, bench/paced.lua, 16 connections) in interleaved
# rounds, a full GC before each round, with the young-collection pauses that fell inside each round
# read from the GC log:
#   1. Java 17: Tomcat's 200 worker threads (the default) against 4;
#   2. Java 25: platform against virtual threads.
# Writes bench/results/post-tail.md. About 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
install_missing wrk curl python3
ROUNDS=4
WORK=$(mktemp -d)
trap stop_all EXIT
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}

build_jar
bench_order >"$WORK/order.json"

post_rps() { # PORT SECONDS → req/s of POST create, as fast as 32 connections allow
  wrk -t2 -c32 -d"$2" -s bench/paced.lua "http://127.0.0.1:$1/api/v1/orders" -- 0 POST "$WORK/order.json" \
    | tail -n 1 | awk -v s="${2%s}" '{printf "%.0f\n", $4 / s}'
}

# paced_round NAME PORT PID RATE_PER_THREAD → "p50_ms p99_ms pauses_ms" (young pauses in the round, "+"-joined)
paced_round() {
  local name=$1 port=$2 pid=$3 rate=$4
  jcmd "$pid" GC.run >/dev/null
  local from; from=$(wc -l <"$WORK/$name.gc")
  local result; result=$(wrk -t2 -c16 -d8s -s bench/paced.lua "http://127.0.0.1:$port/api/v1/orders" -- "$rate" POST "$WORK/order.json" | tail -n 1)
  local pauses; pauses=$(young_pauses "$name" "$from" | paste -sd+ -)
  echo "$result" | awk -v p="${pauses:-0}" '{printf "%.3f %.3f %s\n", $1 / 1000, $3 / 1000, p}'
}

OUT=bench/results/post-tail.md
{
  echo "# The create path's tail"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\`: \`bench/post-tail.sh\`. POST create at a"
  echo "fixed rate (wrk, 16 connections, bench/paced.lua), 8 s per round, rounds interleaved, a full GC before each;"
  echo "instances with 10,000 demo orders warmed by 90 s of POST load each (so they hold a few hundred thousand orders, as in"
  echo "bench/run.sh), heap ${JVM_FLAGS[*]}. \"young pauses\" are the G1 young collections inside the round (ms)."
} >"$OUT"

# compare TITLE JAVA "ENV_A" LABEL_A "ENV_B" LABEL_B
compare() {
  local title=$1 java=$2 env_a=$3 label_a=$4 env_b=$5 label_b=$6
  echo "$title…" >&2
  local port_a pid_a port_b pid_b
  read -r port_a pid_a < <(start_instance a "$java" "$env_a" "${JVM_FLAGS[@]}")
  read -r port_b pid_b < <(start_instance b "$java" "$env_b" "${JVM_FLAGS[@]}")
  for _ in 1 2 3 4 5 6; do
    post_rps "$port_a" 15s >/dev/null
    post_rps "$port_b" 15s >/dev/null
  done
  local max; max=$(post_rps "$port_a" 8s)
  local rate=$((max / 4)) # per wrk thread: half the maximum over two threads
  {
    echo
    echo "## $title"
    echo
    echo "Rate $((rate * 2)) req/s, half of $max req/s ($label_a, after the warm-up)."
    echo
    echo "| round | $label_a p50 | p99 | p99/p50 | young pauses | $label_b p50 | p99 | p99/p50 | young pauses |"
    echo "|---|---|---|---|---|---|---|---|---|"
  } >>"$OUT"
  for round in $(seq 1 "$ROUNDS"); do
    read -r p50a p99a gca < <(paced_round a "$port_a" "$pid_a" "$rate")
    read -r p50b p99b gcb < <(paced_round b "$port_b" "$pid_b" "$rate")
    python3 -c '
import sys
r, a50, a99, ga, b50, b99, gb = sys.argv[1:]
print(f"| {r} | {a50} ms | {a99} ms | {float(a99) / float(a50):.1f} | {ga} | {b50} ms | {b99} ms | {float(b99) / float(b50):.1f} | {gb} |")' \
      "$round" "$p50a" "$p99a" "$gca" "$p50b" "$p99b" "$gcb" >>"$OUT"
  done
  stop "$pid_a"
  stop "$pid_b"
}

compare "Java 17, Tomcat worker threads" java "" "200 threads" "SERVER_TOMCAT_THREADS_MAX=4" "4 threads"
compare "Java 25, platform or virtual threads" "$JAVA25" "SPRING_THREADS_VIRTUAL_ENABLED=false" "platform" \
  "SPRING_THREADS_VIRTUAL_ENABLED=true" "virtual"
cat "$OUT"
